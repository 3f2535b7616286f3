// Per-report throughput: each call reads one report of the archive (bench/extract/_reports.ts),
// beside a bare regular-expression number scan of the same reports in the same run, and the
// single-text figure (1 MB of prose in one call). Run: npx tsx bench/extract/per-report.ts [seconds]
//
// MB per second of CPU time of this process (user + system), less sensitive than wall time to other
// load on a shared machine. The reader and the regex scan are measured in alternating short windows
// after a warm-up, so that both see the same load; the figures printed are the medians over the
// windows (and the best window of each), and the ratio is the median of the per-window ratios.
import { extractTallies } from '../../src/extract/index.js';
import { median, window } from './_timing.js';
import { archive, archiveBytes, regexScan } from './_reports.js';
import { prose1 } from './_prose.js';

const seconds = Number(process.argv[2] ?? 6);


const reader = (): void => {
  for (const t of archive) extractTallies(t);
};
const regex = (): void => {
  for (const t of archive) regexScan(t);
};
// Warm-up: about a second of each, so that the JIT has settled before any window counts.
window(reader, archiveBytes, 1000);
window(regex, archiveBytes, 300);

const windows = Math.max(3, Math.round(seconds / 0.6));
const readerRates: number[] = [];
const regexRates: number[] = [];
const ratios: number[] = [];
for (let w = 0; w < windows; w++) {
  const a = window(reader, archiveBytes, 450);
  const b = window(regex, archiveBytes, 150);
  readerRates.push(a);
  regexRates.push(b);
  ratios.push(b / a);
}
window(() => extractTallies(prose1), 1e6, 500);
const single = median([0, 1, 2].map(() => window(() => extractTallies(prose1), 1e6, 1000)));

console.log(`archive: ${archive.length} reports, ${archiveBytes} bytes; ${windows} alternating windows`);
console.log(
  `extractTallies per report: ${median(readerRates).toFixed(1)} MB/s (best ${Math.max(...readerRates).toFixed(1)}); ` +
    `regex number scan: ${median(regexRates).toFixed(1)} MB/s (best ${Math.max(...regexRates).toFixed(1)}); ratio ${median(ratios).toFixed(1)}x`,
);
console.log(`extractTallies single 1 MB text: ${single.toFixed(1)} MB/s`);
