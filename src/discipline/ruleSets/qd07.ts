/**
 * QĐ 07-QĐi/TW (28-08-2018) Điều 5, status Q2: organizations' limitation periods, 5 / 10 years;
 * none for giải tán, internal politics, defence/security/foreign affairs (no diploma item).
 * Members stay under QĐ 102.
 * @module
 */
import type { SubjectLimitationRule } from './limitationTypes.js';
import * as SRC from '../sources.js';
import { QD102_MEMBERS } from './qd102.js';
import type { DisciplineRuleSetDefinition } from './types.js';

const QD07_ORGANIZATIONS: SubjectLimitationRule = {
  periodMonths: { reprimand: 60, warning: 120 },
  noLimitationForms: ['dissolution'],
  exemptions: ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest'],
  periodSource: SRC.qd07art5,
  exemptSource: SRC.qd07art5exempt,
  restartSource: SRC.qd07art5restart,
  continuingSource: SRC.hd06continuing,
  discoveryStart: false,
  excludedPeriods: false,
};

/** QĐ 07: organizations' limitation, with QĐ 102 for members (limitation version `qd102-qd07`). @internal */
export const qd07RuleSet: DisciplineRuleSetDefinition<'qd07'> = {
  id: 'qd07',
  label: { vi: 'QĐ 07-QĐi/TW', en: 'QĐ 07-QĐi/TW' },
  validFrom: '2018-08-28',
  sources: [SRC.qd07art5],
  limitation: {
    id: 'qd102-qd07',
    label: { vi: 'QĐ 102-QĐ/TW (đảng viên) và QĐ 07-QĐi/TW (tổ chức đảng)', en: 'QĐ 102-QĐ/TW (members) and QĐ 07-QĐi/TW (organizations)' },
    sources: [SRC.qd102art3, SRC.qd07art5],
    members: QD102_MEMBERS,
    organizations: QD07_ORGANIZATIONS,
  },
};
