// The timing of the per-report benches (per-report.ts, tokenizer-share.ts): MB/s of CPU time in
// short windows, and the median over windows.

/** MB/s of CPU time of `run` (which reads `bytes`) over one window of `ms` wall milliseconds. */
export function window(run: () => void, bytes: number, ms: number): number {
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < ms) {
    run();
    n++;
  }
  const c = process.cpuUsage(c0);
  return (n * bytes) / 1e6 / ((c.user + c.system) / 1e6);
}

/** The median of a non-empty list. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
