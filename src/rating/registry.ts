import * as z from 'zod/mini';
import { fail, parseInput } from '../errors.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { createRuleSetRegistry, type RuleSetRegistry } from '../legal/ruleSets.js';
import { hd16Engine, hd16RuleSet } from './ruleSets/hd16.js';
import { hd21Engine, hd21RuleSet } from './ruleSets/hd21.js';
import { hd27Engine, hd27RuleSet } from './ruleSets/hd27.js';
import { qd124Engine, qd124RuleSet } from './ruleSets/qd124.js';
import { qd366Engine, qd366RuleSet } from './ruleSets/qd366.js';
import type { RatingEngineRuleSet, RatingRuleSet } from './types.js';

/**
 * The rating rule sets, oldest first, each valid from the signing of the text that first governed
 * a year-end rating (rating.md §1.1–1.2): HD 27 (2014–2017), QĐ 132 + HD 16 (2018), QĐ 132 + HD 21
 * (2019–2022), QĐ 124 + HD 25 (2023–2024), QĐ 366 + HD 43 (2025–).
 *
 * @example
 * ```ts
 * import { ratingRuleSets } from 'nq4';
 * ratingRuleSets.forYear(2020).id; // 'hd21'
 * ratingRuleSets.forYear(2025).id; // 'qd366'
 * ```
 * @category Rating
 */
export const ratingRuleSets: RuleSetRegistry<RatingRuleSet> = /* @__PURE__ */ createRuleSetRegistry('rating', [
  hd27RuleSet,
  hd16RuleSet,
  hd21RuleSet,
  qd124RuleSet,
  qd366RuleSet,
]);

/**
 * The ids of the rating rule sets.
 * @category Rating
 */
export type RatingRuleSetId = 'hd27' | 'hd16' | 'hd21' | 'qd124' | 'qd366';

/**
 * How {@link ratingRuleSetFor} and {@link rulesFor} choose the rule set of a year (decision D1).
 * @category Rating
 */
export interface RatingRuleSetChoice {
  /** A rule-set id (`'hd21'`, `'qd366'`, …), which always wins over the year. */
  readonly ruleSet?: string;
  /** Read the year on 31 December (`yearEnd`, default) or on 1 January (`yearStart`). */
  readonly at?: 'yearEnd' | 'yearStart';
}

/**
 * The rule set that governs a rating year (decision D1): read on 31 December by default, because
 * each new text arrived mid-year and governed that year's year-end rating (rating.md §1.2); or on
 * 1 January with `at: 'yearStart'`; or the rule set named by `ruleSet`, which always wins.
 *
 * @example
 * ```ts
 * import { ratingRuleSetFor } from 'nq4';
 * ratingRuleSetFor(2023).id; // 'qd124'
 * ratingRuleSetFor(2023, { at: 'yearStart' }).id; // 'hd21'
 * ratingRuleSetFor(2023, { ruleSet: 'qd366' }).id; // 'qd366'
 * ```
 * @throws {@link Nq4Error} `no_rule_set` at `year` when no rule set covers the year; `unknown_id`
 * at `options.ruleSet` for an unknown id.
 * @category Rating
 */
export function ratingRuleSetFor(year: number, options?: RatingRuleSetChoice): RatingRuleSet {
  // Checked by type first: a 10,000-deep array or an object whose valueOf throws is an Nq4Error.
  const y = parseInput(ratingYearSchema, year, ['year']);
  const o = parseInput(ruleSetChoiceSchema, options, ['options']) ?? {};
  return lookup(ratingRuleSets, y, o as RatingRuleSetChoice);
}

/** `RatingRuleSetChoice`, checked; absent is fine. @internal */
export const ruleSetChoiceSchema = /* @__PURE__ */ z.lazy(() => z.optional(z.strictObject({ ruleSet: z.optional(z.string()), at: z.optional(z.enum(['yearEnd', 'yearStart'])) })));
/** A rating year (1930–9999); the range checks abort, so 1e308 is one `too_big`. @internal */
export const ratingYearSchema = /* @__PURE__ */ z.lazy(() => z.number().check(z.gte(1930, { abort: true }), z.lte(9999, { abort: true }), z.int()));

/**
 * The rule sets as rating reads them, without their criteria lists (only {@link rulesFor} lists
 * criteria), so a bundle that only rates leaves the criteria texts out. Same ids, dates and
 * evaluation as {@link ratingRuleSets}.
 * @internal
 */
export const ratingEngines: EngineRegistry = /* @__PURE__ */ engineRegistry([hd27Engine, hd16Engine, hd21Engine, qd124Engine, qd366Engine]);

/** What {@link lookup} reads of a registry. @internal */
interface EngineRegistry<R extends RatingEngineRuleSet = RatingEngineRuleSet> {
  readonly ruleSets: readonly R[];
  resolve(date: IsoDate): { readonly found: true; readonly ruleSet: R } | { readonly found: false; readonly before?: R; readonly after?: R };
}

/**
 * The engine's registry without `createRuleSetRegistry`'s checks and schemas: the same five rule
 * sets pass those checks in {@link ratingRuleSets}, and the engine only asks for well-formed dates
 * (built from a checked year), so a bundle that only rates leaves the registry machinery out.
 */
function engineRegistry(list: readonly RatingEngineRuleSet[]): EngineRegistry {
  const ruleSets = Object.freeze(list.map((r) => deepFreeze(r)));
  return Object.freeze({
    ruleSets,
    resolve(date: IsoDate) {
      let before: RatingEngineRuleSet | undefined;
      for (const r of ruleSets) {
        if (date < r.validFrom) return { found: false as const, ...(before ? { before } : {}), after: r };
        if (r.validTo === undefined || date <= r.validTo) return { found: true as const, ruleSet: r };
        before = r;
      }
      return { found: false as const, ...(before ? { before } : {}) };
    },
  });
}

/** {@link ratingRuleSetFor} over {@link ratingEngines}: same choice, same errors. @internal */
export function ratingEngineFor(year: number, options: RatingRuleSetChoice = {}): RatingEngineRuleSet {
  return lookup(ratingEngines, year, options);
}

function lookup<R extends RatingEngineRuleSet>(registry: EngineRegistry<R>, year: number, options: RatingRuleSetChoice): R {
  if (options.ruleSet !== undefined) {
    const found = registry.ruleSets.find((r) => r.id === options.ruleSet);
    if (found) return found;
    const ids = registry.ruleSets.map((r) => r.id).join(', ');
    return fail('unknown_id', ['options', 'ruleSet'], `Không có bộ quy tắc xếp loại này; có: ${ids}.`, `No such rating rule set; known: ${ids}.`);
  }
  const date = `${String(year).padStart(4, '0')}-${options.at === 'yearStart' ? '01-01' : '12-31'}`;
  const res = registry.resolve(date);
  if (res.found) return res.ruleSet;
  // Not res.reason: it prints the date asked about, and messages never echo an input value.
  const vi = ['Không có bộ quy tắc xếp loại nào áp dụng cho năm này.'];
  const en = ['No rating rule set covers this year.'];
  if (res.before) {
    vi.push(`Bộ quy tắc gần nhất trước đó (${res.before.label.vi}) áp dụng đến ${res.before.validTo ? formatDateVi(res.before.validTo) : '—'}.`);
    en.push(`The nearest earlier one (${res.before.label.en}) applies until ${res.before.validTo ? formatDateEn(res.before.validTo) : '—'}.`);
  }
  if (res.after) {
    vi.push(`Bộ quy tắc gần nhất sau đó (${res.after.label.vi}) áp dụng từ ${formatDateVi(res.after.validFrom)}.`);
    en.push(`The nearest later one (${res.after.label.en}) applies from ${formatDateEn(res.after.validFrom)}.`);
  }
  return fail('no_rule_set', ['year'], vi.join(' '), en.join(' '));
}
