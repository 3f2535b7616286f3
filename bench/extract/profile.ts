// Profiling harness for extractTallies on the 1 MB report prose the bench builds.
// Run: npx tsx bench/extract/profile.ts [runs]   (add --cpu-prof via node --import tsx for a profile)
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTallies } from '../../src/extract/index.js';

const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const sample = fileURLToPath(new URL('../../examples/sample-report.txt', import.meta.url));
const corpus = existsSync(seedsDir)
  ? ['000_966d660263fac988', '001_eeaf8759887ce700', '002_90f6c5527f8496a5', '003_5c695452df66635a', '004_26c33ccc72d710b1']
      .map((f) => readFileSync(`${seedsDir}${f}.txt`, 'utf8'))
      .join('\n\n')
  : readFileSync(sample, 'utf8');
const MB = 1_000_000;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const prose1 = fill(`${corpus}\n\n`, MB);

const runs = Number(process.argv[2] ?? 10);
// Wall time and CPU time (user + system of this process: less sensitive to other load on the machine).
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  extractTallies(prose1);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const report = (name: string, xs: number[]): string => {
  const warm = xs.slice(2);
  const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
  const min = Math.min(...warm);
  return `${name}: mean=${mean.toFixed(1)}ms (${(1000 / mean).toFixed(2)} MB/s) min=${min.toFixed(1)}ms (${(1000 / min).toFixed(2)} MB/s)`;
};
console.log(`runs=${runs} ${report('wall', times)} | ${report('cpu', cpu)}`);
