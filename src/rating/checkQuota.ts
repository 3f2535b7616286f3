import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, fromZodIssues, parseInput, type Nq4Issue } from '../errors.js';
import { throwIssues } from '../_lib/schema.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import { RATING_LEVELS, type RatingLevel } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import { QUOTA_MESSAGES } from './_messages.js';
import { ratingEngineFor } from './registry.js';
import { quotaCap, quotaCapFraction, quotaPercent, quotaRuleOf } from './_quota.js';
import { ISSUE_LIMIT } from './schemas.js';
import type { RatingLevelCounts, RatingQuotaRule, RatingRuleSetRef } from './types.js';

/**
 * Options of {@link checkQuota}. Give `year` or `ruleSet`.
 * @example
 * ```ts
 * import { checkQuota, type CheckQuotaOptions } from 'nq4';
 * const options: CheckQuotaOptions = { year: 2025, formula: 'pool', groupId: 'peer-1' };
 * const q = checkQuota({ excellent: 2, good: 8, satisfactory: 0, unsatisfactory: 0 }, options);
 * q.cap; // 2
 * q.options.map((o) => o.name); // ['formula', 'rounding']
 * ```
 * @category Rating
 */
export interface CheckQuotaOptions {
  /** The rating year (selects the rule set, D1). */
  readonly year?: number;
  /** A rule-set id, overriding the year's. */
  readonly ruleSet?: string;
  /** Whose quota: members (default) or organizations / collectives. */
  readonly subject?: 'member' | 'organization';
  /**
   * D2. `literal` (default): "excellent" may not exceed p% of those finally rated "good"
   * (x ≤ p·(pool − x)); `pool`: p% of everyone rated "good" or better (x ≤ p·pool).
   */
  readonly formula?: 'literal' | 'pool';
  /** How a fractional cap is rounded: `floor` (default), `round`, `ceil`. */
  readonly rounding?: 'floor' | 'round' | 'ceil';
  /** Allow at least one "excellent" in a non-empty group (default false). */
  readonly minimumOne?: boolean;
  /** QĐ 366 Điều 11 khoản 1 điểm 1.5: the competent body applies the 25% exception for an outstanding unit (default false). */
  readonly outstandingUnitException?: boolean;
  /** The peer group (QĐ 366) or grassroots organization (HD 21) the ratings belong to, echoed back. */
  readonly groupId?: string;
}

/**
 * The former name of {@link CheckQuotaOptions}: the same type.
 * @deprecated Use CheckQuotaOptions. Will be removed in the next minor.
 * @example
 * ```ts
 * import { checkQuota, type RatingQuotaOptions } from 'nq4';
 * const options: RatingQuotaOptions = { year: 2020 };
 * checkQuota({ excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 }, options).status; // 'exceeded'
 * ```
 * @category Rating
 */
export type RatingQuotaOptions = CheckQuotaOptions;

/**
 * The result of {@link checkQuota}.
 * @example
 * ```ts
 * import { checkQuota, type RatingQuotaCheck } from 'nq4';
 * const q: RatingQuotaCheck = checkQuota({ excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 });
 * [q.status, q.severity, q.cap, q.excess]; // ['exceeded', 'breach', 5, 2]
 * ```
 * @category Rating
 */
export interface RatingQuotaCheck {
  /** `within`, `exceeded`, or `unverified` when the rule set's quota is not attested. */
  readonly status: 'within' | 'exceeded' | 'unverified';
  /**
   * How firm the quota's own text is: `quoted` (the central text quoted), `paraphrased` (a
   * translation or summary, e.g. QĐ 124 collectives), `secondaryPractice` (seen only on a local
   * form, e.g. HD 21 organizations). Absent for `unverified`.
   */
  readonly basis?: 'quoted' | 'paraphrased' | 'secondaryPractice';
  /**
   * How much an `exceeded` weighs: `breach` when the quota is quoted, `advisory` when it rests
   * only on a paraphrase or a local form (below a quoted breach, with a caveat); `none` otherwise.
   */
  readonly severity: 'breach' | 'advisory' | 'none';
  /** The rule set used. */
  readonly ruleSet: RatingRuleSetRef;
  /** Whose quota. */
  readonly subject: 'member' | 'organization';
  /** The group, as given. */
  readonly groupId?: string;
  /** The share applied, in percent (20 or 25). */
  readonly percent?: number;
  /** How many are rated (proposed) "excellent". */
  readonly excellent: number;
  /** How many are rated (proposed) "good". */
  readonly good: number;
  /** "Good" or better: the pool the cap is computed from. */
  readonly pool: number;
  /** The most "excellent" ratings allowed. */
  readonly cap?: number;
  /** How many "excellent" ratings are over the cap. */
  readonly excess?: number;
  /** The cap is 0: flag the group (D3). */
  readonly capIsZero: boolean;
  /** The quota rule and its citation, where attested. */
  readonly rule?: RatingQuotaRule;
  /** The options that produced the cap (D2, D3, D5). */
  readonly options: readonly AppliedOption[];
  /** The explanation in Vietnamese and English. */
  readonly explanation: Explanation;
}

const count = () => z.number().check(z.int(), z.gte(0));
/** The ratings of a group: a list of levels or counts by level. @internal */
export const ratingsSchema = /* @__PURE__ */ z.lazy(() =>
  z.union([
    z.array(z.enum(RATING_LEVELS)),
    z.strictObject({ excellent: count(), good: count(), satisfactory: count(), unsatisfactory: count() }),
  ]),
);
const levelSchema = /* @__PURE__ */ z.lazy(() => z.enum(RATING_LEVELS));

/**
 * The ratings of a group: a list is checked item by item and stops after ISSUE_LIMIT issues (a
 * group of 100,000 bad items costs milliseconds); counts go through the union as before.
 */
function parseRatings(ratings: unknown): readonly RatingLevel[] | RatingLevelCounts {
  if (!Array.isArray(ratings)) return parseInput(ratingsSchema, ratings, ['ratings']);
  const list: readonly unknown[] = ratings;
  const issues: Nq4Issue[] = [];
  for (let i = 0; i < list.length && issues.length < ISSUE_LIMIT; i++) {
    const item = list[i];
    if (typeof item === 'string' && (RATING_LEVELS as readonly string[]).includes(item)) continue;
    const parsed = z.safeParse(levelSchema, item, { reportInput: true });
    if (!parsed.success) for (const x of fromZodIssues(parsed.error.issues, ['ratings', i], item)) issues.push(x);
  }
  throwIssues(issues);
  return list as readonly RatingLevel[];
}

/** `CheckQuotaOptions`, checked. @internal */
export const quotaOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    // The range checks abort, so 1e308 is one too_big (not a second one for the integer check).
    year: z.optional(z.number().check(z.gte(1930, { abort: true }), z.lte(9999, { abort: true }), z.int())),
    ruleSet: z.optional(z.string()),
    subject: z.optional(z.enum(['member', 'organization'])),
    formula: z.optional(z.enum(['literal', 'pool'])),
    rounding: z.optional(z.enum(['floor', 'round', 'ceil'])),
    minimumOne: z.optional(z.boolean()),
    outstandingUnitException: z.optional(z.boolean()),
    groupId: z.optional(z.string()),
  }),
);

/**
 * Check a group's "excellent" ratings against the quota of the rule set (rating.md §7.2): HD 21,
 * 20% of the members rated "good" in each grassroots party organization; QĐ 366, 20% of those rated
 * "good" in a peer group, up to 25% with the exception. The cap depends on two choices the texts
 * leave open, both reported in `options`: the formula (D2) and the rounding (D3).
 *
 * @example
 * ```ts
 * import { checkQuota } from 'nq4';
 * const q = checkQuota({ excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 });
 * q.cap; // 5 (x ≤ 20% × (30 − x))
 * q.status; // 'exceeded'
 * checkQuota({ excellent: 6, good: 24, satisfactory: 0, unsatisfactory: 0 }, { year: 2020, formula: 'pool' }).cap; // 6
 * ```
 * @throws {@link Nq4Error} for bad counts or options, a year no rule set covers, or the 25%
 * exception asked of a rule set that has none (`not_applicable`).
 * @category Rating
 */
export function checkQuota(ratings: readonly RatingLevel[] | RatingLevelCounts, options: CheckQuotaOptions): RatingQuotaCheck {
  const r = parseRatings(ratings);
  const o = parseInput(quotaOptionsSchema, options, ['options']);
  if (o.year === undefined && o.ruleSet === undefined) {
    fail('missing', ['options', 'year'], QUOTA_MESSAGES.missing.vi, QUOTA_MESSAGES.missing.en);
  }
  const ruleSet = ratingEngineFor(o.year ?? 0, { ruleSet: o.ruleSet });
  const subject = o.subject ?? 'member';
  let counts = r as RatingLevelCounts;
  if (Array.isArray(r)) {
    const tally = { excellent: 0, good: 0, satisfactory: 0, unsatisfactory: 0 };
    for (const l of r as readonly RatingLevel[]) tally[l]++;
    counts = tally;
  }
  const rule = quotaRuleOf(ruleSet, subject);
  const formula = o.formula ?? 'literal';
  const rounding = o.rounding ?? 'floor';
  const pool = counts.excellent + counts.good;
  const ruleSetRef = { id: ruleSet.id, label: ruleSet.label };
  const base = { ruleSet: ruleSetRef, subject, ...(o.groupId !== undefined ? { groupId: o.groupId } : {}), excellent: counts.excellent, good: counts.good, pool };
  if (o.outstandingUnitException === true && rule?.exceptionPercent === undefined) {
    fail('not_applicable', ['options', 'outstandingUnitException'], QUOTA_MESSAGES.not_applicable.vi, QUOTA_MESSAGES.not_applicable.en);
  }
  if (rule === undefined) {
    const explanation = explain({
      outcome: { code: 'unverified', label: QUOTA_MESSAGES.unverified },
      ruleSet: ruleSetRef,
      caveats: [QUOTA_MESSAGES.unverifiedCaveat, NOT_AN_OFFICIAL_DECISION],
    });
    return deepFreeze({ status: 'unverified', ...base, severity: 'none', capIsZero: false, options: [], explanation });
  }
  // The one quota engine (./_quota.ts), shared with reconcile.
  const percent = quotaPercent(rule, o.outstandingUnitException === true);
  const { num, den } = quotaCapFraction(percent, pool, formula);
  const cap = quotaCap(percent, pool, formula, rounding, o.minimumOne === true);
  const excess = Math.max(0, counts.excellent - cap);
  const status = excess > 0 ? 'exceeded' : 'within';
  const basis: 'quoted' | 'paraphrased' | 'secondaryPractice' =
    rule.basis === 'secondaryPractice' ? 'secondaryPractice' : rule.citation.status === 'quoted' ? 'quoted' : 'paraphrased';
  const severity = status === 'within' ? 'none' : basis === 'quoted' ? 'breach' : 'advisory';
  const applied: AppliedOption[] = [
    { name: 'formula', value: formula, effect: QUOTA_MESSAGES.formula[formula](percent, pool) },
    { name: 'rounding', value: rounding, effect: QUOTA_MESSAGES.rounding(num, den, rounding, o.minimumOne) },
  ];
  if (o.minimumOne === true) applied.push({ name: 'minimumOne', value: true, effect: QUOTA_MESSAGES.minimumOne });
  if (o.outstandingUnitException === true) applied.push({ name: 'outstandingUnitException', value: true, effect: QUOTA_MESSAGES.outstandingUnitException });
  const citations: Citation[] = [rule.citation];
  if (o.outstandingUnitException === true && rule.exceptionCitation !== undefined) citations.push(rule.exceptionCitation);
  const caveats: Label[] = [];
  if (basis === 'secondaryPractice') caveats.push(QUOTA_MESSAGES.secondaryPractice(rule.percent));
  else if (basis === 'paraphrased') caveats.push(QUOTA_MESSAGES.paraphrased);
  else if (rule.citation.status !== 'quoted') caveats.push(QUOTA_MESSAGES.unquoted);
  if (cap === 0) caveats.push(QUOTA_MESSAGES.capIsZero);
  caveats.push(QUOTA_MESSAGES.roundingUnsaid, NOT_AN_OFFICIAL_DECISION);
  const explanation = explain({
    outcome: { code: status, label: QUOTA_MESSAGES[severity === 'none' ? 'within' : severity](counts.excellent, cap) },
    ruleSet: ruleSetRef,
    reasons: [{ code: 'quota', text: QUOTA_MESSAGES.quota(percent, rule.group), citations }],
    options: applied,
    caveats,
  });
  return deepFreeze({ status, basis, severity, ...base, percent, cap, excess, capIsZero: cap === 0, rule, options: applied, explanation });
}
