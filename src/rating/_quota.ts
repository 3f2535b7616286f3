/**
 * The one HTXSNV quota engine (rating.md §7.2, D2, D3, D5): which quota of a rule set applies to
 * a subject, which percentage, the base it is a share of (formula `literal` or `pool`), the cap
 * and its rounding. {@link checkQuota} (a group's ratings) and `reconcile` (a report's stated
 * figures) both decide with it, so the same counts under the same choices give the same cap.
 *
 * Internal: not exported from the package. `rateMember` does not import it (bundle budget).
 * @module
 */
import type { RatingQuotaRule, RatingRuleSet } from './types.js';

/** Whose quota: members (`memberQuota`) or organizations and collectives (`organizationQuota`). */
export type QuotaSubject = 'member' | 'organization';

/**
 * D2. `literal`: "excellent" x may not exceed p% of those rated "good" (x ≤ p·good, i.e.
 * x ≤ p·(pool − x)); `pool`: p% of everyone rated "good" or better (x ≤ p·pool).
 */
export type QuotaFormula = 'literal' | 'pool';

/**
 * D3. How the cap is rounded to a whole number: `floor`, `round` (half up) or `ceil`; or `exact`:
 * no whole-number cap, the share itself is compared with the percentage. For whole, non-negative
 * counts `exact` decides as `floor` does (x > ⌊c⌋ ⟺ x > c for a whole x); it is what `reconcile`
 * uses, because a report's stated figures may be fractional or negative and are reported, never
 * rounded.
 */
export type QuotaRounding = 'floor' | 'round' | 'ceil' | 'exact';

/** The quota of a rule set for a subject, where the reference attests one. */
export function quotaRuleOf(ruleSet: Pick<RatingRuleSet, 'memberQuota' | 'organizationQuota'>, subject: QuotaSubject): RatingQuotaRule | undefined {
  return subject === 'member' ? ruleSet.memberQuota : ruleSet.organizationQuota;
}

/**
 * The percentage applied: the exception percentage (QĐ 366: 25%) when the exception is granted and
 * the rule has one, else the rule's percentage (D5).
 */
export function quotaPercent(rule: RatingQuotaRule, outstandingUnitException: boolean): number {
  return outstandingUnitException && rule.exceptionPercent !== undefined ? rule.exceptionPercent : rule.percent;
}

/** The highest percentage the rule allows at all (the exception's, if it has one). */
export function quotaHardPercent(rule: RatingQuotaRule): number {
  return rule.exceptionPercent ?? rule.percent;
}

/** The number the percentage is taken of: those rated "good" (`literal`) or "good" or better (`pool`). */
export function quotaBase(excellent: number, good: number, formula: QuotaFormula): number {
  return formula === 'pool' ? good + excellent : good;
}

/** The share of "excellent" in its base, in percent; `Infinity` for a base of 0. */
export function quotaShare(excellent: number, good: number, formula: QuotaFormula): number {
  const base = quotaBase(excellent, good, formula);
  return base > 0 ? (excellent / base) * 100 : Infinity;
}

/**
 * The cap as a fraction num/den of the pool ("good" or better): `literal` x·(100 + p) ≤ p·pool,
 * `pool` x·100 ≤ p·pool.
 */
export function quotaCapFraction(percent: number, pool: number, formula: QuotaFormula): { readonly num: number; readonly den: number } {
  return { num: percent * pool, den: formula === 'literal' ? 100 + percent : 100 };
}

/** Round num/den (non-negative integers, den > 0) exactly. */
function roundRational(num: number, den: number, mode: 'floor' | 'round' | 'ceil'): number {
  if (mode === 'floor') return Math.floor(num / den);
  if (mode === 'ceil') return Math.floor((num + den - 1) / den);
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * The most "excellent" ratings allowed in a pool of whole counts, rounded (D3); with `minimumOne`,
 * at least 1 in a non-empty pool.
 */
export function quotaCap(percent: number, pool: number, formula: QuotaFormula, rounding: 'floor' | 'round' | 'ceil', minimumOne = false): number {
  const { num, den } = quotaCapFraction(percent, pool, formula);
  const cap = roundRational(num, den, rounding);
  return minimumOne && pool > 0 && cap < 1 ? 1 : cap;
}

/** Whether `excellent` is above the quota of `percent` (D2, D3). */
export function exceedsQuota(excellent: number, good: number, percent: number, formula: QuotaFormula, rounding: QuotaRounding): boolean {
  if (rounding === 'exact') return excellent * 100 > percent * quotaBase(excellent, good, formula);
  return excellent > quotaCap(percent, excellent + good, formula, rounding);
}
