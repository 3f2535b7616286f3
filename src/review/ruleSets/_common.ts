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

export const UNVERIFIED_EXCLUSION: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu chưa thấy văn bản quy định đối tượng này có phải kiểm điểm hay không.',
    'The reference has not seen a text saying whether this category is reviewed.',
  ),
};

export const NO_QUARTERS: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu chỉ thấy kiểm điểm hằng năm trước Quy định 366-QĐ/TW, nhưng không thấy văn bản cấm hay cho phép kiểm điểm theo quý: chưa xác minh (tùy chọn unverifiedQuarters).',
    'Before Regulation 366-QĐ/TW the reference only sees yearly reviews, but no text allowing or forbidding quarterly ones: unverified (option unverifiedQuarters).',
  ),
};

export const NO_SHORTCOMINGS_CRITERION: ReviewRulePoint = {
  status: 'unverified',
  citations: [],
  note: l(
    'Tài liệu tham chiếu không thấy tiêu chí "đã khắc phục hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước" trong văn bản này.',
    'The reference has not seen a "shortcomings of the previous review fixed" criterion in this version.',
  ),
};

export const DEGRADATION_NOTE = l(
  'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" là trường hợp xếp loại "Không hoàn thành nhiệm vụ".',
  'A manifestation of degradation concluded by the competent body puts the subject in the "not completed" rating level.',
);
