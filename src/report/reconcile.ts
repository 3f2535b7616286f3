/**
 * Reconcile a report's stated figures: list every inconsistency, fix nothing.
 *
 * Rules and their sources:
 * - parts against their stated total, children against their parent's figure: arithmetic, and
 *   the statistics principle "số liệu thống kê phải được tổng hợp từ cơ sở trở lên … phải bảo
 *   đảm chính xác" (HD 11-HD/BTCTW 2021 as summarised by a province, hierarchy-review-reports.md
 *   §3.1, Q) and "không được chỉnh, sửa số liệu theo suy đoán cân đối" (§3.2, Q);
 * - forms per subject: Điều lệ Đảng Điều 35 khoản 2 (quoted, §3.3; discipline.md §2.1; QĐ 69-QĐ/TW Điều 7);
 * - non-disciplinary outcomes under a "xử lý kỷ luật" heading (seed 004): classified apart,
 *   an option whether that is an error (§5 decision 4); "đang xem xét" in the total: option (decision 5);
 * - the HTXSNV quota of the year's rating rule set, read from the rating area
 *   ({@link ratingRuleSetFor}: `memberQuota` / `organizationQuota`, rating.md §7.2, D1–D5), so the
 *   quota has one source; a quota seen only in local practice is not used to flag a report;
 * - percentages against their base within the printed precision: half-up or truncation, ±1 in the
 *   last printed digit by default (§3.6, §5 decision 8).
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fromZodIssues, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import { formatNumberEn, formatNumberVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import { cite } from '../legal/citation.js';
import { HD11_OF_2021, QD69_OF_2022 } from '../legal/documents.js';
import { charter35 } from '../discipline/sources.js';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  NON_DISCIPLINARY_MEASURE_LABELS,
  NON_DISCIPLINARY_MEASURES,
  RATING_LEVEL_LABELS,
  RATING_LEVELS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
  type RatingLevel,
} from '../i18n/vocabulary.js';
import type { Tally } from '../tally/tally.js';
import { ratingRuleSetFor } from '../rating/registry.js';
import type { RatingQuotaRule, RatingRuleSet } from '../rating/types.js';
import { formAllowedFor } from './_formRules.js';
import { EMPTY_TALLY, readTally } from './_tallyFast.js';
import type { Assert, SameKeys } from './_schemaTypes.js';
import { code, finite, plainDate, text } from './_schemas.js';
import { issueParams, ISSUE_LIMIT, throwIssues } from '../_lib/schema.js';
import { isIsoDate } from '../_lib/dates.js';

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

const percent = () =>
  z.strictObject({
    value: finite(),
    decimals: z.optional(z.number().check(z.int(), z.gte(0), z.lte(6))),
    base: z.optional(finite()),
    baseFigure: z.optional(code()),
  }) satisfies z.ZodMiniType<StatedPercent, StatedPercent>;
type _PercentKeys = Assert<SameKeys<StatedPercent, z.input<ReturnType<typeof percent>>>>;

const categoryFor: Record<FigureMeasure, readonly string[]> = {
  discipline: DISCIPLINE_FORMS,
  nonDisciplinary: NON_DISCIPLINARY_MEASURES,
  rating: RATING_LEVELS,
  review: [],
  suggestedReview: [],
  degradationFound: [],
  disciplineProcedure: [],
  commitment: [],
  disposition: [],
  other: [],
};

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

const figure = () =>
  z
    .strictObject({
      id: z.optional(code()),
      value: finite(),
      measure: z.enum(FIGURE_MEASURES),
      subject: z.optional(z.enum(FIGURE_SUBJECTS)),
      category: z.optional(z.enum([...DISCIPLINE_FORMS, ...NON_DISCIPLINARY_MEASURES, ...RATING_LEVELS])),
      orBetter: z.optional(z.boolean()),
      subset: z.optional(code()),
      percent: z.optional(percent()),
      text: z.optional(text(0, 2000)),
      span: z.optional(z.tuple([z.number().check(z.int(), z.gte(0)), z.number().check(z.int(), z.gte(0))])),
    })
    .check(
      z.superRefine((f, ctx) => {
        if (f.category !== undefined && !categoryFor[f.measure].includes(f.category)) {
          ctx.addIssue({
            code: 'custom',
            path: ['category'],
            params: issueParams(
              'invalid_value',
              'Loại số liệu không khớp với nội dung đo (hình thức kỷ luật, biện pháp khác hoặc mức xếp loại).',
              'The category does not fit the measure (a discipline form, another measure, or a rating level).',
            ),
          });
        }
        if (f.orBetter === true && f.measure !== 'rating') {
          ctx.addIssue({
            code: 'custom',
            path: ['orBetter'],
            params: issueParams('not_applicable', '"trở lên" chỉ dùng cho mức xếp loại.', '"or better" applies to rating levels only.'),
          });
        }
      }),
    ) satisfies z.ZodMiniType<StatedFigure, StatedFigure>;

/** The schema of a {@link StatedFigure}. @internal */
export const statedFigureSchema = /* @__PURE__ */ z.lazy(figure);

type _FigureKeys = Assert<SameKeys<StatedFigure, z.input<typeof statedFigureSchema>>>;

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

/** The schema of a {@link StatedGroup}. @internal */
export const statedGroupSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    id: z.optional(code()),
    total: z.optional(statedFigureSchema),
    parts: z.optional(z.array(statedFigureSchema)),
    complete: z.optional(z.boolean()),
    subsets: z.optional(z.array(statedFigureSchema)),
    text: z.optional(text(0, 5000)),
  }) satisfies z.ZodMiniType<StatedGroup, StatedGroup>,
);
type _GroupKeys = Assert<SameKeys<StatedGroup, z.input<typeof statedGroupSchema>>>;

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

const reportFields = <G extends z.ZodMiniType, C extends z.ZodMiniType>(groups: G, children: C) =>
  z.strictObject({
    unit: z.optional(code()),
    ratingYear: z.optional(z.number().check(z.int(), z.gte(1930), z.lte(9999))),
    period: z.optional(z.strictObject({ from: plainDate(), to: plainDate() })),
    groups,
    children: z.optional(children),
  });

/** The schema of a {@link ReconcileReportInput} (recursive through `children`). @internal */
export const reconcileReportSchema: z.ZodMiniType<ReconcileReportInput> = /* @__PURE__ */ z.lazy(() =>
  reportFields(z.array(statedGroupSchema), z.array(reconcileReportSchema)),
);

/** One report without its groups' contents or its children: {@link reconcile} checks those one by one. */
const reportNodeSchema = /* @__PURE__ */ z.lazy(() => reportFields(z.array(z.unknown()), z.array(z.unknown())));

const MEASURES = /* @__PURE__ */ new Set<string>(FIGURE_MEASURES);
const QUOTED = /* @__PURE__ */ new Set<string>(['quoted', 'quotedSecondHand', 'quotedPartial']);
const SUBJECTS = /* @__PURE__ */ new Set<string>(FIGURE_SUBJECTS);
const FIGURE_KEYS = /* @__PURE__ */ new Set(['id', 'value', 'measure', 'subject', 'category', 'orBetter', 'subset', 'text']);
const GROUP_KEYS = /* @__PURE__ */ new Set(['id', 'total', 'parts', 'complete', 'subsets', 'text']);
const NODE_KEYS = /* @__PURE__ */ new Set(['unit', 'ratingYear', 'groups', 'children']);

const plain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
const codeLike = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= 200);
function onlyKeys(v: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const k in v) if (!keys.has(k)) return false;
  return !Object.prototype.hasOwnProperty.call(v, '__proto__');
}

/** A figure the schema certainly accepts (no percent or span: those go through the schema). */
function certainFigure(f: unknown): boolean {
  if (!plain(f) || !onlyKeys(f, FIGURE_KEYS)) return false;
  const { value, measure, subject, category, orBetter, text } = f;
  return (
    typeof value === 'number' && Number.isFinite(value) &&
    typeof measure === 'string' && MEASURES.has(measure) &&
    (subject === undefined || (typeof subject === 'string' && SUBJECTS.has(subject))) &&
    (category === undefined || (typeof category === 'string' && categoryFor[measure as FigureMeasure].includes(category))) &&
    (orBetter === undefined || orBetter === false || (orBetter === true && measure === 'rating')) &&
    codeLike(f.id) && codeLike(f.subset) &&
    (text === undefined || (typeof text === 'string' && text.length <= 2000))
  );
}

function certainFigures(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const f of v) if (!certainFigure(f)) return false;
  return true;
}

function certainGroup(g: unknown): boolean {
  return (
    plain(g) && onlyKeys(g, GROUP_KEYS) && codeLike(g.id) &&
    (g.total === undefined || certainFigure(g.total)) && certainFigures(g.parts) && certainFigures(g.subsets) &&
    (g.complete === undefined || typeof g.complete === 'boolean') &&
    (g.text === undefined || (typeof g.text === 'string' && g.text.length <= 5000))
  );
}

function certainNode(r: unknown): r is ReconcileReportInput {
  return (
    plain(r) && onlyKeys(r, NODE_KEYS) && codeLike(r.unit) && Array.isArray(r.groups) &&
    (r.children === undefined || Array.isArray(r.children)) &&
    (r.ratingYear === undefined || (typeof r.ratingYear === 'number' && Number.isInteger(r.ratingYear) && r.ratingYear >= 1930 && r.ratingYear <= 9999))
  );
}

/**
 * Check a report and its children against {@link reconcileReportSchema}, iteratively (a chain of
 * children 100,000 deep costs no stack) and by hand where the input is certainly valid; the schema
 * runs only on what the hand check does not accept, for its issues. Stops at the issue cap.
 */
function checkReport(report: unknown, issues: Nq4Issue[]): void {
  const stack: { r: unknown; ref: PathRef }[] = [{ r: report, ref: new PathRef(undefined, 0) }];
  while (stack.length > 0 && issues.length < ISSUE_LIMIT) {
    const { r, ref } = stack.pop() as { r: unknown; ref: PathRef };
    // The node's own fields first (unit, year, period), then its groups, then the rest (unknown keys), as the schema orders them.
    let later: Nq4Issue[] = [];
    if (!certainNode(r)) {
      const parsed = z.safeParse(reportNodeSchema, r, { reportInput: true });
      if (!parsed.success) {
        const path = ref.path;
        const own = fromZodIssues(parsed.error.issues, path, r);
        const first = (i: Nq4Issue): boolean => ['unit', 'ratingYear', 'period'].includes(String(i.path[path.length]));
        issues.push(...own.filter(first));
        later = own.filter((i) => !first(i));
      }
    }
    if (r === null || typeof r !== 'object') {
      issues.push(...later);
      continue;
    }
    const node = r as Partial<Record<keyof ReconcileReportInput, unknown>>;
    const groups = Array.isArray(node.groups) ? (node.groups as readonly unknown[]) : [];
    for (let gi = 0; gi < groups.length && issues.length < ISSUE_LIMIT; gi++) {
      if (certainGroup(groups[gi])) continue;
      const parsed = z.safeParse(statedGroupSchema, groups[gi], { reportInput: true });
      if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, [...ref.path, 'groups', gi], groups[gi]));
    }
    issues.push(...later);
    const children = Array.isArray(node.children) ? (node.children as readonly unknown[]) : [];
    for (let ci = children.length - 1; ci >= 0; ci--) stack.push({ r: children[ci], ref: new PathRef(ref, ci) });
  }
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

/** The schema of {@link ReconcileOptions}. @internal */
export const reconcileOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    quotaFormula: z.optional(z.enum(['literal', 'pool'])),
    outstandingUnitException: z.optional(z.boolean()),
    extendedOutcomesUnderDiscipline: z.optional(z.enum(['classify', 'error'])),
    pendingInTotal: z.optional(z.boolean()),
    percentRounding: z.optional(z.enum(['either', 'halfUp', 'truncate'])),
    percentTolerance: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
    missingChildFigures: z.optional(z.enum(['skip', 'zero'])),
  }) satisfies z.ZodMiniType<ReconcileOptions, ReconcileOptions>,
);
type _OptionsKeys = Assert<SameKeys<ReconcileOptions, z.input<typeof reconcileOptionsSchema>>>;

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
 * The result of {@link reconcile}.
 * @category Report
 */
export interface ReconcileResult {
  /** True when no finding has severity `error`. */
  readonly consistent: boolean;
  /** Every finding, errors and warnings first, in input order. */
  readonly findings: readonly ReconcileFinding[];
  /** Per group, in input order (children's groups after the parent's). */
  readonly groups: readonly GroupResult[];
  /** The options used. */
  readonly options: readonly AppliedOption[];
}

type Figure = z.output<typeof statedFigureSchema>;
type Group = z.output<typeof statedGroupSchema>;
type Path = (string | number)[];

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
const cites = (): ReturnType<typeof buildCitations> => (citations ??= buildCitations());

const SUBJECT_LABELS: Record<FigureSubject, Label> = {
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
const MEASURE_LABELS: Record<FigureMeasure, Label> = {
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

const INDIVIDUAL_SUBJECTS = /* @__PURE__ */ new Set<FigureSubject>(['member', 'officialMember', 'probationaryMember', 'individual']);

function categoryLabel(f: Figure): Label | undefined {
  if (f.category === undefined) return undefined;
  if (f.measure === 'discipline') return DISCIPLINE_FORM_LABELS[f.category as DisciplineForm];
  if (f.measure === 'nonDisciplinary') return NON_DISCIPLINARY_MEASURE_LABELS[f.category as NonDisciplinaryMeasure];
  const l = RATING_LEVEL_LABELS[f.category as RatingLevel];
  return f.orBetter ? { vi: `${l.vi} trở lên`, en: `${l.en} or better` } : l;
}

/** "30 (đảng viên, khiển trách)" — the figure named in both languages. */
function describe(f: Figure): Label {
  const parts: Label[] = [];
  if (f.subject) parts.push(SUBJECT_LABELS[f.subject]);
  const cat = categoryLabel(f);
  if (cat) parts.push(cat);
  else parts.push(MEASURE_LABELS[f.measure]);
  if (f.subset) parts.push({ vi: f.subset, en: f.subset });
  const num = (lang: 'vi' | 'en'): string => (lang === 'vi' ? formatNumberVi(f.value, decimalsOf(f.value)) : formatNumberEn(f.value, decimalsOf(f.value)));
  return { vi: `${num('vi')} (${parts.map((p) => p.vi).join(', ')})`, en: `${num('en')} (${parts.map((p) => p.en).join(', ')})` };
}

/**
 * Where a child report sits, as a link to its parent's place: the path array is built only when a
 * node needs one (it has groups or an issue), so a chain of children 10,000 deep costs no
 * quadratic copying of paths.
 */
class PathRef {
  private cached: Path | undefined;
  constructor(
    private readonly up: PathRef | undefined,
    private readonly ci: number,
  ) {}
  get path(): Path {
    if (this.cached) return this.cached;
    const chain: PathRef[] = [];
    let at: PathRef | undefined = this;
    while (at !== undefined && at.cached === undefined) {
      chain.push(at);
      at = at.up;
    }
    let p: Path = at?.cached ?? [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as PathRef;
      p = link.up === undefined ? [] : [...p, 'children', link.ci];
      link.cached = p;
    }
    return p;
  }
}

/** A figure and where it is; the path array is built only when asked for (most figures never are). */
class Located {
  constructor(
    readonly f: Figure,
    private readonly gp: Path,
    private readonly k: 'total' | 'parts' | 'subsets',
    private readonly i: number,
  ) {}
  get path(): Path {
    return this.k === 'total' ? [...this.gp, 'total'] : [...this.gp, this.k, this.i];
  }
}

/** The label of a figure, built on first use: most figures never need one. */
function lazyDescribe(f: Figure): () => Label {
  let d: Label | undefined;
  return () => (d ??= describe(f));
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const e = s.indexOf('e-');
  if (e >= 0) return Math.min(20, Number(s.slice(e + 2)) + (s.indexOf('.') >= 0 ? e - s.indexOf('.') - 1 : 0));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(20, s.length - dot - 1);
}

const fmtSum = (values: readonly number[], lang: 'vi' | 'en'): string =>
  values.map((v) => (lang === 'vi' ? formatNumberVi(v, decimalsOf(v)) : formatNumberEn(v, decimalsOf(v)))).join(' + ');
const fmt = (v: number, lang: 'vi' | 'en'): string => (lang === 'vi' ? formatNumberVi(v, decimalsOf(v)) : formatNumberEn(v, decimalsOf(v)));

/** The key under which a figure is compared between a parent and its children. */
function figureKey(f: Figure): string {
  return [f.measure, f.subject ?? '', f.category ?? '', f.orBetter ? 'orBetter' : '', f.subset ?? ''].join('|');
}

/** Forms the Charter does not allow for a subject (Điều 35 khoản 2). */
function impossibleForm(subject: FigureSubject | undefined, form: DisciplineForm): boolean {
  if (subject === undefined) return false;
  if (subject === 'officialMember' || subject === 'probationaryMember') return !formAllowedFor(subject, form);
  return !formAllowedFor(INDIVIDUAL_SUBJECTS.has(subject) ? 'anyMember' : 'organization', form);
}

function roundHalfUp(x: number, d: number): number {
  const f = 10 ** d;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}
function truncate(x: number, d: number): number {
  const f = 10 ** d;
  return Math.floor(x * f + 1e-9) / f;
}

/**
 * Reconcile a report: check every stated figure and group, the children against the parent, the
 * HTXSNV quota of the year's rule set and printed percentages; list every inconsistency with an
 * Explanation in Vietnamese and English. Nothing is "fixed": negative or non-integer counts are
 * reported, not rounded or dropped silently.
 *
 * @example
 * ```ts
 * import { reconcile } from 'nq4';
 * const r = reconcile({
 *   groups: [
 *     {
 *       total: { measure: 'discipline', subject: 'member', value: 50 },
 *       parts: [
 *         { measure: 'discipline', subject: 'member', category: 'reprimand', value: 30 },
 *         { measure: 'discipline', subject: 'member', category: 'warning', value: 12 },
 *         { measure: 'discipline', subject: 'member', category: 'removalFromPost', value: 5 },
 *         { measure: 'discipline', subject: 'member', category: 'expulsion', value: 2 },
 *       ],
 *     },
 *   ],
 * });
 * r.consistent; // false
 * r.findings[0]?.code; // 'partsNotEqualTotal'
 * ```
 * @throws {@link Nq4Error} when the input is not shaped like a report (a count that is not a number, an unknown field).
 * @category Report
 */
export function reconcile(report: ReconcileReportInput, options?: ReconcileOptions): ReconcileResult {
  return reconcileWith(report, options, ratingRuleSetFor);
}

/**
 * The rating rule set in force for a rating year (as {@link ratingRuleSetFor}); throws an
 * {@link Nq4Error} when none covers it. @internal
 */
export type QuotaRuleSetLookup = (year: number) => RatingRuleSet;

/**
 * {@link reconcile}, with the rule set of a report's `ratingYear` looked up by `ruleSetFor`.
 * Without a lookup, a report that states a rating year gets a `quotaNotChecked` note instead of
 * a quota check; a report without one is reconciled exactly as by {@link reconcile}. It lets a
 * caller that never states a rating year (the narrative reader's check of stated breakdowns)
 * reconcile without bundling the rating rule sets. @internal
 */
export function reconcileWith(report: ReconcileReportInput, options: ReconcileOptions | undefined, ruleSetFor: QuotaRuleSetLookup | undefined): ReconcileResult {
  const boundary: Nq4Issue[] = [];
  checkReport(report, boundary);
  const parsedOptions = collect(() => (options === undefined ? {} : parseInput(reconcileOptionsSchema, options, ['options'])), boundary);
  throwIssues(boundary);
  const root = report;
  const o = parsedOptions as NonNullable<typeof parsedOptions>;
  const opts = {
    quotaFormula: o.quotaFormula ?? 'literal',
    outstandingUnitException: o.outstandingUnitException ?? false,
    extendedOutcomesUnderDiscipline: o.extendedOutcomesUnderDiscipline ?? 'classify',
    pendingInTotal: o.pendingInTotal ?? true,
    percentRounding: o.percentRounding ?? 'either',
    percentTolerance: o.percentTolerance ?? 1,
    missingChildFigures: o.missingChildFigures ?? 'skip',
  } as const;
  const findings: ReconcileFinding[] = [];
  const groupResults: GroupResult[] = [];
  const add = (
    code: ReconcileCode,
    severity: ReconcileFinding['severity'],
    path: Path,
    figures: { path: Path; value: number }[],
    outcome: Label,
    reasons: Reason[],
    extra: { ruleSet?: { id: string; label: Label }; caveats?: Label[] } = {},
  ): void => {
    findings.push({
      code,
      severity,
      path,
      figures,
      explanation: explain({
        outcome: { code, label: outcome },
        ...(extra.ruleSet ? { ruleSet: extra.ruleSet } : {}),
        reasons,
        caveats: [...(extra.caveats ?? []), NOT_AN_OFFICIAL_DECISION],
      }),
    });
  };

  // Walk the report and its children iteratively.
  const stack: { r: ReconcileReportInput; ref: PathRef }[] = [{ r: root, ref: new PathRef(undefined, 0) }];
  const NO_PATH: Path = [];
  while (stack.length > 0) {
    const { r, ref } = stack.pop() as { r: ReconcileReportInput; ref: PathRef };
    // A node without groups needs no path (it has no figures, findings or group results).
    const path = r.groups.length > 0 ? ref.path : NO_PATH;
    const figuresById = new Map<string, Figure>();
    const all: Located[] = [];
    const groupPaths: Path[] = [];
    (r.groups as Group[]).forEach((g, gi) => {
      const gp = Object.freeze([...path, 'groups', gi]) as Path;
      groupPaths.push(gp);
      if (g.total) all.push(new Located(g.total, gp, 'total', 0));
      (g.parts ?? []).forEach((f, i) => all.push(new Located(f, gp, 'parts', i)));
      (g.subsets ?? []).forEach((f, i) => all.push(new Located(f, gp, 'subsets', i)));
    });
    for (const { f } of all) if (f.id !== undefined && !figuresById.has(f.id)) figuresById.set(f.id, f);

    // 1. Each figure: counts, forms.
    for (const x of all) {
      const f = x.f;
      if (f.value >= 0 && Number.isInteger(f.value) && !(f.measure === 'discipline' && f.category !== undefined && impossibleForm(f.subject, f.category as DisciplineForm))) continue;
      const fp = x.path;
      const d = lazyDescribe(f);
      if (f.value < 0) {
        add('negativeCount', 'error', fp, [{ path: fp, value: f.value }], { vi: 'Số âm', en: 'Negative count' }, [
          { code: 'negativeCount', text: { vi: `Số liệu ${d().vi} là số âm; số đếm không thể âm.`, en: `Figure ${d().en} is negative; a count cannot be.` }, citations: [] },
        ]);
      }
      if (!Number.isInteger(f.value)) {
        add('nonIntegerCount', 'error', fp, [{ path: fp, value: f.value }], { vi: 'Số đếm không nguyên', en: 'Non-integer count' }, [
          { code: 'nonIntegerCount', text: { vi: `Số liệu ${d().vi} không phải số nguyên; số người, số tổ chức phải là số nguyên.`, en: `Figure ${d().en} is not a whole number; people and organizations are counted in whole numbers.` }, citations: [] },
        ]);
      }
      if (f.measure === 'discipline' && f.category !== undefined && impossibleForm(f.subject, f.category as DisciplineForm)) {
        add('formImpossibleForSubject', 'error', fp, [{ path: fp, value: f.value }], { vi: 'Hình thức kỷ luật không áp dụng cho đối tượng', en: 'Form not available for the subject' }, [
          {
            code: 'formImpossibleForSubject',
            text: {
              vi: `Số liệu ${d().vi}: Điều lệ không quy định hình thức ${DISCIPLINE_FORM_LABELS[f.category as DisciplineForm].vi} đối với ${SUBJECT_LABELS[f.subject as FigureSubject].vi}.`,
              en: `Figure ${d().en}: the Charter has no ${DISCIPLINE_FORM_LABELS[f.category as DisciplineForm].en} for ${SUBJECT_LABELS[f.subject as FigureSubject].en}.`,
            },
            citations: [cites().ART35, cites().QD69_ART7],
          },
        ]);
      }
    }

    // 2. Groups: parts against total, subsets, classification, percentages.
    (r.groups as Group[]).forEach((g, gi) => {
      const gp = groupPaths[gi] as Path;
      const parts = g.parts ?? [];
      const total = g.total;
      const classification = { discipline: 0, nonDisciplinary: 0, pending: 0, rating: 0, other: 0 };
      const counted = parts.length > 0 ? parts : total ? [total] : [];
      for (const f of counted) {
        const v = f.value;
        if (f.measure === 'discipline') classification.discipline += v;
        else if (f.measure === 'nonDisciplinary') {
          if (f.category === 'pending') classification.pending += v;
          else classification.nonDisciplinary += v;
        } else if (f.measure === 'rating') classification.rating += v;
        else classification.other += v;
      }
      const { tally: groupTally, unplaced } = toTally(counted);
      // Frozen here, so the final deep freeze of the result skips them.
      groupResults.push(Object.freeze({ path: gp, ...(g.id !== undefined ? { id: g.id } : {}), classification: Object.freeze(classification), tally: groupTally, unplaced }));

      if (total && parts.length > 0) {
        const complete = g.complete ?? !(total.measure === 'rating' && total.orBetter === true);
        const summed = parts.filter((p) => opts.pendingInTotal || !(p.measure === 'nonDisciplinary' && p.category === 'pending'));
        const values = summed.map((p) => p.value);
        const sum = values.reduce((a, b) => a + b, 0);
        const td = lazyDescribe(total);
        const figsOf = () => [{ path: [...gp, 'total'], value: total.value }, ...parts.map((p, i) => ({ path: [...gp, 'parts', i] as Path, value: p.value }))];
        const rounded = Math.round(sum * 1e9) / 1e9;
        if (complete && rounded !== total.value) {
          add('partsNotEqualTotal', 'error', gp, figsOf(), { vi: 'Các số thành phần không khớp tổng số', en: 'Parts do not add up to the total' }, [
            {
              code: 'partsNotEqualTotal',
              text: {
                vi: `Tổng số nêu là ${td().vi}, nhưng các số thành phần cộng lại ${fmtSum(values, 'vi')} = ${fmt(rounded, 'vi')}.`,
                en: `The stated total is ${td().en}, but the parts add up to ${fmtSum(values, 'en')} = ${fmt(rounded, 'en')}.`,
              },
              citations: [cites().HD11],
            },
          ]);
        } else if (!complete && rounded > total.value) {
          add('partsExceedTotal', 'error', gp, figsOf(), { vi: 'Các số "trong đó" vượt tổng số', en: 'The "of which" parts exceed the total' }, [
            {
              code: 'partsExceedTotal',
              text: {
                vi: `Tổng số nêu là ${td().vi}, nhưng các số "trong đó" cộng lại ${fmtSum(values, 'vi')} = ${fmt(rounded, 'vi')}, lớn hơn tổng số.`,
                en: `The stated total is ${td().en}, but the "of which" parts add up to ${fmtSum(values, 'en')} = ${fmt(rounded, 'en')}, more than the total.`,
              },
              citations: [cites().HD11],
            },
          ]);
        }
        // Extended outcomes under a discipline heading (seed 004).
        if (total.measure === 'discipline') {
          const others = parts.filter((p) => p.measure !== 'discipline');
          if (others.length > 0) {
            const otherValues = others.map((p) => p.value);
            const severity = opts.extendedOutcomesUnderDiscipline === 'error' ? 'error' : 'note';
            add(
              'mixedHeading',
              severity,
              gp,
              figsOf(),
              { vi: 'Có biện pháp không phải kỷ luật dưới tiêu đề "xử lý kỷ luật"', en: 'Non-disciplinary outcomes under a "discipline" heading' },
              [
                {
                  code: 'mixedHeading',
                  text: {
                    vi: `Trong ${td().vi} có ${others.map((p) => describe(p).vi).join('; ')} không phải hình thức kỷ luật; chỉ ${fmt(classification.discipline, 'vi')} trường hợp bị thi hành kỷ luật (${fmtSum(otherValues, 'vi')} trường hợp khác được tính riêng).`,
                    en: `Within ${td().en}, ${others.map((p) => describe(p).en).join('; ')} are not discipline forms; only ${fmt(classification.discipline, 'en')} cases received discipline (${fmtSum(otherValues, 'en')} other cases are counted apart).`,
                  },
                  citations: [cites().ART35],
                },
              ],
            );
          }
        }
      }
      for (const [i, s] of (g.subsets ?? []).entries()) {
        if (total && s.value > total.value) {
          const sp: Path = [...gp, 'subsets', i];
          add('subsetExceedsTotal', 'error', sp, [{ path: [...gp, 'total'], value: total.value }, { path: sp, value: s.value }], { vi: 'Nhóm "trong đó có" lớn hơn tổng số', en: 'Subset larger than the total' }, [
            {
              code: 'subsetExceedsTotal',
              text: { vi: `Nhóm ${describe(s).vi} lớn hơn tổng số ${describe(total).vi}.`, en: `Subset ${describe(s).en} is larger than the total ${describe(total).en}.` },
              citations: [],
            },
          ]);
        }
      }
      // Percentages.
      const withPercent: { f: Figure; fp: Path; defaultBase?: number }[] = [];
      if (total?.percent) withPercent.push({ f: total, fp: [...gp, 'total'] });
      parts.forEach((f, i) => {
        if (f.percent) withPercent.push(total ? { f, fp: [...gp, 'parts', i], defaultBase: total.value } : { f, fp: [...gp, 'parts', i] });
      });
      (g.subsets ?? []).forEach((f, i) => {
        if (f.percent) withPercent.push(total ? { f, fp: [...gp, 'subsets', i], defaultBase: total.value } : { f, fp: [...gp, 'subsets', i] });
      });
      for (const { f, fp, defaultBase } of withPercent) checkPercent(f, fp, defaultBase);
    });

    // 3. HTXSNV quota.
    checkQuota(r, path, all);

    // 4. Children against the parent.
    const children = r.children ?? [];
    if (children.length > 0) {
      const parentFigures = new Map<string, { f: Figure; path: Path }>();
      for (const x of all) if (!parentFigures.has(figureKey(x.f))) parentFigures.set(figureKey(x.f), x);
      const childMaps = parentFigures.size === 0 ? [] : children.map((c, ci) => {
        const m = new Map<string, { f: Figure; path: Path }>();
        (c.groups as Group[]).forEach((g, gi) => {
          const gp = [...path, 'children', ci, 'groups', gi];
          const list: { f: Figure; path: Path }[] = [];
          if (g.total) list.push({ f: g.total, path: [...gp, 'total'] });
          (g.parts ?? []).forEach((f, i) => list.push({ f, path: [...gp, 'parts', i] }));
          (g.subsets ?? []).forEach((f, i) => list.push({ f, path: [...gp, 'subsets', i] }));
          for (const x of list) if (!m.has(figureKey(x.f))) m.set(figureKey(x.f), x);
        });
        return m;
      });
      for (const [key, pf] of parentFigures) {
        const stated = childMaps.map((m) => m.get(key)).filter((x): x is { f: Figure; path: Path } => x !== undefined);
        if (stated.length === 0) continue;
        const values = stated.map((x) => x.f.value);
        const sum = Math.round(values.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
        const allStated = stated.length === children.length || opts.missingChildFigures === 'zero';
        const pd = lazyDescribe(pf.f);
        const figs = [{ path: pf.path, value: pf.f.value }, ...stated.map((x) => ({ path: x.path, value: x.f.value }))];
        if (allStated && sum !== pf.f.value) {
          add('childrenNotEqualParent', 'error', pf.path, figs, { vi: 'Số của các đơn vị trực thuộc không khớp số của cấp trên', en: "Children's figures do not add up to the parent's" }, [
            {
              code: 'childrenNotEqualParent',
              text: {
                vi: `Cấp trên nêu ${pd().vi}; ${stated.length} đơn vị trực thuộc nêu ${fmtSum(values, 'vi')} = ${fmt(sum, 'vi')}.`,
                en: `The parent states ${pd().en}; its ${stated.length} child unit(s) state ${fmtSum(values, 'en')} = ${fmt(sum, 'en')}.`,
              },
              citations: [cites().HD11],
            },
          ]);
        } else if (!allStated && sum > pf.f.value) {
          add('childrenExceedParent', 'error', pf.path, figs, { vi: 'Số của một số đơn vị trực thuộc đã vượt số của cấp trên', en: "Some children's figures already exceed the parent's" }, [
            {
              code: 'childrenExceedParent',
              text: {
                vi: `Cấp trên nêu ${pd().vi}; chỉ ${stated.length}/${children.length} đơn vị trực thuộc đã nêu ${fmtSum(values, 'vi')} = ${fmt(sum, 'vi')}, lớn hơn.`,
                en: `The parent states ${pd().en}; only ${stated.length} of ${children.length} child units already state ${fmtSum(values, 'en')} = ${fmt(sum, 'en')}, more.`,
              },
              citations: [cites().HD11],
            },
          ]);
        } else if (!allStated) {
          add('childrenPartial', 'note', pf.path, figs, { vi: 'Không đủ số liệu của các đơn vị trực thuộc để đối chiếu', en: 'Not every child states the figure' }, [
            {
              code: 'childrenPartial',
              text: {
                vi: `Chỉ ${stated.length}/${children.length} đơn vị trực thuộc nêu số liệu tương ứng với ${pd().vi}; không đối chiếu được đầy đủ.`,
                en: `Only ${stated.length} of ${children.length} child units state the figure matching ${pd().en}; it cannot be fully checked.`,
              },
              citations: [],
            },
          ]);
        }
      }
      for (let ci = children.length - 1; ci >= 0; ci--) stack.push({ r: children[ci] as ReconcileReportInput, ref: new PathRef(ref, ci) });
    }

    function checkPercent(f: Figure, fp: Path, defaultBase: number | undefined): void {
      const pct = f.percent;
      if (!pct) return;
      let base = pct.base;
      if (base === undefined && pct.baseFigure !== undefined) base = figuresById.get(pct.baseFigure)?.value;
      if (base === undefined) base = defaultBase;
      const d = describe(f);
      const printedDecimals = pct.decimals ?? decimalsOf(pct.value);
      const printedVi = `${formatNumberVi(pct.value, printedDecimals)}%`;
      const printedEn = `${formatNumberEn(pct.value, printedDecimals)}%`;
      if (base === undefined || base === 0) {
        add('percentWithoutBase', base === 0 && pct.value !== 0 ? 'error' : 'note', fp, [{ path: fp, value: f.value }], { vi: 'Không xác định được cơ số của tỷ lệ', en: 'No base for the percentage' }, [
          {
            code: 'percentWithoutBase',
            text: {
              vi: base === 0 ? `Tỷ lệ ${printedVi} của ${d.vi} tính trên cơ số 0.` : `Tỷ lệ ${printedVi} của ${d.vi} không nêu cơ số (tổng số) nên không kiểm tra được.`,
              en: base === 0 ? `The percentage ${printedEn} of ${d.en} is taken of a base of 0.` : `The percentage ${printedEn} of ${d.en} has no stated base, so it cannot be checked.`,
            },
            citations: [],
          },
        ]);
        return;
      }
      const exact = (f.value / base) * 100;
      const candidates: number[] = [];
      if (opts.percentRounding !== 'truncate') candidates.push(roundHalfUp(exact, printedDecimals));
      if (opts.percentRounding !== 'halfUp') candidates.push(truncate(exact, printedDecimals));
      const ulp = 10 ** -printedDecimals;
      const ok = candidates.some((c) => Math.abs(c - pct.value) <= opts.percentTolerance * ulp + 1e-9);
      if (!ok) {
        const exactVi = formatNumberVi(exact, Math.max(printedDecimals + 2, 2));
        const exactEn = formatNumberEn(exact, Math.max(printedDecimals + 2, 2));
        add('percentMismatch', 'error', fp, [{ path: fp, value: f.value }], { vi: 'Tỷ lệ không khớp với cơ số', en: 'Percentage does not match its base' }, [
          {
            code: 'percentMismatch',
            text: {
              vi: `${d.vi} trên ${formatNumberVi(base, decimalsOf(base))} là ${exactVi}%, nhưng báo cáo ghi ${printedVi} (sai lệch vượt ${opts.percentTolerance} đơn vị ở chữ số cuối).`,
              en: `${d.en} of ${formatNumberEn(base, decimalsOf(base))} is ${exactEn}%, but the report prints ${printedEn} (off by more than ${opts.percentTolerance} in the last printed digit).`,
            },
            citations: [],
          },
        ]);
      }
    }
  }

  function checkQuota(r: ReconcileReportInput, path: Path, all: readonly Located[]): void {
    const ratings = all.filter((x) => x.f.measure === 'rating' && x.f.subset === undefined && x.f.category !== undefined);
    if (ratings.length === 0) return;
    const bySubject = new Map<string, { excellent?: { f: Figure; path: Path }; good?: { f: Figure; path: Path }; goodOrBetter?: { f: Figure; path: Path } }>();
    for (const x of ratings) {
      const s = x.f.subject ?? 'member';
      const slot = bySubject.get(s) ?? {};
      if (x.f.category === 'excellent' && !x.f.orBetter) slot.excellent ??= x;
      if (x.f.category === 'good' && !x.f.orBetter) slot.good ??= x;
      if (x.f.category === 'good' && x.f.orBetter) slot.goodOrBetter ??= x;
      bySubject.set(s, slot);
    }
    for (const [subject, slot] of bySubject) {
      if (!slot.excellent) continue;
      if (!slot.good && !slot.goodOrBetter) {
        // The quota is a share of those rated "good": without that figure it cannot be checked, and
        // the report says so instead of passing silently (issue 15).
        add('quotaNotChecked', 'note', path, [{ path: slot.excellent.path, value: slot.excellent.f.value }], { vi: 'Chưa kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'HTXSNV quota not checked' }, [
          {
            code: 'noGoodFigure',
            text: {
              vi: 'Báo cáo nêu số hoàn thành xuất sắc nhiệm vụ nhưng không nêu số hoàn thành tốt nhiệm vụ (hoặc số hoàn thành tốt nhiệm vụ trở lên), là cơ số của tỷ lệ, nên không kiểm tra được tỷ lệ.',
              en: 'The report states those rated excellent but not those rated good (or good or better), the base of the quota, so the quota cannot be checked.',
            },
            citations: [],
          },
        ]);
        continue;
      }
      const excellent = slot.excellent.f.value;
      const good = slot.good ? slot.good.f.value : (slot.goodOrBetter as { f: Figure }).f.value - excellent;
      const figs = [slot.excellent, (slot.good ?? slot.goodOrBetter) as { f: Figure; path: Path }].map((x) => ({ path: x.path, value: x.f.value }));
      const label = SUBJECT_LABELS[subject as FigureSubject];
      if (r.ratingYear === undefined) {
        add('quotaNotChecked', 'note', path, figs, { vi: 'Chưa kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'HTXSNV quota not checked' }, [
          { code: 'noRatingYear', text: { vi: 'Báo cáo không nêu năm đánh giá nên không xác định được quy định về tỷ lệ.', en: 'The report states no rating year, so the quota rule cannot be chosen.' }, citations: [] },
        ]);
        continue;
      }
      const rs = quotaRuleSetFor(r.ratingYear, ruleSetFor);
      const individual = INDIVIDUAL_SUBJECTS.has(subject as FigureSubject);
      if ('reason' in rs) {
        add('quotaNotChecked', 'note', path, figs, { vi: 'Chưa kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'HTXSNV quota not checked' }, [{ code: 'noRuleSet', text: rs.reason, citations: [] }]);
        continue;
      }
      const quota: RatingQuotaRule | undefined = individual ? rs.memberQuota : rs.organizationQuota;
      const ruleSet = { id: rs.id, label: rs.label };
      if (quota === undefined || quota.basis === 'secondaryPractice') {
        const whose = individual ? { vi: 'cá nhân', en: 'individuals' } : { vi: 'tập thể, tổ chức đảng', en: 'collectives and party organizations' };
        const reason: Label =
          quota === undefined
            ? { vi: `Chưa đối chiếu được quy định tỷ lệ đối với ${whose.vi} của ${rs.label.vi}.`, en: `The quota of ${rs.label.en} for ${whose.en} was not seen.` }
            : {
                vi: `Tỷ lệ ${quota.percent}% đối với ${whose.vi} của ${rs.label.vi} chỉ thấy trong thực tiễn địa phương, chưa đối chiếu được với văn bản trung ương, nên không dùng để đối chiếu báo cáo.`,
                en: `The ${quota.percent}% quota of ${rs.label.en} for ${whose.en} is seen only in local practice, not in the central text, so it is not used to reconcile the report.`,
              };
        add('quotaNotChecked', 'note', path, figs, { vi: 'Chưa kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'HTXSNV quota not checked' }, [{ code: 'quotaUnverified', text: reason, citations: quota ? [quota.citation] : [] }], { ruleSet });
        continue;
      }
      const denominator = opts.quotaFormula === 'pool' ? good + excellent : good;
      const denomVi = opts.quotaFormula === 'pool' ? `${fmt(denominator, 'vi')} (hoàn thành tốt nhiệm vụ trở lên)` : `${fmt(denominator, 'vi')} (hoàn thành tốt nhiệm vụ)`;
      const denomEn = opts.quotaFormula === 'pool' ? `${fmt(denominator, 'en')} (good or better)` : `${fmt(denominator, 'en')} (good)`;
      const share = denominator > 0 ? (excellent / denominator) * 100 : Infinity;
      const ceiling = quota.exceptionPercent !== undefined && opts.outstandingUnitException ? quota.exceptionPercent : quota.percent;
      const exceeds = (p: number): boolean => excellent * 100 > p * denominator;
      if (!exceeds(ceiling)) continue;
      const hardCeiling = quota.exceptionPercent ?? quota.percent;
      // A quota seen only as a paraphrase (QĐ 124 for collectives: LawNet's English; rating.md §7)
      // may not decide as firmly as a quoted one: its breach is a warning with a caveat, never an error.
      const quoted = QUOTED.has(quota.citation.status);
      const severity = exceeds(hardCeiling) && quoted ? 'error' : 'warning';
      const exceptionCase = quoted && severity === 'warning';
      const basisCaveat: Label[] = quoted
        ? []
        : [
            {
              vi: 'Tỷ lệ này chỉ dựa trên bản diễn giải của văn bản, chưa đối chiếu được nguyên văn, nên vượt tỷ lệ được nêu là cảnh báo, không phải lỗi.',
              en: 'This quota rests only on a paraphrase of the text, its wording not seen, so exceeding it is a warning, not an error.',
            },
          ];
      const shareVi = Number.isFinite(share) ? `${formatNumberVi(share, 2)}%` : 'không xác định (mẫu số bằng 0)';
      const shareEn = Number.isFinite(share) ? `${formatNumberEn(share, 2)}%` : 'undefined (zero denominator)';
      add(
        severity === 'error' || !quoted ? 'quotaExceeded' : 'quotaExceptionNeeded',
        severity,
        path,
        figs,
        severity === 'error' || !quoted
          ? { vi: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ vượt quy định', en: 'HTXSNV share above the quota' }
          : { vi: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ chỉ được phép khi có quyết định ngoại lệ', en: 'HTXSNV share allowed only with the exception' },
        [
          {
            code: 'quota',
            text: {
              vi: `${fmt(excellent, 'vi')} ${label.vi} hoàn thành xuất sắc nhiệm vụ trên ${denomVi} là ${shareVi}, vượt ${ceiling}% (${quota.group.vi})${exceptionCase ? `; mức tối đa ${hardCeiling}% chỉ áp dụng khi cấp có thẩm quyền quyết định ngoại lệ` : ''}. Số liệu tổng hợp vượt tỷ lệ thì ít nhất một nhóm đã vượt.`,
              en: `${fmt(excellent, 'en')} ${label.en} rated excellent against ${denomEn} is ${shareEn}, above ${ceiling}% (${quota.group.en})${exceptionCase ? `; the ${hardCeiling}% ceiling applies only where the competent level grants the exception` : ''}. An aggregate above the quota means at least one group exceeded it.`,
            },
            citations: exceptionCase && quota.exceptionCitation ? [quota.citation, quota.exceptionCitation] : [quota.citation],
          },
        ],
        { ruleSet, caveats: basisCaveat },
      );
    }
  }

  const applied: AppliedOption[] = [
    { name: 'quotaFormula', value: opts.quotaFormula, effect: { vi: opts.quotaFormula === 'literal' ? 'Tỷ lệ tính trên số hoàn thành tốt nhiệm vụ (theo câu chữ).' : 'Tỷ lệ tính trên số hoàn thành tốt nhiệm vụ trở lên.', en: opts.quotaFormula === 'literal' ? 'Quota counted against those rated good (the literal reading).' : 'Quota counted against those rated good or better.' } },
    { name: 'outstandingUnitException', value: opts.outstandingUnitException, effect: { vi: 'Áp dụng hay không mức ngoại lệ 25% của QĐ 366-QĐ/TW.', en: 'Whether the 25% exception of QĐ 366-QĐ/TW applies.' } },
    { name: 'extendedOutcomesUnderDiscipline', value: opts.extendedOutcomesUnderDiscipline, effect: { vi: 'Cách xử lý biện pháp không phải kỷ luật nêu dưới tiêu đề "xử lý kỷ luật".', en: 'How non-disciplinary outcomes under a "discipline" heading are treated.' } },
    { name: 'pendingInTotal', value: opts.pendingInTotal, effect: { vi: 'Trường hợp "đang xem xét xử lý" có được tính vào tổng số hay không.', en: 'Whether "under consideration" cases count toward the total.' } },
    { name: 'percentRounding', value: opts.percentRounding, effect: { vi: 'Cách làm tròn tỷ lệ được chấp nhận.', en: 'Which rounding of percentages is accepted.' } },
    { name: 'percentTolerance', value: opts.percentTolerance, effect: { vi: 'Sai lệch cho phép ở chữ số cuối của tỷ lệ.', en: 'Allowed difference in the last printed digit of a percentage.' } },
    { name: 'missingChildFigures', value: opts.missingChildFigures, effect: { vi: 'Số liệu đơn vị trực thuộc không nêu được coi là chưa biết hay bằng 0.', en: "Whether a child's unstated figure is unknown or zero." } },
  ];
  const rank = { error: 0, warning: 1, note: 2 } as const;
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map((x) => x.f);
  return deepFreeze({ consistent: !findings.some((f) => f.severity === 'error'), findings: sorted, groups: groupResults, options: applied });
}

/**
 * The rating rule set of a year, chosen as the rating area chooses it (D1: the one in force on
 * 31 December), or why there is none.
 */
function quotaRuleSetFor(year: number, ruleSetFor: QuotaRuleSetLookup | undefined): RatingRuleSet | { readonly reason: Label } {
  if (ruleSetFor === undefined) {
    return { reason: { vi: 'Không có bộ quy tắc xếp loại để đối chiếu tỷ lệ.', en: 'No rating rule set was available to check the quota against.' } };
  }
  try {
    return ruleSetFor(year);
  } catch (error) {
    const first = error instanceof Nq4Error ? error.issues[0] : undefined;
    if (first === undefined) throw error;
    return { reason: { vi: first.messageVi, en: first.messageEn } };
  }
}

/** Place counted figures into a tally; figures without a place are counted as unplaced. */
function toTally(figures: readonly Figure[]): { tally: Tally; unplaced: number } {
  const input: Record<string, Record<string, unknown> | number> = {};
  let unplaced = 0;
  const bump = (field: string, key: string | undefined, inner: string, v: number): void => {
    const outer = (input[field] ??= {}) as Record<string, unknown>;
    if (key === undefined) {
      outer[inner] = ((outer[inner] as number | undefined) ?? 0) + v;
      return;
    }
    const rec = (outer[key] ??= {}) as Record<string, number>;
    rec[inner] = (rec[inner] ?? 0) + v;
  };
  for (const f of figures) {
    const v = f.value;
    if (v < 0 || !Number.isInteger(v)) {
      unplaced++;
      continue;
    }
    const s = f.subject;
    const individual = s === undefined || INDIVIDUAL_SUBJECTS.has(s);
    const kind = individual ? 'individual' : 'collective';
    switch (f.measure) {
      case 'discipline': {
        if (f.category === undefined) {
          unplaced++;
          break;
        }
        const subj = s === 'officialMember' || s === 'probationaryMember' ? s : individual ? 'member' : 'organization';
        bump('disciplines', subj, f.category, v);
        break;
      }
      case 'nonDisciplinary':
        if (f.category === undefined) unplaced++;
        else bump('nonDisciplinary', kind, f.category, v);
        break;
      case 'rating': {
        if (f.category === undefined || f.orBetter) {
          unplaced++;
          break;
        }
        const subj = s === 'tccsd' || s === 'directBranch' || s === 'leadershipCollective' ? s : individual ? 'member' : 'organization';
        bump('ratings', subj, f.category, v);
        break;
      }
      case 'review':
        bump('reviews', undefined, kind, v);
        break;
      case 'suggestedReview':
        bump('suggestedReviews', undefined, kind, v);
        break;
      case 'degradationFound':
        bump('degradationFound', undefined, kind, v);
        break;
      case 'disciplineProcedure':
        bump('disciplineProcedures', undefined, kind, v);
        break;
      case 'commitment':
        input.commitments = ((input.commitments as number | undefined) ?? 0) + v;
        break;
      default:
        unplaced++;
    }
  }
  const issues: Nq4Issue[] = [];
  // readTally builds the frozen tally itself; an empty group shares the one empty tally.
  const t = readTally(input, [], issues);
  return { tally: t ?? EMPTY_TALLY, unplaced };
}


/** Run a boundary parse, collecting its issues instead of throwing, so every argument is checked. */
function collect<T>(run: () => T, into: Nq4Issue[]): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof Nq4Error) {
      into.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}
