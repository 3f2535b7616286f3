/**
 * Time and memory of the national roll-up and of 1/10 of it, next to the hand-written loop.
 * Run: `npx tsx --expose-gc bench/report/memory.ts` (node flags are passed through by tsx).
 * Heap growth is measured from a collected heap to just after the call, without collecting in
 * between: an upper bound of the peak the call needs (result retained plus garbage).
 */
import { performance } from 'node:perf_hooks';
import { buildUnitTree, rollUp } from '../../src/report/index.js';
import { baselineRollUp, syntheticNation } from './synthetic.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

function measure<T>(label: string, run: () => T, repeat: number): { seconds: number; cpu: number; heap: number; result: T } {
  let result = run(); // warm-up
  const times: number[] = [];
  const cpus: number[] = [];
  let heap = 0;
  for (let i = 0; i < repeat; i++) {
    result = undefined as T;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = run();
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    cpus.push((c1.user + c1.system) / 1e6);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    times.push((t1 - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)] as number;
  const cpu = cpus[Math.floor(cpus.length / 2)] as number;
  console.log(`${label.padEnd(34)} median wall ${seconds.toFixed(3)} s (min ${(times[0] as number).toFixed(3)} s)   CPU ${cpu.toFixed(3)} s   heap growth ≤ ${mb(heap)}`);
  return { seconds, cpu, heap, result };
}

const rows: Record<string, number> = {};
for (const [name, scale] of [['1/10', 0.1], ['national', 1]] as const) {
  const data = syntheticNation(scale);
  console.log(`\n${name}: ${data.units.length} units, ${data.members} members`);
  const built = measure(`buildUnitTree ${name}`, () => buildUnitTree(data.units, { on: '2026-01-01' }), 3);
  const tree = built.result;
  const r = measure(`rollUp ${name}`, () => rollUp(tree, data.tallies), 5);
  const b = measure(`hand-written loop ${name}`, () => baselineRollUp(data.parentIndex, data.counts), 5);
  const root = r.result.total.ratings.member;
  const loopRoot = b.result;
  if ((root?.good ?? 0) !== loopRoot[1] || (root?.excellent ?? 0) !== loopRoot[0]) throw new Error('roll-up and loop disagree');
  console.log(`ratio rollUp / loop ${name}: ${(r.seconds / b.seconds).toFixed(1)}× wall, ${(r.cpu / Math.max(b.cpu, 1e-3)).toFixed(1)}× CPU`);
  rows[name] = r.seconds;
  rows[`${name} cpu`] = r.cpu;
}
console.log(`\nnational / (1/10) time ratio: ${((rows.national as number) / (rows['1/10'] as number)).toFixed(1)}× wall, ${((rows['national cpu'] as number) / (rows['1/10 cpu'] as number)).toFixed(1)}× CPU (target ≤ 11× for 10× the data)`);
console.log(`peak RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
