/**
 * The review cycle (kiểm điểm): typed records of reviews, findings of the 27 manifestations,
 * commitments and remediation; validation of the process rules; summaries and report tallies;
 * and the bridges to rating and discipline.
 * @module
 */
export {
  REVIEW_RULE_SET_IDS,
  NOT_REVIEWED_CATEGORIES,
  REVIEW_RULE_SETS,
  reviewRuleSets,
} from './ruleSets.js';
export type { ReviewRuleSetId, NotReviewedCategory, ReviewRulePoint, NotReviewedRules, ReviewRuleSet } from './ruleSets.js';
export {
  REVIEW_KINDS,
  REVIEW_KIND_LABELS,
  REVIEW_SUBJECT_TYPES,
  REVIEW_SUBJECT_TYPE_LABELS,
  MEMBER_ACTIVITY_STATUSES,
  REVIEW_ORGANIZATION_KINDS,
  REVIEW_PLACE_KINDS,
  REVIEW_PLACE_KIND_LABELS,
  REVIEW_FINDING_SOURCES,
  REVIEW_FINDING_SOURCE_LABELS,
  REMEDIATION_STATUSES,
  REMEDIATION_STATUS_LABELS,
} from './model.js';
export type {
  ReviewKind,
  ReviewSubjectType,
  MemberActivityStatus,
  ReviewOrganizationKind,
  ReviewMemberSubject,
  ReviewOrganizationSubject,
  ReviewLeadershipCollectiveSubject,
  ReviewSubject,
  ReviewPeriod,
  ReviewPlaceKind,
  ReviewPlace,
  ReviewFindingSource,
  ReviewFindingTarget,
  ReviewFinding,
  RemediationStatus,
  RemediationItem,
  ReviewSuggestion,
  ReviewSelfAssessment,
  ReviewDisciplineReferral,
  ReviewOutcome,
  Review,
  ReviewCommitment,
} from './model.js';
export { reviewSchema, reviewCommitmentSchema } from './schemas.js';
export type {
  ReviewInput,
  ReviewCommitmentInput,
  ReviewMemberSubjectInput,
  ReviewOrganizationSubjectInput,
  ReviewSubjectInput,
  ReviewFindingTargetInput,
  ReviewFindingInput,
  RemediationItemInput,
  ReviewSuggestionInput,
  ReviewOutcomeInput,
} from './inputs.js';
export { parseReview, safeParseReview, parseReviews, parseCommitment, parseCommitments } from './parseReview.js';
export { checkReviews, findReviewIssues, validateReviews, safeValidateReviews, validateCommitments } from './validateReviews.js';
export type { ReviewCheckResult, ReviewCheckStatus, ReviewWarning, ReviewWarningCode, ValidateReviewsOptions } from './validateReviews.js';
export { summarizeReviews } from './summarizeReviews.js';
export type { SummarizeReviewsOptions, ReviewSubjectCounts, ReviewSummary } from './summarizeReviews.js';
export { findOverdueRemediations, overdueRemediations } from './overdueRemediations.js';
export type { FindOverdueRemediationsOptions, OverdueRemediationsOptions, OverdueRemediation } from './overdueRemediations.js';
export { deriveRatingFactsFromReview, deriveRatingFactsFromReviews, ratingFactsFromReview, ratingFactsFromReviews } from './ratingFacts.js';
export type {
  ReviewRatingFacts,
  ReviewRatingFactName,
  ReviewRatingFactsResult,
  ReviewRatingFactsStatus,
  DeriveRatingFactsFromReviewOptions,
  ReviewRatingFactsOptions,
} from './ratingFacts.js';
export { findDisciplineReferrals, disciplineReferrals } from './disciplineReferrals.js';
export type { ReviewDisciplineReferralRecord } from './disciplineReferrals.js';
