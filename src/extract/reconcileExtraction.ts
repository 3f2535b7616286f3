/**
 * Reconciling what the narrative reader read with the report area's {@link reconcile}, so that
 * one engine judges figures typed in by a unit and figures read from prose (issue 8: "breakdowns
 * … checked by the reconciliation of the report area, with its Explanation"; issue 7:
 * reconciliation of "a report that states totals and parts (typed in by a unit, or read from prose
 * by the narrative reader)").
 *
 * The mapping (hierarchy-review-reports.md §3.3, §3.5, §4, §5 decisions 4, 5, 13, 14):
 * - `discipline` → `discipline` (a form, or no category for "xử lý kỷ luật N …");
 * - `reminder` (nhắc nhở, phê bình, rút kinh nghiệm), `nonDisciplinary` (xóa tên, đình chỉ …) and
 *   `pending` (đang xem xét xử lý) → `nonDisciplinary` with that measure as category;
 * - `rating` → `rating`; "hoàn thành tốt nhiệm vụ trở lên" (`goodOrBetter`) → `good` with
 *   `orBetter: true`, "hoàn thành nhiệm vụ trở lên" (`satisfactoryOrBetter`) → `satisfactory` with
 *   `orBetter: true`; a "không hoàn thành nhiệm vụ" rating given as the outcome of a discipline or
 *   disposition total (seed 004: "xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân")
 *   → `nonDisciplinary` / `unsatisfactoryRating`, the vocabulary's code for that outcome;
 * - the total of a findings → outcomes pair (`disposition` breakdown: "6 tập thể và 32 cá nhân
 *   được xác định có biểu hiện suy thoái" then "khiển trách 1 tập thể, nhắc nhở 5 tập thể; …")
 *   → `disposition`, reconcile's "xử lý" total that covers discipline and other outcomes;
 * - `suggestedReview`, `reviewed` → `review`, `degradationFound`, `disciplineProcedure` as such;
 *   `proposedDiscipline`, `violationFound`, `inspected`, `supervised` → `other` (checked
 *   arithmetically, never classified: a proposal is not a decision);
 * - subjects: "đảng viên" → `member` ("đảng viên dự bị" → `probationaryMember`, "đảng viên chính
 *   thức" → `officialMember`), "cán bộ", "cá nhân", "đồng chí" → `individual`, TCCSĐ → `tccsd`,
 *   chi bộ trực thuộc → `directBranch`, "tổ chức đảng", "chi bộ", "đảng bộ" → `organization`,
 *   "tập thể" → `collective`, "cấp ủy" → `leadershipCollective`; a count without a subject noun
 *   takes none (reconcile then checks no form against a subject);
 * - cross-cutting subsets ("trong đó có 7 cán bộ thuộc diện Thành ủy quản lý") → `subsets`, never
 *   added; a printed percentage → `percent` (its base: the group's total), except a level's share
 *   under a "trở lên" total, whose base the text does not give (§3.5 [P8], §5 decision 7);
 * - approximate figures ("gần", "hơn", "khoảng") are not summed: reconcile has no approximate
 *   figure, so the group is given without its total and the sum gets no verdict.
 * Every figure keeps the quote and span it was read from (`text`, `span`).
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import { extractionResultInputSchema } from './_resultInput.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type Reason } from '../explain/explanation.js';
import { formatNumberEn, formatNumberVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import {
  reconcile,
  reconcileOptionsSchema,
  reconcileWith,
  type FigureMeasure,
  type FigureSubject,
  type GroupClassification,
  type ReconcileFinding,
  type ReconcileOptions,
  type ReconcileReportInput,
  type ReconcileResult,
  type StatedFigure,
  type StatedGroup,
} from '../report/reconcile.js';
import * as z from 'zod/mini';
import type { ExtractedBreakdown, ExtractedTally, ExtractionResult, StatedBreakdownKind } from './extractTallies.js';
import type { StatedBreakdownCheck, StatedBreakdownStatus } from './checkStatedBreakdown.js';
import { wordKey } from './normalize.js';

/**
 * Options of {@link reconcileExtraction}.
 * @category Extract
 */
export interface ExtractionReconcileOptions {
  /** The unit the text reports on (passed to reconcile as the report's unit). */
  readonly unit?: string;
  /** The rating year, so that reconcile can check the HTXSNV quota of that year's rule set. */
  readonly ratingYear?: number;
  /** Options of the report area's {@link reconcile} (pending cases in the total, mixed headings, percentages …). */
  readonly reconcile?: ReconcileOptions;
}

/**
 * Which extracted tallies one reconciled group holds (indexes into `tallies`).
 * @category Extract
 */
export interface ExtractionReconcileGroup {
  /** Index of the breakdown in `breakdowns`, when the group is one. */
  readonly breakdown?: number;
  /** The total (absent when an approximate total is left out of the sum). */
  readonly total?: number;
  /** The parts. */
  readonly parts: readonly number[];
  /** The cross-cutting subsets. */
  readonly subsets: readonly number[];
}

/**
 * A reconcile finding together with the extracted tallies it names.
 * @category Extract
 */
export interface ExtractionFinding {
  /** The finding, as reconcile gives it (path into `report`). */
  readonly finding: ReconcileFinding;
  /** Indexes in `tallies` of the figures the finding names, in its order. */
  readonly tallies: readonly number[];
}

/**
 * The result of {@link reconcileExtraction}.
 * @category Extract
 */
export interface ExtractionReconciliation {
  /** The report handed to reconcile: one group per breakdown, then one per other tally. */
  readonly report: ReconcileReportInput;
  /** For each group of `report.groups`, the tallies it holds. */
  readonly groups: readonly ExtractionReconcileGroup[];
  /** Reconcile's result, unchanged. */
  readonly result: ReconcileResult;
  /** Reconcile's findings with the tallies they name. */
  readonly findings: readonly ExtractionFinding[];
  /** Tallies left out: repeated statements (`repeatOf`), which would report the same finding twice, and counts too large to be exact (beyond 2^53). */
  readonly skipped: readonly number[];
}

/**
 * The options of {@link reconcileExtraction}, built on first use; `reconcile` with the report
 * area's own schema of {@link ReconcileOptions}.
 * @internal
 */
export const extractionReconcileOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      unit: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      ratingYear: z.optional(z.number().check(z.int(), z.gte(1930), z.lte(9999))),
      reconcile: z.optional(reconcileOptionsSchema),
    }),
  ),
);

/** The per-word keys of a phrase, joined by single spaces. */
const phraseKey = (phrase: string): string =>
  phrase
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => wordKey(w))
    .join(' ');
const DU_BI = /* @__PURE__ */ phraseKey('dự bị');
const CHINH_THUC = /* @__PURE__ */ phraseKey('chính thức');

function figureSubject(t: ExtractedTally): FigureSubject | undefined {
  if (t.subject === 'unknown') return undefined;
  switch (t.unitKind) {
    case 'probationaryMember':
      return 'probationaryMember';
    case 'officialMember':
      return 'officialMember';
    case 'member': {
      const key = t.noun === null ? '' : phraseKey(t.noun);
      if (key.includes(DU_BI)) return 'probationaryMember';
      if (key.includes(CHINH_THUC)) return 'officialMember';
      return 'member';
    }
    case 'cadre':
    case 'person':
      return 'individual';
    case 'tccsd':
      return 'tccsd';
    case 'directBranch':
      return 'directBranch';
    case 'partyOrganization':
      return 'organization';
    case 'collective':
      return 'collective';
    case 'committee':
      return 'leadershipCollective';
    default:
      return t.subject === 'individual' ? 'individual' : 'collective';
  }
}

type Role = 'total' | 'part' | 'subset' | 'alone';

/** A count reconcile can take as exact: read digits beyond 2^53 are not exact (and may be Infinity). */
const exactCount = (t: ExtractedTally): boolean => Number.isSafeInteger(t.count);

/** The stated figure of an extracted tally, in its place in a group. */
function toFigure(
  t: ExtractedTally,
  role: Role,
  context: { totalMeasure?: ExtractedTally['measure']; totalCategory?: ExtractedTally['category']; kind?: StatedBreakdownKind },
): StatedFigure {
  let measure: FigureMeasure;
  let category: StatedFigure['category'];
  let orBetter: boolean | undefined;
  const outcomeOf = role === 'part' && (context.kind === 'disposition' || context.totalMeasure === 'discipline');
  switch (t.measure) {
    case 'discipline':
      measure = 'discipline';
      if (t.category !== 'total') category = t.category as StatedFigure['category'];
      break;
    case 'reminder':
    case 'nonDisciplinary':
    case 'pending':
      measure = 'nonDisciplinary';
      category = t.category as StatedFigure['category'];
      break;
    case 'rating':
      if (outcomeOf && t.category === 'unsatisfactory') {
        measure = 'nonDisciplinary';
        category = 'unsatisfactoryRating';
        break;
      }
      measure = 'rating';
      if (t.category === 'goodOrBetter') {
        category = 'good';
        orBetter = true;
      } else if (t.category === 'satisfactoryOrBetter') {
        category = 'satisfactory';
        orBetter = true;
      } else if (t.category !== 'total') category = t.category as StatedFigure['category'];
      break;
    case 'suggestedReview':
      measure = 'suggestedReview';
      break;
    case 'reviewed':
      measure = 'review';
      break;
    case 'degradationFound':
      measure = 'degradationFound';
      break;
    case 'disciplineProcedure':
      measure = 'disciplineProcedure';
      break;
    default:
      measure = 'other';
  }
  if (role === 'total' && context.kind === 'disposition') {
    measure = 'disposition';
    category = undefined;
    orBetter = undefined;
  }
  const subject = figureSubject(t);
  // Under a "trở lên" total, a level's printed share is of everyone rated ("đạt 91,2%, trong đó có
  // 23,8% xếp loại hoàn thành xuất sắc nhiệm vụ", §3.5 [P8]), not of the total: the base is not in
  // the text (§5 decision 7), and reconcile would take the total, so the share is not handed on.
  const shareOfUnstatedBase =
    role !== 'total' && role !== 'alone' && (context.totalCategory === 'goodOrBetter' || context.totalCategory === 'satisfactoryOrBetter');
  return {
    id: `t${t.index}`,
    value: t.count,
    measure,
    ...(subject !== undefined ? { subject } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(orBetter ? { orBetter } : {}),
    ...(t.percent !== undefined && Number.isFinite(t.percent) && !shareOfUnstatedBase ? { percent: { value: t.percent } } : {}),
    text: t.quote.length > 2000 ? t.quote.slice(0, 2000) : t.quote,
    span: [t.span[0], t.span[1]],
  };
}

interface Built {
  readonly groups: StatedGroup[];
  readonly map: ExtractionReconcileGroup[];
  readonly skipped: number[];
}

/** One reconcile group per breakdown (in order), then one per remaining tally that is not a part or a subset. */
function buildGroups(tallies: readonly ExtractedTally[], breakdowns: readonly Pick<ExtractedBreakdown, 'total' | 'parts' | 'kind'>[], withStandalone: boolean): Built {
  const groups: StatedGroup[] = [];
  const map: ExtractionReconcileGroup[] = [];
  const skipped: number[] = [];
  const subsetsOf = new Map<number, number[]>();
  for (const t of tallies) {
    if (t.role === 'subset' && t.partOf !== undefined) {
      const list = subsetsOf.get(t.partOf) ?? [];
      list.push(t.index);
      subsetsOf.set(t.partOf, list);
    }
  }
  const inGroup = new Set<number>();
  breakdowns.forEach((b, bi) => {
    const total = tallies[b.total];
    if (!total) return;
    const stated = b.parts.filter((p) => tallies[p] !== undefined);
    const approximate = total.approx !== undefined || !exactCount(total) || stated.some((p) => tallies[p]?.approx !== undefined || !exactCount(tallies[p] as ExtractedTally));
    const parts = stated.filter((p) => exactCount(tallies[p] as ExtractedTally));
    const ctx = { totalMeasure: total.measure, totalCategory: total.category, kind: b.kind };
    const subsets = (subsetsOf.get(b.total) ?? []).filter((x) => exactCount(tallies[x] as ExtractedTally));
    const group: StatedGroup = {
      id: `breakdown${bi}`,
      ...(approximate ? {} : { total: toFigure(total, 'total', ctx) }),
      parts: parts.map((p) => toFigure(tallies[p] as ExtractedTally, 'part', ctx)),
      ...(subsets.length > 0 && !approximate ? { subsets: subsets.map((s) => toFigure(tallies[s] as ExtractedTally, 'subset', ctx)) } : {}),
    };
    groups.push(group);
    map.push({ breakdown: bi, ...(approximate ? {} : { total: b.total }), parts, subsets: approximate ? [] : subsets });
    inGroup.add(b.total);
    for (const p of stated) inGroup.add(p);
    if (!approximate) for (const s of subsets) inGroup.add(s);
  });
  if (!withStandalone) return { groups, map, skipped };
  for (const t of tallies) {
    if (inGroup.has(t.index)) continue;
    if (t.repeatOf !== undefined || !exactCount(t)) {
      skipped.push(t.index);
      continue;
    }
    if (t.role === 'subset' && t.partOf !== undefined && !inGroup.has(t.partOf) && tallies[t.partOf]?.repeatOf === undefined) continue; // placed with its total below
    const subsets = (subsetsOf.get(t.index) ?? []).filter((s) => !inGroup.has(s) && exactCount(tallies[s] as ExtractedTally));
    const exact = t.approx === undefined;
    groups.push({
      id: `tally${t.index}`,
      total: toFigure(t, 'alone', {}),
      ...(subsets.length > 0 && exact ? { subsets: subsets.map((s) => toFigure(tallies[s] as ExtractedTally, 'subset', { totalMeasure: t.measure, totalCategory: t.category })) } : {}),
    });
    map.push({ total: t.index, parts: [], subsets: exact ? subsets : [] });
    inGroup.add(t.index);
    for (const s of subsets) {
      if (exact) {
        inGroup.add(s);
        continue;
      }
      // Beside an approximate total, a subset is checked on its own.
      groups.push({ id: `tally${s}`, total: toFigure(tallies[s] as ExtractedTally, 'alone', {}) });
      map.push({ total: s, parts: [], subsets: [] });
      inGroup.add(s);
    }
  }
  return { groups, map, skipped };
}

/** The tally indexes a finding names, through the figures' paths. */
function findingTallies(f: ReconcileFinding, map: readonly ExtractionReconcileGroup[]): number[] {
  const out: number[] = [];
  const pathToTally = (p: readonly (string | number)[]): number | undefined => {
    if (p[0] !== 'groups' || typeof p[1] !== 'number') return undefined;
    const g = map[p[1]];
    if (!g) return undefined;
    if (p[2] === 'total') return g.total;
    if (p[2] === 'parts' && typeof p[3] === 'number') return g.parts[p[3]];
    if (p[2] === 'subsets' && typeof p[3] === 'number') return g.subsets[p[3]];
    return undefined;
  };
  for (const fig of f.figures) {
    const t = pathToTally(fig.path);
    if (t !== undefined && !out.includes(t)) out.push(t);
  }
  if (out.length === 0) {
    const t = pathToTally(f.path);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/**
 * Reconcile what {@link extractTallies} read with the report area's {@link reconcile}: each stated
 * breakdown becomes a group (total, parts, cross-cutting subsets), every other tally a group of
 * its own, each figure keeping its quote and span; reconcile then lists every inconsistency
 * (parts not adding up, a form impossible for the subject, a subset above its total, a printed
 * percentage off its base, the HTXSNV quota when `ratingYear` is given …) with its Explanation.
 *
 * @example
 * ```ts
 * import { extractTallies, reconcileExtraction } from 'nq4';
 * const read = extractTallies('Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng.');
 * const r = reconcileExtraction(read);
 * r.result.consistent; // false
 * r.findings.map((f) => [f.finding.code, f.tallies]); // [['formImpossibleForSubject', [2]]]
 * ```
 * @throws {@link Nq4Error} when `result` is not a reading (`null`, `{}`, a malformed tally, named by
 * its index), and for unknown or malformed options.
 * @category Extract
 */
export function reconcileExtraction(result: ExtractionResult, options?: ExtractionReconcileOptions): ExtractionReconciliation {
  parseInput(extractionResultInputSchema, result, ['result']);
  const o: ExtractionReconcileOptions = parseInput(extractionReconcileOptionsSchema, options, ['options']) ?? {};
  const built = buildGroups(result.tallies, result.breakdowns, true);
  const report: ReconcileReportInput = {
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
    ...(o.ratingYear !== undefined ? { ratingYear: o.ratingYear } : {}),
    groups: built.groups,
  };
  const res = reconcile(report, o.reconcile);
  return deepFreeze({
    report,
    groups: built.map,
    result: res,
    findings: res.findings.map((finding) => ({ finding, tallies: findingTallies(finding, built.map) })),
    skipped: built.skipped,
  });
}

// ---------------------------------------------------------------------------------------------
// The check of each breakdown, for extractTallies and checkStatedBreakdown.

const OUTCOME: Record<StatedBreakdownStatus, Label> = {
  addsUp: { vi: 'Các số thành phần cộng lại bằng tổng', en: 'The parts add up to the total' },
  partsBelowTotal: { vi: 'Các số thành phần cộng lại nhỏ hơn tổng', en: 'The parts add up to less than the total' },
  partsAboveTotal: { vi: 'Các số thành phần cộng lại lớn hơn tổng', en: 'The parts add up to more than the total' },
  approximate: { vi: 'Có số ước lượng, không kết luận được', en: 'Approximate figures: no verdict' },
};

const READ_CAVEAT: Label = {
  vi: 'Số liệu do nq4 đọc từ văn bản tường thuật; cần đối chiếu với văn bản gốc.',
  en: 'Figures read by nq4 from narrative text; check them against the source.',
};

const SUM_CODES = /* @__PURE__ */ new Set(['partsNotEqualTotal', 'partsExceedTotal']);

/** A group to check: total and parts as stated figures, whether approximate, extra caveats. */
export interface BreakdownToCheck {
  readonly total: StatedFigure;
  readonly parts: readonly StatedFigure[];
  readonly subsets?: readonly StatedFigure[];
  readonly approximate: boolean;
  readonly caveats: readonly Label[];
}

/**
 * Check several breakdowns with one call of {@link reconcile} and turn each group's findings
 * into a {@link StatedBreakdownCheck}. @internal
 */
export function checkBreakdownsWithReconcile(items: readonly BreakdownToCheck[], options?: ReconcileOptions): StatedBreakdownCheck[] {
  if (items.length === 0) return [];
  const groups: StatedGroup[] = items.map((it, i) => ({
    id: `breakdown${i}`,
    ...(it.approximate ? {} : { total: it.total }),
    parts: it.parts.filter((p) => Number.isSafeInteger(p.value)),
    ...(it.subsets && it.subsets.length > 0 && !it.approximate ? { subsets: [...it.subsets] } : {}),
  }));
  // No rating year here, so no quota to check: reconcileWith without a rule-set lookup reconciles
  // exactly as reconcile does, and keeps the rating rule sets out of extractTallies' bundle.
  const res = reconcileWith({ groups }, options, undefined);
  const pendingInTotal = res.options.find((a) => a.name === 'pendingInTotal')?.value !== false;
  const byGroup = new Map<number, ReconcileFinding[]>();
  for (const f of res.findings) {
    const gi = f.path[0] === 'groups' && typeof f.path[1] === 'number' ? f.path[1] : -1;
    if (gi < 0) continue;
    const list = byGroup.get(gi) ?? [];
    list.push(f);
    byGroup.set(gi, list);
  }
  return items.map((it, i) => {
    const findings = byGroup.get(i) ?? [];
    const summed = it.parts.filter((p) => pendingInTotal || !(p.measure === 'nonDisciplinary' && p.category === 'pending'));
    const values = summed.map((p) => p.value);
    const sum = values.reduce((a, b) => a + b, 0);
    const total = it.total.value;
    const difference = sum - total;
    const status: StatedBreakdownStatus = it.approximate ? 'approximate' : difference === 0 ? 'addsUp' : difference < 0 ? 'partsBelowTotal' : 'partsAboveTotal';
    const vi = `${values.map((p) => formatNumberVi(p)).join(' + ')} = ${formatNumberVi(sum)}; tổng ghi trong văn bản: ${formatNumberVi(total)}`;
    const en = `${values.map((p) => formatNumberEn(p)).join(' + ')} = ${formatNumberEn(sum)}; total printed: ${formatNumberEn(total)}`;
    const reasons: Reason[] = [{ code: 'sum', text: { vi: `${vi}.`, en: `${en}.` }, citations: [] }];
    for (const f of findings) {
      if (SUM_CODES.has(f.code)) continue; // the sum reason above says it, with the same figures
      for (const r of f.explanation.reasons) reasons.push(r);
    }
    const sumFinding = findings.find((f) => SUM_CODES.has(f.code));
    if (sumFinding) for (const r of sumFinding.explanation.reasons) reasons.push(r);
    const consistent = !findings.some((f) => f.severity === 'error');
    const base = OUTCOME[status];
    const label: Label =
      consistent || status !== 'addsUp' ? base : { vi: `${base.vi}, nhưng có điểm không nhất quán`, en: `${base.en}, but the figures are inconsistent` };
    const explanation = explain({
      outcome: { code: status, label },
      reasons,
      caveats: [READ_CAVEAT, ...it.caveats, NOT_AN_OFFICIAL_DECISION],
    });
    const classification = res.groups[i]?.classification as GroupClassification;
    return {
      status,
      total,
      sum,
      difference,
      consistent,
      findings,
      classification,
      explanation,
    };
  });
}

/**
 * The checks of the breakdowns of a reading, from one call of {@link reconcile}. @internal
 */
export function checkExtractedBreakdowns(
  tallies: readonly ExtractedTally[],
  breakdowns: readonly (Pick<ExtractedBreakdown, 'total' | 'parts' | 'kind'> & { readonly caveats: readonly Label[] })[],
  options?: ReconcileOptions,
): StatedBreakdownCheck[] {
  const subsetsOf = new Map<number, ExtractedTally[]>();
  for (const x of tallies) {
    if (x.role !== 'subset' || x.partOf === undefined) continue;
    const list = subsetsOf.get(x.partOf) ?? [];
    list.push(x);
    subsetsOf.set(x.partOf, list);
  }
  const items = breakdowns.map((b): BreakdownToCheck => {
    const t = tallies[b.total] as ExtractedTally;
    const ctx = { totalMeasure: t.measure, totalCategory: t.category, kind: b.kind };
    const parts = b.parts.map((p) => tallies[p] as ExtractedTally);
    return {
      total: toFigure(t, 'total', ctx),
      parts: parts.map((p) => toFigure(p, 'part', ctx)),
      subsets: (subsetsOf.get(b.total) ?? []).filter(exactCount).map((s) => toFigure(s, 'subset', ctx)),
      approximate: t.approx !== undefined || !exactCount(t) || parts.some((p) => p.approx !== undefined || !exactCount(p)),
      caveats: b.caveats,
    };
  });
  return checkBreakdownsWithReconcile(items, options);
}
