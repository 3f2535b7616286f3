/**
 * Sums within a group: the parts against their stated total (HD 11-HD/BTCTW 2021 as summarised,
 * hierarchy-review-reports.md §3.1), non-disciplinary outcomes listed under a "xử lý kỷ luật" total
 * (seed 004, §5 decision 4; "đang xem xét" in the total: decision 5), and cross-cutting subsets
 * against the total they are part of.
 * @module
 */
import type { GroupClassification } from '../reconcileTypes.js';
import { describe, lazyDescribe, num, sumOf, type Figure, type FindingSink, type Group, type Path, type ResolvedOptions } from './context.js';
import { cites, OUTCOMES, REASONS } from './messages.js';

/** The total and every part of a group, with their paths. */
const figuresOf = (gp: Path, total: Figure, parts: readonly Figure[]) => [
  { path: [...gp, 'total'], value: total.value },
  ...parts.map((p, i) => ({ path: [...gp, 'parts', i] as Path, value: p.value })),
];

/** The parts against the total, and non-disciplinary outcomes under a discipline total. */
export function checkParts(g: Group, gp: Path, classification: GroupClassification, opts: ResolvedOptions, sink: FindingSink): void {
  const parts = g.parts ?? [];
  const total = g.total;
  if (!total || parts.length === 0) return;
  const complete = g.complete ?? !(total.measure === 'rating' && total.orBetter === true);
  const summed = parts.filter((p) => opts.pendingInTotal || !(p.measure === 'nonDisciplinary' && p.category === 'pending'));
  const values = summed.map((p) => p.value);
  const sum = values.reduce((a, b) => a + b, 0);
  const td = lazyDescribe(total);
  const rounded = Math.round(sum * 1e9) / 1e9;
  if (complete && rounded !== total.value) {
    sink.add('partsNotEqualTotal', 'error', gp, figuresOf(gp, total, parts), OUTCOMES.partsNotEqualTotal, [
      { code: 'partsNotEqualTotal', text: REASONS.partsNotEqualTotal(td(), sumOf(values), num(rounded)), citations: [cites().HD11] },
    ]);
  } else if (!complete && rounded > total.value) {
    sink.add('partsExceedTotal', 'error', gp, figuresOf(gp, total, parts), OUTCOMES.partsExceedTotal, [
      { code: 'partsExceedTotal', text: REASONS.partsExceedTotal(td(), sumOf(values), num(rounded)), citations: [cites().HD11] },
    ]);
  }
  // Extended outcomes under a discipline heading (seed 004).
  if (total.measure !== 'discipline') return;
  const others = parts.filter((p) => p.measure !== 'discipline');
  if (others.length === 0) return;
  const severity = opts.extendedOutcomesUnderDiscipline === 'error' ? 'error' : 'note';
  const text = REASONS.mixedHeading(td(), others.map(describe), num(classification.discipline), sumOf(others.map((p) => p.value)));
  sink.add('mixedHeading', severity, gp, figuresOf(gp, total, parts), OUTCOMES.mixedHeading, [{ code: 'mixedHeading', text, citations: [cites().ART35] }]);
}

/** Each cross-cutting subset must not exceed the total. */
export function checkSubsets(g: Group, gp: Path, sink: FindingSink): void {
  const total = g.total;
  for (const [i, s] of (g.subsets ?? []).entries()) {
    if (!total || s.value <= total.value) continue;
    const sp: Path = [...gp, 'subsets', i];
    sink.add('subsetExceedsTotal', 'error', sp, [{ path: [...gp, 'total'], value: total.value }, { path: sp, value: s.value }], OUTCOMES.subsetExceedsTotal, [
      { code: 'subsetExceedsTotal', text: REASONS.subsetExceedsTotal(describe(s), describe(total)), citations: [] },
    ]);
  }
}
