import { parseInput } from '../errors.js';
import { lateReviewCaveat, newTrace } from './_engine.js';
import { prepare, prepareForYearOf } from './_call.js';
import { buildResult } from './_result.js';
import { memberFactsSchema } from './schemas.js';
import type { EngineRegistry } from './_ruleSets.js';
import { ratingEngines } from './registry.js';
import type { MemberRatingFacts, RatingOptions, RatingResult } from './types.js';

/**
 * Rate one party member for one year under the rule set in force for that year (or the one named
 * in `options.ruleSet`). The result says what the rule set decides (`level`), the range it still
 * allows (`maxLevel`, `allowedLevels`), what forced or blocked a level (`forcedLevel`, `blockedBy`
 * with citations), the facts still needed (`missing`), the levels it cannot rule on
 * (`unverified`), and an explanation in Vietnamese and English. It is never the official
 * decision: the competent body decides and may re-rate.
 *
 * @example
 * ```ts
 * import { rateMember } from 'nq4';
 * const r = rateMember({
 *   year: 2025, role: 'nonLeader', score: 85, admittedOn: '2010-03-02',
 *   tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
 *   disciplines: [], degradationConcluded: false, prohibitedConductConcluded: false,
 *   exemptFromActivity: false, suspended: false,
 * });
 * r.level; // 'good'
 * r.ruleSet.id; // 'qd366'
 * ```
 * @throws {@link Nq4Error} naming the field for unknown fields, impossible counts (`onTime >
 * completed`, `completed > assigned`, negatives), a score outside 0–100, a year no rule set
 * covers (`no_rule_set`), an unknown discipline form.
 * @category Rating
 */
export function rateMember(facts: MemberRatingFacts, options?: RatingOptions): RatingResult {
  return rateMemberWith(ratingEngines, facts, options);
}

/** {@link rateMember} over a given engine registry (the contract test's, with a fictional set). @internal */
export function rateMemberWith(engines: EngineRegistry, facts: MemberRatingFacts, options?: RatingOptions): RatingResult {
  const early = prepareForYearOf(facts, options, engines);
  const f = parseInput(memberFactsSchema, facts) as MemberRatingFacts;
  const { ruleSet, options: o, applied } = early ?? prepare(f.year, options, engines);
  const trace = newTrace();
  const ev = ruleSet.evaluateMember(f, o, trace);
  lateReviewCaveat(trace, f.year, f.reviewOn, ruleSet.id);
  return buildResult('member', ruleSet, ev, trace, f.proposedLevel, applied);
}
