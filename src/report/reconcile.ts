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
 *   ({@link findRatingRuleSet}: `memberQuota` / `organizationQuota`, rating.md §7.2, D1–D5), so the
 *   quota has one source; a quota seen only in local practice is not used to flag a report;
 * - percentages against their base within the printed precision: half-up or truncation, ±1 in the
 *   last printed digit by default (§3.6, §5 decision 8).
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { explain } from '../explain/explanation.js';
import { formatNumberEn, formatNumberVi } from '../i18n/format.js';
import { fromZodIssues, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import { DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES, RATING_LEVELS } from '../i18n/vocabulary.js';
import { findRatingRuleSet } from '../rating/registry.js';
import type { Assert, SameKeys } from './_schemaTypes.js';
import { code, finite, text } from './_schemas.js';
import { issueParams, ISSUE_LIMIT, throwIssues, isoDate } from '../_lib/schema.js';
import { RECONCILE_INPUT_MESSAGES, RECONCILE_SUMMARY_MESSAGES } from './_messages.js';
import { appliedOptions, FindingSink, Located, PathRef, resolveOptions, type Figure, type Group, type Path, type ResolvedOptions } from './_reconcile/context.js';
import { checkFigures } from './_reconcile/figures.js';
import { classify, countedFigures, groupResult } from './_reconcile/groups.js';
import { checkParts, checkSubsets } from './_reconcile/sums.js';
import { checkPercents } from './_reconcile/percent.js';
import { checkQuota, type QuotaRuleSetLookup } from './_reconcile/quota.js';
import { checkChildren } from './_reconcile/children.js';
import {
  FIGURE_MEASURES,
  FIGURE_SUBJECTS,
  type FigureMeasure,
  type GroupResult,
  type ReconcileOptions,
  type ReconcileReportInput,
  type ReconcileFinding,
  type ReconcileResult,
  type ReconcileStatus,
  type StatedFigure,
  type StatedGroup,
  type StatedPercent,
} from './reconcileTypes.js';

export type { QuotaRuleSetLookup } from './_reconcile/quota.js';
export { FIGURE_MEASURES, FIGURE_SUBJECTS } from './reconcileTypes.js';
export type {
  FigureMeasure,
  FigureSubject,
  GroupClassification,
  GroupResult,
  ReconcileCode,
  ReconcileFinding,
  ReconcileOptions,
  ReconcileReportInput,
  ReconcileResult,
  ReconcileStatus,
  StatedFigure,
  StatedGroup,
  StatedPercent,
} from './reconcileTypes.js';

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
            params: issueParams('invalid_value', RECONCILE_INPUT_MESSAGES.categoryMismatch.vi, RECONCILE_INPUT_MESSAGES.categoryMismatch.en),
          });
        }
        if (f.orBetter === true && f.measure !== 'rating') {
          ctx.addIssue({
            code: 'custom',
            path: ['orBetter'],
            params: issueParams('not_applicable', RECONCILE_INPUT_MESSAGES.orBetterNotRating.vi, RECONCILE_INPUT_MESSAGES.orBetterNotRating.en),
          });
        }
      }),
    ) satisfies z.ZodMiniType<StatedFigure, StatedFigure>;

/** The schema of a {@link StatedFigure}. @internal */
export const statedFigureSchema = /* @__PURE__ */ z.lazy(figure);

type _FigureKeys = Assert<SameKeys<StatedFigure, z.input<typeof statedFigureSchema>>>;


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


const reportFields = <G extends z.ZodMiniType, C extends z.ZodMiniType>(groups: G, children: C) =>
  z.strictObject({
    unit: z.optional(code()),
    ratingYear: z.optional(z.number().check(z.int(), z.gte(1930), z.lte(9999))),
    period: z.optional(z.strictObject({ from: isoDate(), to: isoDate() })),
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
 * r.status; // 'inconsistent'
 * r.findings[0]?.code; // 'partsNotEqualTotal'
 * ```
 * @throws {@link Nq4Error} when the input is not shaped like a report (a count that is not a number, an unknown field).
 * @category Report
 */
export function reconcile(report: ReconcileReportInput, options?: ReconcileOptions): ReconcileResult {
  return withExplanation(reconcileWith(report, options, findRatingRuleSet));
}


/**
 * {@link reconcile}, with the rule set of a report's `ratingYear` looked up by `ruleSetFor`.
 * Without a lookup, a report that states a rating year gets a `quotaNotChecked` note instead of
 * a quota check; a report without one is reconciled exactly as by {@link reconcile}. It lets a
 * caller that never states a rating year (the narrative reader's check of stated breakdowns)
 * reconcile without bundling the rating rule sets. @internal
 */
export function reconcileWith(report: ReconcileReportInput, options: ReconcileOptions | undefined, ruleSetFor: QuotaRuleSetLookup | undefined): ReconcileCore {
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
  const consistent = !findings.some((f) => f.severity === 'error');
  const status: ReconcileStatus = consistent ? 'consistent' : 'inconsistent';
  return deepFreeze({ status, consistent, findings, groups: groupResults, options: appliedOptions(opts) });
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

/**
 * What {@link reconcileWith} returns: the result without its summary explanation, which only the
 * public {@link reconcile} renders (the narrative reader checks each breakdown through
 * reconcileWith and reads the findings, so it does not pay for a text it never shows). @internal
 */
export type ReconcileCore = Omit<ReconcileResult, 'explanation'>;

/**
 * The result's own explanation: the verdict, then one reason per kind of error or warning found
 * (its finding's label, how many places, and the first finding's citations); notes stay in
 * `findings` only. Bounded by the number of finding codes, however large the report.
 */
function withExplanation(core: ReconcileCore): ReconcileResult {
  const byCode = new Map<string, { n: number; first: ReconcileFinding }>();
  for (const f of core.findings) {
    if (f.severity === 'note') continue;
    const seen = byCode.get(f.code);
    if (seen) seen.n += 1;
    else byCode.set(f.code, { n: 1, first: f });
  }
  const reasons = [...byCode.values()].map(({ n, first }) => {
    const count = { vi: formatNumberVi(n), en: formatNumberEn(n) };
    const citations = [...new Set(first.explanation.reasons.flatMap((r) => r.citations))];
    return {
      code: first.code,
      text: RECONCILE_SUMMARY_MESSAGES.findingCount(first.explanation.outcome.label, first.severity as 'error' | 'warning', count, n === 1),
      citations,
    };
  });
  const explanation = explain({
    outcome:
      core.status === 'consistent'
        ? { code: 'consistent', label: RECONCILE_SUMMARY_MESSAGES.consistent }
        : { code: 'inconsistent', label: RECONCILE_SUMMARY_MESSAGES.inconsistent },
    reasons,
    options: core.options,
  });
  return Object.freeze({ ...core, explanation: deepFreeze(explanation) });
}
