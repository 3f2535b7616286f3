import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { checkStatedBreakdown, extractionToTally, extractTallies, reconcileExtraction, type ExtractionResult } from '../../src/extract/index.js';

// Issue 15, the reader's part: every public function of the area answers bad input with an
// Nq4Error naming the path, never a TypeError, never echoing a value.
const issuesOf = (run: () => unknown): { code: string; path: readonly (string | number)[]; message: string }[] => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(Nq4Error);
    return (e as Nq4Error).issues.map((i) => ({ code: i.code, path: i.path, message: `${i.messageVi} ${i.messageEn}` }));
  }
  throw new Error('expected an Nq4Error');
};

describe('extractionToTally and reconcileExtraction validate the reading they are given', () => {
  for (const [name, fn] of [
    ['extractionToTally', (x: unknown) => extractionToTally(x as ExtractionResult)],
    ['reconcileExtraction', (x: unknown) => reconcileExtraction(x as ExtractionResult)],
  ] as const) {
    it(`${name}(null) and ${name}({}) throw Nq4Error at path result, not TypeError`, () => {
      expect(issuesOf(() => fn(null))[0]?.path).toEqual(['result']);
      expect(issuesOf(() => fn({})).map((i) => i.path)).toEqual([
        ['result', 'tallies'],
        ['result', 'breakdowns'],
      ]);
    });

    it(`${name}: a name written as a category is named by its index, never echoed`, () => {
      const read = extractTallies('Huyện đã khiển trách 3 đảng viên.');
      const edited = JSON.parse(JSON.stringify(read)) as { tallies: { category: string; count: number }[] };
      (edited.tallies[0] as { category: string }).category = 'Nguyễn Văn An';
      const issues = issuesOf(() => fn(edited));
      expect(issues.map((i) => i.path)).toEqual([['result', 'tallies', 0, 'category']]);
      expect(JSON.stringify(issues)).not.toContain('Nguyễn');
      (edited.tallies[0] as { category: string }).category = 'reprimand';
      (edited.tallies[0] as { count: number }).count = Number.POSITIVE_INFINITY;
      expect(issuesOf(() => fn(edited)).map((i) => i.path)).toEqual([['result', 'tallies', 0, 'count']]);
    });
  }

  it('a whole reading still passes both', () => {
    const read = extractTallies('Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cảnh cáo 1 tổ chức đảng.');
    expect(extractionToTally(read).placed.length).toBeGreaterThan(0);
    expect(reconcileExtraction(read).result.consistent).toBe(true);
  });
});

describe('reconcileExtraction checks the fields its breakdown check reads (found by npm run fuzz)', () => {
  const reading = extractTallies('Có 12 đảng viên bị kỷ luật, trong đó khiển trách 8, cảnh cáo 4.');
  for (const [field, value] of [['span', undefined], ['span', [1]], ['quote', null], ['noun', 5]] as const) {
    it(`a tally whose ${field} is ${JSON.stringify(value) ?? 'absent'} is an Nq4Error at its path, not a TypeError`, () => {
      const tallies = reading.tallies.map((t, i) => (i === 0 ? { ...t, [field]: value } : t));
      const issues = issuesOf(() => reconcileExtraction({ ...reading, tallies } as unknown as ExtractionResult));
      expect(issues[0]?.path.slice(0, 4)).toEqual(['result', 'tallies', 0, field]);
    });
  }
});

describe('numbers that cannot be held', () => {
  it('extractTallies gives a number above 2^53 − 1 as unclassified tooLarge with its text and no count, never Infinity or 1e20', () => {
    const r = extractTallies(`Đã kỷ luật 100000000000000000000 đảng viên và ${'9'.repeat(400)} cán bộ.`);
    expect(r.tallies).toEqual([]);
    expect(r.unclassified.map((u) => [u.reason, 'count' in u, u.quote.slice(0, 5)])).toEqual([
      ['tooLarge', false, '10000'],
      ['tooLarge', false, '99999'],
    ]);
    expect(JSON.stringify(r)).not.toContain('null');
  });

  it('checkStatedBreakdown: parts adding up past Number.MAX_SAFE_INTEGER are an Nq4Error (too_big at parts)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(issuesOf(() => checkStatedBreakdown({ total: max, parts: [max, 1] }))).toEqual([
      { code: 'too_big', path: ['parts'], message: expect.stringContaining('2^53 − 1') as unknown as string },
    ]);
    expect(checkStatedBreakdown({ total: max, parts: [max - 1, 1] }).status).toBe('addsUp');
  });
});
