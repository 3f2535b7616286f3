// How much of a per-report reading the tokenizer is (issue 14): tokenize alone versus
// extractTallies, one call per report of the archive (bench/extract/_reports.ts), in alternating
// windows of CPU time as per-report.ts measures. The share bounds what any tokenizer change can
// win: at 2 CPUs, Node 20, 2026-12-07, tokenize ran at 72–77 MB/s against 22–26 MB/s for the whole
// reading (a share of 30–37%), and a tokenizer that allocated no word or punctuation token at all
// (a throwaway experiment on a bundle, wrong tokens) at 106–109 MB/s: storing tokens as typed
// arrays could win at most ~11% of a reading (ratio to the regex scan ~43x -> ~39x), short of the
// 30x goal on its own. Run: npx tsx bench/extract/tokenizer-share.ts [seconds]
import { extractTallies } from '../../src/extract/index.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { median, window } from './_timing.js';
import { archive, archiveBytes } from './_reports.js';

const seconds = Number(process.argv[2] ?? 6);


const reader = (): void => {
  for (const t of archive) extractTallies(t);
};
const tokens = (): void => {
  for (const t of archive) tokenize(t);
};
window(reader, archiveBytes, 1000);
window(tokens, archiveBytes, 500);

const windows = Math.max(3, Math.round(seconds / 0.8));
const readerRates: number[] = [];
const tokenRates: number[] = [];
const shares: number[] = [];
for (let w = 0; w < windows; w++) {
  const a = window(reader, archiveBytes, 400);
  const b = window(tokens, archiveBytes, 400);
  readerRates.push(a);
  tokenRates.push(b);
  shares.push(a / b);
}
console.log(
  `extractTallies per report: ${median(readerRates).toFixed(1)} MB/s; tokenize per report: ${median(tokenRates).toFixed(1)} MB/s; ` +
    `tokenizer share of a reading ${(100 * median(shares)).toFixed(0)}% (median of ${windows} alternating windows)`,
);
