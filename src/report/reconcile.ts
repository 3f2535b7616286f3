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
import type { AppliedOption, Explanation } from '../explain/explanation.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS, type DisciplineForm, type NonDisciplinaryMeasure, type RatingLevel } from '../i18n/vocabulary.js';
import type { Tally } from '../tally/tally.js';
import { ratingRuleSetFor } from '../rating/registry.js';
import type { Assert, SameKeys } from './_schemaTypes.js';
import { code, finite, plainDate, text } from './_schemas.js';
import { issueParams, ISSUE_LIMIT, throwIssues } from '../_lib/schema.js';
import { appliedOptions, FindingSink, Located, PathRef, resolveOptions, type Figure, type Group, type Path, type ResolvedOptions } from './_reconcile/context.js';
import { checkFigures } from './_reconcile/figures.js';
import { classify, countedFigures, groupResult } from './_reconcile/groups.js';
import { checkParts, checkSubsets } from './_reconcile/sums.js';
import { checkPercents } from './_reconcile/percent.js';
import { checkQuota, type QuotaRuleSetLookup } from './_reconcile/quota.js';
import { checkChildren } from './_reconcile/children.js';

export type { QuotaRuleSetLookup } from './_reconcile/quota.js';

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
  const opts = resolveOptions(parsedOptions as ReconcileOptions);
  const sink = new FindingSink();
  const groupResults: GroupResult[] = [];
  // Walk the report and its children iteratively (a chain 100,000 deep costs no stack).
  const stack: { r: ReconcileReportInput; ref: PathRef }[] = [{ r: report, ref: new PathRef(undefined, 0) }];
  while (stack.length > 0) {
    const { r, ref } = stack.pop() as { r: ReconcileReportInput; ref: PathRef };
    reconcileNode(r, ref, opts, ruleSetFor, sink, groupResults);
    const children = r.children ?? [];
    for (let ci = children.length - 1; ci >= 0; ci--) stack.push({ r: children[ci] as ReconcileReportInput, ref: new PathRef(ref, ci) });
  }
  const findings = sink.sorted();
  return deepFreeze({ consistent: !findings.some((f) => f.severity === 'error'), findings, groups: groupResults, options: appliedOptions(opts) });
}

const NO_PATH: Path = [];

/** One report without its children: each family of findings in turn, in the order they are listed. */
function reconcileNode(r: ReconcileReportInput, ref: PathRef, opts: ResolvedOptions, ruleSetFor: QuotaRuleSetLookup | undefined, sink: FindingSink, groupResults: GroupResult[]): void {
  // A node without groups needs no path (it has no figures, findings or group results).
  const path = r.groups.length > 0 ? ref.path : NO_PATH;
  const groups = r.groups as Group[];
  const groupPaths = groups.map((_, gi) => Object.freeze([...path, 'groups', gi]) as Path);
  const all = locate(groups, groupPaths);
  const figuresById = new Map<string, Figure>();
  for (const { f } of all) if (f.id !== undefined && !figuresById.has(f.id)) figuresById.set(f.id, f);
  // 1. Each figure: counts, forms.
  checkFigures(all, sink);
  // 2. Groups: classification, parts against total, subsets, percentages.
  groups.forEach((g, gi) => {
    const gp = groupPaths[gi] as Path;
    const counted = countedFigures(g);
    const classification = classify(counted);
    groupResults.push(groupResult(g, gp, classification, counted));
    checkParts(g, gp, classification, opts, sink);
    checkSubsets(g, gp, sink);
    checkPercents(g, gp, figuresById, opts, sink);
  });
  // 3. HTXSNV quota.
  checkQuota(r, path, all, opts, ruleSetFor, sink);
  // 4. Children against the parent.
  checkChildren(r, path, all, opts, sink);
}

/** Every figure of the groups (totals, parts, subsets), with where it is. */
function locate(groups: readonly Group[], groupPaths: readonly Path[]): Located[] {
  const all: Located[] = [];
  groups.forEach((g, gi) => {
    const gp = groupPaths[gi] as Path;
    if (g.total) all.push(new Located(g.total, gp, 'total', 0));
    (g.parts ?? []).forEach((f, i) => all.push(new Located(f, gp, 'parts', i)));
    (g.subsets ?? []).forEach((f, i) => all.push(new Located(f, gp, 'subsets', i)));
  });
  return all;
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
