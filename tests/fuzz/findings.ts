/**
 * `npx tsx tests/fuzz/findings.ts [runs] [name…]`: run the fuzz cases of each public function
 * outside vitest and print, per function, each distinct rule broken with a reproduction, the
 * number of inputs and the time. A triage tool; the properties themselves are in fuzz.test.ts.
 */
import fc from 'fast-check';
import * as nq4 from '../../src/index.js';
import { caseArb, mutate, runCase } from './harness.js';
import { NOT_FUZZED, SURFACE } from './surface.js';

const runs = Number(process.argv[2] ?? 2000);
const only = process.argv.slice(3);
const api = nq4 as unknown as Record<string, unknown>;
for (const name of Object.keys(SURFACE).sort()) {
  if (name in NOT_FUZZED || (only.length > 0 && !only.includes(name))) continue;
  const fn = api[name] as (...a: unknown[]) => unknown;
  const seeds = SURFACE[name] as () => unknown[][];
  const found = new Map<string, string>();
  const start = performance.now();
  const samples = fc.sample(caseArb(seeds().length), { numRuns: runs, seed: 20161030 });
  for (const c of samples) {
    let args = seeds()[c.seed] as unknown[];
    for (const step of c.steps) args = mutate(args, step);
    let why: string | undefined;
    try {
      why = runCase(fn, args, c.frozen);
    } catch (e) {
      why = `harness: ${(e as Error).message}`;
    }
    if (why !== undefined) {
      const key = why.replace(/\d+/g, 'N').slice(0, 90);
      if (!found.has(key)) found.set(key, JSON.stringify({ seed: c.seed, steps: c.steps.map((s) => ({ pick: s.pick, kind: s.kind })), frozen: c.frozen }));
    }
  }
  const ms = performance.now() - start;
  console.log(`${name}: ${runs} inputs in ${(ms / 1000).toFixed(1)} s, ${found.size} distinct`);
  for (const [k, repro] of found) console.log(`  - ${k}\n      ${repro}`);
}
