/**
 * The check of each stated breakdown with the report area's reconcile, shared by
 * {@link extractTallies}, {@link checkStatedBreakdown} and {@link reconcileExtraction}; and the
 * turning of an extracted tally into a stated figure. A module of its own so those three import it
 * and never each other (issue 14: no import cycle).
 * @module
 */
import { explain, NOT_AN_OFFICIAL_DECISION, type Explanation, type Reason } from '../explain/explanation.js';
import { formatNumberEn, formatNumberVi } from '../i18n/format.js';
import type { Label } from '../i18n/label.js';
import { reconcileWith, type FigureMeasure, type FigureSubject, type GroupClassification, type ReconcileFinding, type ReconcileOptions, type StatedFigure, type StatedGroup } from '../report/reconcile.js';
import { wordKey } from './normalize.js';
import { BREAKDOWN_MESSAGES, BREAKDOWN_OUTCOME_MESSAGES } from './_messages.js';
import type { ExtractedBreakdown, ExtractedTally, StatedBreakdownCheck, StatedBreakdownKind, StatedBreakdownStatus } from './types.js';

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

/** @internal */
export type Role = 'total' | 'part' | 'subset' | 'alone';

/** A count reconcile can take as exact: read digits beyond 2^53 are not exact (and may be Infinity). */
export const exactCount = (t: ExtractedTally): boolean => Number.isSafeInteger(t.count);

/** The stated figure of an extracted tally, in its place in a group; with its span unless `located` is false (see {@link unlocated}). */
export function toFigure(
  t: ExtractedTally,
  role: Role,
  context: { totalMeasure?: ExtractedTally['measure']; totalCategory?: ExtractedTally['category']; kind?: StatedBreakdownKind },
  located = true,
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
  // Field by field in a fixed order, without a spread per optional field.
  const f: { -readonly [K in keyof StatedFigure]: StatedFigure[K] } = { id: `t${t.index}`, value: t.count, measure };
  if (subject !== undefined) f.subject = subject;
  if (category !== undefined) f.category = category;
  if (orBetter) f.orBetter = orBetter;
  if (t.percent !== undefined && Number.isFinite(t.percent) && !shareOfUnstatedBase) f.percent = { value: t.percent };
  f.text = t.quote.length > 2000 ? t.quote.slice(0, 2000) : t.quote;
  if (located) f.span = [t.span[0], t.span[1]];
  return f;
}


// ---------------------------------------------------------------------------------------------
// The check of each breakdown, for extractTallies and checkStatedBreakdown.

// The texts (frozen, so that explain() shares them) are in ./_messages.ts.

const SUM_CODES = /* @__PURE__ */ new Set(['partsNotEqualTotal', 'partsExceedTotal']);

/**
 * A figure without its span. Reconcile never reads a span back (findings name figures by path and
 * value), and a figure with one is re-validated by the report schema (the fast hand check takes
 * none); the check of a breakdown built here has only valid spans, so it hands on none.
 */
function unlocated(f: StatedFigure): StatedFigure {
  if (f.span === undefined) return f;
  const { span: _span, ...rest } = f;
  return rest;
}

/** A whole number below 1,000 is written the same in both languages, without a separator: no formatter needed. */
const small = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < 1000;
const numberVi = (n: number): string => (small(n) ? String(n) : formatNumberVi(n));
const numberEn = (n: number): string => (small(n) ? String(n) : formatNumberEn(n));

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
 * into a {@link StatedBreakdownCheck}; with `lazy`, each explanation is built when first read
 * (freeze such checks with {@link freezeCheck}, and pass only frozen or the library's own caveats). @internal
 */
export function checkBreakdownsWithReconcile(items: readonly BreakdownToCheck[], options?: ReconcileOptions, lazy = false): StatedBreakdownCheck[] {
  if (items.length === 0) return [];
  const groups: StatedGroup[] = items.map((it, i) => ({
    id: `breakdown${i}`,
    ...(it.approximate ? {} : { total: unlocated(it.total) }),
    parts: it.parts.filter((p) => Number.isSafeInteger(p.value)).map(unlocated),
    ...(it.subsets && it.subsets.length > 0 && !it.approximate ? { subsets: it.subsets.map(unlocated) } : {}),
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
    const consistent = !findings.some((f) => f.severity === 'error');
    const classification = res.groups[i]?.classification as GroupClassification;
    const check = {
      status,
      total,
      sum,
      difference,
      reconcileStatus: consistent ? ('consistent' as const) : ('inconsistent' as const),
      consistent,
      findings,
      classification,
      explanation: undefined as unknown as Explanation, // set or defined below, in this place of the key order
    } as { -readonly [K in keyof StatedBreakdownCheck]: StatedBreakdownCheck[K] };
    const build = (): Explanation => checkExplanation(status, consistent, values, sum, total, findings, it.caveats);
    if (!lazy) {
      check.explanation = build();
      return check;
    }
    // Built on first read, once: the same frozen explanation whenever it is read, and none built for
    // a reading whose checks nobody explains (an office reading thousands of reports). Its inputs are
    // all frozen or the library's own, so the later build sees what an eager one would have.
    let explanation: Explanation | undefined;
    Object.defineProperty(check, 'explanation', { enumerable: true, get: () => (explanation ??= build()) });
    return check;
  });
}

/** The explanation of one check: the sum, reconcile's reasons, the outcome and the caveats. */
function checkExplanation(
  status: StatedBreakdownStatus,
  consistent: boolean,
  values: readonly number[],
  sum: number,
  total: number,
  findings: readonly ReconcileFinding[],
  caveats: readonly Label[],
): Explanation {
  const sumVi = `${values.map((p) => numberVi(p)).join(' + ')} = ${numberVi(sum)}`;
  const sumEn = `${values.map((p) => numberEn(p)).join(' + ')} = ${numberEn(sum)}`;
  const reasons: Reason[] = [{ code: 'sum', text: BREAKDOWN_MESSAGES.sum(sumVi, sumEn, numberVi(total), numberEn(total)), citations: [] }];
  for (const f of findings) {
    if (SUM_CODES.has(f.code)) continue; // the sum reason above says it, with the same figures
    for (const r of f.explanation.reasons) reasons.push(r);
  }
  const sumFinding = findings.find((f) => SUM_CODES.has(f.code));
  if (sumFinding) for (const r of sumFinding.explanation.reasons) reasons.push(r);
  const base = BREAKDOWN_OUTCOME_MESSAGES[status];
  const label: Label = consistent || status !== 'addsUp' ? base : BREAKDOWN_MESSAGES.addsUpButInconsistent(base);
  return explain({
    outcome: { code: status, label },
    reasons,
    caveats: [BREAKDOWN_MESSAGES.readCaveat, ...caveats, NOT_AN_OFFICIAL_DECISION],
  });
}

/**
 * Freeze a check of {@link checkBreakdownsWithReconcile} without reading its explanation (a walk
 * such as deepFreeze would build a lazy one): the check, its list of findings (each frozen by
 * reconcile) and its classification (frozen by reconcile too). @internal
 */
export function freezeCheck(check: StatedBreakdownCheck): void {
  Object.freeze(check.findings);
  Object.freeze(check.classification);
  Object.freeze(check);
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
      // Without spans: the check hands reconcile none (see unlocated), so none is built.
      total: toFigure(t, 'total', ctx, false),
      parts: parts.map((p) => toFigure(p, 'part', ctx, false)),
      subsets: (subsetsOf.get(b.total) ?? []).filter(exactCount).map((s) => toFigure(s, 'subset', ctx, false)),
      approximate: t.approx !== undefined || !exactCount(t) || parts.some((p) => p.approx !== undefined || !exactCount(p)),
      caveats: b.caveats,
    };
  });
  // The caveats are the reader's own frozen labels: the explanations can wait until read.
  return checkBreakdownsWithReconcile(items, options, true);
}
