import { bench, describe } from 'vitest';
import { extractTallies, findManifestationMentions } from '../src/extract/index.js';
import { fill, MB, prose1 } from './extract/_prose.js';

// Throughput on report prose (target ≥ 10 MB/s) and time on adversarial input, 1 MB and 4 MB side
// by side (target < 1 s, growing linearly). MB/s = 1 / (mean time in s) for the 1 MB cases.
// A megabyte of prose is measured as a report file is: 1,000,000 bytes of UTF-8 (Vietnamese text
// takes ~1.34 bytes per character, so that is ~745,000 characters).

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
