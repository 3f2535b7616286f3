/**
 * The dated discipline rule sets: one module per regulation, registered here by one line each,
 * oldest first. Each regulation names its first day and the rules it brings; the registry folds
 * them in order (a rule a regulation does not name stays as the earlier ones left it), ends each
 * set the day before the next one starts, and derives the ids. The functions read the same
 * modules through `./writers.ts` (the regulations that write each mechanism), so each bundles only
 * what it applies; the contract test holds those lists equal to this one. No date is written twice.
 * @module
 */
import type { IsoDate } from '../../_lib/dates.js';
import { deepFreeze } from '../../_lib/freeze.js';
import { lazyRuleSetRegistry, type RuleSetRegistry } from '../../legal/ruleSets.js';
import { dayBefore } from '../../_lib/dates.js';
import { charter2011RuleSet } from './charter2011.js';
import { qd07RuleSet } from './qd07.js';
import { qd102RuleSet } from './qd102.js';
import { qd105RuleSet } from './qd105.js';
import { qd212RuleSet } from './qd212.js';
import { qd22RuleSet } from './qd22.js';
import { qd264RuleSet } from './qd264.js';
import { qd294RuleSet } from './qd294.js';
import { qd30RuleSet } from './qd30.js';
import { qd377RuleSet } from './qd377.js';
import { qd69RuleSet } from './qd69.js';
import { qd80RuleSet } from './qd80.js';
import type { DisciplineRuleSet, DisciplineRuleSetDefinition } from './types.js';

/** The regulations, oldest first: one line each. @internal */
export const DISCIPLINE_RULE_SET_DEFINITIONS = [
  charter2011RuleSet,
  qd30RuleSet,
  qd102RuleSet,
  qd105RuleSet,
  qd07RuleSet,
  qd22RuleSet,
  qd69RuleSet,
  qd80RuleSet,
  qd264RuleSet,
  qd294RuleSet,
  qd377RuleSet,
  qd212RuleSet,
] as const;

/**
 * The ids of the discipline rule sets, one per regulation.
 * @example
 * ```ts
 * import { disciplineRuleSets, type DisciplineRuleSetId } from 'nq4';
 * const id: DisciplineRuleSetId = 'qd69';
 * disciplineRuleSets.byId(id).validFrom; // '2022-07-06'
 * ```
 * @category Discipline
 */
export type DisciplineRuleSetId = (typeof DISCIPLINE_RULE_SET_DEFINITIONS)[number]['id'];

const MECHANISMS = ['formLists', 'limitation', 'expiry', 'planning', 'decidingBodies'] as const;

/** Fold the regulations in order: each set keeps what the earlier ones wrote unless it writes it anew. @internal */
export function foldDisciplineRuleSets(list: readonly DisciplineRuleSetDefinition[]): DisciplineRuleSet[] {
  const out: DisciplineRuleSet[] = [];
  let carried: Partial<Pick<DisciplineRuleSet, (typeof MECHANISMS)[number]>> = {};
  list.forEach((d, i) => {
    const next = list[i + 1];
    carried = { ...carried };
    for (const m of MECHANISMS) if (d[m] !== undefined) (carried as Record<string, unknown>)[m] = d[m];
    out.push({
      id: d.id,
      area: 'discipline',
      label: d.label,
      validFrom: d.validFrom,
      ...(next ? { validTo: dayBefore(next.validFrom) } : {}),
      sources: d.sources,
      ...carried,
    } as DisciplineRuleSet);
  });
  return out;
}

/**
 * The discipline rule sets, oldest first, one per regulation (the Charter 2011, QĐ 30, QĐ 102,
 * QĐ 105, QĐ 07, QĐ 22, QĐ 69, QĐ 80, QĐ 264, QĐ 294, QĐ 377, QĐ 212): each holds the form lists,
 * limitation, expiry, planning and deciding-body rules in force from its first day to the day
 * before the next one.
 *
 * @example
 * ```ts
 * import { disciplineRuleSets } from 'nq4';
 * disciplineRuleSets.forDate('2023-08-15').id; // 'qd80'
 * disciplineRuleSets.forDate('2023-08-15').limitation?.id; // 'qd69'
 * ```
 * @category Discipline
 */
export const disciplineRuleSets: RuleSetRegistry<DisciplineRuleSet & { readonly id: DisciplineRuleSetId }> = /* @__PURE__ */ lazyRuleSetRegistry(
  'discipline',
  () => deepFreeze(foldDisciplineRuleSets(DISCIPLINE_RULE_SET_DEFINITIONS)) as (DisciplineRuleSet & { readonly id: DisciplineRuleSetId })[],
);

/** One dated version of a mechanism: the rule and the days it governs. @internal */
export interface DatedVersion<T> {
  readonly rule: T;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
}

/**
 * The versions of one mechanism: consecutive rule sets holding the same rule are one version,
 * from the first one's start to the last one's end. Sets without the rule are left out. @internal
 */
export function versionsOf<T>(pick: (r: DisciplineRuleSet) => T | undefined): DatedVersion<T>[] {
  const out: { rule: T; validFrom: IsoDate; validTo?: IsoDate }[] = [];
  let last: T | undefined;
  for (const r of disciplineRuleSets.ruleSets) {
    const rule = pick(r);
    if (rule === undefined) {
      last = undefined;
      continue;
    }
    const current = out[out.length - 1];
    if (rule === last && current) {
      if (r.validTo === undefined) delete current.validTo;
      else current.validTo = r.validTo;
    } else out.push({ rule, validFrom: r.validFrom, ...(r.validTo !== undefined ? { validTo: r.validTo } : {}) });
    last = rule;
  }
  return out;
}

/** The version of a mechanism in force on a day. @internal */
export function versionOn<T>(versions: readonly DatedVersion<T>[], date: IsoDate): T | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === undefined || date <= v.validTo))?.rule;
}

export type { DisciplineRuleSet, ExpiryRule, FormListRule, FormListRules, LimitationRules, PlanningRule } from './types.js';
