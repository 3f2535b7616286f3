import { describe, expect, it } from 'vitest';
import { extractTallies, type ExtractedTally } from '../../src/extract/index.js';
import { fixture } from '../support/fixtures.js';
import { CATEGORIES, machineCategory, MEASURES, TARGET } from './support/score.js';

// The twelve real excerpts of ../shared/reports (copied in tests/fixtures/shared/reports) with their hand annotations (expected.json).
// Every annotated tally under a target measure must be found with the same measure, category,
// subject and count, except the reviewed deviations listed (and explained) in
// tests/extract/expected-deviations.md; no tally annotated `other` may be reported under a
// target measure.

interface ExpectedTally {
  readonly quote: string;
  readonly subject: string;
  readonly measure: string;
  readonly category: string;
  readonly count: number | null;
}
interface ExpectedReconciliation {
  readonly total: number | null;
  readonly parts: readonly number[];
  readonly adds_up: boolean | null;
}
interface ExpectedFile {
  readonly file: string;
  readonly tallies: readonly ExpectedTally[];
  readonly reconciliation: readonly ExpectedReconciliation[];
}

const expected = JSON.parse(fixture('reports/expected.json')) as ExpectedFile[];

// The measure and category tables are the F1 scorer's (one reading of the annotations).
const subjectKind = (s: string): string => (s === 'member' || s === 'individual' ? 'individual' : 'collective');

/** Reviewed deviations: file → quote of the expected tally not reproduced (see expected-deviations.md). */
const DEVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['01_binhthanh-10tapthe-63canhan.txt', ['hai đội kiểm tra liên ngành văn hóa-xã hội quận']],
  ['12_kimthanh-haiduong-2021.txt', ['huyện Kim Thành có 32/44 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 72,7%']],
]);

function matches(e: ExpectedTally, t: ExtractedTally): boolean {
  const cat = CATEGORIES[machineCategory(e.category)];
  return (
    t.measure === MEASURES[e.measure] &&
    (cat === undefined || t.category === cat) &&
    t.subject === subjectKind(e.subject) &&
    t.count === e.count
  );
}

describe.each(expected.map((e) => [e.file, e] as const))('%s', (file, e) => {
  const text = fixture(`reports/${file}`);
  const r = extractTallies(text);
  const deviations = DEVIATIONS.get(file) ?? [];

  it('finds every annotated tally under a target measure', () => {
    const missing = e.tallies
      .filter((x) => MEASURES[x.measure] !== undefined && x.count !== null && !deviations.includes(x.quote))
      .filter((x) => !r.tallies.some((t) => matches(x, t)))
      .map((x) => `${x.measure}/${x.category}/${x.count}: ${x.quote}`);
    expect(missing).toEqual([]);
  });

  it('keeps the reviewed deviations honest (each still deviates)', () => {
    for (const q of deviations) {
      const x = e.tallies.find((t) => t.quote === q);
      expect(x).toBeDefined();
      if (x) expect(r.tallies.some((t) => matches(x, t))).toBe(false);
    }
  });

  it('reports no count annotated "other" under a target measure', () => {
    const wrong: string[] = [];
    for (const x of e.tallies.filter((t) => t.measure === 'other' && t.count !== null)) {
      const at = text.indexOf(x.quote);
      if (at < 0) continue;
      const end = at + x.quote.length;
      for (const t of r.tallies) {
        if (t.count === x.count && TARGET.has(t.measure) && t.countSpan[0] >= at && t.countSpan[1] <= end) wrong.push(`${t.measure}: ${t.quote}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reports no target-measure tally the annotators did not list', () => {
    const extra = r.tallies
      .filter((t) => TARGET.has(t.measure) && t.repeatOf === undefined)
      .filter((t) => !e.tallies.some((x) => x.count === t.count))
      .map((t) => `${t.measure}/${t.category}/${t.count}: ${t.quote}`);
    expect(extra).toEqual([]);
  });

  it('checks the printed breakdowns the annotators reconcile within one sentence or paragraph', () => {
    for (const b of r.breakdowns) {
      const total = r.tallies[b.total]?.count;
      const parts = b.parts.map((p) => r.tallies[p]?.count);
      const annotated = e.reconciliation.find((x) => x.total === total && x.parts.length === parts.length && x.parts.every((p, i) => p === parts[i]));
      expect(annotated, `breakdown ${total} = ${parts.join(' + ')}`).toBeDefined();
      if (annotated?.adds_up !== null && annotated) expect(b.check.status === 'addsUp').toBe(annotated.adds_up);
    }
  });
});
