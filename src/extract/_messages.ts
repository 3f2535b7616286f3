/**
 * Every text the reader writes, keyed by code, Vietnamese and English side by side: the verdict
 * of a stated breakdown's check and its reasons and caveats, and the messages of its input errors.
 *
 * The labels are frozen, as are the texts built per check, so that `explain()` shares them instead
 * of copying each one (it copies only what is not frozen): the same explanation, built without a
 * copy per label per breakdown.
 * @module
 */
import type { Label } from '../i18n/label.js';

/**
 * The verdict of a breakdown's check, by status (the statuses of `StatedBreakdownStatus`, written
 * out: this module imports nothing of the reader, so that every part of it may import this one).
 */
export const BREAKDOWN_OUTCOME_MESSAGES: Readonly<Record<'addsUp' | 'partsBelowTotal' | 'partsAboveTotal' | 'approximate', Label>> = {
  addsUp: /* @__PURE__ */ Object.freeze({ vi: 'Các số thành phần cộng lại bằng tổng', en: 'The parts add up to the total' }),
  partsBelowTotal: /* @__PURE__ */ Object.freeze({ vi: 'Các số thành phần cộng lại nhỏ hơn tổng', en: 'The parts add up to less than the total' }),
  partsAboveTotal: /* @__PURE__ */ Object.freeze({ vi: 'Các số thành phần cộng lại lớn hơn tổng', en: 'The parts add up to more than the total' }),
  approximate: /* @__PURE__ */ Object.freeze({ vi: 'Có số ước lượng, không kết luận được', en: 'Approximate figures: no verdict' }),
};

/** The reasons and caveats of a breakdown's check. */
export const BREAKDOWN_MESSAGES = {
  /** Every check read from a text: the figures are the reader's. */
  readCaveat: /* @__PURE__ */ Object.freeze({
    vi: 'Số liệu do nq4 đọc từ văn bản tường thuật; cần đối chiếu với văn bản gốc.',
    en: 'Figures read by nq4 from narrative text; check them against the source.',
  }) as Label,
  /** The total and the parts are named with different nouns. */
  nounCaveat: /* @__PURE__ */ Object.freeze({
    vi: 'Tổng và các số thành phần được ghi bằng danh từ khác nhau (ví dụ "cán bộ, đảng viên" và "đảng viên").',
    en: 'The total and the parts are labelled with different nouns (e.g. "cán bộ, đảng viên" and "đảng viên").',
  }) as Label,
  /** The parts are outcomes, not only disciplines. */
  dispositionCaveat: /* @__PURE__ */ Object.freeze({
    vi: 'Các số thành phần là kết quả xử lý, có thể gồm cả hình thức không phải kỷ luật (nhắc nhở, xếp loại, đang xem xét).',
    en: 'The parts are outcomes and may include non-disciplinary ones (reminders, ratings, cases under consideration).',
  }) as Label,
  /** Reason `sum`: the parts' sum beside the printed total (each side already rendered). */
  sum: (sumVi: string, sumEn: string, totalVi: string, totalEn: string): Label =>
    Object.freeze({ vi: `${sumVi}; tổng ghi trong văn bản: ${totalVi}.`, en: `${sumEn}; total printed: ${totalEn}.` }),
  /** The parts add up, but another finding is inconsistent. */
  addsUpButInconsistent: (base: Label): Label => Object.freeze({ vi: `${base.vi}, nhưng có điểm không nhất quán`, en: `${base.en}, but the figures are inconsistent` }),
};

/** The messages of the reader's input errors. */
export const EXTRACT_INPUT_MESSAGES = {
  /** `invalid_type`: the text is not a string. */
  notString: { vi: 'Sai kiểu dữ liệu: cần chuỗi ký tự.', en: 'Wrong type: expected string.' } as Label,
  /** `too_big`: the text is longer than the limit. */
  tooLong: (max: number): Label => ({ vi: `Văn bản dài quá giới hạn ${max} ký tự.`, en: `Text is longer than the limit of ${max} characters.` }),
  /** `too_big`: the sum of a breakdown's parts is not a safe integer. */
  partsSumTooBig: {
    vi: 'Tổng các số thành phần vượt quá số nguyên an toàn lớn nhất (2^53 − 1).',
    en: 'The sum of the parts is above the largest safe integer (2^53 − 1).',
  } as Label,
};
