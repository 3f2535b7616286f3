// An upper bound of "reading less" for issue 14's ratio: the reader given only the sentences of
// each report that hold a digit or a number word (where a count can start), split roughly by a
// regular expression, against the reader on the whole reports and the bare regex number scan of
// the whole reports, in alternating windows of one run. Both readers' rates are per byte of the
// whole reports, so the second is what a reader that skipped the other sentences for free would
// do. On 2026-12-07 (2 CPUs, Node 20), four runs: 71.6% of the characters kept, 36-39x -> 30-32x
// the regex scan, not under 30x even before paying for finding the sentences.
// Run: npx tsx bench/extract/count-sentences-bound.ts [windows]
import { extractTallies } from '../../src/extract/index.js';
import { archive, archiveBytes, regexScan } from './_reports.js';
import { median, window } from './_timing.js';

const windows = Number(process.argv[2] ?? 20);
const NUMBER_WORD = /(^|[^\p{L}\p{M}])(một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|không)(?=$|[^\p{L}\p{M}])/iu;
const countSentences = archive.map((t) =>
  t
    .split(/(?<=[.!?…])\s+|\n+/u)
    .filter((s) => /\d/u.test(s) || NUMBER_WORD.test(s))
    .join('\n'),
);
const kept = countSentences.reduce((a, t) => a + t.length, 0) / archive.reduce((a, t) => a + t.length, 0);

const whole = (): void => {
  for (const t of archive) extractTallies(t);
};
const reduced = (): void => {
  for (const t of countSentences) extractTallies(t);
};
const regex = (): void => {
  for (const t of archive) regexScan(t);
};
window(whole, archiveBytes, 800);
window(reduced, archiveBytes, 800);
window(regex, archiveBytes, 300);
const ratioWhole: number[] = [];
const ratioReduced: number[] = [];
for (let w = 0; w < windows; w++) {
  const r = window(regex, archiveBytes, 100);
  ratioWhole.push(r / window(whole, archiveBytes, 200));
  ratioReduced.push(r / window(reduced, archiveBytes, 200));
}
console.log(`characters in sentences with a count: ${(100 * kept).toFixed(1)}%`);
console.log(`whole reports: ${median(ratioWhole).toFixed(1)}x the regex scan; those sentences only: ${median(ratioReduced).toFixed(1)}x`);
