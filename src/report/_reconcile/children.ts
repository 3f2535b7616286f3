/**
 * Children against their parent: a figure the parent states must be the sum of the same figure in
 * its child units' reports ("số liệu thống kê phải được tổng hợp từ cơ sở trở lên": HD 11-HD/BTCTW
 * 2021 as summarised, hierarchy-review-reports.md §3.1). A figure a child does not state is unknown
 * or zero, as the option `missingChildFigures` says.
 * @module
 */
import type { ReconcileReportInput } from '../reconcileTypes.js';
import { lazyDescribe, num, sumOf, type Figure, type FindingSink, type Group, type Located, type Path, type ResolvedOptions } from './context.js';
import { cites, OUTCOMES, REASONS } from './messages.js';

type At = { f: Figure; path: Path };

/** The key under which a figure is compared between a parent and its children. */
function figureKey(f: Figure): string {
  return [f.measure, f.subject ?? '', f.category ?? '', f.orBetter ? 'orBetter' : '', f.subset ?? ''].join('|');
}

/** The first figure of each key in a child's report. */
function childFigures(c: ReconcileReportInput, path: Path, ci: number): Map<string, At> {
  const m = new Map<string, At>();
  (c.groups as Group[]).forEach((g, gi) => {
    const gp = [...path, 'children', ci, 'groups', gi];
    const list: At[] = [];
    if (g.total) list.push({ f: g.total, path: [...gp, 'total'] });
    (g.parts ?? []).forEach((f, i) => list.push({ f, path: [...gp, 'parts', i] }));
    (g.subsets ?? []).forEach((f, i) => list.push({ f, path: [...gp, 'subsets', i] }));
    for (const x of list) if (!m.has(figureKey(x.f))) m.set(figureKey(x.f), x);
  });
  return m;
}

/** Check each of the parent's figures against the same figure in its children's reports. */
export function checkChildren(r: ReconcileReportInput, path: Path, all: readonly Located[], opts: ResolvedOptions, sink: FindingSink): void {
  const children = r.children ?? [];
  if (children.length === 0) return;
  const parentFigures = new Map<string, At>();
  for (const x of all) if (!parentFigures.has(figureKey(x.f))) parentFigures.set(figureKey(x.f), x);
  const childMaps = parentFigures.size === 0 ? [] : children.map((c, ci) => childFigures(c, path, ci));
  for (const [key, pf] of parentFigures) {
    const stated = childMaps.map((m) => m.get(key)).filter((x): x is At => x !== undefined);
    if (stated.length === 0) continue;
    const values = stated.map((x) => x.f.value);
    const sum = Math.round(values.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
    const allStated = stated.length === children.length || opts.missingChildFigures === 'zero';
    const pd = lazyDescribe(pf.f);
    const figs = [{ path: pf.path, value: pf.f.value }, ...stated.map((x) => ({ path: x.path, value: x.f.value }))];
    if (allStated && sum !== pf.f.value) {
      sink.add('childrenNotEqualParent', 'error', pf.path, figs, OUTCOMES.childrenNotEqualParent, [
        { code: 'childrenNotEqualParent', text: REASONS.childrenNotEqualParent(pd(), stated.length, sumOf(values), num(sum)), citations: [cites().HD11] },
      ]);
    } else if (!allStated && sum > pf.f.value) {
      sink.add('childrenExceedParent', 'error', pf.path, figs, OUTCOMES.childrenExceedParent, [
        { code: 'childrenExceedParent', text: REASONS.childrenExceedParent(pd(), stated.length, children.length, sumOf(values), num(sum)), citations: [cites().HD11] },
      ]);
    } else if (!allStated) {
      sink.add('childrenPartial', 'note', pf.path, figs, OUTCOMES.childrenPartial, [
        { code: 'childrenPartial', text: REASONS.childrenPartial(pd(), stated.length, children.length), citations: [] },
      ]);
    }
  }
}
