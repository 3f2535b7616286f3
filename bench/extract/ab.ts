// A/B of the reader: the extract area as it is at a git ref (default HEAD) against the working
// tree, both bundled with esbuild and read in the same process, report by report over the archive
// of _reports.ts, beside the bare regular-expression number scan. Each window times the regex
// scan, then both readers in alternating order, then the regex scan again, so that machine load
// falls on all of them alike; it prints the medians and the median of the per-window speed ratios.
// Before timing, it checks that both readers return the same result for every report.
//
// Why: on a shared 2-CPU machine the per-report figure of per-report.ts moves by 5-10% from one
// run to the next, more than most single changes to the reader win. Side by side in one run the
// spread is smaller but not nil: two identical builds (the control: `git stash`, then this script
// on HEAD) read 0.99-1.05 over three runs of 30 windows on 2026-12-07, so a change is told from
// noise only when several runs put it clearly outside that band.
// Run: npx tsx bench/extract/ab.ts [ref] [windows]
import { readersAt, type Read } from './_builds.js';
import { archive, archiveBytes, regexScan } from './_reports.js';
import { median, window } from './_timing.js';

const ref = process.argv[2] ?? 'HEAD';
const windows = Number(process.argv[3] ?? 30);

const { base, next, cleanup } = await readersAt(ref, 'nq4-ab-');
try {

  for (const [i, t] of archive.entries()) {
    if (JSON.stringify(base(t)) !== JSON.stringify(next(t))) {
      console.error(`bench/extract/ab: report ${i} reads differently at ${ref} and in the working tree`);
      process.exit(1);
    }
  }

  const run = (read: Read) => (): void => {
    for (const t of archive) read(t);
  };
  const regex = (): void => {
    for (const t of archive) regexScan(t);
  };
  window(run(base), archiveBytes, 800);
  window(run(next), archiveBytes, 800);
  window(regex, archiveBytes, 300);

  const a: number[] = [];
  const b: number[] = [];
  const ratioA: number[] = [];
  const ratioB: number[] = [];
  const speed: number[] = [];
  for (let w = 0; w < windows; w++) {
    const r1 = window(regex, archiveBytes, 100);
    let x: number;
    let y: number;
    if (w % 2 === 0) {
      x = window(run(base), archiveBytes, 200);
      y = window(run(next), archiveBytes, 200);
    } else {
      y = window(run(next), archiveBytes, 200);
      x = window(run(base), archiveBytes, 200);
    }
    const r2 = window(regex, archiveBytes, 100);
    a.push(x);
    b.push(y);
    ratioA.push(r1 / x);
    ratioB.push(r2 / y);
    speed.push(y / x);
  }
  console.log(`archive: ${archive.length} reports, ${archiveBytes} bytes; ${windows} windows`);
  console.log(`${ref}: ${median(a).toFixed(1)} MB/s, ${median(ratioA).toFixed(1)}x the regex scan`);
  console.log(`working tree: ${median(b).toFixed(1)} MB/s, ${median(ratioB).toFixed(1)}x the regex scan`);
  console.log(`working tree / ${ref} speed: ${median(speed).toFixed(3)} (two identical builds: 0.99-1.05)`);
} finally {
  cleanup();
}
