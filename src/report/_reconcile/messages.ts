/**
 * Every text {@link reconcile} writes, keyed by finding code, Vietnamese and English side by side so
 * that a reviewer reads both in one place: the outcome label of each finding, its reasons, its
 * caveats, the labels of subjects and measures, and the effect of each option. The citations the
 * findings give are here too, built on first use.
 *
 * Arguments are already-rendered {@link Label}s (a figure as "30 (đảng viên, khiển trách)", a sum
 * as "30 + 12"), so a message is a template and nothing else.
 * @module
 */
import type { Label } from '../../i18n/label.js';
import { cite } from '../../legal/citation.js';
import { HD11_OF_2021, QD69_OF_2022 } from '../../legal/documents.js';
import { charter35 } from '../../discipline/sources.js';
import type { FigureMeasure, FigureSubject, ReconcileCode } from '../reconcileTypes.js';

/** The citations of reconciliation findings. */
function buildCitations() {
  return {
    HD11: cite(
      HD11_OF_2021,
      {
        quoteVi: 'phải bảo đảm thống nhất các tiêu chí, hình thức và nội dung báo cáo trong các biểu thống kê; số liệu thống kê phải được tổng hợp từ cơ sở trở lên … phải bảo đảm chính xác',
        note: { vi: 'Theo bản tóm tắt của một địa phương (hierarchy-review-reports.md §3.1).', en: 'As summarised by a province (hierarchy-review-reports.md §3.1).' },
      },
      'quotedSecondHand',
    ),
    ART35: charter35,
    QD69_ART7: cite(
      QD69_OF_2022,
      {
        article: 7,
        quoteVi:
          '1. Đối với tổ chức đảng: Khiển trách, cảnh cáo, giải tán. 2. Đối với đảng viên chính thức: Khiển trách, cảnh cáo, cách chức (nếu có chức vụ), khai trừ. 3. Đối với đảng viên dự bị: Khiển trách, cảnh cáo.',
      },
      'quotedSecondHand',
    ),
  };
}
let citations: ReturnType<typeof buildCitations> | undefined;
/** The citations, built once on first use (not at import: a bundle without reconcile drops them). */
export const cites = (): ReturnType<typeof buildCitations> => (citations ??= buildCitations());

/** Who a figure is about, as the explanations name them. */
export const SUBJECT_LABELS: Record<FigureSubject, Label> = {
  member: { vi: 'đảng viên', en: 'members' },
  officialMember: { vi: 'đảng viên chính thức', en: 'official members' },
  probationaryMember: { vi: 'đảng viên dự bị', en: 'probationary members' },
  individual: { vi: 'cá nhân', en: 'individuals' },
  organization: { vi: 'tổ chức đảng', en: 'party organizations' },
  collective: { vi: 'tập thể', en: 'collectives' },
  tccsd: { vi: 'tổ chức cơ sở đảng', en: 'grassroots organizations' },
  directBranch: { vi: 'chi bộ trực thuộc', en: 'subordinate branches' },
  leadershipCollective: { vi: 'tập thể lãnh đạo, quản lý', en: 'leadership collectives' },
};

/** What a figure counts, as the explanations name it when it has no category. */
export const MEASURE_LABELS: Record<FigureMeasure, Label> = {
  discipline: { vi: 'bị xử lý kỷ luật', en: 'disciplined' },
  nonDisciplinary: { vi: 'xử lý không phải kỷ luật', en: 'non-disciplinary outcome' },
  rating: { vi: 'xếp loại', en: 'rated' },
  review: { vi: 'kiểm điểm', en: 'reviewed' },
  suggestedReview: { vi: 'được gợi ý kiểm điểm', en: 'suggested for review' },
  degradationFound: { vi: 'được xác định có biểu hiện suy thoái', en: 'found with manifestations of degradation' },
  disciplineProcedure: { vi: 'xem xét thi hành kỷ luật', en: 'in the discipline procedure' },
  commitment: { vi: 'bản cam kết', en: 'written commitments' },
  disposition: { vi: 'được xử lý', en: 'dealt with' },
  other: { vi: 'số liệu', en: 'figure' },
};

/** "hoàn thành tốt nhiệm vụ trở lên": a rating level "or better". */
export const orBetterLabel = (l: Label): Label => ({ vi: `${l.vi} trở lên`, en: `${l.en} or better` });

/** A figure as the explanations name it: its number, then who and what it counts ("30 (đảng viên, khiển trách)"). */
export const figureLabel = (n: Label, parts: readonly Label[]): Label => ({ vi: `${n.vi} (${parts.map((p) => p.vi).join(', ')})`, en: `${n.en} (${parts.map((p) => p.en).join(', ')})` });

/** A percentage as printed ("12,5%" / "12.5%"). */
export const percentLabel = (shown: Label): Label => ({ vi: `${shown.vi}%`, en: `${shown.en}%` });

/** The outcome label of each finding code. */
export const OUTCOMES: Record<Exclude<ReconcileCode, 'quotaExceptionNeeded' | 'quotaExceeded'>, Label> & { readonly quotaExceeded: Label; readonly quotaExceptionNeeded: Label } = {
  negativeCount: { vi: 'Số âm', en: 'Negative count' },
  nonIntegerCount: { vi: 'Số đếm không nguyên', en: 'Non-integer count' },
  formImpossibleForSubject: { vi: 'Hình thức kỷ luật không áp dụng cho đối tượng', en: 'Form not available for the subject' },
  partsNotEqualTotal: { vi: 'Các số thành phần không khớp tổng số', en: 'Parts do not add up to the total' },
  partsExceedTotal: { vi: 'Các số "trong đó" vượt tổng số', en: 'The "of which" parts exceed the total' },
  mixedHeading: { vi: 'Có biện pháp không phải kỷ luật dưới tiêu đề "xử lý kỷ luật"', en: 'Non-disciplinary outcomes under a "discipline" heading' },
  subsetExceedsTotal: { vi: 'Nhóm "trong đó có" lớn hơn tổng số', en: 'Subset larger than the total' },
  percentWithoutBase: { vi: 'Không xác định được cơ số của tỷ lệ', en: 'No base for the percentage' },
  percentMismatch: { vi: 'Tỷ lệ không khớp với cơ số', en: 'Percentage does not match its base' },
  quotaNotChecked: { vi: 'Chưa kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'HTXSNV quota not checked' },
  quotaExceeded: { vi: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ vượt quy định', en: 'HTXSNV share above the quota' },
  quotaExceptionNeeded: { vi: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ chỉ được phép khi có quyết định ngoại lệ', en: 'HTXSNV share allowed only with the exception' },
  childrenNotEqualParent: { vi: 'Số của các đơn vị trực thuộc không khớp số của cấp trên', en: "Children's figures do not add up to the parent's" },
  childrenExceedParent: { vi: 'Số của một số đơn vị trực thuộc đã vượt số của cấp trên', en: "Some children's figures already exceed the parent's" },
  childrenPartial: { vi: 'Không đủ số liệu của các đơn vị trực thuộc để đối chiếu', en: 'Not every child states the figure' },
};

/** The reasons, by finding code. `d` is a figure as described ("30 (đảng viên, khiển trách)"). */
export const REASONS = {
  negativeCount: (d: Label): Label => ({ vi: `Số liệu ${d.vi} là số âm; số đếm không thể âm.`, en: `Figure ${d.en} is negative; a count cannot be.` }),
  nonIntegerCount: (d: Label): Label => ({
    vi: `Số liệu ${d.vi} không phải số nguyên; số người, số tổ chức phải là số nguyên.`,
    en: `Figure ${d.en} is not a whole number; people and organizations are counted in whole numbers.`,
  }),
  formImpossibleForSubject: (d: Label, form: Label, subject: Label): Label => ({
    vi: `Số liệu ${d.vi}: Điều lệ không quy định hình thức ${form.vi} đối với ${subject.vi}.`,
    en: `Figure ${d.en}: the Charter has no ${form.en} for ${subject.en}.`,
  }),
  partsNotEqualTotal: (total: Label, parts: Label, sum: Label): Label => ({
    vi: `Tổng số nêu là ${total.vi}, nhưng các số thành phần cộng lại ${parts.vi} = ${sum.vi}.`,
    en: `The stated total is ${total.en}, but the parts add up to ${parts.en} = ${sum.en}.`,
  }),
  partsExceedTotal: (total: Label, parts: Label, sum: Label): Label => ({
    vi: `Tổng số nêu là ${total.vi}, nhưng các số "trong đó" cộng lại ${parts.vi} = ${sum.vi}, lớn hơn tổng số.`,
    en: `The stated total is ${total.en}, but the "of which" parts add up to ${parts.en} = ${sum.en}, more than the total.`,
  }),
  /** `others` the non-discipline parts described, `discipline` the discipline count, `otherSum` the others' values as a sum. */
  mixedHeading: (total: Label, others: readonly Label[], discipline: Label, otherSum: Label): Label => ({
    vi: `Trong ${total.vi} có ${others.map((p) => p.vi).join('; ')} không phải hình thức kỷ luật; chỉ ${discipline.vi} trường hợp bị thi hành kỷ luật (${otherSum.vi} trường hợp khác được tính riêng).`,
    en: `Within ${total.en}, ${others.map((p) => p.en).join('; ')} are not discipline forms; only ${discipline.en} cases received discipline (${otherSum.en} other cases are counted apart).`,
  }),
  subsetExceedsTotal: (subset: Label, total: Label): Label => ({ vi: `Nhóm ${subset.vi} lớn hơn tổng số ${total.vi}.`, en: `Subset ${subset.en} is larger than the total ${total.en}.` }),
  percentOfZeroBase: (printed: Label, d: Label): Label => ({ vi: `Tỷ lệ ${printed.vi} của ${d.vi} tính trên cơ số 0.`, en: `The percentage ${printed.en} of ${d.en} is taken of a base of 0.` }),
  percentWithoutBase: (printed: Label, d: Label): Label => ({
    vi: `Tỷ lệ ${printed.vi} của ${d.vi} không nêu cơ số (tổng số) nên không kiểm tra được.`,
    en: `The percentage ${printed.en} of ${d.en} has no stated base, so it cannot be checked.`,
  }),
  /** `exact` the computed percentage, `printed` the printed one (both with "%"), `tolerance` in last-digit units. */
  percentMismatch: (d: Label, base: Label, exact: Label, printed: Label, tolerance: number): Label => ({
    vi: `${d.vi} trên ${base.vi} là ${exact.vi}%, nhưng báo cáo ghi ${printed.vi} (sai lệch vượt ${tolerance} đơn vị ở chữ số cuối).`,
    en: `${d.en} of ${base.en} is ${exact.en}%, but the report prints ${printed.en} (off by more than ${tolerance} in the last printed digit).`,
  }),
  childrenNotEqualParent: (parent: Label, count: number, values: Label, sum: Label): Label => ({
    vi: `Cấp trên nêu ${parent.vi}; ${count} đơn vị trực thuộc nêu ${values.vi} = ${sum.vi}.`,
    en: `The parent states ${parent.en}; its ${count} child unit(s) state ${values.en} = ${sum.en}.`,
  }),
  childrenExceedParent: (parent: Label, stated: number, children: number, values: Label, sum: Label): Label => ({
    vi: `Cấp trên nêu ${parent.vi}; chỉ ${stated}/${children} đơn vị trực thuộc đã nêu ${values.vi} = ${sum.vi}, lớn hơn.`,
    en: `The parent states ${parent.en}; only ${stated} of ${children} child units already state ${values.en} = ${sum.en}, more.`,
  }),
  childrenPartial: (parent: Label, stated: number, children: number): Label => ({
    vi: `Chỉ ${stated}/${children} đơn vị trực thuộc nêu số liệu tương ứng với ${parent.vi}; không đối chiếu được đầy đủ.`,
    en: `Only ${stated} of ${children} child units state the figure matching ${parent.en}; it cannot be fully checked.`,
  }),
} as const;

/** The HTXSNV quota family: why a quota was not checked, and what a breach says. */
export const QUOTA_MESSAGES = {
  noGoodFigure: {
    vi: 'Báo cáo nêu số hoàn thành xuất sắc nhiệm vụ nhưng không nêu số hoàn thành tốt nhiệm vụ (hoặc số hoàn thành tốt nhiệm vụ trở lên), là cơ số của tỷ lệ, nên không kiểm tra được tỷ lệ.',
    en: 'The report states those rated excellent but not those rated good (or good or better), the base of the quota, so the quota cannot be checked.',
  } satisfies Label,
  noRatingYear: { vi: 'Báo cáo không nêu năm đánh giá nên không xác định được quy định về tỷ lệ.', en: 'The report states no rating year, so the quota rule cannot be chosen.' } satisfies Label,
  noRuleSetLookup: { vi: 'Không có bộ quy tắc xếp loại để đối chiếu tỷ lệ.', en: 'No rating rule set was available to check the quota against.' } satisfies Label,
  individuals: { vi: 'cá nhân', en: 'individuals' } satisfies Label,
  collectives: { vi: 'tập thể, tổ chức đảng', en: 'collectives and party organizations' } satisfies Label,
  /** The rule set has no quota for these subjects in the reference. */
  quotaUnseen: (whose: Label, ruleSet: Label): Label => ({ vi: `Chưa đối chiếu được quy định tỷ lệ đối với ${whose.vi} của ${ruleSet.vi}.`, en: `The quota of ${ruleSet.en} for ${whose.en} was not seen.` }),
  /** The quota is seen only in local practice. */
  quotaLocalOnly: (percent: number, whose: Label, ruleSet: Label): Label => ({
    vi: `Tỷ lệ ${percent}% đối với ${whose.vi} của ${ruleSet.vi} chỉ thấy trong thực tiễn địa phương, chưa đối chiếu được với văn bản trung ương, nên không dùng để đối chiếu báo cáo.`,
    en: `The ${percent}% quota of ${ruleSet.en} for ${whose.en} is seen only in local practice, not in the central text, so it is not used to reconcile the report.`,
  }),
  paraphraseCaveat: {
    vi: 'Tỷ lệ này chỉ dựa trên bản diễn giải của văn bản, chưa đối chiếu được nguyên văn, nên vượt tỷ lệ được nêu là cảnh báo, không phải lỗi.',
    en: 'This quota rests only on a paraphrase of the text, its wording not seen, so exceeding it is a warning, not an error.',
  } satisfies Label,
  /** The base of the share: those rated good (`literal`) or good or better (`pool`). */
  base: (n: Label, pool: boolean): Label =>
    pool ? { vi: `${n.vi} (hoàn thành tốt nhiệm vụ trở lên)`, en: `${n.en} (good or better)` } : { vi: `${n.vi} (hoàn thành tốt nhiệm vụ)`, en: `${n.en} (good)` },
  /** The share in percent, or why there is none. */
  share: (share: Label | undefined): Label => (share ? { vi: `${share.vi}%`, en: `${share.en}%` } : { vi: 'không xác định (mẫu số bằng 0)', en: 'undefined (zero denominator)' }),
  /** The breach: `exceptionCeiling` is given when the share is allowed only with the exception. */
  exceeded: (excellent: Label, subject: Label, base: Label, share: Label, ceiling: number, group: Label, exceptionCeiling: number | undefined): Label => ({
    vi: `${excellent.vi} ${subject.vi} hoàn thành xuất sắc nhiệm vụ trên ${base.vi} là ${share.vi}, vượt ${ceiling}% (${group.vi})${exceptionCeiling !== undefined ? `; mức tối đa ${exceptionCeiling}% chỉ áp dụng khi cấp có thẩm quyền quyết định ngoại lệ` : ''}. Số liệu tổng hợp vượt tỷ lệ thì ít nhất một nhóm đã vượt.`,
    en: `${excellent.en} ${subject.en} rated excellent against ${base.en} is ${share.en}, above ${ceiling}% (${group.en})${exceptionCeiling !== undefined ? `; the ${exceptionCeiling}% ceiling applies only where the competent level grants the exception` : ''}. An aggregate above the quota means at least one group exceeded it.`,
  }),
} as const;

/** The effect of each option, as {@link ReconcileResult.options} states it. */
export const OPTION_EFFECTS = {
  quotaFormula: (formula: 'literal' | 'pool'): Label =>
    formula === 'literal'
      ? { vi: 'Tỷ lệ tính trên số hoàn thành tốt nhiệm vụ (theo câu chữ).', en: 'Quota counted against those rated good (the literal reading).' }
      : { vi: 'Tỷ lệ tính trên số hoàn thành tốt nhiệm vụ trở lên.', en: 'Quota counted against those rated good or better.' },
  outstandingUnitException: { vi: 'Áp dụng hay không mức ngoại lệ 25% của QĐ 366-QĐ/TW.', en: 'Whether the 25% exception of QĐ 366-QĐ/TW applies.' } satisfies Label,
  extendedOutcomesUnderDiscipline: { vi: 'Cách xử lý biện pháp không phải kỷ luật nêu dưới tiêu đề "xử lý kỷ luật".', en: 'How non-disciplinary outcomes under a "discipline" heading are treated.' } satisfies Label,
  pendingInTotal: { vi: 'Trường hợp "đang xem xét xử lý" có được tính vào tổng số hay không.', en: 'Whether "under consideration" cases count toward the total.' } satisfies Label,
  percentRounding: { vi: 'Cách làm tròn tỷ lệ được chấp nhận.', en: 'Which rounding of percentages is accepted.' } satisfies Label,
  percentTolerance: { vi: 'Sai lệch cho phép ở chữ số cuối của tỷ lệ.', en: 'Allowed difference in the last printed digit of a percentage.' } satisfies Label,
  missingChildFigures: { vi: 'Số liệu đơn vị trực thuộc không nêu được coi là chưa biết hay bằng 0.', en: "Whether a child's unstated figure is unknown or zero." } satisfies Label,
} as const;
