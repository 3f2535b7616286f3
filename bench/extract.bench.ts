import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { extractTallies, findManifestationMentions } from '../src/extract/index.js';

// Throughput on report prose (target ≥ 10 MB/s) and time on adversarial input, 1 MB and 4 MB side
// by side (target < 1 s, growing linearly). MB/s = 1 / (mean time in s) for the 1 MB cases.
// A megabyte of prose is measured as a report file is: 1,000,000 bytes of UTF-8 (Vietnamese text
// takes ~1.34 bytes per character, so that is ~745,000 characters).
const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const sample = fileURLToPath(new URL('../examples/sample-report.txt', import.meta.url));
const corpus = existsSync(seedsDir)
  ? ['000_966d660263fac988', '001_eeaf8759887ce700', '002_90f6c5527f8496a5', '003_5c695452df66635a', '004_26c33ccc72d710b1']
      .map((f) => readFileSync(`${seedsDir}${f}.txt`, 'utf8'))
      .join('\n\n')
  : readFileSync(sample, 'utf8');

const MB = 1_000_000;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** The longest prefix of `text` repeated that fits in `bytes` bytes of UTF-8. */
const fillBytes = (unit: string, bytes: number): string => {
  const perChar = Buffer.byteLength(unit, 'utf8') / unit.length;
  let text = fill(unit, Math.floor(bytes / perChar));
  while (Buffer.byteLength(text, 'utf8') > bytes) text = text.slice(0, -1);
  return text;
};
const prose1 = fillBytes(`${corpus}\n\n`, MB);

describe('report prose, 1 MB of UTF-8', () => {
  bench('extractTallies', () => {
    extractTallies(prose1);
  }, { time: 4000 });
  bench('findManifestationMentions', () => {
    findManifestationMentions(prose1);
  }, { time: 4000 });
});

const ADVERSARIAL: readonly (readonly [string, string])[] = [
  ['list of counts', 'khiển trách 1 đảng viên, '],
  ['nested breakdown markers', 'trong đó 5 đảng viên '],
  ['open parentheses', '5 đảng viên ('],
  ['number words', 'hai mươi '],
  ['combining marks', 'a\u0301\u0323'],
  ['digits and dots', '1.'],
];

for (const [name, unit] of ADVERSARIAL) {
  const one = fill(unit, MB);
  const four = fill(unit, 4 * MB);
  describe(`adversarial: ${name}`, () => {
    bench('1 MB', () => {
      extractTallies(one);
    }, { iterations: 2, time: 0 });
    bench('4 MB', () => {
      extractTallies(four);
    }, { iterations: 2, time: 0 });
  });
}
