import { parseInput } from '../errors.js';
import { lateReviewCaveat, newTrace } from './_engine.js';
import { prepare, prepareForYearOf } from './_call.js';
import { buildResult } from './_result.js';
import { organizationEvaluator } from './_organizationEngines.js';
import { organizationFactsSchema } from './schemas.js';
import type { EngineRegistry, OrganizationEvaluator } from './_ruleSets.js';
import { ratingEngines } from './registry.js';
import type { OrganizationRatingFacts, RatingOptions, RatingResult } from './types.js';

/**
 * Rate a party organization (chi bộ, đảng bộ), a leadership collective or another organization
 * for one year under the rule set in force for that year. Same result shape as {@link rateMember}.
 *
 * @example
 * ```ts
 * import { rateOrganization } from 'nq4';
 * const r = rateOrganization({
 *   year: 2016, kind: 'partyCell',
 *   members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 },
 * });
 * r.level; // 'unsatisfactory'
 * r.levelLabel?.vi; // 'Yếu kém'
 * ```
 * @throws {@link Nq4Error} naming the field for bad input (see {@link rateMember}).
 * @category Rating
 */
export function rateOrganization(facts: OrganizationRatingFacts, options?: RatingOptions): RatingResult {
  return rateOrganizationWith({ engines: ratingEngines, organizationEvaluator }, facts, options);
}

/** {@link rateOrganization} over given registries (the contract test's, with a fictional set). @internal */
export function rateOrganizationWith(
  registries: { readonly engines: EngineRegistry; organizationEvaluator(id: string): OrganizationEvaluator },
  facts: OrganizationRatingFacts,
  options?: RatingOptions,
): RatingResult {
  const early = prepareForYearOf(facts, options, registries.engines);
  const f = parseInput(organizationFactsSchema, facts) as OrganizationRatingFacts;
  const { ruleSet, options: o, applied } = early ?? prepare(f.year, options, registries.engines);
  const trace = newTrace();
  const ev = registries.organizationEvaluator(ruleSet.id)(f, o, trace);
  lateReviewCaveat(trace, f.year, f.reviewOn, ruleSet.id);
  return buildResult('organization', ruleSet, ev, trace, f.proposedLevel, applied);
}
