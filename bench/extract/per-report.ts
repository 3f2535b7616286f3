// Per-report throughput: each call reads one report of the archive (bench/extract/_reports.ts),
// beside a bare regular-expression number scan of the same reports in the same run, and the
// single-text figure (1 MB of prose in one call). Run: npx tsx bench/extract/per-report.ts [seconds]
import { extractTallies } from '../../src/extract/index.js';
import { archive, archiveBytes, regexScan } from './_reports.js';
import { prose1 } from './_prose.js';

const seconds = Number(process.argv[2] ?? 3);
// MB per second of CPU time of this process (user + system), less sensitive than wall time to other
// load on a shared machine.
function rate(run: () => void, bytes: number): number {
  for (let i = 0; i < 20; i++) run(); // warm up
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < seconds * 1000) {
    run();
    n++;
  }
  const c = process.cpuUsage(c0);
  return (n * bytes) / 1e6 / ((c.user + c.system) / 1e6);
}
const perReport = rate(() => {
  for (const t of archive) extractTallies(t);
}, archiveBytes);
const regex = rate(() => {
  for (const t of archive) regexScan(t);
}, archiveBytes);
const single = rate(() => extractTallies(prose1), 1e6);
console.log(`archive: ${archive.length} reports, ${archiveBytes} bytes`);
console.log(`extractTallies per report: ${perReport.toFixed(1)} MB/s; regex number scan: ${regex.toFixed(1)} MB/s; ratio ${(regex / perReport).toFixed(1)}x`);
console.log(`extractTallies single 1 MB text: ${single.toFixed(1)} MB/s`);
