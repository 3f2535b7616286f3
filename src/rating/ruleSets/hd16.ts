/**
 * Rule set V1: Quy định 132-QĐ/TW (08-3-2018) + Hướng dẫn 16-HD/BTCTW (24-9-2018), rating year 2018
 * (rating.md §3). Encoded, with their status:
 *
 * - member KHTNV, HD 16, **quoted** via a news reproduction (clause not given): "Cấp có thẩm quyền
 *   kết luận đánh giá có biểu hiện suy thoái … Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ công tác
 *   được giao trong năm. Đảng viên là công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm
 *   vụ”. Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi
 *   xếp loại)."; QĐ 132 Đ12 k4 (a), (b) start, (c);
 * - exempt members not rated: **paraphrased**, low confidence (a spun copy [S68]);
 * - everything else (member HTXSNV beyond its first words, HTTNV, HTNV, organization levels above
 *   KHTNV, the quota, suspended and new members) is **unverified**: results say so.
 */
import type { Label } from '../../i18n/label.js';
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import { cite, type Citation } from '../../legal/citation.js';
import { HD16_OF_2018 } from '../../legal/documents.js';
import { Acc, EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY, label } from '../_engine.js';
import type { RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, RatingCriterion,  ResolvedRatingOptions, RatingTrace } from '../types.js';
import { memberExemptions, needEvent, poorCriteria, crit, LEVEL_LABELS, guardZeroTasks } from './_common.js';
import { COLLECTIVE_MESSAGES } from './_messages.js';
import { organizationTriggers, QD132_A_CORRUPTION, QD132_A_DISCIPLINE, QD132_A_TASKS, QD132_B, QD132_C, QD132_GENERAL, QD132_CRITERIA_MESSAGES, QD132_INDIVIDUAL_MIN_COMPLETION, QD132_THRESHOLDS } from './_qd132.js';
import { memberTriggers } from './hd21.js';

const HD = HD16_OF_2018;
const q = (quoteVi: string, status: Citation['status'] = 'quoted', note?: Label): Citation =>
  cite(HD, { quoteVi, effectiveFrom: '2018-09-24', ...(note ? { note } : {}) }, status);

/** HD 16 citations. @internal */
export const HD16 = /* @__PURE__ */ Object.freeze({
  memberUnsatisfactory: q('Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).'),
  memberDegradation: q('Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'),
  memberTasks: q('Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ công tác được giao trong năm.'),
  memberCivilService: q('Đảng viên là công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.'),
  memberExcellent: cite(HD, { quoteVi: 'Đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ khi đáp ứng các tiêu chuẩn sau: - Thực sự có năng lực, đạo đức, có nhiều thành tích nổi bật được cá[…]', effectiveFrom: '2018-09-24' }, 'quotedPartial'),
  exempt: cite(HD, { quoteVi: 'được miễn công tác và sinh hoạt Đảng', effectiveFrom: '2018-09-24', note: label('Chỉ thấy trong một bản chép lại đã bị sửa chữ của một bài báo; độ tin cậy thấp.', 'Seen only in a machine-reworded copy of an article; low confidence.') }, 'paraphrased'),
});

/** Members: "Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ" (apart, so that member rating does not bundle QĐ 132's organization clauses). */
const MEMBER_MIN_COMPLETION = /* @__PURE__ */ Object.freeze({ value: 50, citation: HD16.memberTasks });

/**
 * HD 16's numbers and those of QĐ 132 it applies, each with the text that states it (the shape of
 * `QD366_THRESHOLDS`). @internal
 */
export const HD16_THRESHOLDS = /* @__PURE__ */ (() =>
  Object.freeze({
    /** "Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ công tác được giao trong năm" (members). */
    memberMinCompletionPercent: MEMBER_MIN_COMPLETION,
    /** QĐ 132 Đ12 k4 (a): "trên 20% số đơn vị trực thuộc bị kỷ luật". */
    subUnitsDisciplinedPercent: QD132_THRESHOLDS.subUnitsDisciplinedPercent,
    /** QĐ 132 Đ12 k4 (a): "Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ" (organizations). */
    minCompletionPercent: QD132_THRESHOLDS.minCompletionPercent,
  }))();

/** The texts of HD 16's member rating, keyed by reason code or a short name (a call whose code is the key passes the table). */
const MESSAGES = {
  qd132c: (pct: number): Label => ({ vi: `Quy định 132, điểm c khoản 4 Điều 12 cũng nêu: bị xử lý kỷ luật trong năm; dưới ${pct}% chỉ tiêu.`, en: `QĐ 132 Art. 12(4)(c) also lists: disciplined in the year; under ${pct}% of targets.` }),
  excellentCriteriaCut: { vi: 'Tiêu chuẩn "hoàn thành xuất sắc" của Hướng dẫn 16 chỉ thấy vài chữ đầu.', en: 'Only the first words of HD 16’s "excellent" criteria were seen.' },
  goodSatisfactoryUnseen: { vi: 'Tiêu chuẩn "hoàn thành tốt" và "hoàn thành nhiệm vụ" của Hướng dẫn 16 chưa thấy.', en: 'HD 16’s "good" and "satisfactory" criteria are unseen.' },
  belowSatisfactoryUnknown: { vi: 'Ngoài các trường hợp đã nêu, "không đạt mức hoàn thành nhiệm vụ" không xác định được.', en: 'Beyond the listed cases, "below satisfactory" cannot be ruled on.' },
};

/** The texts only the organization rating writes, apart so that a bundle that only rates members leaves them out. */
const ORGANIZATION_MESSAGES = {
  disunityOrDegradation: { vi: 'Bị đánh giá mất đoàn kết nội bộ hoặc có thành viên suy thoái.', en: 'Assessed as disunited, or a member degraded.' },
  qArt124BCut: { vi: 'Danh sách của Quy định 132, điểm b khoản 4 Điều 12 bị cắt sau mục đầu tiên; các trường hợp khác (kỷ luật thành viên …) chưa xác minh cho năm 2018.', en: 'QĐ 132 Art. 12(4)(b) is cut off after its first item; other cases (member discipline …) are unverified for 2018.' },
  organizationLevelsUnseen: { vi: 'Tiêu chuẩn các mức trên "không hoàn thành nhiệm vụ" của tổ chức, tập thể năm 2018 chưa thấy.', en: 'The 2018 organization levels above "unsatisfactory" are unseen.' },
  belowSatisfactoryUnknownOrganization: { vi: 'Ngoài các trường hợp của Quy định 132, "không hoàn thành nhiệm vụ" không xác định được.', en: 'Beyond QĐ 132’s cases, "unsatisfactory" cannot be ruled on.' },
};

/** The texts of the criteria listed by `rulesFor`, keyed by criterion id, apart so that a bundle that only rates leaves them out. */
const CRITERIA_MESSAGES = {
  'hd16.member.unsatisfactory': (memberMinCompletionPercent: number): Label => ({ vi: `Suy thoái; dưới ${memberMinCompletionPercent}% nhiệm vụ; công chức "không hoàn thành nhiệm vụ"; bị kỷ luật trong năm (tính một lần).`, en: `Degradation; under ${memberMinCompletionPercent}% of tasks; civil-service "unsatisfactory"; disciplined in the year (counted once).` }),
  'hd16.member.excellent': { vi: 'Tiêu chuẩn "hoàn thành xuất sắc": chỉ thấy phần đầu.', en: '"Excellent" criteria: only the start seen.' },
  'hd16.member.notRated': { vi: 'Được miễn công tác và sinh hoạt đảng: không xếp loại (độ tin cậy thấp).', en: 'Exempted from party activity: not rated (low confidence).' },
  'hd16.leadershipCollective.unsatisfactory': { vi: 'Quy định 132, điểm b khoản 4 Điều 12: mất đoàn kết nội bộ; thành viên suy thoái (phần còn lại bị cắt).', en: 'QĐ 132 Art. 12(4)(b): disunity; a degraded member (the rest is cut off).' },
};


function evaluateMember(f: MemberRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = memberExemptions(a, f, o, { exempt: [HD16.exempt], suspended: 'unverified', newMember: 'unverified', newMemberReviewed: true });
  if (ex) return ex;
  memberTriggers(a, f, o, { degradation: HD16.memberDegradation, civil: HD16.memberCivilService, discipline: HD16.memberUnsatisfactory }, MEMBER_MIN_COMPLETION);
  if (trace) a.note('qd132c', MESSAGES.qd132c(QD132_INDIVIDUAL_MIN_COMPLETION.value), [QD132_C]);
  a.unverify(EXCELLENT, MESSAGES.excellentCriteriaCut, [HD16.memberExcellent]);
  a.unverify(GOOD | SATISFACTORY, MESSAGES.goodSatisfactoryUnseen, []);
  a.unverify(UNSATISFACTORY, MESSAGES.belowSatisfactoryUnknown, []);
  return a.done();
}

function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  if (f.kind === 'leadershipCollective') {
    poorCriteria(a, f.criteria, [QD132_GENERAL]);
    if (f.disunityConcluded === true || f.degradationConcluded === true) {
      a.force(false, 'disunityOrDegradation', ORGANIZATION_MESSAGES, [QD132_B]);
    } else {
      needEvent(a, f.disunityConcluded, o, 'disunityConcluded', COLLECTIVE_MESSAGES);
      needEvent(a, f.degradationConcluded, o, 'degradationConcluded', COLLECTIVE_MESSAGES);
    }
    a.caveat(ORGANIZATION_MESSAGES.qArt124BCut);
  } else {
    organizationTriggers(a, f, o, { general: [QD132_GENERAL], tasks: [QD132_A_TASKS], discipline: [QD132_A_DISCIPLINE], corruption: [QD132_A_CORRUPTION], ownDisciplineStacked: true }, HD16_THRESHOLDS.subUnitsDisciplinedPercent.value, HD16_THRESHOLDS.minCompletionPercent.value);
  }
  a.unverify(EXCELLENT | GOOD | SATISFACTORY, ORGANIZATION_MESSAGES.organizationLevelsUnseen, []);
  a.unverify(UNSATISFACTORY, ORGANIZATION_MESSAGES.belowSatisfactoryUnknownOrganization, []);
  return a.done();
}



/** {@link hd16RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const hd16Engine: RatingEngineModule<'hd16'> = /* @__PURE__ */ Object.freeze({
  id: 'hd16',
  area: 'rating' as const,
  label: label('Quy định 132-QĐ/TW và Hướng dẫn 16-HD/BTCTW (năm 2018)', 'Regulation 132-QĐ/TW and Guidance 16-HD/BTCTW (2018)'),
  validFrom: '2018-09-24',
  sources: [QD132_GENERAL, HD16.memberUnsatisfactory],
  memberLevelLabels: LEVEL_LABELS,
  organizationLevelLabels: LEVEL_LABELS,
  evaluateMember: guardZeroTasks(evaluateMember),
});

/** How {@link hd16RuleSet} rates an organization; apart from {@link hd16Engine} so that a bundle that only rates members leaves it out. @internal */
export const hd16Organization: OrganizationEvaluator = /* @__PURE__ */ guardZeroTasks(evaluateOrganization);

/** The criteria of {@link hd16RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const HD16_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ (() => [
  crit('hd16.member.unsatisfactory', 'member', 'unsatisfactory', CRITERIA_MESSAGES['hd16.member.unsatisfactory'](HD16_THRESHOLDS.memberMinCompletionPercent.value), HD16.memberUnsatisfactory),
  crit('hd16.member.excellent', 'member', 'excellent', CRITERIA_MESSAGES, HD16.memberExcellent, 'unverified'),
  crit('hd16.member.notRated', 'member', 'notRated', CRITERIA_MESSAGES, HD16.exempt),
  crit('hd16.org.unsatisfactory', 'organization', 'unsatisfactory', QD132_CRITERIA_MESSAGES['org.unsatisfactory'], QD132_A_DISCIPLINE),
  crit('hd16.org.unsatisfactory.subUnitCorruption', 'organization', 'unsatisfactory', QD132_CRITERIA_MESSAGES['org.unsatisfactory.subUnitCorruption'], QD132_A_CORRUPTION),
  crit('hd16.leadershipCollective.unsatisfactory', 'organization', 'unsatisfactory', CRITERIA_MESSAGES, QD132_B),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const hd16Module: RatingRuleSetModule<'hd16'> = { engine: hd16Engine, criteria: HD16_CRITERIA, evaluateOrganization: hd16Organization, thresholds: HD16_THRESHOLDS };
