import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { checkStatedBreakdown, extractTallies, reconcileExtraction, type ExtractionResult } from '../../src/extract/index.js';
import { reconcile } from '../../src/report/index.js';
import { fixture } from '../support/fixtures.js';
import { isDeepFrozen } from '../support/freeze.js';

// One reconciliation engine for typed-in and read figures (issue 8, issue 7): the reader's
// breakdowns are judged by the report area's reconcile, as hierarchy-review-reports.md §4 says.
const seed = (name: string): string => fixture(`seeds/${name}`);

/** [total, parts, status, consistent, finding codes] of each breakdown. */
function view(r: ExtractionResult): unknown[] {
  return r.breakdowns.map((b) => [
    r.tallies[b.total]?.count,
    b.parts.map((p) => r.tallies[p]?.count),
    b.check.status,
    b.check.consistent,
    b.check.findings.map((f) => f.code),
  ]);
}

describe('seed 000 (Krông Nô 2018): both breakdowns consistent', () => {
  const r = extractTallies(seed('000_966d660263fac988.txt'));
  it('50 = 30+12+5+3 and 4 = 2+2', () => {
    expect(view(r)).toEqual([
      [50, [30, 12, 5, 3], 'addsUp', true, []],
      [4, [2, 2], 'addsUp', true, []],
    ]);
    expect(r.breakdowns[0]?.check.classification).toEqual({ discipline: 50, nonDisciplinary: 0, pending: 0, rating: 0, other: 0 });
  });
  it('reconcileExtraction agrees and keeps each quote and span', () => {
    const x = reconcileExtraction(r);
    expect(x.result.consistent).toBe(true);
    expect(x.result.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    const g = x.report.groups[0];
    expect(g?.total).toMatchObject({ measure: 'discipline', subject: 'individual', value: 50 });
    expect(g?.parts?.map((p) => [p.measure, p.subject, p.category, p.value])).toEqual([
      ['discipline', 'member', 'reprimand', 30],
      ['discipline', 'member', 'warning', 12],
      ['discipline', 'member', 'removalFromPost', 5],
      ['discipline', 'member', 'expulsion', 3],
    ]);
    for (const [gi, grp] of x.groups.entries()) {
      const figs = [grp.total, ...grp.parts].filter((i): i is number => i !== undefined);
      const stated = [x.report.groups[gi]?.total, ...(x.report.groups[gi]?.parts ?? [])].filter((f) => f !== undefined);
      figs.forEach((ti, k) => {
        expect(stated[k]?.text).toBe(r.tallies[ti]?.quote);
        expect(stated[k]?.span).toEqual(r.tallies[ti]?.span);
      });
    }
  });
});

describe('seed 004 (Cần Thơ 2017): the mix is classified, not miscounted', () => {
  const r = extractTallies(seed('004_26c33ccc72d710b1.txt'));
  const x = reconcileExtraction(r);
  it('6 = 1+5, 32 = 2+9+4+17, 22 = 15+5+1+1 all add up', () => {
    expect(view(r)).toEqual([
      [32, [2, 9, 4, 17], 'addsUp', true, []],
      [6, [1, 5], 'addsUp', true, []],
      [22, [15, 5, 1, 1], 'addsUp', true, []],
    ]);
    expect(x.result.consistent).toBe(true);
  });
  it('only 1 collective and 11 individuals received Charter discipline', () => {
    expect(r.breakdowns.map((b) => b.check.classification)).toEqual([
      { discipline: 11, nonDisciplinary: 21, pending: 0, rating: 0, other: 0 },
      { discipline: 1, nonDisciplinary: 5, pending: 0, rating: 0, other: 0 },
      { discipline: 21, nonDisciplinary: 0, pending: 1, rating: 0, other: 0 },
    ]);
    // The findings → outcomes pair is reconcile's "disposition"; KHTNV given as an outcome is the vocabulary's unsatisfactoryRating.
    const g0 = x.report.groups[0];
    expect(g0?.total?.measure).toBe('disposition');
    expect(g0?.parts?.map((p) => [p.measure, p.category])).toEqual([
      ['discipline', 'warning'],
      ['discipline', 'reprimand'],
      ['nonDisciplinary', 'unsatisfactoryRating'],
      ['nonDisciplinary', 'reminder'],
    ]);
  });
  it('7 is a non-additive subset of the 22', () => {
    const g = x.groups[2];
    expect(g?.subsets.map((s) => r.tallies[s]?.count)).toEqual([7]);
    expect(x.report.groups[2]?.subsets?.map((s) => s.value)).toEqual([7]);
  });
  it('leaving pending cases out of the total makes the 22 fail, as reconcile says', () => {
    const r2 = extractTallies(seed('004_26c33ccc72d710b1.txt'), { reconcile: { pendingInTotal: false } });
    expect(view(r2)[2]).toEqual([22, [15, 5, 1, 1], 'partsBelowTotal', false, ['partsNotEqualTotal']]);
    const x2 = reconcileExtraction(r, { reconcile: { pendingInTotal: false } });
    expect(x2.findings.map((f) => [f.finding.code, f.tallies.map((t) => r.tallies[t]?.count)])).toContainEqual(['partsNotEqualTotal', [22, 15, 5, 1, 1]]);
  });
});

describe('texts of the genre where the reconciliation must fail', () => {
  it('parts that do not add up', () => {
    const r = extractTallies('Năm 2019, Đảng ủy xã đã xử lý kỷ luật 20 đảng viên, trong đó khiển trách 10 đảng viên, cảnh cáo 6 đảng viên.');
    expect(view(r)).toEqual([[20, [10, 6], 'partsBelowTotal', false, ['partsNotEqualTotal']]]);
    const b = r.breakdowns[0];
    expect(b?.check.difference).toBe(-4);
    expect(b?.check.explanation.textVi).toContain('10 + 6 = 16');
    expect(b?.check.explanation.textEn).toContain('but the parts add up to 10 + 6 = 16');
    const x = reconcileExtraction(r);
    expect(x.result.consistent).toBe(false);
    expect(x.findings[0]?.tallies).toEqual([0, 1, 2]);
  });
  it('parts above the total in a parenthesis', () => {
    const r = extractTallies('Huyện ủy đã thi hành kỷ luật 9 đảng viên (khiển trách 7, cảnh cáo 3).');
    expect(view(r)).toEqual([[9, [7, 3], 'partsAboveTotal', false, ['partsNotEqualTotal']]]);
  });
  it('"cách chức 1 tổ chức đảng": a form the Charter has not for organizations', () => {
    const r = extractTallies('Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng.');
    expect(view(r)).toEqual([[3, [2, 1], 'addsUp', false, ['formImpossibleForSubject']]]);
    const text = r.breakdowns[0]?.check.explanation.textVi ?? '';
    expect(text).toContain('Điều lệ không quy định hình thức cách chức đối với tổ chức đảng');
    expect(r.breakdowns[0]?.check.explanation.textEn).toContain('Outcome: The parts add up to the total, but the figures are inconsistent.');
    expect(r.breakdowns[0]?.check.explanation.textEn).toContain('Article 35(2) of the Party Charter');
    const x = reconcileExtraction(r);
    expect(x.findings.map((f) => [f.finding.code, f.tallies])).toEqual([['formImpossibleForSubject', [2]]]);
  });
  it('khai trừ of a probationary member, outside any breakdown', () => {
    const r = extractTallies('Ủy ban Kiểm tra đã thi hành kỷ luật khai trừ 1 đảng viên dự bị.');
    expect(r.breakdowns).toEqual([]);
    const x = reconcileExtraction(r);
    expect(x.report.groups[0]?.total).toMatchObject({ subject: 'probationaryMember', category: 'expulsion', value: 1 });
    expect(x.findings.map((f) => [f.finding.code, f.finding.severity, f.tallies])).toEqual([['formImpossibleForSubject', 'error', [0]]]);
  });
  it('a printed percentage off its base', () => {
    const r = extractTallies('Thành ủy đã xử lý kỷ luật 12 đảng viên, trong đó khiển trách 8 đảng viên (chiếm 80%), cảnh cáo 4 đảng viên.');
    expect(view(r)).toEqual([[12, [8, 4], 'addsUp', false, ['percentMismatch']]]);
  });
  it('a level\'s share under "trở lên" is of everyone rated, not of the total: not checked against the total (§5 decision 7)', () => {
    const r = extractTallies('Có 4 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (chiếm 80%), trong đó 1 đảng viên hoàn thành xuất sắc nhiệm vụ (chiếm 20%); 1 đảng viên hoàn thành nhiệm vụ (chiếm 20%).');
    const x = reconcileExtraction(r);
    expect(r.tallies.map((t) => [t.category, t.count, t.percent])).toEqual([
      ['goodOrBetter', 4, 80],
      ['excellent', 1, 20],
      ['satisfactory', 1, 20],
    ]);
    expect(x.report.groups[0]?.subsets?.[0]?.percent).toBeUndefined();
    expect(x.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('nhắc nhở listed under a discipline total is a part, classified apart (a note; an error on request)', () => {
    const text = 'Huyện ủy đã kỷ luật 10 đảng viên, trong đó khiển trách 6 đảng viên, cảnh cáo 2 đảng viên, nhắc nhở 2 đảng viên.';
    const r = extractTallies(text);
    expect(view(r)).toEqual([[10, [6, 2, 2], 'addsUp', true, ['mixedHeading']]]);
    expect(r.breakdowns[0]?.check.classification).toMatchObject({ discipline: 8, nonDisciplinary: 2 });
    const strict = extractTallies(text, { reconcile: { extendedOutcomesUnderDiscipline: 'error' } });
    expect(strict.breakdowns[0]?.check.consistent).toBe(false);
  });
  it('approximate totals get no verdict on the sum', () => {
    const r = extractTallies('Đã xử lý kỷ luật gần 50 đảng viên, trong đó khiển trách 30 đảng viên, cảnh cáo 12 đảng viên.');
    expect(view(r)).toEqual([[50, [30, 12], 'approximate', true, []]]);
    expect(reconcileExtraction(r).groups[0]).toEqual({ breakdown: 0, parts: [1, 2], subsets: [] });
  });
});

describe('one engine', () => {
  it('the reader\'s verdict is reconcile\'s verdict on the same figures', () => {
    const r = extractTallies('Năm 2019, Đảng ủy xã đã xử lý kỷ luật 20 đảng viên, trong đó khiển trách 10 đảng viên, cảnh cáo 6 đảng viên.');
    const x = reconcileExtraction(r);
    const direct = reconcile(x.report);
    expect(direct.findings.map((f) => f.code)).toEqual(x.result.findings.map((f) => f.code));
    expect(r.breakdowns[0]?.check.findings.map((f) => f.explanation.textEn)).toEqual(direct.findings.map((f) => f.explanation.textEn));
  });
  it('checkStatedBreakdown is the same check on bare numbers', () => {
    const c = checkStatedBreakdown({ total: 50, parts: [30, 12] });
    expect([c.status, c.consistent, c.findings.map((f) => f.code), c.classification.other]).toEqual(['partsBelowTotal', false, ['partsNotEqualTotal'], 42]);
    expect(checkStatedBreakdown({ total: 5, parts: [2, 3] }).consistent).toBe(true);
  });
  it('results are deeply frozen; repeats are skipped', () => {
    const text = 'Huyện đã xử lý kỷ luật 4 tổ chức đảng. Như đã nêu, huyện đã xử lý kỷ luật 4 tổ chức đảng.';
    const r = extractTallies(text);
    const x = reconcileExtraction(r);
    expect(isDeepFrozen(x)).toBe(true);
    expect(x.skipped).toEqual(r.tallies.filter((t) => t.repeatOf !== undefined).map((t) => t.index));
  });
  it('counts too large to be exact (or read as Infinity) never make reconcile throw: no verdict, left out', () => {
    const nine = '9'.repeat(400);
    const r = extractTallies(`Đã xử lý kỷ luật ${nine} đảng viên, trong đó khiển trách ${nine} đảng viên (chiếm ${nine}%), cảnh cáo 1 đảng viên. Khiển trách 5 đảng viên (chiếm ${nine},5%).`);
    // The reader leaves numbers it cannot hold exactly unclassified (tooLarge): no breakdown is formed.
    expect(r.breakdowns).toEqual([]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['tooLarge', 'tooLarge']);
    const x = reconcileExtraction(r);
    const figures = x.report.groups.flatMap((g) => [g.total, ...(g.parts ?? []), ...(g.subsets ?? [])]).filter((f) => f !== undefined);
    expect(figures.map((f) => f.value)).toEqual([1, 5]);
    expect(figures.every((f) => f.percent === undefined || Number.isFinite(f.percent.value))).toBe(true);
  });
  it('a count inheriting a reminder (no "total" category) takes the reminder itself (property counterexample)', () => {
    const r = extractTallies('nhắc nhở 2.447 (chiếm 2.447 đảng viên dự bị');
    expect(r.tallies.map((t) => [t.measure, t.category])).toEqual([
      ['reminder', 'reminder'],
      ['reminder', 'reminder'],
    ]);
    expect(() => reconcileExtraction(r, { ratingYear: 2020 })).not.toThrow();
  });
  it('any text of genre fragments reads and reconciles without throwing (property)', () => {
    const fragment = fc.constantFrom(
      'xử lý kỷ luật', 'trong đó', 'khiển trách', 'cảnh cáo', 'cách chức', 'khai trừ', 'giải tán', 'nhắc nhở', 'đang xem xét xử lý',
      'đảng viên', 'đảng viên dự bị', 'tổ chức đảng', 'tập thể', 'cá nhân', 'chi bộ trực thuộc', 'hoàn thành tốt nhiệm vụ trở lên',
      'hoàn thành xuất sắc nhiệm vụ', 'được xác định có biểu hiện suy thoái', 'gần', '(chiếm', '%)', ',', ';', '.', 'Cụ thể,',
      '0', '1', '2', '12', '2.447', '98,46', '9'.repeat(30), '9'.repeat(400),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (words) => {
        const r = extractTallies(words.join(' '));
        const x = reconcileExtraction(r, { ratingYear: 2020 });
        expect(x.groups.length).toBe(x.report.groups.length);
        for (const b of r.breakdowns) expect(b.check.explanation.textVi.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it('bad options → Nq4Error naming the field', () => {
    const r = extractTallies('');
    try {
      reconcileExtraction(r, { ratingYear: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Nq4Error);
      expect((e as Nq4Error).issues[0]?.path).toEqual(['options', 'ratingYear']);
    }
    for (const run of [() => reconcileExtraction(r, { reconcile: { pendingInTotal: 'yes' } } as never), () => extractTallies('', { reconcile: { pendingInTotal: 'yes' } } as never)]) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(Nq4Error);
        expect((e as Nq4Error).issues[0]?.path).toEqual(['options', 'reconcile', 'pendingInTotal']);
      }
    }
  });
});
