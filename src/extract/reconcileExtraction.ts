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
import {
  reconcile,
  reconcileOptionsSchema,
  type ReconcileFinding,
  type ReconcileOptions,
  type ReconcileReportInput,
  type ReconcileResult,
  type StatedGroup,
} from '../report/reconcile.js';
import * as z from 'zod/mini';
import type { ExtractedBreakdown, ExtractedTally, ExtractionResult } from './types.js';
import { exactCount, toFigure } from './_checkBreakdowns.js';

/**
 * Options of {@link reconcileExtraction}.
 * @example
 * ```ts
 * import { extractTallies, reconcileExtraction, type ReconcileExtractionOptions } from 'nq4';
 * const options: ReconcileExtractionOptions = { unit: 'Đảng bộ xã A', ratingYear: 2025 };
 * reconcileExtraction(extractTallies('Thi hành kỷ luật 3 đảng viên.'), options).result.status; // 'consistent'
 * ```
 * @category Extract
 */
export interface ReconcileExtractionOptions {
  /** The unit the text reports on (passed to reconcile as the report's unit). */
  readonly unit?: string;
  /** The rating year, so that reconcile can check the HTXSNV quota of that year's rule set. */
  readonly ratingYear?: number;
  /** Options of the report area's {@link reconcile} (pending cases in the total, mixed headings, percentages …). */
  readonly reconcile?: ReconcileOptions;
}

/**
 * The former name of {@link ReconcileExtractionOptions}.
 * @deprecated Use {@link ReconcileExtractionOptions}; this name goes in the next minor version.
 * @example
 * ```ts
 * import type { ExtractionReconcileOptions } from 'nq4';
 * const options: ExtractionReconcileOptions = { ratingYear: 2025 };
 * ```
 * @category Extract
 */
export type ExtractionReconcileOptions = ReconcileExtractionOptions;

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
 * r.result.status; // 'inconsistent'
 * r.findings.map((f) => [f.finding.code, f.tallies]); // [['formImpossibleForSubject', [2]]]
 * ```
 * @throws {@link Nq4Error} when `result` is not a reading (`null`, `{}`, a malformed tally, named by
 * its index), and for unknown or malformed options.
 * @category Extract
 */
export function reconcileExtraction(result: ExtractionResult, options?: ReconcileExtractionOptions): ExtractionReconciliation {
  parseInput(extractionResultInputSchema, result, ['result']);
  const o: ReconcileExtractionOptions = parseInput(extractionReconcileOptionsSchema, options, ['options']) ?? {};
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
