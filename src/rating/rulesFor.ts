import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import type { Label } from '../i18n/label.js';
import type { RatingLevel } from '../i18n/vocabulary.js';
import type { PartyDocument } from '../legal/documents.js';
import { findRatingRuleSet, ratingYearSchema, ruleSetChoiceSchema, type RatingRuleSetChoice } from './registry.js';
import type { RatingQuotaRule, RatingCriterion, VersionLevelLabel } from './types.js';

/**
 * A rule set's id, name and the dates it governs.
 * @category Rating
 */
export interface RatingRuleSetSummary {
  /** The rule-set id. */
  readonly id: string;
  /** Its name in both languages. */
  readonly label: Label;
  /** First day governed (the rating year is read on 31 December, D1). */
  readonly validFrom: string;
  /** Last day governed, if replaced. */
  readonly validTo?: string;
}

/**
 * What {@link getRulesForYear} returns: the rule set of a year, its documents and criteria with citations.
 * @category Rating
 */
export interface RatingRules {
  /** The rule set, with the dates it governs. */
  readonly ruleSet: RatingRuleSetSummary;
  /** The documents cited, without duplicates. */
  readonly documents: readonly PartyDocument[];
  /** The criteria, with whether the library applies them. */
  readonly criteria: readonly RatingCriterion[];
  /** Level labels for members. */
  readonly memberLevelLabels: Readonly<Record<RatingLevel, VersionLevelLabel>>;
  /** Level labels for organizations. */
  readonly organizationLevelLabels: Readonly<Record<RatingLevel, VersionLevelLabel>>;
  /** The member quota, where attested. */
  readonly memberQuota?: RatingQuotaRule;
  /** The organization quota, where attested. */
  readonly organizationQuota?: RatingQuotaRule;
}

export { ratingYearSchema, ruleSetChoiceSchema } from './registry.js';

/**
 * The rule set that governs a rating year, its documents and its criteria with citations and
 * their status: for documentation and for building forms.
 *
 * @example
 * ```ts
 * import { getRulesForYear } from 'nq4';
 * const r = getRulesForYear(2025);
 * r.ruleSet.id; // 'qd366'
 * r.criteria.some((c) => c.use === 'unverified'); // true
 * ```
 * @throws {@link Nq4Error} `no_rule_set` for a year no rule set covers.
 * @category Rating
 */
export function getRulesForYear(year: number, options?: RatingRuleSetChoice): RatingRules {
  const y = parseInput(ratingYearSchema, year, ['year']);
  const o = parseInput(ruleSetChoiceSchema, options, ['options']);
  const rs = findRatingRuleSet(y, o ?? {});
  const docs = new Map<string, PartyDocument>();
  for (const c of [...rs.sources, ...rs.criteria.map((x) => x.citation)]) docs.set(c.document.key, c.document);
  return deepFreeze({
    ruleSet: { id: rs.id, label: rs.label, validFrom: rs.validFrom, ...(rs.validTo ? { validTo: rs.validTo } : {}) },
    documents: [...docs.values()],
    criteria: rs.criteria,
    memberLevelLabels: rs.memberLevelLabels,
    organizationLevelLabels: rs.organizationLevelLabels,
    ...(rs.memberQuota ? { memberQuota: rs.memberQuota } : {}),
    ...(rs.organizationQuota ? { organizationQuota: rs.organizationQuota } : {}),
  });
}

/**
 * The former name of {@link getRulesForYear}: same arguments, same answer.
 * @deprecated Use `getRulesForYear`. Will be removed in the next minor.
 * @example
 * ```ts
 * import { rulesFor } from 'nq4';
 * rulesFor(2025).ruleSet.id; // 'qd366'
 * ```
 * @category Rating
 */
export const rulesFor: (year: number, options?: RatingRuleSetChoice) => RatingRules = getRulesForYear;
