/**
 * The boundary schemas of the rating area, for the JSON Schema files of `schemas/`: each
 * validated argument of each public function (the schemas the functions parse with), and a
 * zod/mini description of each main result, tied to its TypeScript type at compile time.
 *
 * Not imported by the library's functions (and not exported from `src/index.ts`), so it costs a
 * bundle nothing. Each schema is a `z.lazy` wrapper marked pure: built on first use.
 * @internal
 */
import * as z from 'zod/mini';
import type { AppliedOption } from '../explain/explanation.js';
import { RATING_LEVELS } from '../i18n/vocabulary.js';
import { citationSchema, conforms, explanationSchema, isoDateOut, labelSchema, partyDocumentSchema, reasonSchema } from '../_lib/outputSchemas.js';
import { quotaOptionsSchema, ratingsSchema, type RatingQuotaCheck } from './checkQuota.js';
import type { BatchRating } from './rateMembers.js';
import { ratingYearSchema, ruleSetChoiceSchema, type RatingRules } from './rulesFor.js';
import { memberFactsSchema, organizationFactsSchema, ratingOptionsSchema } from './schemas.js';
import type { RatingCriterion, RatingQuotaRule, RatingResult, VersionLevelLabel } from './types.js';

const level = () => z.enum(RATING_LEVELS);
const count = () => z.number().check(z.int(), z.gte(0));
const OUTCOMES = [...RATING_LEVELS, 'notRated', 'unclassified', 'undetermined'] as const;

const appliedOption = () => z.strictObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), effect: labelSchema });
const ruleSetRef = () => z.strictObject({ id: z.string(), label: labelSchema });
const versionLevelLabel = () => z.strictObject({ vi: z.string(), en: z.string(), status: z.enum(['quoted', 'secondaryPractice', 'unverified']) });
const levelLabels = () => z.record(level(), versionLevelLabel());

/** `AppliedOption`, as the results of this area list them. */
const appliedOptionSchema = /* @__PURE__ */ z.lazy(appliedOption);
/** `VersionLevelLabel`. */
const versionLevelLabelSchema = /* @__PURE__ */ z.lazy(versionLevelLabel);

/** `RatingQuotaRule`: the quota a rule set sets on "excellent". */
export const ratingQuotaRuleSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    percent: z.number(),
    exceptionPercent: z.optional(z.number()),
    group: labelSchema,
    citation: citationSchema,
    exceptionCitation: z.optional(citationSchema),
    basis: z.optional(z.enum(['text', 'secondaryPractice'])),
  }),
);

/** `RatingCriterion`: a criterion a rule set encodes or lists as unverified. */
export const ratingCriterionSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.string(),
    subject: z.enum(['member', 'organization']),
    level: z.enum([...RATING_LEVELS, 'notRated', 'quota']),
    text: labelSchema,
    use: z.enum(['applied', 'informational', 'unverified']),
    citation: citationSchema,
  }),
);

/** `RatingResult`, the result of `rateMember` and `rateOrganization`. */
export const ratingResultSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    subject: z.enum(['member', 'organization']),
    status: z.enum(['rated', 'notRated', 'unclassified']),
    notRatedReason: z.optional(reasonSchema),
    notRatedBasis: z.optional(z.enum(['quoted', 'paraphrased', 'inferred'])),
    reviewRequired: z.optional(z.boolean()),
    level: z.optional(level()),
    levelLabel: z.optional(versionLevelLabelSchema),
    maxLevel: z.optional(level()),
    allowedLevels: z.array(level()),
    notRatedPossible: z.optional(z.literal(true)),
    forcedLevel: z.optional(level()),
    discretionAvailable: z.boolean(),
    blockedBy: z.array(z.strictObject({ code: z.string(), text: labelSchema, citations: z.array(citationSchema), level: level() })),
    missing: z.array(z.strictObject({ path: z.string(), reason: labelSchema })),
    unverified: z.array(z.strictObject({ level: level(), reason: labelSchema, citations: z.array(citationSchema) })),
    proposal: z.optional(z.strictObject({ level: level(), allowed: z.union([z.boolean(), z.literal('unknown')]), reason: labelSchema })),
    ruleSet: ruleSetRef(),
    options: z.array(appliedOptionSchema),
    explanation: explanationSchema,
  }),
);

/** `BatchRating`, the result of `rateMembers`. */
export const batchRatingSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    outcomes: z.array(z.enum(OUTCOMES)),
    counts: z.record(z.enum(OUTCOMES), count()),
  }),
);

/** `RatingQuotaCheck`, the result of `checkQuota`. */
export const ratingQuotaCheckSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    status: z.enum(['within', 'exceeded', 'unverified']),
    basis: z.optional(z.enum(['quoted', 'paraphrased', 'secondaryPractice'])),
    severity: z.enum(['breach', 'advisory', 'none']),
    ruleSet: ruleSetRef(),
    subject: z.enum(['member', 'organization']),
    groupId: z.optional(z.string()),
    percent: z.optional(z.number()),
    excellent: count(),
    good: count(),
    pool: count(),
    cap: z.optional(count()),
    excess: z.optional(count()),
    capIsZero: z.boolean(),
    rule: z.optional(ratingQuotaRuleSchema),
    options: z.array(appliedOptionSchema),
    explanation: explanationSchema,
  }),
);

/** `RatingRules`, the result of `getRulesForYear`. */
export const ratingRulesSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    ruleSet: z.strictObject({ id: z.string(), label: labelSchema, validFrom: isoDateOut(), validTo: z.optional(isoDateOut()) }),
    documents: z.array(partyDocumentSchema),
    criteria: z.array(ratingCriterionSchema),
    memberLevelLabels: levelLabels(),
    organizationLevelLabels: levelLabels(),
    memberQuota: z.optional(ratingQuotaRuleSchema),
    organizationQuota: z.optional(ratingQuotaRuleSchema),
  }),
);

/** Facts of many members (`rateMembers`), each checked as `rateMember` checks one. */
const memberFactsListSchema = /* @__PURE__ */ z.lazy(() => z.array(memberFactsSchema));
/**
 * The options of `createMemberRater`: rating's options object with the rule set named (required),
 * still closed to unknown fields. Built from the one options schema (its object, unwrapped from
 * the lazy and optional wrappers through zod's definitions) so that the two cannot drift; an
 * intersection would let a misspelt field through.
 */
const raterOptionsSchema = /* @__PURE__ */ z.lazy(() => {
  const lazy = ratingOptionsSchema as unknown as { _zod: { def: { getter: () => { _zod: { def: { innerType: z.ZodMiniObject } } } } } };
  return z.extend(lazy._zod.def.getter()._zod.def.innerType, { ruleSet: z.string() });
});

/**
 * The boundary schemas of the rating area, for the JSON Schema files of `schemas/`: inputs keyed
 * `function.argument` in argument order, outputs keyed by result type.
 * @internal
 */
export const ratingSchemaCatalog = {
  inputs: {
    'rateMember.facts': memberFactsSchema,
    'rateMember.options': ratingOptionsSchema,
    'rateOrganization.facts': organizationFactsSchema,
    'rateOrganization.options': ratingOptionsSchema,
    'rateMembers.facts': memberFactsListSchema,
    'rateMembers.options': ratingOptionsSchema,
    'createMemberRater.options': raterOptionsSchema,
    'checkQuota.ratings': ratingsSchema,
    'checkQuota.options': quotaOptionsSchema,
    'getRulesForYear.year': ratingYearSchema,
    'getRulesForYear.options': ruleSetChoiceSchema,
    'findRatingRuleSet.year': ratingYearSchema,
    'findRatingRuleSet.options': ruleSetChoiceSchema,
    // Deprecated names, kept for one minor with the functions they name.
    'rulesFor.year': ratingYearSchema,
    'rulesFor.options': ruleSetChoiceSchema,
  },
  outputs: {
    RatingResult: ratingResultSchema,
    BatchRating: batchRatingSchema,
    RatingQuotaCheck: ratingQuotaCheckSchema,
    RatingRules: ratingRulesSchema,
  },
} as const;

conforms<AppliedOption>()(appliedOptionSchema);
conforms<VersionLevelLabel>()(versionLevelLabelSchema);
conforms<RatingQuotaRule>()(ratingQuotaRuleSchema);
conforms<RatingCriterion>()(ratingCriterionSchema);
conforms<RatingResult>()(ratingResultSchema);
conforms<BatchRating>()(batchRatingSchema);
conforms<RatingQuotaCheck>()(ratingQuotaCheckSchema);
conforms<RatingRules>()(ratingRulesSchema);
