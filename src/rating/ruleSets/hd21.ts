/**
 * Rule set V2: Quy định 132-QĐ/TW + Hướng dẫn 21-HD/BTCTW (18-10-2019), rating years 2019–2022
 * (rating.md §4). Encoded, with their status in the reference:
 *
 * - member KHTNV, HD 21 Mục II.B tiết 2, **quoted**: "Là đảng viên không đạt mức “Hoàn thành
 *   nhiệm vụ” hoặc thuộc một trong các trường hợp sau: … suy thoái … Chỉ hoàn thành dưới 50% chỉ
 *   tiêu, nhiệm vụ … Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành
 *   nhiệm vụ” … Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một
 *   lần khi xếp loại).";
 * - member HTXSNV, HD 21 2.3 a), **quoted** (criteria grades, CBCCVC level; the quota);
 * - member HTTNV: secondary-practice only → not applied; HTNV: **unverified**;
 * - Mục II tiểu mục 6, **quoted**: under 6 months not rated but reviewed; sick leave ≥ 3 months →
 *   not "tốt" or better; maternity → rated on actual working time;
 * - exempt and suspended members not rated: **paraphrased** (LuatVietnam [S62]);
 * - leadership collective KHTNV, tiết 3, **quoted**; organization HTXSNV, 1.3, **quoted**;
 *   organization KHTNV: QĐ 132 Đ12 k4 (a) (see `_qd132.ts`).
 */
import type { OrganizationEvaluator, RatingEngineModule, RatingRuleSetModule } from '../_ruleSets.js';
import { cite, type Citation } from '../../legal/citation.js';
import { HD21_OF_2019 } from '../../legal/documents.js';
import { Acc, formEn, formVi, atLeastPercent, cutoffDate, isoOf, fullMonthsPassed, GOOD, SATISFACTORY, UNSATISFACTORY, EXCELLENT, label, lessPercent, severity } from '../_engine.js';
import { formatDateEn, formatDateVi } from '../../i18n/format.js';
import type { RatingDisciplineFact, RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, RatingCriterion, ResolvedRatingOptions, RatingTrace } from '../types.js';
import type { Label } from '../../i18n/label.js';
import { disciplinesInYear, GRADE_RANK, memberExemptions, needEvent, noteOtherYears, poorCriteria, total, crit, LEVEL_LABELS, guardZeroTasks } from './_common.js';
import { COLLECTIVE_MESSAGES, TRIGGER_MESSAGES } from './_messages.js';
import { organizationTriggers, QD132_A_CORRUPTION, QD132_A_DISCIPLINE, QD132_A_TASKS, QD132_GENERAL, tasksTrigger, QD132_CRITERIA_MESSAGES, QD132_THRESHOLDS } from './_qd132.js';

const HD = HD21_OF_2019;
/** The items of HD 21 cited, as printed (smallest unit first), with their English. */
const ITEM_LABELS = {
  t2B: { vi: 'tiết 2 điểm B', en: 'item 2 of point B' },
  t3B: { vi: 'tiết 3 điểm B', en: 'item 3 of point B' },
  m13B: { vi: 'tiểu mục 1.3 điểm B', en: 'sub-item 1.3 of point B' },
  m23aB: { vi: 'tiểu mục 2.3 a) điểm B', en: 'sub-item 2.3 a) of point B' },
  m23bB: { vi: 'tiểu mục 2.3 b) điểm B', en: 'sub-item 2.3 b) of point B' },
  indent1: { vi: 'gạch đầu dòng 1', en: 'indent 1' },
  indent2: { vi: 'gạch đầu dòng 2', en: 'indent 2' },
  indent3: { vi: 'gạch đầu dòng 3', en: 'indent 3' },
};
/** An HD 21 citation of section II; `item` names the item in {@link ITEM_LABELS}. */
const sec = (subsection: string | undefined, item: keyof typeof ITEM_LABELS, quoteVi: string, status: Citation['status'] = 'quoted'): Citation =>
  cite(HD, { section: 'II', ...(subsection ? { subsection } : {}), item: ITEM_LABELS[item], quoteVi, effectiveFrom: '2019-10-18' }, status);

/** The status of a rule seen only in local practice (a status, not text: named so that it does not read as a translation of the quote). */
const SECONDARY_PRACTICE: Citation['status'] = 'secondaryPractice';

/** HD 21 citations (rating.md §4). @internal */
export const HD21 = /* @__PURE__ */ Object.freeze({
  memberUnsatisfactory: sec(undefined, 't2B', 'Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).'),
  memberDegradation: sec(undefined, 't2B', 'Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'),
  memberTasks: sec(undefined, 't2B', 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được giao trong năm.'),
  memberCivilService: sec(undefined, 't2B', 'Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.'),
  memberExcellent: sec(
    undefined,
    'm23aB',
    // Two separate indents of the text, joined by "…", not stitched into one sentence.
    'Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đều đánh giá đạt cấp độ “Xuất sắc”; các tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên. … Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.',
  ),
  memberQuota: sec(undefined, 'm23aB', 'Cấp có thẩm quyền xem xét, quyết định số lượng đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng.'),
  memberGood: sec(undefined, 'm23bB', 'Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đạt “Tốt” trở lên; những tiêu chí còn lại đạt “Trung bình” trở lên.', SECONDARY_PRACTICE),
  newMember: sec('6', 'indent1', 'Không đánh giá, xếp loại chất lượng đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 06 tháng, đảng viên mới kết nạp chưa đủ 06 tháng, nhưng vẫn phải kiểm điểm đảng viên tính từ ngày kết nạp vào Đảng.'),
  sickLeave: sec('6', 'indent2', 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên thì không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên;'),
  maternity: sec('6', 'indent3', 'Đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó.'),
  exemptSuspended: cite(HD, { note: label('LuatVietnam diễn giải, không phải nguyên văn Hướng dẫn 21', 'LuatVietnam’s paraphrase, not HD 21’s wording'), quoteVi: 'việc đánh giá, xếp loại chất lượng này áp dụng với tất cả Đảng viên trừ Đảng viên được miễn công tác và sinh hoạt, Đảng viên bị đình chỉ sinh hoạt.' }, 'paraphrased'),
  leadershipCollective: sec(
    undefined,
    't3B',
    'Có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật từ cảnh cáo trở lên (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).',
  ),
  leadershipCollectiveTasks: sec(undefined, 't3B', 'Địa phương, tổ chức, cơ quan, đơn vị trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt, các chỉ tiêu chủ yếu không đạt 100% (trừ trường hợp bất khả kháng).'),
  organizationExcellent: sec(
    undefined,
    'm13B',
    'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên. Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.',
  ),
});

/** HD 21 citations read only by the organization rating and the criteria, apart from {@link HD21} so that a bundle that only rates members leaves them out. */
const HD21_ORGANIZATION = /* @__PURE__ */ Object.freeze({
  leadershipCollectiveDisunity: /* @__PURE__ */ sec(undefined, 't3B', 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.'),
  leadershipCollectiveDisciplined: /* @__PURE__ */ sec(undefined, 't3B', 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật.'),
  organizationExcellentCriteria: /* @__PURE__ */ sec(
    undefined,
    'm13B',
    'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Xuất sắc”, những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.',
  ),
  organizationExcellentBodies: /* @__PURE__ */ sec(undefined, 'm13B', 'Chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.'),
});

/** A number of HD 21 with the clause that states it (the shape of `QD366_THRESHOLDS`). */
const n = (value: number, citation: Citation): { readonly value: number; readonly citation: Citation } => Object.freeze({ value, citation });

/** HD 21 thresholds, each with its citation. @internal */
export const HD21_THRESHOLDS = /* @__PURE__ */ Object.freeze({
  /** "dưới 50% chỉ tiêu, nhiệm vụ". */
  memberMinCompletionPercent: n(50, HD21.memberTasks),
  /** "từ 03 tháng trở lên". */
  sickLeaveMonths: n(3, HD21.sickLeave),
  /** "từ 80% … Hoàn thành tốt nhiệm vụ trở lên". */
  organizationGoodSharePercent: n(80, HD21.organizationExcellent),
  /** "100% … Hoàn thành nhiệm vụ trở lên". */
  organizationSatisfactorySharePercent: n(100, HD21.organizationExcellent),
  /** Member quota: 20% of "good" per TCCSĐ. */
  quotaPercent: n(20, HD21.memberQuota),
  /** Leadership collectives: "chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ". */
  leadershipCollectiveMinCompletionPercent: n(50, HD21.leadershipCollectiveTasks),
  /** "từ cảnh cáo trở lên" for leadership-collective members (the severity rank of a warning). */
  leadershipMemberMinSeverity: n(2, HD21.leadershipCollective),
});
const T = HD21_THRESHOLDS;
/** A count of months as HD 21 writes it ("03"). */
const two = (x: number): string => String(x).padStart(2, '0');

/** The texts of HD 21's member rating, keyed by reason code, missing-fact path or option (a call whose code is the key passes the table). */
const MESSAGES = {
  degradation: { vi: 'Cấp có thẩm quyền kết luận có biểu hiện suy thoái.', en: 'The competent body concluded manifestations of degradation.' },
  tasks: (memberMinCompletionPercent: number): Label => ({ vi: `Hoàn thành dưới ${memberMinCompletionPercent}% nhiệm vụ là trường hợp "không hoàn thành nhiệm vụ".`, en: `Completing under ${memberMinCompletionPercent}% of tasks forces "unsatisfactory".` }),
  tasksUnder50: (completed: number, assigned: number, memberMinCompletionPercent: number): Label => ({ vi: `Chỉ hoàn thành ${completed}/${assigned} nhiệm vụ, dưới ${memberMinCompletionPercent}%.`, en: `Only ${completed} of ${assigned} tasks completed, under ${memberMinCompletionPercent}%.` }),
  civilServiceUnsatisfactory: { vi: 'Xếp loại công chức, viên chức "không hoàn thành nhiệm vụ".', en: 'Rated "unsatisfactory" as a civil servant.' },
  civilServiceLevel: { vi: 'Xếp loại công chức, viên chức ràng buộc xếp loại đảng viên ("notCivilServant" nếu không phải).', en: 'The civil-service rating binds the member’s rating ("notCivilServant" if not one).' },
  disciplines: { vi: 'Bị kỷ luật trong năm là trường hợp "không hoàn thành nhiệm vụ" (danh sách rỗng nếu không có).', en: 'A discipline in the year forces "unsatisfactory" (empty list if none).' },
  disciplineInYear: (inYear: readonly RatingDisciplineFact[]): Label => ({ vi: `Bị thi hành kỷ luật trong năm (${inYear.map((d) => formVi(d.form)).join(', ')}).`, en: `Disciplined in the year (${inYear.map((d) => formEn(d.form)).join(', ')}).` }),
  criteriaBelowExcellent: { vi: 'Tiêu chí kết quả nhiệm vụ chưa đều "Xuất sắc" hoặc tiêu chí còn lại dưới "Tốt".', en: 'Task-result criteria are not all "Xuất sắc" or the others fall below "Tốt".' },
  civilServiceNotExcellent: { vi: 'Đảng viên là công chức, viên chức phải được xếp loại công chức "hoàn thành xuất sắc nhiệm vụ".', en: 'A civil-servant member must be rated "excellent" as a civil servant.' },
  sickLeave: (months: number, sickLeaveMonths: number): Label => ({ vi: `Nghỉ ốm ${months} tháng trong năm (từ ${two(sickLeaveMonths)} tháng trở lên).`, en: `${months} months of sick leave in the year (${sickLeaveMonths} or more).` }),
  sickLeaveMonths: (sickLeaveMonths: number): Label => ({ vi: `Nghỉ ốm từ ${two(sickLeaveMonths)} tháng trở lên thì không đạt mức "hoàn thành tốt" trở lên.`, en: `Sick leave of ${sickLeaveMonths} months or more caps the level below "good".` }),
  maternity: { vi: 'Nghỉ thai sản: xếp loại theo thời gian làm việc thực tế.', en: 'Maternity leave: rated on the actual working time.' },
  excellentExemplary: (quotaPercent: number): Label => ({ vi: `Mức "hoàn thành xuất sắc" còn yêu cầu "thực sự tiêu biểu" và nằm trong tỉ lệ ${quotaPercent}%: do cấp có thẩm quyền đánh giá.`, en: `"Excellent" also requires being "truly exemplary" and fits the ${quotaPercent}% quota: for the competent body to judge.` }),
  goodCriteriaPractice: { vi: 'Tiêu chuẩn mức "hoàn thành tốt nhiệm vụ" của Hướng dẫn 21 chỉ thấy trong một ứng dụng (thực tiễn địa phương), chưa xác minh.', en: 'HD 21’s "good" criteria were seen only in an app (local practice), unverified.' },
  satisfactoryCriteriaUnseen: { vi: 'Tiêu chuẩn mức "hoàn thành nhiệm vụ" của Hướng dẫn 21 chưa thấy, nên cũng không xác định được "không đạt mức hoàn thành nhiệm vụ".', en: 'HD 21’s "satisfactory" criteria are unseen, so "below satisfactory" cannot be ruled on either.' },
};

/** The texts only the organization rating writes, apart so that a bundle that only rates members leaves them out. */
const ORGANIZATION_MESSAGES = {
  newOrganizationScope: { vi: 'Quy tắc "mới thành lập chưa đủ 06 tháng" của Hướng dẫn 21 chỉ nêu tổ chức đảng và tập thể lãnh đạo, quản lý; không áp dụng cho cơ quan, đơn vị khác.', en: 'HD 21’s "founded under 6 months" rule names only party organizations and leadership collectives; it is not applied to other agencies or units.' },
  newOrganization: (cut: number): Label => ({ vi: `Mới thành lập chưa đủ 06 tháng tính đến ${formatDateVi(isoOf(cut))}: không đánh giá, xếp loại chất lượng.`, en: `Founded less than 6 months before ${formatDateEn(isoOf(cut))}: not rated.` }),
  disunityOrDegradation: { vi: 'Bị kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái.', en: 'Concluded: internal disunity or a degraded member.' },
  collectiveDisciplined: { vi: 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật.', en: 'The leadership collective was disciplined.' },
  leadershipDisciplines: { vi: 'Thành viên bị kỷ luật từ cảnh cáo trở lên là trường hợp "không hoàn thành nhiệm vụ".', en: 'A member disciplined with a warning or heavier forces "unsatisfactory".' },
  memberWarningOrHeavier: (heavy: readonly RatingDisciplineFact[]): Label => ({ vi: `Có thành viên bị kỷ luật từ cảnh cáo trở lên (${heavy.map((d) => formVi(d.form)).join(', ')}).`, en: `A member was disciplined with a warning or heavier (${heavy.map((d) => formEn(d.form)).join(', ')}).` }),
  memberReprimandOnly: { vi: 'Thành viên chỉ bị khiển trách: dưới ngưỡng "từ cảnh cáo trở lên", không buộc "không hoàn thành nhiệm vụ".', en: 'A member was only reprimanded: below the "warning or heavier" threshold, not a forced "unsatisfactory".' },
  leadershipCollectiveLevelsUnseen: { vi: 'Tiêu chuẩn các mức trên "không hoàn thành nhiệm vụ" của tập thể lãnh đạo, quản lý theo Hướng dẫn 21 chưa thấy.', en: 'HD 21’s leadership-collective criteria above "unsatisfactory" are unseen.' },
  belowSatisfactoryUnknown: { vi: 'Ngoài các trường hợp đã nêu, "không đạt mức hoàn thành nhiệm vụ" không xác định được vì tiêu chuẩn mức đó chưa thấy.', en: 'Beyond the listed cases, "below satisfactory" cannot be ruled on: that level’s criteria are unseen.' },
  organizationLevelsUnseen: { vi: 'Các mức của "tổ chức, cơ quan, đơn vị" theo Hướng dẫn 21 chưa thấy; chỉ áp dụng các trường hợp của Quy định 132.', en: 'HD 21’s levels for organizations, agencies and units are unseen; only QĐ 132’s cases apply.' },
  partyOrganizationsExcellentDepends: { vi: 'Mức "hoàn thành xuất sắc" của tổ chức đảng yêu cầu tỉ lệ xếp loại của đảng viên / tổ chức trực thuộc.', en: 'A party organization’s "excellent" depends on the ratings of its members / sub-units.' },
  notAllSatisfactory: (unsatisfactory: number, n: number, cell: boolean, organizationSatisfactorySharePercent: number): Label => ({ vi: `${unsatisfactory}/${n} ${cell ? 'đảng viên' : 'tổ chức đảng trực thuộc'} xếp loại "không hoàn thành nhiệm vụ": cần ${organizationSatisfactorySharePercent}% từ "hoàn thành nhiệm vụ" trở lên.`, en: `${unsatisfactory} of ${n} ${cell ? 'members' : 'sub-organizations'} rated "unsatisfactory": ${organizationSatisfactorySharePercent}% must be "satisfactory" or better.` }),
  goodShareUnder80: (goodOrBetter: number, n: number, cell: boolean, organizationGoodSharePercent: number): Label => ({ vi: `${goodOrBetter}/${n} ${cell ? 'đảng viên' : 'tổ chức đảng trực thuộc'} từ "hoàn thành tốt" trở lên, dưới ${organizationGoodSharePercent}%.`, en: `${goodOrBetter} of ${n} ${cell ? 'members' : 'sub-organizations'} "good" or better, under ${organizationGoodSharePercent}%.` }),
  sameLevelBodies: { vi: 'Chính quyền, Mặt trận, đoàn thể cùng cấp chưa đều đạt "hoàn thành tốt nhiệm vụ" trở lên.', en: 'Same-level government, Front and mass organizations are not all "good" or better.' },
  sameLevelBodiesGoodOrBetter: { vi: 'Mức "hoàn thành xuất sắc" yêu cầu chính quyền, đoàn thể cùng cấp đạt "hoàn thành tốt" trở lên.', en: '"Excellent" requires same-level bodies rated "good" or better.' },
  partyOrganizationLevelsUnseen: { vi: 'Tiêu chuẩn mức "hoàn thành tốt" và "hoàn thành nhiệm vụ" của tổ chức đảng theo Hướng dẫn 21 chưa thấy.', en: 'HD 21’s "good" and "satisfactory" criteria for party organizations are unseen.' },
  partyOrganizationTriggersUnseen: { vi: 'Văn bản Hướng dẫn 21 về "không hoàn thành nhiệm vụ" của tổ chức đảng chưa thấy; chỉ áp dụng các trường hợp của Quy định 132.', en: 'HD 21’s own "unsatisfactory" text for party organizations is unseen; only QĐ 132’s cases apply.' },
};

/** The texts of the criteria listed by `rulesFor`, keyed by criterion id, apart so that a bundle that only rates leaves them out. */
const CRITERIA_MESSAGES = {
  'hd21.member.notRated': { vi: 'Mới kết nạp chưa đủ 06 tháng: không xếp loại nhưng vẫn kiểm điểm.', en: 'Admitted under 6 months: not rated but still reviewed.' },
  'hd21.member.notRated.exempt': { vi: 'Được miễn công tác và sinh hoạt, bị đình chỉ sinh hoạt: không xếp loại (diễn giải).', en: 'Exempted from activity or suspended: not rated (paraphrase).' },
  'hd21.member.excellent': { vi: 'Tiêu chí kết quả nhiệm vụ đều "Xuất sắc", còn lại "Tốt" trở lên; công chức phải "hoàn thành xuất sắc".', en: 'Task-result criteria all "Xuất sắc", others "Tốt" or better; civil servants rated "excellent".' },
  'hd21.member.good': { vi: 'Tiêu chí kết quả "Tốt" trở lên, còn lại "Trung bình" trở lên (chỉ thấy trong ứng dụng).', en: 'Result criteria "Tốt" or better, others "Trung bình" or better (seen only in an app).' },
  'hd21.member.satisfactory': { vi: 'Tiêu chuẩn mức "hoàn thành nhiệm vụ": chưa thấy.', en: '"Satisfactory" criteria: unseen.' },
  'hd21.member.unsatisfactory': (memberMinCompletionPercent: number): Label => ({ vi: `Suy thoái; dưới ${memberMinCompletionPercent}% nhiệm vụ; công chức "không hoàn thành nhiệm vụ"; bị kỷ luật trong năm (tính một lần).`, en: `Degradation; under ${memberMinCompletionPercent}% of tasks; civil-service "unsatisfactory"; disciplined in the year (counted once).` }),
  'hd21.member.sickLeave': (sickLeaveMonths: number): Label => ({ vi: `Nghỉ ốm từ ${two(sickLeaveMonths)} tháng trở lên: không đạt "hoàn thành tốt" trở lên.`, en: `Sick leave of ${sickLeaveMonths} months or more: not "good" or better.` }),
  'hd21.member.quota': (quotaPercent: number): Label => ({ vi: `"Hoàn thành xuất sắc" không quá ${quotaPercent}% số "hoàn thành tốt" trong từng tổ chức cơ sở đảng.`, en: `"Excellent" at most ${quotaPercent}% of "good" in each grassroots party organization.` }),
  'hd21.org.excellent': (organizationSatisfactorySharePercent: number, organizationGoodSharePercent: number): Label => ({ vi: `Chi bộ: ${organizationSatisfactorySharePercent}% đảng viên từ "hoàn thành nhiệm vụ", từ ${organizationGoodSharePercent}% "hoàn thành tốt" trở lên (đảng bộ: tổ chức trực thuộc); tiêu chí; chính quyền, đoàn thể cùng cấp.`, en: `Chi bộ: ${organizationSatisfactorySharePercent}% of members "satisfactory" or better, ${organizationGoodSharePercent}% "good" or better (đảng bộ: sub-organizations); criteria; same-level bodies.` }),
  'hd21.leadershipCollective.unsatisfactory': (leadershipCollectiveMinCompletionPercent: number): Label => ({ vi: `Tập thể lãnh đạo: mất đoàn kết, thành viên suy thoái; dưới ${leadershipCollectiveMinCompletionPercent}% nhiệm vụ; tập thể bị kỷ luật; thành viên bị kỷ luật từ cảnh cáo trở lên.`, en: `Leadership collective: disunity, degraded member; under ${leadershipCollectiveMinCompletionPercent}% of tasks; the collective disciplined; a member disciplined with a warning or heavier.` }),
};


/** The member KHTNV list shared in substance by HD 16 and HD 21. */
export function memberTriggers(
  a: Acc,
  f: MemberRatingFacts,
  o: ResolvedRatingOptions,
  c: { degradation: Citation; civil: Citation; discipline: Citation },
  /** The completion share below which a member is "không hoàn thành nhiệm vụ", with the text that states it (the caller's own threshold). */
  minCompletion: { readonly value: number; readonly citation: Citation },
): void {
  poorCriteria(a, f.criteria, [QD132_GENERAL]);
  if (f.degradationConcluded === true) a.force(false, 'degradation', MESSAGES, [c.degradation]);
  else needEvent(a, f.degradationConcluded, o, 'degradationConcluded', TRIGGER_MESSAGES);
  if (f.tasks === undefined) a.miss('tasks', MESSAGES.tasks(minCompletion.value));
  else if (lessPercent(f.tasks.completed, f.tasks.assigned, minCompletion.value)) {
    a.force(false, 'tasksUnder50', MESSAGES.tasksUnder50(f.tasks.completed, f.tasks.assigned, minCompletion.value), [minCompletion.citation]);
  }
  if (f.civilServiceLevel === 'unsatisfactory') {
    a.force(false, 'civilServiceUnsatisfactory', MESSAGES, [c.civil]);
  } else if (f.civilServiceLevel === undefined) {
    a.miss('civilServiceLevel', MESSAGES);
  }
  const inYear = disciplinesInYear(f.disciplines, f.year, o);
  noteOtherYears(a, f.disciplines, f.year, o, c.discipline);
  if (inYear === undefined) needEvent(a, undefined, o, 'disciplines', MESSAGES);
  else if (inYear.length > 0) {
    a.force(false, 'disciplineInYear', MESSAGES.disciplineInYear(inYear), [c.discipline]);
  }
}

function evaluateMember(f: MemberRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = memberExemptions(a, f, o, { exempt: [HD21.exemptSuspended], suspended: [HD21.exemptSuspended], newMember: [HD21.newMember], newMemberReviewed: true });
  if (ex) return ex;
  memberTriggers(a, f, o, { degradation: HD21.memberDegradation, civil: HD21.memberCivilService, discipline: HD21.memberUnsatisfactory }, T.memberMinCompletionPercent);
  // Excellent (2.3 a)
  if (f.criteria === undefined) a.miss('criteria', TRIGGER_MESSAGES);
  else if (f.criteria.taskResults !== 'excellent' || GRADE_RANK[f.criteria.other] < GRADE_RANK.good) {
    a.block('excellent', 'criteriaBelowExcellent', MESSAGES, [HD21.memberExcellent]);
  }
  if (f.civilServiceLevel !== undefined && f.civilServiceLevel !== 'notCivilServant' && f.civilServiceLevel !== 'excellent') {
    a.block('excellent', 'civilServiceNotExcellent', MESSAGES, [HD21.memberExcellent]);
  }
  // Sick leave and maternity (tiểu mục 6)
  if (f.sickLeaveMonths !== undefined && f.sickLeaveMonths >= T.sickLeaveMonths.value) {
    a.block('good', 'sickLeave', MESSAGES.sickLeave(f.sickLeaveMonths, T.sickLeaveMonths.value), [HD21.sickLeave]);
  } else if (f.sickLeaveMonths === undefined && !o.assumeNoEvents) {
    a.miss('sickLeaveMonths', MESSAGES.sickLeaveMonths(T.sickLeaveMonths.value), 'level');
  }
  if (f.maternityLeave === true) a.note('maternity', MESSAGES, [HD21.maternity]);
  if (a.trace && !a.forced && a.allowed & EXCELLENT) a.caveat(MESSAGES.excellentExemplary(T.quotaPercent.value));
  a.unverify(GOOD, MESSAGES.goodCriteriaPractice, [HD21.memberGood]);
  a.unverify(SATISFACTORY | UNSATISFACTORY, MESSAGES.satisfactoryCriteriaUnseen, []);
  return a.done();
}

function organizationExemption(a: Acc, f: OrganizationRatingFacts, o: ResolvedRatingOptions): RatingEvaluation | undefined {
  if (f.establishedOn === undefined) return undefined;
  // Tiểu mục 6 names "tổ chức đảng và tập thể lãnh đạo, quản lý" only: not other agencies or units.
  if (f.kind === 'agency') {
    a.caveat(ORGANIZATION_MESSAGES.newOrganizationScope);
    return undefined;
  }
  const cut = cutoffDate(f.year, f.reviewOn, o);
  if (!fullMonthsPassed(f.establishedOn, cut, 6)) {
    return a.notRated(true, 'newOrganization', ORGANIZATION_MESSAGES.newOrganization(cut), [HD21.newMember]);
  }
  return undefined;
}

function evaluateOrganization(f: OrganizationRatingFacts, o: ResolvedRatingOptions, trace: RatingTrace | undefined): RatingEvaluation {
  const a = new Acc(trace);
  const ex = organizationExemption(a, f, o);
  if (ex) return ex;
  if (f.kind === 'leadershipCollective') {
    poorCriteria(a, f.criteria, [QD132_GENERAL]);
    if (f.disunityConcluded === true || f.degradationConcluded === true) {
      a.force(false, 'disunityOrDegradation', ORGANIZATION_MESSAGES, [HD21_ORGANIZATION.leadershipCollectiveDisunity]);
    } else {
      needEvent(a, f.disunityConcluded, o, 'disunityConcluded', COLLECTIVE_MESSAGES);
      needEvent(a, f.degradationConcluded, o, 'degradationConcluded', COLLECTIVE_MESSAGES);
    }
    tasksTrigger(a, f, [T.leadershipCollectiveMinCompletionPercent.citation], T.leadershipCollectiveMinCompletionPercent.value);
    const own = disciplinesInYear(f.disciplines, f.year, o);
    if (own !== undefined && own.length > 0) a.force(false, 'collectiveDisciplined', ORGANIZATION_MESSAGES, [HD21_ORGANIZATION.leadershipCollectiveDisciplined]);
    else needEvent(a, f.disciplines, o, 'disciplines', COLLECTIVE_MESSAGES);
    const members = disciplinesInYear(f.leadershipDisciplines, f.year, o);
    noteOtherYears(a, f.leadershipDisciplines, f.year, o, HD21.leadershipCollective);
    if (members === undefined) needEvent(a, undefined, o, 'leadershipDisciplines', ORGANIZATION_MESSAGES);
    else {
      const heavy = members.filter((d) => severity(d.form) >= T.leadershipMemberMinSeverity.value);
      if (heavy.length > 0) {
        a.force(false, 'memberWarningOrHeavier', ORGANIZATION_MESSAGES.memberWarningOrHeavier(heavy), [HD21.leadershipCollective]);
      } else if (members.length > 0) {
        a.note('memberReprimandOnly', ORGANIZATION_MESSAGES, [HD21.leadershipCollective]);
      }
    }
    a.unverify(EXCELLENT | GOOD | SATISFACTORY, ORGANIZATION_MESSAGES.leadershipCollectiveLevelsUnseen, []);
    a.unverify(UNSATISFACTORY, ORGANIZATION_MESSAGES.belowSatisfactoryUnknown, []);
    return a.done();
  }
  organizationTriggers(a, f, o, { general: [QD132_GENERAL], tasks: [QD132_A_TASKS], discipline: [QD132_A_DISCIPLINE], corruption: [QD132_A_CORRUPTION], ownDisciplineStacked: true }, QD132_THRESHOLDS.subUnitsDisciplinedPercent.value, QD132_THRESHOLDS.minCompletionPercent.value);
  if (f.kind === 'agency') {
    a.unverify(EXCELLENT | GOOD | SATISFACTORY | UNSATISFACTORY, ORGANIZATION_MESSAGES.organizationLevelsUnseen, []);
    return a.done();
  }
  // Party organizations: HTXSNV (1.3)
  const counts = f.kind === 'partyCell' ? f.members : f.subUnits;
  const countsPath = f.kind === 'partyCell' ? 'members' : 'subUnits';
  if (counts === undefined) a.miss(countsPath, ORGANIZATION_MESSAGES.partyOrganizationsExcellentDepends);
  else {
    const n = total(counts);
    const satisfactoryOrBetter = counts.excellent + counts.good + counts.satisfactory;
    const goodOrBetter = counts.excellent + counts.good;
    const cell = f.kind === 'partyCell';
    if (satisfactoryOrBetter < n) {
      a.block('excellent', 'notAllSatisfactory', ORGANIZATION_MESSAGES.notAllSatisfactory(counts.unsatisfactory, n, cell, T.organizationSatisfactorySharePercent.value), [HD21.organizationExcellent]);
    }
    if (!atLeastPercent(goodOrBetter, n, T.organizationGoodSharePercent.value)) {
      a.block('excellent', 'goodShareUnder80', ORGANIZATION_MESSAGES.goodShareUnder80(goodOrBetter, n, cell, T.organizationGoodSharePercent.value), [HD21.organizationExcellent]);
    }
  }
  if (f.criteria === undefined) a.miss('criteria', TRIGGER_MESSAGES);
  else if (f.criteria.taskResults !== 'excellent' || GRADE_RANK[f.criteria.other] < GRADE_RANK.good) {
    a.block('excellent', 'criteriaBelowExcellent', TRIGGER_MESSAGES, [HD21_ORGANIZATION.organizationExcellentCriteria]);
  }
  if (f.sameLevelBodiesGoodOrBetter === false) {
    a.block('excellent', 'sameLevelBodies', ORGANIZATION_MESSAGES, [HD21_ORGANIZATION.organizationExcellentBodies]);
  } else if (f.sameLevelBodiesGoodOrBetter === undefined) {
    a.miss('sameLevelBodiesGoodOrBetter', ORGANIZATION_MESSAGES);
  }
  a.unverify(GOOD | SATISFACTORY, ORGANIZATION_MESSAGES.partyOrganizationLevelsUnseen, []);
  a.unverify(UNSATISFACTORY, ORGANIZATION_MESSAGES.partyOrganizationTriggersUnseen, []);
  return a.done();
}



/** The groups the quotas are counted in (the organization one as far as it can be read). */
const QUOTA_GROUP_LABELS = {
  member: /* @__PURE__ */ label('từng tổ chức cơ sở đảng', 'each grassroots party organization'),
  organization: /* @__PURE__ */ label('chưa xác định được (câu "Lưu ý" của Hướng dẫn bị cắt; tỉ lệ 20% lấy theo một mẫu biểu địa phương năm 2020)', 'not determinable (the Guidance’s "Lưu ý" sentence is cut off; the 20% comes from a 2020 local form)'),
};

/** {@link hd21RuleSet} without its criteria: all that rating reads, so a bundle that only rates leaves the criteria texts out. @internal */
export const hd21Engine: RatingEngineModule<'hd21'> = /* @__PURE__ */ Object.freeze({
  id: 'hd21',
  area: 'rating' as const,
  label: label('Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW (2019–2022)', 'Regulation 132-QĐ/TW and Guidance 21-HD/BTCTW (2019–2022)'),
  validFrom: '2019-10-18',
  sources: [QD132_GENERAL, HD21.memberUnsatisfactory, HD21.organizationExcellent],
  memberLevelLabels: LEVEL_LABELS,
  organizationLevelLabels: LEVEL_LABELS,
  memberQuota: { percent: T.quotaPercent.value, group: QUOTA_GROUP_LABELS.member, citation: HD21.memberQuota },
  organizationQuota: {
    percent: 20,
    group: QUOTA_GROUP_LABELS.organization,
    citation: cite(HD, { section: 'II', item: label('câu "Lưu ý" tiểu mục 1.3 điểm B', 'the "Lưu ý" sentence of sub-item 1.3 of point B'), quoteVi: 'Lưu ý: Cấp có thẩm quyền xem xét, quyết định s[…]' }, 'quotedPartial'),
    basis: 'secondaryPractice' as const,
  },
  evaluateMember: guardZeroTasks(evaluateMember),
});

/** How {@link hd21RuleSet} rates an organization; apart from {@link hd21Engine} so that a bundle that only rates members leaves it out. @internal */
export const hd21Organization: OrganizationEvaluator = /* @__PURE__ */ guardZeroTasks(evaluateOrganization);

/** The criteria of {@link hd21RuleSet}, listed by {@link rulesFor}. Built in a call marked pure, so a bundle that never lists criteria drops their texts. @internal */
export const HD21_CRITERIA: readonly RatingCriterion[] = /* @__PURE__ */ (() => [
  crit('hd21.member.notRated', 'member', 'notRated', CRITERIA_MESSAGES, HD21.newMember),
  crit('hd21.member.notRated.exempt', 'member', 'notRated', CRITERIA_MESSAGES, HD21.exemptSuspended),
  crit('hd21.member.excellent', 'member', 'excellent', CRITERIA_MESSAGES, HD21.memberExcellent),
  crit('hd21.member.good', 'member', 'good', CRITERIA_MESSAGES, HD21.memberGood, 'unverified'),
  crit('hd21.member.satisfactory', 'member', 'satisfactory', CRITERIA_MESSAGES, HD21.memberUnsatisfactory, 'unverified'),
  crit('hd21.member.unsatisfactory', 'member', 'unsatisfactory', CRITERIA_MESSAGES['hd21.member.unsatisfactory'](T.memberMinCompletionPercent.value), HD21.memberUnsatisfactory),
  crit('hd21.member.sickLeave', 'member', 'good', CRITERIA_MESSAGES['hd21.member.sickLeave'](T.sickLeaveMonths.value), HD21.sickLeave),
  crit('hd21.member.quota', 'member', 'quota', CRITERIA_MESSAGES['hd21.member.quota'](T.quotaPercent.value), HD21.memberQuota),
  crit('hd21.org.excellent', 'organization', 'excellent', CRITERIA_MESSAGES['hd21.org.excellent'](T.organizationSatisfactorySharePercent.value, T.organizationGoodSharePercent.value), HD21.organizationExcellent),
  crit('hd21.org.unsatisfactory', 'organization', 'unsatisfactory', QD132_CRITERIA_MESSAGES['org.unsatisfactory'], QD132_A_DISCIPLINE),
  crit('hd21.org.unsatisfactory.subUnitCorruption', 'organization', 'unsatisfactory', QD132_CRITERIA_MESSAGES['org.unsatisfactory.subUnitCorruption'], QD132_A_CORRUPTION),
  crit('hd21.leadershipCollective.unsatisfactory', 'organization', 'unsatisfactory', CRITERIA_MESSAGES['hd21.leadershipCollective.unsatisfactory'](T.leadershipCollectiveMinCompletionPercent.value), HD21.leadershipCollective),
])();

/** The whole module, registered by one line in `registry.ts`: its engine, its criteria and its organization rating. @internal */
export const hd21Module: RatingRuleSetModule<'hd21'> = { engine: hd21Engine, criteria: HD21_CRITERIA, evaluateOrganization: hd21Organization, thresholds: HD21_THRESHOLDS };
