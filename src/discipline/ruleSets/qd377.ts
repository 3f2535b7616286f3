/**
 * QĐ 377-QĐ/TW (08-10-2025), status P (seen only in an English translation): a disciplined cadre
 * may be considered for a higher post after 24 months (reprimand), 36 (warning), 60 (removal from
 * post); HD 45-HD/BTCTW Mục I điểm 8 (quoted) removes the cadre from planning at once.
 * @module
 */
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 377: planning periods, removal from planning. @internal */
export const qd377RuleSet: DisciplineRuleSetDefinition<'qd377'> = {
  id: 'qd377',
  label: { vi: 'QĐ 377-QĐ/TW', en: 'QĐ 377-QĐ/TW' },
  validFrom: '2025-10-08',
  sources: [SRC.qd377planning, SRC.hd45removeFromPlanning],
  planning: {
    code: 'mayBeConsideredForHigherPostAfter',
    months: { reprimand: 24, warning: 36, removalFromPost: 60 },
    source: SRC.qd377planning,
    removeFromPlanning: SRC.hd45removeFromPlanning,
  },
};
