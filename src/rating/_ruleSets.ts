/**
 * The rule-set contract of the rating area, engine side: what one regulation's module declares
 * (`RatingEngineModule`: its dates, labels, sources, quotas and member evaluation, without an end
 * date), and the registry the engine resolves years with. Each set ends the day before the next
 * one starts: no module writes its own `validTo`.
 *
 * Only what rating reads is here, so a bundle that only rates leaves the criteria texts, the
 * organization rules and the public registry's checks out (those are in `registry.ts`).
 * @internal
 */
import type { IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { MemberRatingFacts, OrganizationRatingFacts, RatingCriterion, RatingEngineRuleSet, RatingEvaluation, RatingTrace, ResolvedRatingOptions } from './types.js';

/** How a rule set rates a member: trusted facts (parsed at the boundary), resolved options. @internal */
export type MemberEvaluator = (facts: MemberRatingFacts, options: ResolvedRatingOptions, trace: RatingTrace | undefined) => RatingEvaluation;

/** How a rule set rates an organization or a collective. @internal */
export type OrganizationEvaluator = (facts: OrganizationRatingFacts, options: ResolvedRatingOptions, trace: RatingTrace | undefined) => RatingEvaluation;

/**
 * What one rating rule-set module declares for the engine. No `validTo`: the registry derives it
 * from the next module's `validFrom`. The id is a literal type, so the registry derives the id
 * union (`RatingRuleSetId`) from its list.
 * @internal
 */
export type RatingEngineModule<Id extends string = string> = Omit<RatingEngineRuleSet, 'id' | 'validTo'> & { readonly id: Id };

/**
 * A whole rating rule-set module: the engine part, the criteria it lists (for `getRulesForYear`)
 * and how it rates an organization. The library registers its five through
 * `createRatingRegistries` (registry.ts), as does the contract test with a fictional 2027 set.
 * @internal
 */
export interface RatingRuleSetModule<Id extends string = string> {
  readonly engine: RatingEngineModule<Id>;
  readonly criteria: readonly RatingCriterion[];
  readonly evaluateOrganization: OrganizationEvaluator;
  /** The numbers the set reads, each with the clause that states it (the shape of `QD366_THRESHOLDS`). */
  readonly thresholds?: Readonly<Record<string, { readonly value: unknown; readonly citation: Citation }>>;
}

/** What the engine reads of a registry (its rule sets carry no `validTo`: see {@link createEngineRegistry}). @internal */
export interface EngineRegistry {
  readonly ruleSets: readonly RatingEngineRuleSet[];
  resolve(date: IsoDate): { readonly found: true; readonly ruleSet: RatingEngineRuleSet } | { readonly found: false; readonly before?: RatingEngineRuleSet; readonly after?: RatingEngineRuleSet };
}

/**
 * The engine's registry over rule-set modules, without `createRuleSetRegistry`'s checks and
 * schemas: the same modules pass those checks in the public registry, and the engine only asks for
 * well-formed dates (built from a checked year), so a bundle that only rates leaves the registry
 * machinery out. The rule sets are contiguous (the public registry derives each end from the next
 * start, and the contract test checks it), so the set in force on a day is the last one started by
 * then: the engine reads no end date and carries no date arithmetic.
 * @internal
 */
export function createEngineRegistry(modules: readonly RatingEngineModule[]): EngineRegistry {
  const ruleSets = deepFreeze([...modules].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0))) as readonly RatingEngineRuleSet[];
  return Object.freeze({
    ruleSets,
    resolve(date: IsoDate) {
      let found: RatingEngineRuleSet | undefined;
      for (const r of ruleSets) {
        if (date < r.validFrom) break;
        found = r;
      }
      return found ? { found: true as const, ruleSet: found } : { found: false as const, ...(ruleSets[0] ? { after: ruleSets[0] } : {}) };
    },
  });
}
