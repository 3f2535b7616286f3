import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { extractTallies, findManifestationMentions } from '../src/extract/index.js';

// Throughput on report prose (target ≥ 10 MB/s) and time on adversarial input, 1 MB and 4 MB side
// by side (target < 1 s, growing linearly). MB/s = 1 / (mean time in s) for the 1 MB cases.
const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const sample = fileURLToPath(new URL('../examples/sample-report.txt', import.meta.url));
const corpus = existsSync(seedsDir)
  ? ['000_966d660263fac988', '001_eeaf8759887ce700', '002_90f6c5527f8496a5', '003_5c695452df66635a', '004_26c33ccc72d710b1']
      .map((f) => readFileSync(`${seedsDir}${f}.txt`, 'utf8'))
      .join('\n\n')
  : readFileSync(sample, 'utf8');

const MB = 1_000_000;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const prose1 = fill(`${corpus}\n\n`, MB);

describe('report prose, 1 MB', () => {
  bench('extractTallies', () => {
    extractTallies(prose1);
  });
  bench('findManifestationMentions', () => {
    findManifestationMentions(prose1);
  });
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
