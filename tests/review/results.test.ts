import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReviews, deriveRatingFactsFromReview, deriveRatingFactsFromReviews, type ReviewInput } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { kRongNoReviews, memberReview } from './fixtures.js';

// Issue 16 (docs/conventions.md, "Results"): the review results a person acts on carry a verdict
// as `status`, and the rating facts carry the options that changed them, as every rule result.

describe('deriveRatingFactsFromReview(s): status and options', () => {
  it('is complete when every fact that applies is known', () => {
    // HD 21 (2021) has no "shortcomings fixed" criterion; the activity status is recorded.
    const r = deriveRatingFactsFromReview(memberReview('m', 2021, { subject: { type: 'member', id: 'm', activityStatus: 'active' } }));
    expect(r.missing).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.options).toEqual([]);
  });

  it('is incomplete when a fact is missing, and lists it', () => {
    const r = deriveRatingFactsFromReview(memberReview('m', 2021));
    expect(r.missing).toEqual(['exemptFromActivity', 'suspended']);
    expect(r.status).toBe('incomplete');
  });

  it('names the day remediation is judged on, under the name given, and shortcomingsFixed: "always"', () => {
    const review = memberReview('m', 2021, { subject: { type: 'member', id: 'm', activityStatus: 'active' } });
    const byOn = deriveRatingFactsFromReview(review, { on: '2021-12-31', shortcomingsFixed: 'always' });
    expect(byOn.options.map((o) => [o.name, o.value])).toEqual([
      ['on', '2021-12-31'],
      ['shortcomingsFixed', 'always'],
    ]);
    // Read alone, the previous review is unknown: shortcomingsFixed is missing.
    expect(byOn.status).toBe('incomplete');
    const byAsOf = deriveRatingFactsFromReview(review, { asOf: '2021-12-31', shortcomingsFixed: 'always' });
    expect(byAsOf.options.map((o) => o.name)).toEqual(['asOf', 'shortcomingsFixed']);
  });

  it('under QĐ 366 the day applies by default (the first meeting day), so it is named', () => {
    const r = deriveRatingFactsFromReview(memberReview('m', 2025, { heldOn: '2025-12-10', subject: { type: 'member', id: 'm', activityStatus: 'active' } }));
    expect(r.ruleSet?.id).toBe('hd43');
    expect(r.options.map((o) => [o.name, o.value])).toEqual([['on', '2025-12-10']]);
  });

  it('status follows missing and options are the explanation’s, for any reviews', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 8 }), fc.constantFrom(undefined, { shortcomingsFixed: 'always' as const }), (reviews, options) => {
        for (const r of deriveRatingFactsFromReviews(reviews, options)) {
          expect(r.status).toBe(r.missing.length > 0 ? 'incomplete' : 'complete');
          expect(r.options).toEqual(r.explanation.options);
          expect(Object.isFrozen(r.options)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the seed fixture has both verdicts', () => {
    const statuses = new Set(deriveRatingFactsFromReviews(kRongNoReviews()).map((r) => r.status));
    expect([...statuses].sort()).toEqual(['complete', 'incomplete']);
  });
});

describe('checkReviews: status', () => {
  const suspended: ReviewInput = memberReview('m', 2021, { subject: { type: 'member', id: 'm', activityStatus: 'suspended' } });

  it('is clean without warnings', () => {
    const r = checkReviews([memberReview('m', 2021)]);
    expect(r.warnings).toEqual([]);
    expect(r.status).toBe('clean');
  });

  it('is withWarnings when there is one', () => {
    const r = checkReviews([suspended]);
    expect(r.warnings.map((w) => w.code)).toEqual(['notReviewed']);
    expect(r.status).toBe('withWarnings');
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('follows the warnings for any list it accepts', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 8 }), fc.constantFrom(undefined, { unverifiedQuarters: 'flag' as const, unverifiedExclusions: 'flag' as const }), (reviews, options) => {
        let r;
        try {
          r = checkReviews(reviews, options);
        } catch {
          return;
        }
        expect(r.status).toBe(r.warnings.length > 0 ? 'withWarnings' : 'clean');
      }),
      { numRuns: 150 },
    );
  });
});
