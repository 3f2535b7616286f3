/**
 * The rating area: member and organization rating (đánh giá, xếp loại chất lượng), one module per
 * rule set (HD 27, QĐ 132 + HD 16, QĐ 132 + HD 21, QĐ 124 + HD 25, QĐ 366 + HD 43), quota checks,
 * a batch path, and the rules of a year for docs and forms. Reference: rating.md.
 * @module
 */
export { rateMember } from './rateMember.js';
export { rateOrganization } from './rateOrganization.js';
export { safeRateMember, safeRateOrganization } from './safe.js';
export { rateMembers, createMemberRater } from './rateMembers.js';
export type { MemberRatingOutcome, MemberRater, BatchRating } from './rateMembers.js';
export { checkQuota } from './checkQuota.js';
export type { CheckQuotaOptions, RatingQuotaOptions, RatingQuotaCheck } from './checkQuota.js';
export { getRulesForYear, rulesFor } from './rulesFor.js';
export type { RatingRules, RatingRuleSetSummary } from './rulesFor.js';
export { ratingRuleSets, findRatingRuleSet, ratingRuleSetFor, hd27RuleSet, hd16RuleSet, hd21RuleSet, qd124RuleSet, qd366RuleSet } from './registry.js';
export type { RatingRuleSetId, RatingRuleSetChoice } from './registry.js';
export { QD366_THRESHOLDS } from './ruleSets/qd366.js';
export type { RatingCitedValue } from './ruleSets/qd366.js';
export type {
  DisciplineFact,
  RatingRole,
  RatingCriterionGrade,
  RatingCriteriaGrades,
  RatingTaskCounts,
  RatingDisciplineFact,
  LeaderRatingFacts,
  MemberRatingFacts,
  RatingLevelCounts,
  RatedOrganizationKind,
  OrganizationRatingFacts,
  RatingOptions,
  RatingMissingFact,
  RatingUnverifiedLevel,
  RatingBlock,
  VersionLevelLabel,
  RatingResult,
  RatingRuleSetRef,
  RatingProposalCheck,
  RatingCriterion,
  RatingQuotaRule,
  RatingRuleSet,
  ResolvedRatingOptions,
  RatingEvaluation,
  RatingTrace,
} from './types.js';
