// The archive the per-report figures read: the five seeds and the twelve reports of
// ../shared/reports (their copies in tests/fixtures/shared), each read by its own call, as an
// office reads thousands of 2–20 kB reports. Sizes are bytes of UTF-8.
import { fixture } from '../../tests/support/fixtures.js';

interface SharedFile { readonly file: string }
const seeds = ['000_966d660263fac988', '001_eeaf8759887ce700', '002_90f6c5527f8496a5', '003_5c695452df66635a', '004_26c33ccc72d710b1'].map((f) => fixture(`seeds/${f}.txt`));
const reports = (JSON.parse(fixture('reports/expected.json')) as SharedFile[]).map((e) => fixture(`reports/${e.file}`));

/** The seventeen reports, one string each. */
export const archive: readonly string[] = [...seeds, ...reports];
/** Their total size in bytes of UTF-8. */
export const archiveBytes: number = archive.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);

/** The bare baseline: every run of digits (with dots and commas between) found by one regular expression. */
export function regexScan(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) n += m[0].length;
  return n;
}
