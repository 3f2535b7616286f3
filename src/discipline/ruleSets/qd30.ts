/**
 * QĐ 30-QĐ/TW (26-07-2016) Điều 40, status Q2:
 *
 * > "Sau một năm, kể từ ngày công bố quyết định kỷ luật hoặc quyết định giải quyết khiếu nại kỷ
 * > luật (trừ quyết định kỷ luật khai trừ), nếu đảng viên không khiếu nại, không tái phạm … thì
 * > quyết định kỷ luật đương nhiên chấm dứt hiệu lực."
 *
 * Members only: the expiry of an organization's discipline was not written here.
 * @module
 */
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 30: decisions on members lapse after 12 months. @internal */
export const qd30RuleSet: DisciplineRuleSetDefinition<'qd30'> = {
  id: 'qd30',
  label: { vi: 'QĐ 30-QĐ/TW', en: 'QĐ 30-QĐ/TW' },
  validFrom: '2016-07-26',
  sources: [SRC.qd30art40expiry],
  expiry: { label: { vi: 'QĐ 30-QĐ/TW', en: 'QĐ 30-QĐ/TW' }, months: 12, subjects: ['officialMember', 'probationaryMember'], source: SRC.qd30art40expiry },
};
