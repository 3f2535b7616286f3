/**
 * Printed percentages against their base, within the printed precision: half-up or truncation,
 * ±1 in the last printed digit by default (hierarchy-review-reports.md §3.6, §5 decision 8).
 * @module
 */
import { describe, decimalsOf, num, numFixed, type Figure, type FindingSink, type Group, type Path, type ResolvedOptions } from './context.js';
import { OUTCOMES, percentLabel, REASONS } from './messages.js';

function roundHalfUp(x: number, d: number): number {
  const f = 10 ** d;
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}
function truncate(x: number, d: number): number {
  const f = 10 ** d;
  return Math.floor(x * f + 1e-9) / f;
}

/** Check every printed percentage of a group: the total's, the parts' and the subsets' (of the total by default). */
export function checkPercents(g: Group, gp: Path, figuresById: ReadonlyMap<string, Figure>, opts: ResolvedOptions, sink: FindingSink): void {
  const total = g.total;
  if (total?.percent) checkPercent(total, [...gp, 'total'], undefined, figuresById, opts, sink);
  (g.parts ?? []).forEach((f, i) => {
    if (f.percent) checkPercent(f, [...gp, 'parts', i], total?.value, figuresById, opts, sink);
  });
  (g.subsets ?? []).forEach((f, i) => {
    if (f.percent) checkPercent(f, [...gp, 'subsets', i], total?.value, figuresById, opts, sink);
  });
}

function checkPercent(f: Figure, fp: Path, defaultBase: number | undefined, figuresById: ReadonlyMap<string, Figure>, opts: ResolvedOptions, sink: FindingSink): void {
  const pct = f.percent;
  if (!pct) return;
  let base = pct.base;
  if (base === undefined && pct.baseFigure !== undefined) base = figuresById.get(pct.baseFigure)?.value;
  if (base === undefined) base = defaultBase;
  const d = describe(f);
  const printedDecimals = pct.decimals ?? decimalsOf(pct.value);
  const shown = numFixed(pct.value, printedDecimals);
  const printed = percentLabel(shown);
  if (base === undefined || base === 0) {
    const text = base === 0 ? REASONS.percentOfZeroBase(printed, d) : REASONS.percentWithoutBase(printed, d);
    sink.add('percentWithoutBase', base === 0 && pct.value !== 0 ? 'error' : 'note', fp, [{ path: fp, value: f.value }], OUTCOMES.percentWithoutBase, [{ code: 'percentWithoutBase', text, citations: [] }]);
    return;
  }
  const exact = (f.value / base) * 100;
  const candidates: number[] = [];
  if (opts.percentRounding !== 'truncate') candidates.push(roundHalfUp(exact, printedDecimals));
  if (opts.percentRounding !== 'halfUp') candidates.push(truncate(exact, printedDecimals));
  const ulp = 10 ** -printedDecimals;
  if (candidates.some((c) => Math.abs(c - pct.value) <= opts.percentTolerance * ulp + 1e-9)) return;
  const text = REASONS.percentMismatch(d, num(base), numFixed(exact, Math.max(printedDecimals + 2, 2)), printed, opts.percentTolerance);
  sink.add('percentMismatch', 'error', fp, [{ path: fp, value: f.value }], OUTCOMES.percentMismatch, [{ code: 'percentMismatch', text, citations: [] }]);
}
