// F1 of the reader on hand-annotated real reports: ../shared/reports (its copy in
// tests/fixtures/shared/reports) and the genre reports collected in tests/fixtures/genre (tuned and
// held-out parts apart), and the unseen sets (tests/fixtures/genre/unseen.json, unseen2.json, unseen3.json, unseen4.json, unseen5.json, unseen6.json, unseen7.json, unseen8.json, unseen9.json, unseen10.json, unseen11.json:
// reports annotated before the reader first ran on them). Run: npx tsx bench/extract/f1.ts [-v] [--heldout]
import { fixture } from '../../tests/support/fixtures.js';
import { readFileSync } from 'node:fs';
import { score, type AnnotatedText } from '../../tests/extract/support/score.js';

interface SharedFile { readonly file: string; readonly tallies: AnnotatedText['tallies'] }
interface GenreFile extends AnnotatedText { readonly split: 'tuned' | 'heldout' }

const shared: AnnotatedText[] = (JSON.parse(fixture('reports/expected.json')) as SharedFile[]).map((e) => ({
  id: e.file,
  text: fixture(`reports/${e.file}`),
  tallies: e.tallies,
}));
const genre = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/reports.json', import.meta.url), 'utf8')) as GenreFile[];
const unseen = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen2 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen2.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen3 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen3.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen4 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen4.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen5 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen5.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen6 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen6.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen7 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen7.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen8 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen8.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen9 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen9.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen10 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen10.json', import.meta.url), 'utf8')) as AnnotatedText[];
const unseen11 = JSON.parse(readFileSync(new URL('../../tests/fixtures/genre/unseen11.json', import.meta.url), 'utf8')) as AnnotatedText[];
const verbose = process.argv.includes('-v');
for (const [name, set] of [
  ['shared reports', shared],
  ['genre (tuned)', genre.filter((g) => g.split === 'tuned')],
  ['genre (held-out)', genre.filter((g) => g.split === 'heldout')],
  ['unseen (1st)', unseen],
  ['unseen (2nd)', unseen2],
  ['unseen (3rd)', unseen3],
  ['unseen (4th)', unseen4],
  ['unseen (5th)', unseen5],
  ['unseen (6th)', unseen6],
  ['unseen (7th)', unseen7],
  ['unseen (8th)', unseen8],
  ['unseen (9th)', unseen9],
  ['unseen (10th)', unseen10],
  ['unseen (11th)', unseen11],
] as const) {
  const s = score(set);
  console.log(`${name.padEnd(18)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  right ${s.right}  wrong ${s.wrong}  missed ${s.missed}`);
  // The held-out errors are printed only on request (--heldout), so tuning does not read them.
  if (verbose && (!(name.includes('held-out') || name.startsWith('unseen')) || process.argv.includes('--heldout'))) for (const e of s.errors) console.log(`   ${e}`);
}
