/**
 * The public types of {@link reconcile}: what a stated figure counts and about whom, the report
 * input, the options, the findings and the result. In a module of their own so that the families
 * of findings (`./_reconcile/`) and the boundary (`./reconcile.ts`) share them without a cycle.
 * @module
 */
import type { AppliedOption, Explanation } from '../explain/explanation.js';
import type { DisciplineForm, NonDisciplinaryMeasure, RatingLevel } from '../i18n/vocabulary.js';
import type { Tally } from '../tally/tally.js';

/**
 * What a stated figure counts (hierarchy-review-reports.md §3.5, §4):
 * - `discipline` (category: a form, or none for "xử lý kỷ luật N …"), `nonDisciplinary` (category:
 *   a measure: nhắc nhở, đang xem xét, xếp loại KHTNV …), `rating` (category: a level);
 * - `review` kiểm điểm, `suggestedReview` gợi ý kiểm điểm, `degradationFound` được xác định có biểu
 *   hiện suy thoái, `disciplineProcedure` đưa vào quy trình xem xét kỷ luật, `commitment` bản cam kết;
 * - `disposition` a total "xử lý" covering discipline and other outcomes; `other` anything else
 *   (participants, violators of a local rule): checked arithmetically, never classified.
 * @example
 * ```ts
 * import { FIGURE_MEASURES } from 'nq4';
 * FIGURE_MEASURES.includes('disposition'); // true
 * ```
 * @category Report
 */
export const FIGURE_MEASURES = [
  'discipline',
  'nonDisciplinary',
  'rating',
  'review',
  'suggestedReview',
  'degradationFound',
  'disciplineProcedure',
  'commitment',
  'disposition',
  'other',
] as const;

/**
 * A figure measure code.
 * @category Report
 */
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

/**
 * Who a stated figure is about. Members: `member` (đảng viên, status not stated), `officialMember`,
 * `probationaryMember`, `individual` (cá nhân, cán bộ). Collectives: `organization` (tổ chức đảng),
 * `collective` (tập thể), `tccsd`, `directBranch`, `leadershipCollective`.
 * @example
 * ```ts
 * import { FIGURE_SUBJECTS } from 'nq4';
 * FIGURE_SUBJECTS.includes('tccsd'); // true
 * ```
 * @category Report
 */
export const FIGURE_SUBJECTS = [
  'member',
  'officialMember',
  'probationaryMember',
  'individual',
  'organization',
  'collective',
  'tccsd',
  'directBranch',
  'leadershipCollective',
] as const;

/**
 * A figure subject code.
 * @category Report
 */
export type FigureSubject = (typeof FIGURE_SUBJECTS)[number];


/**
 * A percentage printed next to a figure ("(chiếm 45,5%)"), checked against its base within the
 * printed precision (hierarchy-review-reports.md §3.6, §5 decision 8).
 * @category Report
 */
export interface StatedPercent {
  /** The percentage as printed, e.g. `45.5` for "45,5%". Any finite number. */
  readonly value: number;
  /**
   * How many decimals were printed (0–6). Default: read from `value` (`45.5` → 1), which cannot
   * see trailing zeros: give `decimals: 2` for "45,50%".
   */
  readonly decimals?: number;
  /** The base the percentage is taken of, when the text states it as a number. */
  readonly base?: number;
  /**
   * The `id` of the figure that is the base, when the text names it ("chiếm … tổng số đảng viên").
   * Without `base` or `baseFigure`, the base is the group's total; with none, a
   * `percentWithoutBase` note.
   */
  readonly baseFigure?: string;
}

/**
 * One figure as a report states it: the number, what it counts, about whom, and optionally its
 * printed percentage, a cross-cutting subset key, and where it was read (text, span)
 * (hierarchy-review-reports.md §3.5, §4).
 *
 * @example
 * ```ts
 * import type { StatedFigure } from 'nq4';
 * // "khiển trách 30 đảng viên (chiếm 60%)"
 * const f: StatedFigure = { measure: 'discipline', subject: 'member', category: 'reprimand', value: 30, percent: { value: 60 } };
 * f.value; // 30
 * ```
 * @category Report
 */
export interface StatedFigure {
  /** An id, so that another figure's `percent.baseFigure` can name this one as its base. */
  readonly id?: string;
  /**
   * The number as printed. Any finite number: a negative or fractional count is reported
   * (`negativeCount`, `nonIntegerCount`), never rejected or fixed (§3.2: "không được chỉnh, sửa
   * số liệu theo suy đoán cân đối").
   */
  readonly value: number;
  /** What the figure counts (see {@link FIGURE_MEASURES}). */
  readonly measure: FigureMeasure;
  /**
   * About whom (see {@link FIGURE_SUBJECTS}). Default: `member` (đảng viên), for the forms check
   * (Điều lệ Điều 35 khoản 2) and the quota.
   */
  readonly subject?: FigureSubject;
  /**
   * Which discipline form (`discipline`), other measure (`nonDisciplinary`) or rating level
   * (`rating`); must fit the measure, else `invalid_value` at `category`. Absent for a total
   * ("xử lý kỷ luật 50 đảng viên").
   */
  readonly category?: DisciplineForm | NonDisciplinaryMeasure | RatingLevel;
  /**
   * "trở lên": the level or better ("2.447 đảng viên hoàn thành tốt nhiệm vụ trở lên"). Ratings
   * only (`not_applicable` otherwise). Default false.
   */
  readonly orBetter?: boolean;
  /**
   * A cross-cutting subset key ("diện Thành ủy quản lý"): such figures are checked against the
   * total they are part of, never added to the other parts.
   */
  readonly subset?: string;
  /** The percentage printed with the figure, if any. */
  readonly percent?: StatedPercent;
  /** The words the figure was read from, for explanations (up to 2,000 characters). */
  readonly text?: string;
  /** Where in the source text the figure was read: [start, end) character offsets. */
  readonly span?: readonly [number, number];
}

/**
 * A stated total with its parts ("N …, trong đó a …, b …") and cross-cutting subsets ("trong đó
 * có 7 cán bộ thuộc diện Thành ủy quản lý"). A form-first list without a total ("khiển trách 15
 * đồng chí; cảnh cáo 5 đồng chí") is a group with `parts` only.
 *
 * @example
 * ```ts
 * import type { StatedGroup } from 'nq4';
 * // "xử lý kỷ luật 3 đảng viên, trong đó khiển trách 2, cảnh cáo 1"
 * const g: StatedGroup = {
 *   total: { measure: 'discipline', subject: 'member', value: 3 },
 *   parts: [
 *     { measure: 'discipline', subject: 'member', category: 'reprimand', value: 2 },
 *     { measure: 'discipline', subject: 'member', category: 'warning', value: 1 },
 *   ],
 * };
 * g.parts?.length; // 2
 * ```
 * @category Report
 */
export interface StatedGroup {
  /** An id for the group, echoed in {@link GroupResult}. */
  readonly id?: string;
  /** The stated total; absent for a form-first list. */
  readonly total?: StatedFigure;
  /** The breakdown ("trong đó …"). */
  readonly parts?: readonly StatedFigure[];
  /**
   * Whether the parts claim to cover the whole total (`partsNotEqualTotal` when they do not add
   * up) or only part of it (`partsExceedTotal` when they add up to more). Default: true, but false
   * when the total is a "trở lên" rating (its "trong đó" names only the better levels).
   */
  readonly complete?: boolean;
  /** Cross-cutting subsets of the total ("trong đó có 7 cán bộ thuộc diện … quản lý"); each must not exceed it. */
  readonly subsets?: readonly StatedFigure[];
  /** The sentence as printed (up to 5,000 characters). */
  readonly text?: string;
}

/**
 * A report to reconcile: its unit, rating year (for the quota), period, groups of stated figures,
 * and, optionally, the reports of its child units (checked against the parent's figures).
 * @category Report
 */
export interface ReconcileReportInput {
  /** The unit code. */
  readonly unit?: string;
  /** The rating year the figures belong to (selects the quota rule set). */
  readonly ratingYear?: number;
  /** The period covered. */
  readonly period?: { readonly from: string; readonly to: string };
  /** The stated figures, grouped as total and parts. */
  readonly groups: readonly StatedGroup[];
  /** Child units' reports. */
  readonly children?: readonly ReconcileReportInput[];
}

/**
 * Options of {@link reconcile}. Each is a decision the reference leaves open; the values used come
 * back in {@link ReconcileResult.options}.
 *
 * @example
 * ```ts
 * import { reconcile, type ReconcileOptions } from 'nq4';
 * const options: ReconcileOptions = { quotaFormula: 'pool' };
 * reconcile({ groups: [] }, options).options.find((o) => o.name === 'quotaFormula')?.value; // 'pool'
 * ```
 * @category Report
 */
export interface ReconcileOptions {
  /**
   * The HTXSNV quota formula (rating.md D2). `literal` (default): HTXSNV ≤ p × HTTNV, the wording
   * "không vượt quá 20% số … được xếp loại Hoàn thành tốt nhiệm vụ"; `pool`: HTXSNV ≤ p ×
   * (HTXSNV + HTTNV).
   */
  readonly quotaFormula?: 'literal' | 'pool';
  /**
   * Whether the competent level granted the QĐ 366 exception for an outstanding unit, so that the
   * 25% ceiling applies instead of 20% (rating.md D5). Default false: between 20% and 25% gives a
   * `quotaExceptionNeeded` warning.
   */
  readonly outstandingUnitException?: boolean;
  /**
   * Non-disciplinary outcomes (nhắc nhở, KHTNV rating …) listed under a "xử lý kỷ luật" total
   * (seed 004): classified apart with a `mixedHeading` note (`classify`, default) or reported as an
   * error (`error`) (hierarchy-review-reports.md §5 decision 4).
   */
  readonly extendedOutcomesUnderDiscipline?: 'classify' | 'error';
  /**
   * Whether "đang xem xét xử lý" counts toward the total it is listed under (default true: seed
   * 004 adds 15 + 5 + 1 + 1 = 22) (§5 decision 5).
   */
  readonly pendingInTotal?: boolean;
  /**
   * Which rounding of a printed percentage is accepted: `either` (default), `halfUp` or `truncate`
   * (§3.6, §5 decision 8).
   */
  readonly percentRounding?: 'either' | 'halfUp' | 'truncate';
  /** The allowed difference in the last printed digit of a percentage, 0–100 (default 1). */
  readonly percentTolerance?: number;
  /**
   * A figure a child unit does not state: unknown (`skip`, default: the children are checked only
   * when all state it, else a `childrenPartial` note or `childrenExceedParent` error) or zero (`zero`).
   */
  readonly missingChildFigures?: 'skip' | 'zero';
}

/**
 * The codes of reconciliation findings.
 * @category Report
 */
export type ReconcileCode =
  | 'negativeCount'
  | 'nonIntegerCount'
  | 'partsNotEqualTotal'
  | 'partsExceedTotal'
  | 'subsetExceedsTotal'
  | 'childrenNotEqualParent'
  | 'childrenExceedParent'
  | 'formImpossibleForSubject'
  | 'quotaExceeded'
  | 'quotaExceptionNeeded'
  | 'percentMismatch'
  | 'percentWithoutBase'
  | 'mixedHeading'
  | 'quotaNotChecked'
  | 'childrenPartial';

/**
 * One finding: its code, severity (`error` is an inconsistency, `warning` needs a look, `note` is a
 * check that could not be made or a classification), where, the figures involved, and the
 * explanation in Vietnamese and English naming them and the rule.
 * @category Report
 */
export interface ReconcileFinding {
  /** What was found. */
  readonly code: ReconcileCode;
  /** How serious. */
  readonly severity: 'error' | 'warning' | 'note';
  /** Where in the input (`groups[0].parts[2]`, `children[1].groups[0].total`). */
  readonly path: readonly (string | number)[];
  /** The figures involved: their paths and values. */
  readonly figures: readonly { readonly path: readonly (string | number)[]; readonly value: number }[];
  /** The explanation. */
  readonly explanation: Explanation;
}

/**
 * How the parts of a group classify: Charter discipline, other outcomes, pending, ratings, other.
 * @category Report
 */
export interface GroupClassification {
  /** Charter discipline forms. */
  readonly discipline: number;
  /** Non-disciplinary outcomes other than "pending" (nhắc nhở, KHTNV rating, xóa tên …). */
  readonly nonDisciplinary: number;
  /** "đang xem xét xử lý". */
  readonly pending: number;
  /** Rating counts. */
  readonly rating: number;
  /** Everything else. */
  readonly other: number;
}

/**
 * The reading of one group: where it is, how its parts classify, and the {@link Tally} they
 * amount to (parts if any, else the total; figures that cannot be placed are counted in `unplaced`).
 * @category Report
 */
export interface GroupResult {
  /** Path of the group. */
  readonly path: readonly (string | number)[];
  /** The group id, if given. */
  readonly id?: string;
  /** Classification of the counted figures. */
  readonly classification: GroupClassification;
  /** The tally the group amounts to. */
  readonly tally: Tally;
  /** Figures that could not be placed in a tally (no category, negative, non-integer). */
  readonly unplaced: number;
}

/**
 * The verdict of {@link reconcile}.
 * @category Report
 */
export type ReconcileStatus = 'consistent' | 'inconsistent';

/**
 * The result of {@link reconcile}.
 * @category Report
 */
export interface ReconcileResult {
  /** The verdict: `consistent` when no finding has severity `error`, else `inconsistent`. */
  readonly status: ReconcileStatus;
  /**
   * True when no finding has severity `error`.
   * @deprecated Use `status === 'consistent'`. Still filled; will be removed in the next minor.
   */
  readonly consistent: boolean;
  /** Every finding, errors and warnings first, in input order. */
  readonly findings: readonly ReconcileFinding[];
  /** Per group, in input order (children's groups after the parent's). */
  readonly groups: readonly GroupResult[];
  /** The options used. */
  readonly options: readonly AppliedOption[];
  /** The verdict and one reason per kind of error or warning found, in Vietnamese and English. */
  readonly explanation: Explanation;
}
