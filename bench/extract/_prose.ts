// The report prose both the extract bench and the profiling harness read: the seed reports (the
// copy in tests/fixtures/shared/seeds, so every clone measures the same text), repeated to
// 1,000,000 bytes of UTF-8, which is how a report file's size is measured (~745,000 characters of
// Vietnamese).
import { fixture } from '../../tests/support/fixtures.js';

/** The seeds joined. */
export const corpus: string = ['000_966d660263fac988', '001_eeaf8759887ce700', '002_90f6c5527f8496a5', '003_5c695452df66635a', '004_26c33ccc72d710b1']
  .map((f) => fixture(`seeds/${f}.txt`))
  .join('\n\n');

/** One megabyte, in bytes. */
export const MB = 1_000_000;

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The longest repetition of `unit` that fits in `bytes` bytes of UTF-8. */
export const fillBytes = (unit: string, bytes: number): string => {
  const perChar = Buffer.byteLength(unit, 'utf8') / unit.length;
  let text = fill(unit, Math.floor(bytes / perChar));
  while (Buffer.byteLength(text, 'utf8') > bytes) text = text.slice(0, -1);
  return text;
};

/** 1 MB of report prose. */
export const prose1: string = fillBytes(`${corpus}\n\n`, MB);
