/**
 * QĐ 80-QĐ/TW (2022), status P (news paraphrase, article not identified): 12 months for a
 * reprimand, 30 for a warning, 60 for removal from post without planning or a higher
 * appointment. Its signing day was not captured: 06-09-2022, the day news called it newly
 * issued, is used as its start (a library inference, said in the caveat).
 * @module
 */
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 80's own texts. */
const MESSAGES = {
  /** The caveat on its dating: its start is a library inference. */
  datingInferred: {
    vi: 'Ngày ký QĐ 80-QĐ/TW chưa được ghi nhận; ngày 6-9-2022 là ngày báo chí đưa tin quy định mới ban hành, dùng làm mốc áp dụng (suy luận của thư viện).',
    en: 'The signing day of QĐ 80-QĐ/TW was not captured; 6 September 2022, the day news called it newly issued, is used as its start (a library inference).',
  },
};

/** QĐ 80: planning periods per form. @internal */
export const qd80RuleSet: DisciplineRuleSetDefinition<'qd80'> = {
  id: 'qd80',
  label: { vi: 'QĐ 80-QĐ/TW', en: 'QĐ 80-QĐ/TW' },
  validFrom: '2022-09-06',
  sources: [SRC.qd80planning],
  planning: {
    code: 'noPlanningOrHigherAppointment',
    months: { reprimand: 12, warning: 30, removalFromPost: 60 },
    source: SRC.qd80planning,
    datingCaveat: MESSAGES.datingInferred,
  },
};
