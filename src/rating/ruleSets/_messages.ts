/**
 * The texts that several rating rule sets share (`ruleSets/_common.ts`) and the one the rating
 * engine adds itself, keyed by reason code, missing-fact path or option, Vietnamese and English
 * side by side. A regulation's own texts stay in its module's `MESSAGES` tables, so that adding a
 * regulation stays one module. One table per family of functions, each read only by that family,
 * so that a bundle keeps only the texts of the functions it uses.
 * @internal
 * @module
 */
import type { IsoDate } from '../../_lib/dates.js';
import { formatDateEn, formatDateVi } from '../../i18n/format.js';
import type { Label } from '../../i18n/label.js';

/** What set the year a discipline counts in (decision D6). */
export type DisciplineYearBy = 'given' | 'violation' | 'decision';

/** How the notes name what set a discipline's year. */
const DISCIPLINE_YEAR_BY_LABELS: Record<DisciplineYearBy, Label> = {
  given: { vi: 'theo năm đã chọn', en: 'by the year given' },
  violation: { vi: 'theo năm vi phạm', en: 'by the year of the violation' },
  decision: { vi: 'theo năm ra quyết định', en: 'by the year of the decision' },
};

/** The member exemptions shared by HD 16, HD 21 and QĐ 124 (`memberExemptions`). */
export const EXEMPTION_MESSAGES = {
  exemptFromActivityUnverified: { vi: 'Quy tắc về đảng viên được miễn công tác và sinh hoạt đảng trong bộ quy tắc này chưa xác minh.', en: 'The rule on members exempted from party activity is unverified in this rule set.' },
  exemptFromActivity: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng: không xếp loại.', en: 'Member exempted from party work and activity: not rated.' },
  suspendedUnverified: { vi: 'Quy tắc về đảng viên bị đình chỉ sinh hoạt đảng trong bộ quy tắc này chưa xác minh.', en: 'The rule on suspended members is unverified in this rule set.' },
  suspended: { vi: 'Đảng viên bị đình chỉ sinh hoạt đảng: không xếp loại.', en: 'Member suspended from party activity: not rated.' },
  newMemberUnverified: { vi: 'Quy tắc về đảng viên mới kết nạp chưa đủ 6 tháng trong bộ quy tắc này chưa xác minh.', en: 'The rule on members admitted under 6 months is unverified in this rule set.' },
  sixMonthsAtYearEnd: { vi: 'Mốc tính 6 tháng là ngày 31/12.', en: 'The 6-month cut-off is 31 December.' },
  newMemberReviewed: (date: IsoDate): Label => ({ vi: `Đảng viên mới kết nạp chưa đủ 6 tháng tính đến ${formatDateVi(date)}: không xếp loại nhưng vẫn kiểm điểm tính từ ngày kết nạp.`, en: `Member admitted less than 6 months before ${formatDateEn(date)}: not rated, but still reviewed from the admission date.` }),
  newMember: (date: IsoDate): Label => ({ vi: `Đảng viên mới kết nạp chưa đủ 6 tháng tính đến ${formatDateVi(date)}: không kiểm điểm, không xếp loại.`, en: `Member admitted less than 6 months before ${formatDateEn(date)}: not reviewed, not rated.` }),
  admittedOn: { vi: 'Cần ngày kết nạp để xét trường hợp mới kết nạp chưa đủ 6 tháng (chỉ quyết định có xếp loại hay không).', en: 'The admission date decides the under-6-months exemption (only whether the member is rated).' },
  exemptFromActivityMissing: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng thì không xếp loại.', en: 'Exempted members are not rated.' },
  suspendedMissing: { vi: 'Đảng viên bị đình chỉ sinh hoạt đảng thì không xếp loại.', en: 'Suspended members are not rated.' },
};

/** Disciplines and criteria grades (`noteOtherYears`, `poorCriteria`). */
export const DISCIPLINE_MESSAGES = {
  criterionPoor: { vi: 'Có tiêu chí đánh giá ở mức "Kém".', en: 'A criterion is graded "Kém" (poor).' },
  disciplineOtherYear: (i: number, y: number, by: DisciplineYearBy, year: number, once: boolean): Label => ({ vi: `Kỷ luật thứ ${i + 1} tính vào năm ${y} (${DISCIPLINE_YEAR_BY_LABELS[by].vi}), không tính vào năm ${year}${once ? '; một vi phạm chỉ tính một lần' : ''}.`, en: `Discipline ${i + 1} counts in ${y} (${DISCIPLINE_YEAR_BY_LABELS[by].en}), not in ${year}${once ? '; a violation counts once' : ''}.` }),
  disciplineYearByViolation: { vi: 'Kỷ luật tính theo năm vi phạm.', en: 'Disciplines count in the year of the violation.' },
};

/** Tasks given as 0 (`guardZeroTasks`), keyed by the missing fact. */
export const TASKS_MESSAGES = {
  'tasks.assigned': {
    vi: 'Số nhiệm vụ được giao là 0: các tiêu chí tính theo tỉ lệ % (hoàn thành, đúng hạn, vượt mức, không hoàn thành) không xác định được, nên không được coi là đạt.',
    en: 'No tasks were assigned (0): the percentage criteria (completed, on time, exceeded, failed) cannot be determined, so they are not treated as met.',
  },
};

/** What the engine adds to every rule set's result (`lateReviewCaveat`). */
export const ENGINE_MESSAGES = {
  /** A review in January of the next year; `qd366` when the year's own text (HD 43) says so. */
  lateReview: (qd366: boolean): Label => ({
    vi: `Kiểm điểm sau ngày 31/12: theo Hướng dẫn 43-HD/BTCTW mục 4.1, chỉ tổ chức, cơ quan, đơn vị có tính chất đặc thù mới hoàn thành trước ngày 15/01 năm sau${qd366 ? '' : ' (văn bản của năm này chưa thấy quy định)'}.`,
    en: `Reviewed after 31 December: under Guidance 43-HD/BTCTW item 4.1 only units of a special function may finish before 15 January of the next year${qd366 ? '' : ' (this year’s text is unseen on it)'}.`,
  }),
};

/** Triggers and criteria grades worded alike in several rule sets, keyed by reason code or missing fact. */
export const TRIGGER_MESSAGES = {
  degradation: { vi: 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái.', en: 'The competent body concluded manifestations of degradation.' },
  degradationConcluded: { vi: 'Kết luận suy thoái là trường hợp "không hoàn thành nhiệm vụ".', en: 'A degradation conclusion forces "unsatisfactory".' },
  criteria: { vi: 'Mức "hoàn thành xuất sắc" xét theo cấp độ của các tiêu chí.', en: '"Excellent" depends on the criteria grades.' },
  criteriaBelowExcellent: { vi: 'Tiêu chí kết quả chưa đều "Xuất sắc" hoặc tiêu chí còn lại dưới "Tốt".', en: 'Result criteria are not all "Xuất sắc" or the others fall below "Tốt".' },
};

/** Collective triggers worded alike in several rule sets, keyed by missing fact; only the organization rating reads them. */
export const COLLECTIVE_MESSAGES = {
  disunityConcluded: { vi: 'Mất đoàn kết nội bộ là trường hợp "không hoàn thành nhiệm vụ".', en: 'Disunity forces "unsatisfactory".' },
  degradationConcluded: { vi: 'Thành viên suy thoái là trường hợp "không hoàn thành nhiệm vụ".', en: 'A degraded member forces "unsatisfactory".' },
  disciplines: { vi: 'Tập thể bị kỷ luật là trường hợp "không hoàn thành nhiệm vụ".', en: 'A discipline of the collective forces "unsatisfactory".' },
};
