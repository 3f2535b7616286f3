/**
 * QĐ 294-QĐ/TW (in force 01-07-2025), status Q2 (second hand): "hệ thống tổ chức của Đảng không
 * còn cấp huyện". Which body took over district-level powers was not seen: a district-level
 * authority decided from this day is "unknown".
 * @module
 */
import * as SRC from '../sources.js';
import { CHARTER_AUTHORITY_TABLE, CHARTER_LEVELS_COVERED } from '../decidingBodies.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 294: no district level. @internal */
export const qd294RuleSet: DisciplineRuleSetDefinition<'qd294'> = {
  id: 'qd294',
  label: { vi: 'QĐ 294-QĐ/TW (không còn cấp huyện)', en: 'QĐ 294-QĐ/TW (no district level)' },
  validFrom: '2025-07-01',
  sources: [SRC.qd294noDistrict],
  decidingBodies: { table: CHARTER_AUTHORITY_TABLE, levelsCovered: CHARTER_LEVELS_COVERED, districtLevel: false, districtSource: SRC.qd294noDistrict },
};
