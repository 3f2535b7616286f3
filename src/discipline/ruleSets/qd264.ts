/**
 * QĐ 264-QĐ/TW (14-02-2025) amends QĐ 69 and leaves Điều 4 (limitation) unchanged, status Q2:
 * the limitation version `qd69-qd264` has QĐ 69's rules under the amended text's name.
 * @module
 */
import * as SRC from '../sources.js';
import { QD69_MEMBERS, QD69_ORGANIZATIONS } from './qd69.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** QĐ 264: QĐ 69 as amended. @internal */
export const qd264RuleSet: DisciplineRuleSetDefinition<'qd264'> = {
  id: 'qd264',
  label: { vi: 'QĐ 69-QĐ/TW, được sửa đổi bởi QĐ 264-QĐ/TW', en: 'QĐ 69-QĐ/TW as amended by QĐ 264-QĐ/TW' },
  validFrom: '2025-02-14',
  sources: [SRC.qd264unchanged],
  limitation: {
    id: 'qd69-qd264',
    label: {
      vi: 'QĐ 69-QĐ/TW, được sửa đổi bởi QĐ 264-QĐ/TW (Điều 4 không đổi)',
      en: 'QĐ 69-QĐ/TW as amended by QĐ 264-QĐ/TW (Article 4 unchanged)',
    },
    sources: [SRC.qd69art4, SRC.qd264unchanged],
    members: QD69_MEMBERS,
    organizations: QD69_ORGANIZATIONS,
  },
};
