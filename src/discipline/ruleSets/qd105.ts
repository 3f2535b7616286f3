/**
 * QĐ 105-QĐ/TW (19-12-2017), status P (news paraphrase, article not identified): cadres
 * disciplined with a reprimand or more are not planned or appointed to higher posts for at least
 * one year. A cited parameter, never a hard gate (O-15).
 * @module
 */
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 105: at least 12 months without planning or a higher appointment. @internal */
export const qd105RuleSet: DisciplineRuleSetDefinition<'qd105'> = {
  id: 'qd105',
  label: { vi: 'QĐ 105-QĐ/TW', en: 'QĐ 105-QĐ/TW' },
  validFrom: '2017-12-19',
  sources: [SRC.qd105planning],
  planning: { code: 'noPlanningOrHigherAppointment', months: { reprimand: 12, warning: 12, removalFromPost: 12 }, atLeast: true, source: SRC.qd105planning },
};
