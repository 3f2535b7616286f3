/**
 * Roll-up of a synthetic national tree and of 1/10 of it, next to a minimal hand-written loop
 * over the same data. Run: `npx vitest bench --run bench/report.bench.ts`. Memory: `npx tsx
 * --expose-gc bench/report/memory.ts`.
 */
import { bench, describe } from 'vitest';
import { buildUnitTree, rollUp } from '../src/report/index.js';
import { baselineRollUp, syntheticNation } from './report/synthetic.js';

const national = syntheticNation(1);
const tenth = syntheticNation(0.1);
const nationalTree = buildUnitTree(national.units, { on: '2026-01-01' });
const tenthTree = buildUnitTree(tenth.units, { on: '2026-01-01' });

describe(`roll-up, national (${national.units.length} units, ${national.members} members)`, () => {
  bench('rollUp', () => {
    rollUp(nationalTree, national.tallies);
  }, { iterations: 5, warmupIterations: 1 });
  bench('hand-written loop', () => {
    baselineRollUp(national.parentIndex, national.counts);
  }, { iterations: 5, warmupIterations: 1 });
});

describe(`roll-up, 1/10 (${tenth.units.length} units, ${tenth.members} members)`, () => {
  bench('rollUp', () => {
    rollUp(tenthTree, tenth.tallies);
  }, { iterations: 20, warmupIterations: 2 });
  bench('hand-written loop', () => {
    baselineRollUp(tenth.parentIndex, tenth.counts);
  }, { iterations: 20, warmupIterations: 2 });
});
