import type { Label } from '../i18n/label.js';
import type { AppliedOption, Explanation } from './explanation.js';

/**
 * The base every rule result shares (docs/conventions.md, "Results"): the verdict as `status`,
 * the rule set applied, the options that changed the answer, and the explanation a person reads.
 * Each area's result type names its own `status` values.
 * @example
 * ```ts
 * import { rateMember, type RuleResult } from 'nq4';
 * const r: RuleResult<string> = rateMember({ year: 2025, score: 95 });
 * r.explanation.textVi.length > 0; // true
 * ```
 * @category Explanation
 */
export interface RuleResult<Status extends string = string> {
  /** The verdict, one of the values the result type names. */
  readonly status: Status;
  /** The rule set applied (its id and bilingual name), when the result rests on one. */
  readonly ruleSet?: { readonly id: string; readonly label: Label };
  /** The options that changed the result; empty when none did. */
  readonly options: readonly AppliedOption[];
  /** The explanation in Vietnamese and English, citing each source with its firmness. */
  readonly explanation: Explanation;
}
