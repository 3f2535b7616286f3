/**
 * What the review guidance versions share: the points the reference has not seen, and the note of
 * the degradation criterion.
 * @internal
 */
import type { Label } from '../../i18n/label.js';
import type { ReviewRulePoint, ReviewRuleSet } from '../ruleSetTypes.js';
import type { ReviewRuleSetId } from '../ruleSetIds.js';

/**
 * What one guidance version declares: everything but its end date, which the registry derives
 * from the next version's start.
 * @internal
 */
export type ReviewRuleSetModule<Id extends ReviewRuleSetId> = Omit<ReviewRuleSet, 'id' | 'validTo'> & { readonly id: Id };

export const l = (vi: string, en: string): Label => ({ vi, en });

/**
 * The texts the guidance versions share: the points the reference has not seen, the note of the
 * degradation criterion, and the exclusions several versions state alike.
 * @internal
 */
export const COMMON_MESSAGES = {
  /** Note of an exclusion the reference has not seen. */
  unverifiedExclusion: {
    vi: 'Tài liệu tham chiếu chưa thấy văn bản quy định đối tượng này có phải kiểm điểm hay không.',
    en: 'The reference has not seen a text saying whether this category is reviewed.',
  },
  /** Note of quarterly reviews before QĐ 366. */
  noQuarters: {
    vi: 'Tài liệu tham chiếu chỉ thấy kiểm điểm hằng năm trước Quy định 366-QĐ/TW, nhưng không thấy văn bản cấm hay cho phép kiểm điểm theo quý: chưa xác minh (tùy chọn unverifiedQuarters).',
    en: 'Before Regulation 366-QĐ/TW the reference only sees yearly reviews, but no text allowing or forbidding quarterly ones: unverified (option unverifiedQuarters).',
  },
  /** Note of the "shortcomings fixed" criterion where a version is not known to have it. */
  noShortcomingsCriterion: {
    vi: 'Tài liệu tham chiếu không thấy tiêu chí "đã khắc phục hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước" trong văn bản này.',
    en: 'The reference has not seen a "shortcomings of the previous review fixed" criterion in this version.',
  },
  /** Note of the degradation criterion. */
  degradation: {
    vi: 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" là trường hợp xếp loại "Không hoàn thành nhiệm vụ".',
    en: 'A manifestation of degradation concluded by the competent body puts the subject in the "not completed" rating level.',
  },
  /** Note: members exempt from party work and activity are not reviewed. */
  exemptNotReviewed: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng không kiểm điểm.', en: 'Members exempt from party work and activity are not reviewed.' },
  /** Note: members suspended from party activity are not reviewed. */
  suspendedNotReviewed: { vi: 'Đảng viên bị đình chỉ sinh hoạt đảng không kiểm điểm.', en: 'Members suspended from party activity are not reviewed.' },
  /** Note: members admitted less than 6 months ago are not reviewed. */
  newMemberNotReviewed: { vi: 'Đảng viên mới kết nạp chưa đủ 6 tháng không kiểm điểm.', en: 'Members admitted less than 6 months ago are not reviewed.' },
};

export const UNVERIFIED_EXCLUSION: ReviewRulePoint = { status: 'unverified', citations: [], note: COMMON_MESSAGES.unverifiedExclusion };

export const NO_QUARTERS: ReviewRulePoint = { status: 'unverified', citations: [], note: COMMON_MESSAGES.noQuarters };

export const NO_SHORTCOMINGS_CRITERION: ReviewRulePoint = { status: 'unverified', citations: [], note: COMMON_MESSAGES.noShortcomingsCriterion };

export const DEGRADATION_NOTE: Label = COMMON_MESSAGES.degradation;
