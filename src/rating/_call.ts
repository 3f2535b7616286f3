/**
 * Shared boundary of rateMember / rateOrganization: parse options, pick the rule set, record the
 * options that picked it.
 * @internal
 */
import type { AppliedOption } from '../explain/explanation.js';
import { parseInput } from '../errors.js';
import { yearEnd } from '../_lib/dates.js';
import type { EngineRegistry } from './_ruleSets.js';
import { ratingEngineFor, ratingEngines } from './registry.js';
import { resolveOptions } from './_result.js';
import { isRatingYear, ratingOptionsSchema } from './schemas.js';
import { CHOICE_MESSAGES } from './_messages.js';
import type { RatingEngineRuleSet, RatingOptions, ResolvedRatingOptions } from './types.js';

export interface Prepared {
  readonly ruleSet: RatingEngineRuleSet;
  readonly options: ResolvedRatingOptions;
  readonly applied: AppliedOption[];
}

/** The id of the rule set the year would get by default, if any. */
function defaultId(year: number, engines: EngineRegistry): string | undefined {
  const r = engines.resolve(yearEnd(year));
  return r.found ? r.ruleSet.id : undefined;
}

/**
 * `prepare` on the raw facts' year, before the facts are parsed, when that year is well formed:
 * a year no rule set covers is then reported alone (`no_rule_set`), not through the date issues
 * it causes ("admitted after 31 December of the rating year").
 */
export function prepareForYearOf(facts: unknown, rawOptions: unknown, engines: EngineRegistry = ratingEngines): Prepared | undefined {
  const year = typeof facts === 'object' && facts !== null ? (facts as { readonly year?: unknown }).year : undefined;
  return isRatingYear(year) ? prepare(year, rawOptions, engines) : undefined;
}

/**
 * Which option picked the rule set by date, under the name the caller used: `ruleSetBy`, or its
 * deprecated name `ruleSetAt` (read for one minor; `ruleSetBy` wins when both are given).
 */
export function ruleSetByOf(o: RatingOptions | undefined): { readonly name: 'ruleSetBy' | 'ruleSetAt'; readonly value: 'yearEnd' | 'yearStart' } | undefined {
  if (o?.ruleSetBy !== undefined) return { name: 'ruleSetBy', value: o.ruleSetBy };
  if (o?.ruleSetAt !== undefined) return { name: 'ruleSetAt', value: o.ruleSetAt };
  return undefined;
}

export function prepare(year: number, rawOptions: unknown, engines: EngineRegistry = ratingEngines): Prepared {
  const o = parseInput(ratingOptionsSchema, rawOptions, ['options']) as RatingOptions | undefined;
  const by = ruleSetByOf(o);
  const ruleSet = ratingEngineFor(year, { ruleSet: o?.ruleSet, ruleSetBy: by?.value }, engines);
  const applied: AppliedOption[] = [];
  if ((o?.ruleSet !== undefined || by?.value === 'yearStart') && defaultId(year, engines) !== ruleSet.id) {
    applied.push(
      o?.ruleSet !== undefined
        ? { name: 'ruleSet', value: ruleSet.id, effect: CHOICE_MESSAGES.ruleSet(ruleSet.label) }
        : { name: by?.name ?? 'ruleSetBy', value: 'yearStart', effect: CHOICE_MESSAGES.ruleSetBy },
    );
  }
  return { ruleSet, options: resolveOptions(o), applied };
}
