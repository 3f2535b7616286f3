import { describe, expect, it } from 'vitest';
import {
  deriveRatingFactsFromReview,
  deriveRatingFactsFromReviews,
  disciplineReferrals,
  findDisciplineReferrals,
  findOverdueRemediations,
  overdueRemediations,
  ratingFactsFromReview,
  ratingFactsFromReviews,
  type ReviewInput,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';
import { kRongNoReviews, memberReview } from './fixtures.js';

/** Issue 16 renames (docs/conventions.md): the former names and options give the same answers for one minor. */
const late: ReviewInput = memberReview('m-late', 2025, {
  findings: [{ manifestation: 'G1-3', identifiedBy: 'self' }],
  remediation: [{ action: 'Học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2026-03-31', status: 'inProgress' }],
});

describe('review renames keep the former names working', () => {
  it('findOverdueRemediations reads on, and its former name today; the result names the option given', () => {
    const byOn = findOverdueRemediations([late], { on: '2026-04-10' });
    const byToday = overdueRemediations([late], { today: '2026-04-10' });
    expect(byOn.map((x) => x.daysOverdue)).toEqual([10]);
    expect(byToday.map((x) => x.daysOverdue)).toEqual([10]);
    expect(byOn[0]?.explanation.options.map((o) => o.name)).toEqual(['on']);
    expect(byToday[0]?.explanation.options.map((o) => o.name)).toEqual(['today']);
    // on wins when both are given
    expect(findOverdueRemediations([late], { on: '2026-04-10', today: '2026-05-10' })[0]?.daysOverdue).toBe(10);
  });

  it('findOverdueRemediations without a day is an Nq4Error at options.on', () => {
    const e = errorOf(() => findOverdueRemediations([late], {} as never));
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['missing@options.on']);
  });

  it('deriveRatingFactsFromReview(s) read on, and its former name asOf', () => {
    const reviews = kRongNoReviews();
    expect(deriveRatingFactsFromReviews(reviews, { on: '2018-12-31' })).toEqual(ratingFactsFromReviews(reviews, { on: '2018-12-31' }));
    const first = reviews[0] as ReviewInput;
    const byOn = deriveRatingFactsFromReview(first, { on: '2018-12-31', shortcomingsFixed: 'always' });
    const byAsOf = ratingFactsFromReview(first, { asOf: '2018-12-31', shortcomingsFixed: 'always' });
    expect(byOn.facts).toEqual(byAsOf.facts);
    expect(byOn.missing).toEqual(byAsOf.missing);
  });

  it('findDisciplineReferrals is disciplineReferrals', () => {
    expect(disciplineReferrals).toBe(findDisciplineReferrals);
    expect(findDisciplineReferrals(kRongNoReviews())).toEqual(disciplineReferrals(kRongNoReviews()));
  });
});
