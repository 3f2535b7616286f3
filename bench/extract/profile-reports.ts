// Profiling harness for extractTallies report by report (issue 14): reads the archive of
// bench/extract/_reports.ts, one call per report, for a number of seconds, so that a CPU profile
// shows where a short report's reading goes (set-up, tokens, breakdown checks, freezing).
// Run: node --cpu-prof --import tsx bench/extract/profile-reports.ts [seconds]
// (tsx reports every function at line 1: for line numbers, bundle it with esbuild and profile the bundle.)
// The bundle reads the fixtures relative to itself (tests/support/fixtures.ts: ../fixtures from the
// bundle's folder): e.g. out to /tmp/p/x/prof.mjs with /tmp/p/fixtures a link to tests/fixtures.
import { extractTallies } from '../../src/extract/index.js';
import { archive, archiveBytes } from './_reports.js';

const seconds = Number(process.argv[2] ?? 8);
let passes = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const t of archive) extractTallies(t);
  passes++;
}
const c = process.cpuUsage(c0);
console.log(`${passes} passes over ${archive.length} reports: ${((passes * archiveBytes) / 1e6 / ((c.user + c.system) / 1e6)).toFixed(1)} MB/s of CPU time`);
