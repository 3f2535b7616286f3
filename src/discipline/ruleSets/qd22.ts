/**
 * QĐ 22-QĐ/TW (28-07-2021): replaced QĐ 30; its text on when a decision lapses was not seen, so
 * the expiry of a decision announced in its period is "unknown" unless `assumeContinuity` (O-12).
 * @module
 */
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 22: expiry text not seen. @internal */
export const qd22RuleSet: DisciplineRuleSetDefinition<'qd22'> = {
  id: 'qd22',
  label: { vi: 'QĐ 22-QĐ/TW', en: 'QĐ 22-QĐ/TW' },
  validFrom: '2021-07-28',
  sources: [SRC.qd22],
  expiry: { label: { vi: 'thời kỳ QĐ 22-QĐ/TW', en: 'the QĐ 22-QĐ/TW period' }, subjects: [] },
};
