import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { isManifestationId } from '../../src/catalog/manifestations.js';
import { Nq4Error } from '../../src/errors.js';
import { mergeTallies } from '../../src/tally/tally.js';
import {
  disciplineReferrals,
  findReviewIssues,
  overdueRemediations,
  parseReview,
  parseReviews,
  ratingFactsFromReviews,
  summarizeReviews,
  type ReviewInput,
} from '../../src/review/index.js';
import { reviewArb } from './arbitraries.js';
import { memberReview } from './fixtures.js';

const shuffled = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

describe('summaries', () => {
  it('do not depend on the order of the reviews', () => {
    fc.assert(
      fc.property(
        fc.array(reviewArb, { maxLength: 25 }).chain((xs) => fc.tuple(fc.constant(xs), shuffled(xs))),
        ([xs, ys]) => {
          expect(summarizeReviews(ys)).toEqual(summarizeReviews(xs));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('conserve counts: split by subject, the parts add up to the whole', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 25 }), fc.func(fc.boolean()), (xs, pick) => {
        const side = (r: ReviewInput) => pick(`${r.subject.type}:${r.subject.id}`);
        const a = xs.filter(side);
        const b = xs.filter((r) => !side(r));
        const whole = summarizeReviews(xs);
        const sa = summarizeReviews(a);
        const sb = summarizeReviews(b);
        expect(mergeTallies(sa.tally, sb.tally)).toEqual(whole.tally);
        expect(sa.openRemediationItems + sb.openRemediationItems).toBe(whole.openRemediationItems);
        const items = xs.reduce((n, r) => n + (r.remediation?.length ?? 0), 0);
        const byStatus = Object.values(whole.remediationItems).reduce((n, k) => n + (k ?? 0), 0);
        expect(byStatus).toBe(items);
      }),
      { numRuns: 150 },
    );
  });

  it('keep every subject counted once however many places it was reviewed in', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 25 }), (xs) => {
        const s = summarizeReviews(xs);
        const distinct = new Set(xs.map((r) => `${r.subject.type}:${r.subject.id}:${r.period.year}`));
        expect(s.reviewed.individual + s.reviewed.collective).toBe(distinct.size);
        expect(s.foundWithManifestations.individual).toBeLessThanOrEqual(s.reviewed.individual);
        expect(s.referredToDiscipline.collective).toBeLessThanOrEqual(s.reviewed.collective);
        expect(summarizeReviews([...xs, ...xs]).tally).toEqual(s.tally);
      }),
      { numRuns: 100 },
    );
  });

  it('count subjects once across periods with countUnit "subject"', () => {
    const rs = [memberReview('a', 2023), memberReview('a', 2024), memberReview('b', 2024)];
    expect(summarizeReviews(rs).reviewed.individual).toBe(3);
    expect(summarizeReviews(rs, { countUnit: 'subject' }).reviewed.individual).toBe(2);
  });

  it('count a leader with Q1–Q3 quarterly reviews and the annual one as one person (§5.13, §2.2)', () => {
    const leader = { type: 'member' as const, id: 'gd', leader: true };
    const rs = [
      ...([1, 2, 3] as const).map((quarter) => memberReview('gd', 2026, { subject: leader, period: { year: 2026, quarter }, outcome: { rating: quarter === 3 ? 'satisfactory' : 'good' } })),
      memberReview('gd', 2026, { subject: leader, outcome: { rating: 'excellent' } }),
    ];
    const s = summarizeReviews(rs);
    expect(s.reviewed.individual).toBe(1);
    expect(s.rated.individual).toBe(1);
    expect(s.tally.ratings.member).toEqual({ excellent: 1 });
    expect(s.text.vi).toContain('Kiểm điểm 1 cá nhân');
    // without the annual review yet, the latest quarter's rating stands for the year
    expect(summarizeReviews(rs.slice(0, 3)).tally.ratings.member).toEqual({ satisfactory: 1 });
    // the previous default remains available
    expect(summarizeReviews(rs, { countUnit: 'subjectPeriod' }).reviewed.individual).toBe(4);
    // two years are two counts
    expect(summarizeReviews([...rs, memberReview('gd', 2025, { subject: leader })]).reviewed.individual).toBe(2);
  });

  it('count commitments once per person and year', () => {
    const s = summarizeReviews([], {
      commitments: [
        { personId: 'a', year: 2024, items: 'all27' },
        { personId: 'a', year: 2024, items: ['G1-1'] },
        { personId: 'b', year: 2024, items: 'all27' },
      ],
    });
    expect(s.commitments).toBe(2);
    expect(s.tally.commitments).toBe(2);
  });

  it('refuse two different ratings of one subject in one period', () => {
    expect(() =>
      summarizeReviews([
        memberReview('a', 2024, { outcome: { rating: 'good' } }),
        { ...memberReview('a', 2024, { outcome: { rating: 'satisfactory' } }), kind: 'reReview' },
      ]),
    ).toThrow(Nq4Error);
  });
});

describe('inputs are never mutated', () => {
  it('deep-frozen inputs go through every function unchanged', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 10 }), (xs) => {
        const before = JSON.stringify(xs);
        const frozen = deepFreeze(structuredClone(xs));
        parseReviews(frozen);
        findReviewIssues(frozen);
        summarizeReviews(frozen);
        overdueRemediations(frozen, { today: '2030-01-01' });
        ratingFactsFromReviews(frozen, { shortcomingsFixed: 'always' });
        disciplineReferrals(frozen);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it('results are deeply frozen', () => {
    const s = summarizeReviews([memberReview('a', 2024, { findings: [{ manifestation: 'G1-1', identifiedBy: 'self' }] })]);
    expect(Object.isFrozen(s.tally.findingsByItem)).toBe(true);
    expect(Object.isFrozen(s.text)).toBe(true);
  });
});

describe('catalog ids', () => {
  it('a finding pointing at an id outside the catalog is rejected with unknown_id', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 32 }), fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 })).map(([g, n]) => `G${g}-${n}`)).filter(
          (s) => !isManifestationId(s.normalize('NFC').trim().toUpperCase()),
        ),
        (id) => {
          let caught: unknown;
          try {
            parseReview(memberReview('a', 2024, { findings: [{ manifestation: id, identifiedBy: 'self' }] }));
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(Nq4Error);
          expect((caught as Nq4Error).issues[0]).toMatchObject({ code: 'unknown_id', path: ['findings', 0, 'manifestation'] });
        },
      ),
      { numRuns: 200 },
    );
  });
});
