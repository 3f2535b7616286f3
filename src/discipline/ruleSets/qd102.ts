/**
 * QĐ 102-QĐ/TW (15-11-2017) Điều 3, status Q2: members' limitation periods, "5 năm đối với …
 * khiển trách. 10 năm đối với … cảnh cáo hoặc cách chức"; no limitation for khai trừ, "chính trị
 * nội bộ; về an ninh, quốc phòng, đối ngoại có xâm hại đến lợi ích quốc gia và việc sử dụng văn
 * bằng, chứng chỉ, chứng nhận không hợp pháp". Organizations: no text seen before QĐ 07.
 * @module
 */
import type { SubjectLimitationRule } from './limitationTypes.js';
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition, LimitationRules } from './types.js';

/** QĐ 102's own texts: the note on its reading, and the gap it leaves for organizations. */
const MESSAGES = {
  /** The note of the continuing-violation citation: the count from the end is inferred. */
  continuingFromEndInferred: {
    vi: 'Tính từ thời điểm chấm dứt vi phạm kéo dài dưới QĐ 102 là suy luận của thư viện.',
    en: 'Counting a continuing violation from its end under QĐ 102 is a library inference.',
  },
  /** The gap reason of the `qd102` limitation version: no text for organizations before QĐ 07. */
  organizationsGap: {
    vi: 'Quy định về thời hiệu kỷ luật tổ chức đảng trước ngày 28-8-2018 (trước QĐ 07-QĐi/TW) chưa được đối chiếu.',
    en: 'No limitation text for party organizations before 28 August 2018 (before QĐ 07-QĐi/TW) was seen.',
  },
};

/** Members' limitation under QĐ 102 Điều 3. @internal */
export const QD102_MEMBERS: SubjectLimitationRule = {
  periodMonths: { reprimand: 60, warning: 120, removalFromPost: 120 },
  noLimitationForms: ['expulsion'],
  exemptions: ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest', 'illegalDiploma'],
  periodSource: SRC.qd102art3,
  exemptSource: SRC.qd102art3exempt,
  restartSource: SRC.qd102art3restart,
  continuingSource: {
    ...SRC.qd102art3restart,
    status: 'inferred',
    note: MESSAGES.continuingFromEndInferred,
  },
  discoveryStart: false,
  excludedPeriods: false,
};

/** The limitation version `qd102`: members only. @internal */
export const QD102_LIMITATION: LimitationRules = {
  id: 'qd102',
  label: { vi: 'QĐ 102-QĐ/TW (đảng viên); tổ chức đảng: chưa có văn bản đối chiếu', en: 'QĐ 102-QĐ/TW (members); organizations: no text seen' },
  sources: [SRC.qd102art3],
  members: QD102_MEMBERS,
  gapReason: MESSAGES.organizationsGap,
};

/** QĐ 102: members' limitation. @internal */
export const qd102RuleSet: DisciplineRuleSetDefinition<'qd102'> = {
  id: 'qd102',
  label: { vi: 'QĐ 102-QĐ/TW', en: 'QĐ 102-QĐ/TW' },
  validFrom: '2017-11-15',
  sources: [SRC.qd102art3],
  limitation: QD102_LIMITATION,
};
