/**
 * For each mechanism, the regulations that write it, oldest first, so that a function reads only
 * the modules it needs: `checkLimitation` does not bundle the authority table, `checkDiscipline`
 * does not bundle the limitation periods. The contract test holds each list equal to the
 * regulations of the registry (`./index.ts`) that write the mechanism, in the same order.
 * @internal
 * @module
 */
import type { IsoDate } from '../../_lib/dates.js';
import { addDays } from '../calendar.js';
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
import type { DisciplineRuleSetDefinition } from './types.js';

/** The mechanisms a regulation may write. @internal */
export type Mechanism = 'formLists' | 'limitation' | 'expiry' | 'planning' | 'decidingBodies';

/** The regulations that write the limitation rules. @internal */
export const LIMITATION_WRITERS = [qd102RuleSet, qd07RuleSet, qd69RuleSet, qd264RuleSet, qd212RuleSet] as const;
/** The regulations that write the expiry rule. @internal */
export const EXPIRY_WRITERS = [qd30RuleSet, qd22RuleSet, qd69RuleSet, qd212RuleSet] as const;
/** The regulations that write the planning parameter. @internal */
export const PLANNING_WRITERS = [qd105RuleSet, qd80RuleSet, qd377RuleSet] as const;
/** The regulations that write the deciding-body rules. @internal */
export const DECIDING_BODY_WRITERS = [charter2011RuleSet, qd294RuleSet] as const;

/** The rule of a mechanism in force on a day, or `undefined` before its first writer. @internal */
export function ruleOn<K extends Mechanism>(writers: readonly DisciplineRuleSetDefinition[], key: K, date: IsoDate): DisciplineRuleSetDefinition[K] {
  let found: DisciplineRuleSetDefinition[K] = undefined;
  for (const w of writers) if (w.validFrom <= date) found = w[key];
  return found;
}

/** The versions of a mechanism: each writer's rule from its first day to the day before the next writer's. @internal */
export function datedRules<K extends Mechanism>(
  writers: readonly DisciplineRuleSetDefinition[],
  key: K,
): { readonly rule: NonNullable<DisciplineRuleSetDefinition[K]>; readonly validFrom: IsoDate; readonly validTo?: IsoDate }[] {
  return writers.map((w, i) => {
    const next = writers[i + 1];
    return { rule: w[key] as NonNullable<DisciplineRuleSetDefinition[K]>, validFrom: w.validFrom, ...(next ? { validTo: addDays(next.validFrom, -1) } : {}) };
  });
}
