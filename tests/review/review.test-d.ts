import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ManifestationId } from '../../src/catalog/manifestations.js';
import type { SafeResult } from '../../src/errors.js';
import type { Tally } from '../../src/tally/tally.js';
import type { SourceStatus } from '../../src/legal/citation.js';
import type { AppliedOption } from '../../src/explain/explanation.js';
import type { RuleResult } from '../../src/explain/result.js';
import type { DeriveRatingFactsFromReviewOptions, ReviewCheckResult, ReviewCheckStatus, ReviewRatingFactsResult, ReviewRatingFactsStatus, ReviewWarningCode } from '../../src/review/index.js';
import {
  checkReviews,
  deriveRatingFactsFromReview,
  deriveRatingFactsFromReviews,
  disciplineReferrals,
  findDisciplineReferrals,
  findOverdueRemediations,
  findReviewIssues,
  overdueRemediations,
  parseCommitment,
  parseCommitments,
  parseReview,
  parseReviews,
  ratingFactsFromReview,
  ratingFactsFromReviews,
  reviewCommitmentSchema,
  reviewSchema,
  safeParseReview,
  safeValidateReviews,
  summarizeReviews,
  validateCommitments,
  validateReviews,
  type FindOverdueRemediationsOptions,
  type OverdueRemediationsOptions,
  type Review,
  type ReviewCommitment,
  type ReviewCommitmentInput,
  type ReviewDisciplineReferralRecord,
  type ReviewFinding,
  type ReviewInput,
  type ReviewRatingFacts,
  type ReviewRatingFactsOptions,
  type ReviewSubject,
  type SummarizeReviewsOptions,
  type ValidateReviewsOptions,
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
    expectTypeOf(deriveRatingFactsFromReviews).returns.toExtend<readonly { facts: ReviewRatingFacts }[]>();
  });

  it('summaries carry the shared Tally', () => {
    expectTypeOf(summarizeReviews).returns.toHaveProperty('tally').toEqualTypeOf<Tally>();
  });

  it('input rejects unknown kinds at compile time and requires on', () => {
    // @ts-expect-error: not a review kind
    const bad: ReviewInput['kind'] = 'weekly';
    expectTypeOf(bad).toBeString();
    // @ts-expect-error: on is required
    findOverdueRemediations([], {});
  });

  it('the former names still compile, with their former options, for one minor', () => {
    expectTypeOf(overdueRemediations).toEqualTypeOf(findOverdueRemediations);
    expectTypeOf(ratingFactsFromReview).toEqualTypeOf(deriveRatingFactsFromReview);
    expectTypeOf(ratingFactsFromReviews).toEqualTypeOf(deriveRatingFactsFromReviews);
    expectTypeOf(disciplineReferrals).toEqualTypeOf(findDisciplineReferrals);
    overdueRemediations([], { today: '2026-04-10' });
    findOverdueRemediations([], { today: '2026-04-10' });
    ratingFactsFromReview({} as ReviewInput, { asOf: '2025-12-31' });
    // @ts-expect-error: neither on nor today
    overdueRemediations([], {});
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const review: ReviewInput = { unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } };
  const list: readonly ReviewInput[] = [review];
  const commitment: ReviewCommitmentInput = { personId: 'p', year: 2025, items: 'all27' };

  it('parseReview and safeParseReview', () => {
    expectTypeOf(parseReview).parameter(0).toEqualTypeOf<ReviewInput>();
    expectTypeOf(safeParseReview).parameter(0).toEqualTypeOf<ReviewInput>();
    expectTypeOf(safeParseReview).returns.toEqualTypeOf<SafeResult<Review>>();
    parseReview({ ...review, heldOn: '2025-12-10', findings: [{ manifestation: 'g1-4', identifiedBy: ['self', 'collective'] }] });
    // @ts-expect-error misspelt field
    parseReview({ unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' }, heldOnn: '2025-12-10' });
    // @ts-expect-error misspelt field in a finding
    parseReview({ ...review, findings: [{ manifestaton: 'G1-4', identifiedBy: 'self' }] });
    // @ts-expect-error wrong enum value
    parseReview({ ...review, kind: 'weekly' });
    // @ts-expect-error wrong enum value: `partyCell` is the report area's tổ đảng, not a review place
    parseReview({ ...review, place: { kind: 'partyCell', unitId: 'cb' } });
    // @ts-expect-error wrong enum value in a finding
    safeParseReview({ ...review, findings: [{ group: 1, identifiedBy: 'boss' }] });
    // @ts-expect-error misspelt field
    safeParseReview({ unitId: 'cb', subject: { type: 'member', id: 'm', leadr: true }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } });
    // @ts-expect-error unknown input is not accepted: cast data of unknown shape to ReviewInput
    parseReview(JSON.parse('{}') as unknown);
  });

  it('parseReviews', () => {
    expectTypeOf(parseReviews).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
    // @ts-expect-error misspelt field
    parseReviews([{ ...review, outcome: { ratng: 'good' } }]);
    // @ts-expect-error wrong enum value
    parseReviews([{ ...review, outcome: { rating: 'great' } }]);
  });

  it('parseCommitment, parseCommitments and validateCommitments', () => {
    expectTypeOf(parseCommitment).parameter(0).toEqualTypeOf<ReviewCommitmentInput>();
    expectTypeOf(parseCommitments).parameter(0).toEqualTypeOf<readonly ReviewCommitmentInput[]>();
    expectTypeOf(validateCommitments).parameter(0).toEqualTypeOf<readonly ReviewCommitmentInput[]>();
    parseCommitment({ ...commitment, items: ['G1-4', 'g2-7'] });
    // @ts-expect-error misspelt field
    parseCommitment({ personId: 'p', year: 2025, items: 'all27', signedAt: '2025-01-15' });
    // @ts-expect-error wrong enum value
    parseCommitment({ personId: 'p', year: 2025, items: 'all85' });
    // @ts-expect-error misspelt field
    parseCommitments([commitment, { personId: 'p', yaer: 2025, items: 'all27' }]);
    // @ts-expect-error misspelt field
    validateCommitments([{ personId: 'p', year: 2025, items: 'all27', publishedOn: 'Chi bộ' }]);
  });

  it('findReviewIssues, validateReviews and safeValidateReviews', () => {
    for (const f of [findReviewIssues, validateReviews, safeValidateReviews]) {
      expectTypeOf(f).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
      expectTypeOf(f).parameter(1).toEqualTypeOf<ValidateReviewsOptions | undefined>();
    }
    findReviewIssues(list, { fourthQuarter: 'allow', quarterlySubjects: 'any' });
    // @ts-expect-error misspelt field
    findReviewIssues([{ ...review, subject: { type: 'partyOrganization', id: 'x', organisationKind: 'tccsd' } }]);
    // @ts-expect-error wrong enum value
    findReviewIssues([{ ...review, subject: { type: 'member', id: 'm', activityStatus: 'retired' } }]);
    // @ts-expect-error wrong option name
    findReviewIssues(list, { fourthQuater: 'allow' });
    // @ts-expect-error wrong option value
    findReviewIssues(list, { newMemberCutoff: 'admittedOn' });
    // @ts-expect-error misspelt field
    validateReviews([{ ...review, suggestion: { suggestedby: 'BTV' } }]);
    // @ts-expect-error wrong enum value
    validateReviews([{ ...review, ruleSetId: 'qd366' }]);
    // @ts-expect-error wrong option name
    validateReviews(list, { strict: true });
    // @ts-expect-error misspelt field
    safeValidateReviews([{ ...review, period: { year: 2025, qaurter: 2 } }]);
    // @ts-expect-error wrong enum value
    safeValidateReviews([{ ...review, period: { year: 2025, quarter: 5 } }]);
    // @ts-expect-error wrong option name
    safeValidateReviews(list, { unverifiedExclusion: 'flag' });
  });

  it('summarizeReviews', () => {
    expectTypeOf(summarizeReviews).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
    expectTypeOf(summarizeReviews).parameter(1).toEqualTypeOf<SummarizeReviewsOptions | undefined>();
    summarizeReviews(list, { commitments: [commitment], findings: 'concluded', countUnit: 'subject' });
    // @ts-expect-error misspelt field
    summarizeReviews([{ ...review, remediation: [{ acton: 'Sửa', status: 'planned' }] }]);
    // @ts-expect-error wrong enum value
    summarizeReviews([{ ...review, remediation: [{ action: 'Sửa', status: 'finished' }] }]);
    // @ts-expect-error wrong option name
    summarizeReviews(list, { countBy: 'subject' });
    // @ts-expect-error wrong option value
    summarizeReviews(list, { countUnit: 'person' });
    // @ts-expect-error misspelt field in a commitment given as an option
    summarizeReviews(list, { commitments: [{ personId: 'p', year: 2025, itemz: 'all27' }] });
  });

  it('findOverdueRemediations', () => {
    expectTypeOf(findOverdueRemediations).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
    expectTypeOf(findOverdueRemediations).parameter(1).toEqualTypeOf<FindOverdueRemediationsOptions | OverdueRemediationsOptions>();
    findOverdueRemediations(list, { on: '2026-04-10' });
    // @ts-expect-error misspelt field
    findOverdueRemediations([{ ...review, remediation: [{ action: 'Sửa', status: 'planned', dueDate: '2026-03-31' }] }], { on: '2026-04-10' });
    // @ts-expect-error wrong enum value
    findOverdueRemediations([{ ...review, outcome: { discipline: 'reminder' } }], { on: '2026-04-10' });
    // @ts-expect-error wrong option name
    findOverdueRemediations(list, { asOf: '2026-04-10' });
  });

  it('deriveRatingFactsFromReview and deriveRatingFactsFromReviews', () => {
    expectTypeOf(deriveRatingFactsFromReview).parameter(0).toEqualTypeOf<ReviewInput>();
    expectTypeOf(deriveRatingFactsFromReview).parameter(1).toEqualTypeOf<DeriveRatingFactsFromReviewOptions | undefined>();
    expectTypeOf(deriveRatingFactsFromReviews).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
    expectTypeOf(deriveRatingFactsFromReviews).parameter(1).toEqualTypeOf<DeriveRatingFactsFromReviewOptions | undefined>();
    // The former name of the options type is the same type (deprecated for one minor).
    expectTypeOf<ReviewRatingFactsOptions>().toEqualTypeOf<DeriveRatingFactsFromReviewOptions>();
    deriveRatingFactsFromReview(review, { on: '2025-12-31', shortcomingsFixed: 'always' });
    // @ts-expect-error misspelt field
    deriveRatingFactsFromReview({ ...review, findings: [{ group: 2, identifiedBy: 'higherLevel', conclued: true }] });
    // @ts-expect-error wrong enum value
    deriveRatingFactsFromReview({ ...review, findings: [{ group: 4, identifiedBy: 'higherLevel' }] });
    // @ts-expect-error wrong option name
    deriveRatingFactsFromReview(review, { today: '2025-12-31' });
    // @ts-expect-error misspelt field
    deriveRatingFactsFromReviews([{ ...review, selfAssesment: { selfRating: 'good' } }]);
    // @ts-expect-error wrong enum value
    deriveRatingFactsFromReviews([{ ...review, selfAssessment: { selfRating: 'great' } }]);
    // @ts-expect-error wrong option value
    deriveRatingFactsFromReviews(list, { shortcomingsFixed: 'never' });
  });

  it('findDisciplineReferrals', () => {
    expectTypeOf(findDisciplineReferrals).parameter(0).toEqualTypeOf<readonly ReviewInput[]>();
    expectTypeOf(findDisciplineReferrals).returns.toEqualTypeOf<readonly ReviewDisciplineReferralRecord[]>();
    // @ts-expect-error misspelt field
    findDisciplineReferrals([{ ...review, outcome: { disciplineReferral: { by: 'UBKT', date: '2025-12-20' } } }]);
    // @ts-expect-error wrong enum value
    findDisciplineReferrals([{ ...review, outcome: { nonDisciplinary: ['expulsion'] } }]);
    // @ts-expect-error no options
    findDisciplineReferrals(list, {});
  });

  it('the exported schemas read the input types and give the normalized records', () => {
    expectTypeOf<z.input<typeof reviewSchema>>().toEqualTypeOf<ReviewInput>();
    expectTypeOf<z.output<typeof reviewSchema>>().toEqualTypeOf<Review>();
    expectTypeOf<z.input<typeof reviewCommitmentSchema>>().toEqualTypeOf<ReviewCommitmentInput>();
    expectTypeOf<z.output<typeof reviewCommitmentSchema>>().toEqualTypeOf<ReviewCommitment>();
    expectTypeOf(reviewSchema.safeParse).parameter(0).toBeUnknown();
  });

  it('checkReviews returns the reviews and typed warnings', () => {
    expectTypeOf(checkReviews).returns.toEqualTypeOf<ReviewCheckResult>();
    expectTypeOf<ReviewCheckResult['warnings'][number]['basis']>().toEqualTypeOf<SourceStatus>();
    expectTypeOf<ReviewCheckResult['warnings'][number]['code']>().toEqualTypeOf<ReviewWarningCode>();
    expectTypeOf<ReviewCheckResult['status']>().toEqualTypeOf<ReviewCheckStatus>();
    expectTypeOf<ReviewCheckStatus>().toEqualTypeOf<'clean' | 'withWarnings'>();
    // @ts-expect-error unknown option
    checkReviews([], { flagAll: true });
  });
});

describe('review results on the result base (docs/conventions.md, "Results")', () => {
  it('the rating facts are a RuleResult with a named status and the options applied', () => {
    expectTypeOf<ReviewRatingFactsResult>().toExtend<RuleResult<ReviewRatingFactsStatus>>();
    expectTypeOf<ReviewRatingFactsResult['status']>().toEqualTypeOf<'complete' | 'incomplete'>();
    expectTypeOf<ReviewRatingFactsResult['options']>().toEqualTypeOf<readonly AppliedOption[]>();
    expectTypeOf(deriveRatingFactsFromReview).returns.toEqualTypeOf<ReviewRatingFactsResult>();
  });
});

