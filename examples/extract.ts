/**
 * Reading tallies and manifestation mentions out of Vietnamese narrative reports.
 * Run: `npx tsx examples/extract.ts [FILE...]` (UTF-8 files; default: examples/sample-report.txt).
 *
 * examples/sample-report.txt is the opening of a real published article, copied unchanged (its
 * last word is cut off): Người Lao Động, 4-7-2018, on the mid-term review of the Ho Chi Minh City
 * party organization,
 * https://nld.com.vn/chinh-tri/tp-hcm-da-ky-luat-dang-doi-voi-3-thanh-uy-vien-20180704153958526.htm
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTallies, convertExtractionToTally, findManifestationMentions, getManifestation } from 'nq4';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : [fileURLToPath(new URL('./sample-report.txt', import.meta.url))];

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const reading = extractTallies(text);
  console.log(`\n=== ${file.split('/').pop()} ===`);
  console.log(`${pad('measure', 20)}${pad('category', 16)}${pad('subject', 11)}${pad('count', 7)}${pad('role', 11)}quote`);
  for (const t of reading.tallies) {
    const role = t.repeatOf !== undefined ? `repeat#${t.repeatOf}` : t.role;
    console.log(`${pad(t.measure, 20)}${pad(t.category, 16)}${pad(t.subject, 11)}${pad(String(t.count), 7)}${pad(role, 11)}${pad(t.quote.replace(/\s+/g, ' '), 70)}`);
  }
  for (const b of reading.breakdowns) {
    console.log(`\nBreakdown of #${b.total} (${b.kind}):`);
    console.log(b.check.explanation.textVi);
    console.log(b.check.explanation.textEn);
  }
  if (reading.unclassified.length > 0) {
    console.log(`\nNot classified (${reading.unclassified.length}): ${reading.unclassified.map((u) => `${u.count} [${u.reason}]`).join(', ')}`);
  }
  const { tally, unplaced } = convertExtractionToTally(reading);
  console.log(`\nAs a shared Tally: ${JSON.stringify(tally.disciplines)} disciplines; ${unplaced.length} statement(s) not placed (totals without a form, repeats …)`);
  const mentions = findManifestationMentions(text).filter((m) => m.kind === 'item');
  if (mentions.length > 0) {
    console.log('\nManifestation mentions / Các biểu hiện được nhắc tới:');
    for (const m of mentions) {
      const labels = m.ids.map((id) => `${id} ${getManifestation(id).label.vi} (${getManifestation(id).label.en})`).join('; ');
      console.log(`  ${m.listItem !== undefined ? `(${m.listItem}) ` : ''}${labels} — score ${m.score.toFixed(2)}: “${m.quote}”`);
    }
  }
}
