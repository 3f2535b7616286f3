/**
 * Hardening (issue 15): a list of 100,000 bad reviews or commitments stops validating at the
 * issue cap, lists the first 100 issues with their record index, says the rest was not checked,
 * and keeps the message bounded; good records still pass in full.
 */
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import {
  checkReviews,
  disciplineReferrals,
  findReviewIssues,
  overdueRemediations,
  parseCommitments,
  parseReviews,
  ratingFactsFromReviews,
  summarizeReviews,
  validateCommitments,
  validateReviews,
} from '../../src/review/index.js';
import { memberReview } from './fixtures.js';
import { errorOf } from '../support/errors.js';

const N = 100_000;
const bad = () => Array.from({ length: N }, () => ({ unitId: 'x' })) as never;

describe('100,000 bad records stop at the issue cap', () => {
  const runs: [string, () => unknown][] = [
    ['parseReviews', () => parseReviews(bad())],
    ['findReviewIssues', () => findReviewIssues(bad())],
    ['validateReviews', () => validateReviews(bad())],
    ['checkReviews', () => checkReviews(bad())],
    ['summarizeReviews', () => summarizeReviews(bad())],
    ['ratingFactsFromReviews', () => ratingFactsFromReviews(bad())],
    ['disciplineReferrals', () => disciplineReferrals(bad())],
    ['overdueRemediations', () => overdueRemediations(bad(), { today: '2026-01-01' })],
    ['parseCommitments', () => parseCommitments(bad())],
    ['validateCommitments', () => validateCommitments(bad())],
  ];
  for (const [name, run] of runs) {
    it(name, () => {
      const e = errorOf(run);
      expect(e.issues).toHaveLength(100);
      expect(e.stoppedEarly).toBe(true);
      expect(e.issues[0]?.path[0]).toBe(0);
      expect(e.message.length).toBeLessThan(10_000);
      expect(e.messageVi).toContain('đã dừng kiểm tra');
    });
  }

  it('a few bad records among good ones are all reported, with their index', () => {
    const list = [memberReview('a', 2024), { unitId: 'x' }, memberReview('b', 2024), { unitId: 'y' }] as never;
    const e = errorOf(() => parseReviews(list));
    expect(e.stoppedEarly).toBe(false);
    expect([...new Set(e.issues.map((i) => i.path[0]))]).toEqual([1, 3]);
    expect(parseReviews(Array.from({ length: 2000 }, (_, i) => memberReview(`m${i}`, 2024)))).toHaveLength(2000);
  });

  it('a list that is not an array is one issue', () => {
    expect(errorOf(() => parseReviews({} as never)).issues).toHaveLength(1);
  });
});
