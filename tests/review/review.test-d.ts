import { describe, expectTypeOf, it } from 'vitest';
import type { ManifestationId } from '../../src/catalog/manifestations.js';
import type { Tally } from '../../src/tally/tally.js';
import {
  parseReview,
  ratingFactsFromReviews,
  summarizeReviews,
  overdueRemediations,
  type Review,
  type ReviewFinding,
  type ReviewInput,
  type ReviewRatingFacts,
  type ReviewSubject,
} from '../../src/review/index.js';

describe('review types', () => {
  it('parseReview returns the normalized record, assignable back to the input', () => {
    expectTypeOf(parseReview).returns.toEqualTypeOf<Review>();
    expectTypeOf<Review>().toExtend<ReviewInput>();
    expectTypeOf<ReviewFinding['manifestation']>().toEqualTypeOf<ManifestationId | undefined>();
    expectTypeOf<ReviewFinding['group']>().toEqualTypeOf<1 | 2 | 3>();
  });

  it('subjects discriminate on type', () => {
    const s = {} as ReviewSubject;
    if (s.type === 'member') expectTypeOf(s.leader).toEqualTypeOf<boolean>();
    if (s.type === 'partyOrganization') expectTypeOf(s.organizationKind).toEqualTypeOf<'tccsd' | 'directBranch' | 'other'>();
  });

  it('rating facts use the rating area names', () => {
    expectTypeOf<keyof ReviewRatingFacts>().toEqualTypeOf<'degradationConcluded' | 'shortcomingsFixed' | 'exemptFromActivity' | 'suspended'>();
    expectTypeOf(ratingFactsFromReviews).returns.toExtend<readonly { facts: ReviewRatingFacts }[]>();
  });

  it('summaries carry the shared Tally', () => {
    expectTypeOf(summarizeReviews).returns.toHaveProperty('tally').toEqualTypeOf<Tally>();
  });

  it('input rejects unknown kinds at compile time and requires today', () => {
    // @ts-expect-error: not a review kind
    const bad: ReviewInput['kind'] = 'weekly';
    expectTypeOf(bad).toBeString();
    // @ts-expect-error: today is required
    overdueRemediations([], {});
  });
});
