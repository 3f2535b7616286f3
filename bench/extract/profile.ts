// Profiling harness for extractTallies on the 1 MB report prose the bench builds (bench/extract/_prose.ts).
// Run: npx tsx bench/extract/profile.ts [runs]   (add --cpu-prof via node --import tsx for a profile)
import { prose1 } from './_prose.js';
import { extractTallies } from '../../src/extract/index.js';

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
