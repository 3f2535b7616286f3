/**
 * The boundary schemas of the review area for the JSON Schema files of `schemas/`: the zod/mini
 * schema that validates each argument of each public function, and a zod/mini description of
 * each result, tied to its TypeScript type both ways by `conforms` (a field the schema misses, adds
 * or types differently fails to compile). Not exported from `src/index.ts`, so it costs a bundle
 * nothing.
 * @internal
 */
import * as z from 'zod/mini';
import { conforms, explanationSchema, citationSchema, isoDateOut, labelSchema, nq4IssueSchema, tallySchema, type DeepMutable } from '../_lib/outputSchemas.js';
import type { Nq4Issue } from '../errors.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS } from '../i18n/vocabulary.js';
import { TALLY_DISCIPLINE_SUBJECTS } from '../tally/tally.js';
import type { ReviewDisciplineReferralRecord } from './disciplineReferrals.js';
import {
  MEMBER_ACTIVITY_STATUSES,
  REMEDIATION_STATUSES,
  REVIEW_FINDING_SOURCES,
  REVIEW_KINDS,
  REVIEW_ORGANIZATION_KINDS,
  REVIEW_PLACE_KINDS,
  type Review,
  type ReviewCommitment,
} from './model.js';
import type { OverdueRemediation } from './overdueRemediations.js';
import { overdueRemediationsOptionsSchema } from './overdueRemediations.js';
import { reviewRatingFactsOptionsSchema, type ReviewRatingFactsResult } from './ratingFacts.js';
import { REVIEW_RULE_SET_IDS } from './ruleSetIds.js';
import { reviewCommitmentListSchema, reviewCommitmentSchema, reviewListSchema, reviewSchema } from './schemas.js';
import { summarizeReviewsOptionsSchema, type ReviewSummary } from './summarizeReviews.js';
import { FIRMNESS_ORDER, validateReviewsOptionsSchema, type ReviewCheckResult, type ReviewWarning } from './validateReviews.js';

/** A catalog id, `G1-1` … `G3-9`. */
const manifestationId = () => z.templateLiteral(['G', z.literal([1, 2, 3]), '-', z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9])]);
const group = () => z.literal([1, 2, 3]);
const count = () => z.number().check(z.int(), z.gte(0));
/** One option that changed a result (`AppliedOption`), as in an explanation. */
const appliedOptionOut = () => z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema });

const targetOut = () => z.strictObject({ manifestation: z.optional(manifestationId()), group: group() });

const findingOut = () =>
  z.strictObject({
    manifestation: z.optional(manifestationId()),
    group: group(),
    identifiedBy: z.array(z.enum(REVIEW_FINDING_SOURCES)),
    concluded: z.boolean(),
    concludedBy: z.optional(z.string()),
    concludedOn: z.optional(isoDateOut()),
    evidence: z.array(z.string()),
  });

const subjectOut = () =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('member'),
      id: z.string(),
      leader: z.boolean(),
      membership: z.optional(z.enum(['official', 'probationary'])),
      activityStatus: z.optional(z.enum(MEMBER_ACTIVITY_STATUSES)),
      admittedOn: z.optional(isoDateOut()),
    }),
    z.strictObject({ type: z.literal('partyOrganization'), id: z.string(), organizationKind: z.enum(REVIEW_ORGANIZATION_KINDS) }),
    z.strictObject({ type: z.literal('leadershipCollective'), id: z.string() }),
  ]);

const periodOut = () => z.strictObject({ year: z.number().check(z.int()), quarter: z.optional(z.literal([1, 2, 3, 4])) });

const remediationOut = () =>
  z.strictObject({
    id: z.optional(z.string()),
    action: z.string(),
    addresses: z.array(targetOut()),
    dueOn: z.optional(isoDateOut()),
    status: z.enum(REMEDIATION_STATUSES),
    doneOn: z.optional(isoDateOut()),
  });

const referralOut = () => z.strictObject({ by: z.string(), on: z.optional(isoDateOut()), note: z.optional(z.string()) });

/** A {@link Review} as the parsing and validating functions return it. */
export const reviewOutSchema = /* @__PURE__ */ conforms<Review>()(
  z.strictObject({
    id: z.optional(z.string()),
    unitId: z.string(),
    subject: subjectOut(),
    period: periodOut(),
    kind: z.enum(REVIEW_KINDS),
    place: z.strictObject({ kind: z.enum(REVIEW_PLACE_KINDS), unitId: z.string() }),
    ruleSetId: z.optional(z.enum(REVIEW_RULE_SET_IDS)),
    heldOn: z.optional(isoDateOut()),
    suggestion: z.optional(z.strictObject({ suggestedBy: z.optional(z.string()), issues: z.array(z.string()), on: z.optional(isoDateOut()) })),
    selfAssessment: z.optional(
      z.strictObject({ text: z.optional(z.string()), selfRating: z.optional(z.enum(RATING_LEVELS)), score: z.optional(z.number().check(z.gte(0), z.lte(100))) }),
    ),
    findings: z.array(findingOut()),
    remediation: z.array(remediationOut()),
    outcome: z.strictObject({
      rating: z.optional(z.enum(RATING_LEVELS)),
      disciplineReferral: z.optional(referralOut()),
      discipline: z.optional(z.enum(DISCIPLINE_FORMS)),
      nonDisciplinary: z.array(z.enum(NON_DISCIPLINARY_MEASURES)),
    }),
  }),
);

/** A {@link ReviewCommitment} as the commitment functions return it. */
export const reviewCommitmentOutSchema = /* @__PURE__ */ conforms<ReviewCommitment>()(
  z.strictObject({
    personId: z.string(),
    year: z.number().check(z.int()),
    items: z.array(manifestationId()),
    coversAll27: z.boolean(),
    otherCommitments: z.array(z.string()),
    signedOn: z.optional(isoDateOut()),
    publishedAt: z.optional(z.string()),
  }),
);



/** A {@link ReviewWarning}. */
export const reviewWarningOutSchema = /* @__PURE__ */ conforms<ReviewWarning>()(
  z.strictObject({
    code: z.enum(['notReviewed', 'quarter', 'duplicate', 'januaryReview']),
    path: z.array(z.union([z.string(), z.number()])),
    messageVi: z.string(),
    messageEn: z.string(),
    basis: z.enum(FIRMNESS_ORDER),
    citations: z.array(citationSchema),
  }),
);

/** A {@link ReviewCheckResult}. */
export const reviewCheckResultOutSchema = /* @__PURE__ */ conforms<ReviewCheckResult>()(
  z.strictObject({ status: z.enum(['clean', 'withWarnings']), reviews: z.array(reviewOutSchema), warnings: z.array(reviewWarningOutSchema) }),
);

/** One {@link Nq4Issue}, as {@link findReviewIssues} returns them: the shared shape. */
export const nq4IssueOutSchema = nq4IssueSchema;

const subjectCounts = () => z.strictObject({ individual: count(), collective: count() });

/** A {@link ReviewSummary}. */
export const reviewSummaryOutSchema = /* @__PURE__ */ conforms<ReviewSummary>()(
  z.strictObject({
    reviewed: subjectCounts(),
    suggested: subjectCounts(),
    foundWithManifestations: subjectCounts(),
    foundByGroup: z.partialRecord(z.enum(['1', '2', '3']), count()),
    foundByItem: z.partialRecord(manifestationId(), count()),
    foundByGroupOnly: z.partialRecord(z.enum(['1', '2', '3']), count()),
    referredToDiscipline: subjectCounts(),
    rated: subjectCounts(),
    remediationItems: z.partialRecord(z.enum(REMEDIATION_STATUSES), count()),
    openRemediationItems: count(),
    commitments: count(),
    tally: tallySchema,
    text: labelSchema,
  }),
);

/** One {@link OverdueRemediation}. */
export const overdueRemediationOutSchema = /* @__PURE__ */ conforms<OverdueRemediation>()(
  z.strictObject({
    reviewIndex: count(),
    reviewId: z.optional(z.string()),
    itemIndex: count(),
    subject: subjectOut(),
    period: periodOut(),
    item: remediationOut(),
    daysOverdue: z.number().check(z.int(), z.gte(1)),
    explanation: explanationSchema,
  }),
);

const RATING_FACT_NAMES = ['degradationConcluded', 'shortcomingsFixed', 'exemptFromActivity', 'suspended'] as const;

/** One {@link ReviewRatingFactsResult}. */
export const reviewRatingFactsOutSchema = /* @__PURE__ */ conforms<ReviewRatingFactsResult>()(
  z.strictObject({
    status: z.enum(['complete', 'incomplete']),
    subject: subjectOut(),
    period: periodOut(),
    ruleSet: z.optional(z.strictObject({ id: z.string(), label: labelSchema })),
    facts: z.strictObject({
      degradationConcluded: z.optional(z.boolean()),
      shortcomingsFixed: z.optional(z.boolean()),
      exemptFromActivity: z.optional(z.boolean()),
      suspended: z.optional(z.boolean()),
    }),
    missing: z.array(z.enum(RATING_FACT_NAMES)),
    concludedFindings: z.array(findingOut()),
    options: z.array(appliedOptionOut()),
    explanation: explanationSchema,
  }),
);

/** One {@link ReviewDisciplineReferralRecord}. */
export const reviewDisciplineReferralOutSchema = /* @__PURE__ */ conforms<ReviewDisciplineReferralRecord>()(
  z.strictObject({
    reviewIndex: count(),
    reviewId: z.optional(z.string()),
    subject: subjectOut(),
    disciplineSubject: z.enum(TALLY_DISCIPLINE_SUBJECTS),
    period: periodOut(),
    referral: referralOut(),
    findings: z.array(findingOut()),
    explanation: explanationSchema,
  }),
);

/**
 * `conforms` lets a schema miss or add an optional field (an object with one optional field more
 * is assignable both ways); this checks that type and schema are the same type, field for field.
 * @internal
 */
export type ReviewOutputTie = [
  Assert<Same<DeepMutable<Review>, z.output<typeof reviewOutSchema>>>,
  Assert<Same<DeepMutable<ReviewCommitment>, z.output<typeof reviewCommitmentOutSchema>>>,
  Assert<Same<DeepMutable<Nq4Issue>, z.output<typeof nq4IssueOutSchema>>>,
  Assert<Same<DeepMutable<ReviewWarning>, z.output<typeof reviewWarningOutSchema>>>,
  Assert<Same<DeepMutable<ReviewCheckResult>, z.output<typeof reviewCheckResultOutSchema>>>,
  // `tally` is the shared tallySchema, tied to Tally by `conforms` in src/_lib/outputSchemas.ts.
  Assert<Same<DeepMutable<Omit<ReviewSummary, 'tally'>>, Omit<z.output<typeof reviewSummaryOutSchema>, 'tally'>>>,
  Assert<Same<DeepMutable<OverdueRemediation>, z.output<typeof overdueRemediationOutSchema>>>,
  Assert<Same<DeepMutable<ReviewRatingFactsResult>, z.output<typeof reviewRatingFactsOutSchema>>>,
  Assert<Same<DeepMutable<ReviewDisciplineReferralRecord>, z.output<typeof reviewDisciplineReferralOutSchema>>>,
];
type Assert<T extends true> = T;
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** The boundary schemas of this area, for the JSON Schema files of `schemas/` (scripts/json-schema). @internal */
export const reviewSchemaCatalog = {
  inputs: {
    'parseReview.input': reviewSchema,
    'safeParseReview.input': reviewSchema,
    'parseReviews.input': reviewListSchema,
    'parseCommitment.input': reviewCommitmentSchema,
    'parseCommitments.input': reviewCommitmentListSchema,
    'findReviewIssues.reviews': reviewListSchema,
    'findReviewIssues.options': validateReviewsOptionsSchema,
    'checkReviews.reviews': reviewListSchema,
    'checkReviews.options': validateReviewsOptionsSchema,
    'validateReviews.reviews': reviewListSchema,
    'validateReviews.options': validateReviewsOptionsSchema,
    'safeValidateReviews.reviews': reviewListSchema,
    'safeValidateReviews.options': validateReviewsOptionsSchema,
    'validateCommitments.commitments': reviewCommitmentListSchema,
    'summarizeReviews.reviews': reviewListSchema,
    'summarizeReviews.options': summarizeReviewsOptionsSchema,
    'findOverdueRemediations.reviews': reviewListSchema,
    'findOverdueRemediations.options': overdueRemediationsOptionsSchema,
    'deriveRatingFactsFromReview.review': reviewSchema,
    'deriveRatingFactsFromReview.options': reviewRatingFactsOptionsSchema,
    'deriveRatingFactsFromReviews.reviews': reviewListSchema,
    'deriveRatingFactsFromReviews.options': reviewRatingFactsOptionsSchema,
    'findDisciplineReferrals.reviews': reviewListSchema,
    // Deprecated names, kept for one minor with the functions they name.
    'overdueRemediations.reviews': reviewListSchema,
    'overdueRemediations.options': overdueRemediationsOptionsSchema,
    'ratingFactsFromReview.review': reviewSchema,
    'ratingFactsFromReview.options': reviewRatingFactsOptionsSchema,
    'ratingFactsFromReviews.reviews': reviewListSchema,
    'ratingFactsFromReviews.options': reviewRatingFactsOptionsSchema,
    'disciplineReferrals.reviews': reviewListSchema,
  },
  outputs: {
    Review: reviewOutSchema,
    ReviewCommitment: reviewCommitmentOutSchema,
    Nq4Issue: nq4IssueOutSchema,
    ReviewWarning: reviewWarningOutSchema,
    ReviewCheckResult: reviewCheckResultOutSchema,
    ReviewSummary: reviewSummaryOutSchema,
    OverdueRemediation: overdueRemediationOutSchema,
    ReviewRatingFactsResult: reviewRatingFactsOutSchema,
    ReviewDisciplineReferralRecord: reviewDisciplineReferralOutSchema,
  },
} as const;
