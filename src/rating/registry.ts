import * as z from 'zod/mini';
import { fail, parseInput } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { yearEnd, yearStart } from '../_lib/dates.js';
import { createRuleSetRegistry, lazyRuleSetRegistry, type RuleSetRegistry } from '../legal/ruleSets.js';
import { chainValidity } from '../_lib/validity.js';
import { deepFreeze } from '../_lib/freeze.js';
import { createEngineRegistry, type EngineRegistry, type OrganizationEvaluator, type RatingRuleSetModule } from './_ruleSets.js';
import { hd16Engine, hd16Module } from './ruleSets/hd16.js';
import { hd21Engine, hd21Module } from './ruleSets/hd21.js';
import { hd27Engine, hd27Module } from './ruleSets/hd27.js';
import { qd124Engine, qd124Module } from './ruleSets/qd124.js';
import { qd366Engine, qd366Module } from './ruleSets/qd366.js';
import { RULE_SET_MESSAGES } from './_messages.js';
import type { RatingCriterion, RatingEngineRuleSet, RatingRuleSet } from './types.js';

/*
 * The registry: one line per regulation. Adding a rule set (docs/adding-a-rule-set.md) is one
 * module in ruleSets/ and its engine on this list; the compiler then asks for its whole module in
 * RATING_MODULES (the record is keyed by the ids of this list). Each set ends the day before the
 * next starts (`chainValidity`): no module writes its own `validTo`.
 */
const RATING_ENGINE_LIST = [hd27Engine, hd16Engine, hd21Engine, qd124Engine, qd366Engine] as const;

/**
 * The ids of the rating rule sets, derived from the registry's list.
 * @example
 * ```ts
 * import { ratingRuleSets, type RatingRuleSetId } from 'nq4';
 * const id: RatingRuleSetId = 'qd366';
 * ratingRuleSets.byId(id).validFrom; // '2025-08-30'
 * ```
 * @category Rating
 */
export type RatingRuleSetId = (typeof RATING_ENGINE_LIST)[number]['id'];

/** Each rule set's whole module, by id: the compiler requires one per id of the list. @internal */
const RATING_MODULES: { readonly [K in RatingRuleSetId]: RatingRuleSetModule<K> } = {
  hd27: hd27Module,
  hd16: hd16Module,
  hd21: hd21Module,
  qd124: qd124Module,
  qd366: qd366Module,
};

/** The library's rule-set modules, oldest first (what the contract test runs and extends). @internal */
export const RATING_RULE_SET_MODULES: readonly RatingRuleSetModule<RatingRuleSetId>[] = /* @__PURE__ */ (() => Object.freeze(RATING_ENGINE_LIST.map((e) => RATING_MODULES[e.id])))();

/**
 * The rule sets as rating reads them, without their criteria lists and organization rules (only
 * {@link getRulesForYear} lists criteria), so a bundle that only rates leaves the criteria texts
 * out. Same ids and dates as {@link ratingRuleSets}.
 * @internal
 */
export const ratingEngines: EngineRegistry = /* @__PURE__ */ createEngineRegistry(RATING_ENGINE_LIST);

/** How the rule set `id` (one of {@link ratingEngines}) rates an organization. @internal */
export function organizationEvaluator(id: string): OrganizationEvaluator {
  const m = (RATING_MODULES as Readonly<Record<string, RatingRuleSetModule>>)[id];
  if (m === undefined) throw new TypeError('nq4 internal: no organization rating for ' + id);
  return m.evaluateOrganization;
}

/**
 * A public rule set from an engine (dates already chained) and its criteria: data and citations
 * only, the criteria after the organization labels, as the public `RatingRuleSet` has always
 * listed them; the member evaluation stays in the engine.
 */
function toPublicRuleSet(engine: RatingEngineRuleSet, criteria: readonly RatingCriterion[], freeze = true): RatingRuleSet {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(engine)) {
    if (k === 'evaluateMember') continue;
    out[k] = v;
    if (k === 'organizationLevelLabels') out['criteria'] = criteria;
  }
  return (freeze ? Object.freeze(out) : out) as unknown as RatingRuleSet;
}

/**
 * The public registry of rating rule sets over modules, through `createRuleSetRegistry`'s checks
 * (ids, dates, order, overlaps). @internal
 */
export function createPublicRatingRegistry(modules: readonly RatingRuleSetModule[], engines: EngineRegistry = createEngineRegistry(modules.map((m) => m.engine))): RuleSetRegistry<RatingRuleSet> {
  const criteria = new Map(modules.map((m) => [m.engine.id, m.criteria] as const));
  return createRuleSetRegistry('rating', chainValidity(engines.ruleSets).map((e) => toPublicRuleSet(e, criteria.get(e.id) ?? [])));
}

/** Everything a list of rule-set modules makes: the public registry, the engine's, the organization rules. @internal */
export interface RatingRegistries {
  readonly ruleSets: RuleSetRegistry<RatingRuleSet>;
  readonly engines: EngineRegistry;
  organizationEvaluator(id: string): OrganizationEvaluator;
}

/**
 * The one factory of rating registries, as the library builds its own from
 * {@link RATING_RULE_SET_MODULES}: give it the modules (the library's plus one more, in a test) and
 * it derives the end dates and checks them. @internal
 */
export function createRatingRegistries(modules: readonly RatingRuleSetModule[]): RatingRegistries {
  const engines = createEngineRegistry(modules.map((m) => m.engine));
  const ruleSets = createPublicRatingRegistry(modules, engines);
  const byId = new Map(modules.map((m) => [m.engine.id, m.evaluateOrganization] as const));
  return Object.freeze({
    ruleSets,
    engines,
    organizationEvaluator(id: string): OrganizationEvaluator {
      const f = byId.get(id);
      if (f === undefined) throw new TypeError('nq4 internal: no organization rating for ' + id);
      return f;
    },
  });
}

/**
 * The rating rule sets, oldest first, each valid from the signing of the text that first governed
 * a year-end rating (rating.md §1.1–1.2): HD 27 (2014–2017), QĐ 132 + HD 16 (2018), QĐ 132 + HD 21
 * (2019–2022), QĐ 124 + HD 25 (2023–2024), QĐ 366 + HD 43 (2025–). Each ends the day before the
 * next starts. Data and citations only: rate with {@link rateMember} and {@link rateOrganization}.
 *
 * @example
 * ```ts
 * import { ratingRuleSets } from 'nq4';
 * ratingRuleSets.forYear(2020).id; // 'hd21'
 * ratingRuleSets.forYear(2025).id; // 'qd366'
 * ```
 * @category Rating
 */
export const ratingRuleSets: RuleSetRegistry<RatingRuleSet> = /* @__PURE__ */ lazyRuleSetRegistry('rating', () => LIBRARY_RULE_SETS);

/**
 * The library's public rating rule sets, as {@link ratingRuleSets} lists them: derived at import
 * (cheap: dates chained, engine hooks left out, deeply frozen) so that the named sets below exist,
 * while the registry's checks run on first use (they were most of the load time).
 */
const LIBRARY_RULE_SETS: readonly RatingRuleSet[] = /* @__PURE__ */ (() => {
  const criteria = new Map<string, readonly RatingCriterion[]>(RATING_RULE_SET_MODULES.map((m) => [m.engine.id, m.criteria] as const));
  // Left unfrozen for deepFreeze, which stops at an object already frozen: it then freezes all the way down.
  return deepFreeze(chainValidity(ratingEngines.ruleSets).map((e) => toPublicRuleSet(e, criteria.get(e.id) ?? [], false)));
})();

/** A named library rule set, the very object {@link ratingRuleSets} returns for its id. */
const named = (id: RatingRuleSetId): RatingRuleSet => LIBRARY_RULE_SETS.find((r) => r.id === id) as RatingRuleSet;

/**
 * Rule set V0: HD 27-HD/BTCTW, rating years 2014–2017 (only "yếu kém" for organizations is encoded).
 * @example
 * ```ts
 * import { hd27RuleSet } from 'nq4';
 * hd27RuleSet.organizationLevelLabels.unsatisfactory.vi; // 'Yếu kém'
 * ```
 * @category Rating
 */
export const hd27RuleSet: RatingRuleSet = /* @__PURE__ */ named('hd27');

/**
 * Rule set V1: QĐ 132-QĐ/TW + HD 16-HD/BTCTW, rating year 2018.
 * @example
 * ```ts
 * import { hd16RuleSet } from 'nq4';
 * hd16RuleSet.memberQuota; // undefined: no quota attested for 2018
 * ```
 * @category Rating
 */
export const hd16RuleSet: RatingRuleSet = /* @__PURE__ */ named('hd16');

/**
 * Rule set V2: QĐ 132-QĐ/TW + HD 21-HD/BTCTW, rating years 2019–2022.
 * @example
 * ```ts
 * import { hd21RuleSet } from 'nq4';
 * hd21RuleSet.memberQuota?.percent; // 20
 * ```
 * @category Rating
 */
export const hd21RuleSet: RatingRuleSet = /* @__PURE__ */ named('hd21');

/**
 * Rule set V3: QĐ 124-QĐ/TW + HD 25-HD/BTCTW, rating years 2023–2024.
 * @example
 * ```ts
 * import { qd124RuleSet } from 'nq4';
 * qd124RuleSet.organizationQuota?.percent; // 20
 * ```
 * @category Rating
 */
export const qd124RuleSet: RatingRuleSet = /* @__PURE__ */ named('qd124');

/**
 * Rule set V4: QĐ 366-QĐ/TW + HD 43-HD/BTCTW, rating years 2025 onward.
 * @example
 * ```ts
 * import { qd366RuleSet } from 'nq4';
 * qd366RuleSet.validFrom; // '2025-08-30'
 * ```
 * @category Rating
 */
export const qd366RuleSet: RatingRuleSet = /* @__PURE__ */ named('qd366');

/**
 * How {@link findRatingRuleSet} and {@link getRulesForYear} choose the rule set of a year (decision D1).
 * @example
 * ```ts
 * import { findRatingRuleSet, type RatingRuleSetChoice } from 'nq4';
 * const choice: RatingRuleSetChoice = { ruleSetBy: 'yearStart' };
 * findRatingRuleSet(2025, choice).id; // 'qd124'
 * ```
 * @category Rating
 */
export interface RatingRuleSetChoice {
  /** A rule-set id (`'hd21'`, `'qd366'`, …), which always wins over the year. */
  readonly ruleSet?: string;
  /** Read the year on 31 December (`yearEnd`, default) or on 1 January (`yearStart`). */
  readonly ruleSetBy?: 'yearEnd' | 'yearStart';
  /**
   * The former name of `ruleSetBy`, still read (`ruleSetBy` wins when both are given).
   * @deprecated Use `ruleSetBy`. Will be removed in the next minor.
   */
  readonly at?: 'yearEnd' | 'yearStart';
}

/**
 * The rule set that governs a rating year (decision D1): read on 31 December by default, because
 * each new text arrived mid-year and governed that year's year-end rating (rating.md §1.2); or on
 * 1 January with `ruleSetBy: 'yearStart'`; or the rule set named by `ruleSet`, which always wins.
 *
 * @example
 * ```ts
 * import { findRatingRuleSet } from 'nq4';
 * findRatingRuleSet(2023).id; // 'qd124'
 * findRatingRuleSet(2023, { ruleSetBy: 'yearStart' }).id; // 'hd21'
 * findRatingRuleSet(2023, { ruleSet: 'qd366' }).id; // 'qd366'
 * ```
 * @throws {@link Nq4Error} `no_rule_set` at `year` when no rule set covers the year; `unknown_id`
 * at `options.ruleSet` for an unknown id.
 * @category Rating
 */
export function findRatingRuleSet(year: number, options?: RatingRuleSetChoice): RatingRuleSet {
  // Checked by type first: a 10,000-deep array or an object whose valueOf throws is an Nq4Error.
  const y = parseInput(ratingYearSchema, year, ['year']);
  const o = parseInput(ruleSetChoiceSchema, options, ['options']) ?? {};
  return lookup(ratingRuleSets, y, o as RatingRuleSetChoice);
}

/**
 * The former name of {@link findRatingRuleSet}: same arguments, same answer.
 * @deprecated Use `findRatingRuleSet`. Will be removed in the next minor.
 * @example
 * ```ts
 * import { ratingRuleSetFor } from 'nq4';
 * ratingRuleSetFor(2023).id; // 'qd124'
 * ```
 * @category Rating
 */
export const ratingRuleSetFor: (year: number, options?: RatingRuleSetChoice) => RatingRuleSet = findRatingRuleSet;

/** `RatingRuleSetChoice`, checked; absent is fine (`at` is the deprecated name of `ruleSetBy`). @internal */
export const ruleSetChoiceSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(z.strictObject({ ruleSet: z.optional(z.string()), ruleSetBy: z.optional(z.enum(['yearEnd', 'yearStart'])), at: z.optional(z.enum(['yearEnd', 'yearStart'])) })),
);
/** A rating year (1930–9999); the range checks abort, so 1e308 is one `too_big`. @internal */
export const ratingYearSchema = /* @__PURE__ */ z.lazy(() => z.number().check(z.gte(1930, { abort: true }), z.lte(9999, { abort: true }), z.int()));

/** {@link findRatingRuleSet} over an engine registry (the library's by default): same choice, same errors. @internal */
export function ratingEngineFor(year: number, options: RatingRuleSetChoice = {}, engines: EngineRegistry = ratingEngines): RatingEngineRuleSet {
  return lookup(engines, year, options);
}

/** What {@link lookup} reads of a registry, public or the engine's. */
interface Resolver<R extends RatingRuleSet | RatingEngineRuleSet> {
  readonly ruleSets: readonly R[];
  resolve(date: string): { readonly found: true; readonly ruleSet: R } | { readonly found: false; readonly before?: R; readonly after?: R };
}

function lookup<R extends RatingRuleSet | RatingEngineRuleSet>(registry: Resolver<R>, year: number, options: RatingRuleSetChoice): R {
  if (options.ruleSet !== undefined) {
    const found = registry.ruleSets.find((r) => r.id === options.ruleSet);
    if (found) return found;
    const unknown = RULE_SET_MESSAGES.unknown_id(registry.ruleSets.map((r) => r.id).join(', '));
    return fail('unknown_id', ['options', 'ruleSet'], unknown.vi, unknown.en);
  }
  const res = registry.resolve((options.ruleSetBy ?? options.at) === 'yearStart' ? yearStart(year) : yearEnd(year));
  if (res.found) return res.ruleSet;
  // Not res.reason: it prints the date asked about, and messages never echo an input value.
  const texts: Label[] = [RULE_SET_MESSAGES.no_rule_set];
  if (res.before) texts.push(RULE_SET_MESSAGES.before(res.before.label, res.before.validTo));
  if (res.after) texts.push(RULE_SET_MESSAGES.after(res.after.label, res.after.validFrom));
  return fail('no_rule_set', ['year'], texts.map((t) => t.vi).join(' '), texts.map((t) => t.en).join(' '));
}
