/**
 * reconcile over 200,000 stated groups (issue 15: linear, at least 100,000 groups per second),
 * as one flat report and as 20,000 child reports of 10 groups, next to a baseline: a hand-written
 * loop that only adds each group's parts and compares them with its total. Run:
 * `npx vitest bench --run bench/report/reconcile.bench.ts` (also part of `npm run bench`).
 * Before issue 15 (zod over the whole report, every label built eagerly): ~10,000–14,000 groups/s
 * on the shared 2-CPU machine.
 */
import { bench, describe } from 'vitest';
import { reconcile, type ReconcileReportInput, type StatedGroup } from '../../src/report/index.js';

const N = 200_000;
const group = (i: number): StatedGroup => ({
  total: { measure: 'discipline', subject: 'individual', value: 5 + (i % 3) },
  parts: [
    { measure: 'discipline', subject: 'member', category: 'reprimand', value: 3 },
    { measure: 'discipline', subject: 'member', category: 'warning', value: 2 + (i % 3) },
  ],
});
const flat: ReconcileReportInput = { groups: Array.from({ length: N }, (_, i) => group(i)) };
const nested: ReconcileReportInput = {
  groups: [group(0)],
  children: Array.from({ length: N / 10 }, (_, c) => ({ groups: Array.from({ length: 10 }, (_, j) => group(c * 10 + j)) })),
};

function baseline(report: ReconcileReportInput): number {
  let mismatches = 0;
  const stack = [report];
  while (stack.length > 0) {
    const r = stack.pop() as ReconcileReportInput;
    for (const g of r.groups) {
      let sum = 0;
      for (const p of g.parts ?? []) sum += p.value;
      if (g.total && sum !== g.total.value) mismatches++;
    }
    for (const c of r.children ?? []) stack.push(c);
  }
  return mismatches;
}

describe(`reconcile, ${N.toLocaleString('en')} groups (≥ 100,000 groups/s: one iteration under 2 s)`, () => {
  bench('reconcile, one flat report', () => {
    reconcile(flat);
  }, { iterations: 3, warmupIterations: 1 });
  bench('reconcile, 20,000 child reports', () => {
    reconcile(nested);
  }, { iterations: 3, warmupIterations: 1 });
  bench('baseline: sums only', () => {
    baseline(flat);
  }, { iterations: 3, warmupIterations: 1 });
});
