// Differential check of the reader: the extract area at a git ref (default HEAD) against the
// working tree, both bundled with esbuild, on every report of the archive (_reports.ts), every
// genre fixture (tests/fixtures/genre) and a number of random texts built from their sentences,
// words, digits and punctuation (seeded, so a failure can be replayed). A change meant only to
// make the reader faster must read every one of them alike; the first difference is printed with
// its text. With --all it goes on and prints how many readings differ, with the first few (to see
// how far a change of the rules reaches). Run: npx tsx bench/extract/differential.ts [ref] [random texts] [seed] [--all]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { readersAt, type Read } from './_builds.js';
import { archive } from './_reports.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const all = process.argv.includes('--all');
const args = process.argv.slice(2).filter((a) => a !== '--all');
const ref = args[0] ?? 'HEAD';
const randomTexts = Number(args[1] ?? 20000);
let seed = Number(args[2] ?? 1) >>> 0;

const genre = ['reports.json', 'unseen.json', 'unseen2.json', 'unseen3.json', 'unseen4.json', 'unseen5.json', 'unseen6.json', 'unseen7.json', 'unseen8.json', 'unseen9.json'].flatMap(
  (f) => (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'genre', f), 'utf8')) as { text: string }[]).map((r) => r.text),
);
const corpus = [...archive, ...genre];

// A small deterministic generator (mulberry32), so that the random texts are the same on every run with one seed.
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const sentences = corpus.flatMap((t) => t.split(/(?<=[.;:!?])\s+|\n+/u)).filter((s) => s.length > 0);
const words = [...new Set(corpus.flatMap((t) => t.split(/\s+/u)))].filter((w) => w.length > 0);
const bits = ['(', ')', '.', ',', ';', ':', '%', '/', '-', '–', '"', '“', '”', '\n', '\n\n', ' ', '  ', '\r\n', '…', '+'];
const number = (): string => {
  const r = rand();
  if (r < 0.3) return String(Math.floor(rand() * 20));
  if (r < 0.5) return String(Math.floor(rand() * 5000));
  if (r < 0.6) return `${Math.floor(rand() * 99)}.${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
  if (r < 0.7) return `${Math.floor(rand() * 100)},${Math.floor(rand() * 100)}`;
  if (r < 0.8) return `${Math.floor(rand() * 50)}/${Math.floor(rand() * 80)}`;
  if (r < 0.9) return `${Math.floor(rand() * 100)}%`;
  return `0${Math.floor(rand() * 10)}`;
};
const randomText = (): string => {
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 12);
  for (let k = 0; k < n; k++) {
    const r = rand();
    if (r < 0.35) parts.push(pick(sentences));
    else if (r < 0.6) parts.push(pick(words));
    else if (r < 0.8) parts.push(number());
    else parts.push(pick(bits));
    parts.push(rand() < 0.8 ? ' ' : '');
  }
  return parts.join('');
};

const { base, next, cleanup } = await readersAt(ref, 'nq4-diff-');
try {
  const outcome = (read: Read, text: string, options?: object): unknown => {
    try {
      return read(text, options);
    } catch (e) {
      return { threw: String(e) };
    }
  };
  const optionSets: (object | undefined)[] = [undefined, { lineBreaks: 'sentence' }, { lineBreaks: 'space' }, { truncatedTail: 'keep', letterGrades: { A: 'excellent', B: 'good', C: 'satisfactory' } }];
  let checked = 0;
  let differing = 0;
  const check = (text: string, label: string): void => {
    for (const o of optionSets) {
      const a = outcome(base, text, o);
      const b = outcome(next, text, o);
      checked++;
      if (!isDeepStrictEqual(a, b)) {
        differing++;
        if (differing <= 5) {
          console.error(`differs (${label}, options ${JSON.stringify(o)}):\n${JSON.stringify(text).slice(0, 2000)}`);
          console.error(`${ref}: ${JSON.stringify(a).slice(0, 1500)}\nworking tree: ${JSON.stringify(b).slice(0, 1500)}\n`);
        }
        if (!all) process.exit(1);
      }
    }
  };
  corpus.forEach((t, k) => check(t, `corpus ${k}`));
  for (let k = 0; k < randomTexts; k++) check(randomText(), `random ${k}`);
  if (differing > 0) {
    console.log(`${differing} of ${checked} readings differ`);
    process.exit(1);
  }
  console.log(`same on ${checked} readings (${corpus.length} reports and fixtures, ${randomTexts} random texts, 4 option sets each)`);
} finally {
  cleanup();
}
