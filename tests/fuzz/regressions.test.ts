/**
 * Regression tests for what the fuzz harness found in the shared core, legal, formatting and
 * report areas (issue 15: "Exported helpers that validate nothing", "Freezing what the caller
 * owns", "Values are echoed", the issue cap). Each names the issue-15 item it rests on.
 */
import { describe, expect, it } from 'vitest';
import {
  buildUnitTree,
  canonicalJson,
  cite,
  createRuleSetRegistry,
  explain,
  formatCitation,
  formatDateEn,
  formatDateLongVi,
  formatDateVi,
  formatNumberEn,
  formatNumberVi,
  formatPath,
  formatPercentVi,
  Nq4Error,
  PARTY_DOCUMENTS,
  parseDocumentId,
  reconcile,
  renderExplanation,
  rollUp,
  sameDocumentId,
  sealReport,
  sha256Hex,
  tally,
  tallyDisciplines,
  type ReconcileReportInput,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const NAME = 'Nguyễn Văn An';

const paths = (e: Nq4Error) => e.issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('exported helpers validate their input (issue 15, "Exported helpers that validate nothing")', () => {
  it('formatDate* refuse a missing, malformed or non-string date with an Nq4Error', () => {
    for (const f of [formatDateVi, formatDateEn, formatDateLongVi]) {
      expect(paths(errorOf(() => f(undefined as never)))).toEqual(['missing@']);
      expect(paths(errorOf(() => f('2024-02-30' as never)))).toEqual(['invalid_date@']);
      expect(paths(errorOf(() => f(Symbol('x') as never)))).toEqual(['invalid_type@']);
    }
    expect(formatDateVi('2024-12-31' as never)).toBe('31-12-2024');
  });

  it('formatNumber*/formatPercent* refuse bad digits and non-finite numbers', () => {
    expect(paths(errorOf(() => formatNumberVi(1, 99)))).toEqual(['invalid_value@fractionDigits']);
    expect(paths(errorOf(() => formatNumberEn(1, {} as never)))).toEqual(['invalid_type@fractionDigits']);
    expect(paths(errorOf(() => formatPercentVi(Number.NaN)))).toEqual(['invalid_value@']);
    expect(paths(errorOf(() => formatNumberVi(12n as never)))).toEqual(['invalid_type@']);
    expect(formatNumberVi(2447)).toBe('2.447');
  });

  it('sha256Hex and canonicalJson refuse what they cannot hash, with the path', () => {
    for (const bad of [42, null, {}, undefined]) expect(paths(errorOf(() => sha256Hex(bad as never)))).toEqual(['invalid_type@']);
    expect(paths(errorOf(() => canonicalJson(undefined as never)))).toEqual(['invalid_type@']);
    expect(paths(errorOf(() => canonicalJson({ a: [1, undefined] } as never)))).toEqual(['invalid_type@a.1']);
    expect(paths(errorOf(() => canonicalJson({ a: new Uint8Array(2) } as never)))).toEqual(['invalid_type@a']);
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic.a as Record<string, unknown>).b = cyclic;
    expect(paths(errorOf(() => canonicalJson(cyclic as never)))).toEqual(['invalid_value@a.b']);
    let deep: unknown = [];
    for (let i = 0; i < 5_000; i++) deep = [deep];
    expect(canonicalJson(deep as never)).toHaveLength(10_002);
    expect(canonicalJson({ b: 1, a: { [NAME]: 1 } })).toBe(`{"a":{"${NAME}":1},"b":1}`);
  });

  it('formatPath refuses a non-array and bad parts', () => {
    expect(paths(errorOf(() => formatPath(undefined as never)))).toEqual(['missing@']);
    expect(paths(errorOf(() => formatPath(['a', -1])))).toEqual(['invalid_type@1']);
  });

  it('sameDocumentId refuses null ids naming the argument', () => {
    const id = parseDocumentId('132-QĐ/TW');
    expect(paths(errorOf(() => sameDocumentId(null as never, id)))).toEqual(['invalid_type@a']);
    expect(sameDocumentId(id, parseDocumentId('132 - QD/TW'))).toBe(true);
  });

  it('cite, formatCitation, explain and renderExplanation refuse missing or wrong fields and typed arrays', () => {
    expect(paths(errorOf(() => cite(undefined as never)))).toEqual(['missing@document']);
    expect(paths(errorOf(() => cite(PARTY_DOCUMENTS.charter2011, new Uint8Array(2) as never)))).toEqual(['invalid_type@locator']);
    expect(paths(errorOf(() => cite(PARTY_DOCUMENTS.charter2011, { article: 35 }, 'rumour' as never)))).toEqual(['invalid_value@status']);
    expect(paths(errorOf(() => formatCitation({ status: 'quoted' } as never)))).toEqual(['missing@citation.document']);
    expect(paths(errorOf(() => formatCitation(cite(PARTY_DOCUMENTS.charter2011, { article: 35 }), 'fr' as never)))).toEqual(['invalid_value@language']);
    expect(paths(errorOf(() => explain({ outcome: { code: 'x', label: { vi: 'a', en: 'b' } }, reasons: [{}] } as never)))).toEqual([
      'missing@reasons.0.code',
      'missing@reasons.0.text',
      'missing@reasons.0.citations',
    ]);
    expect(paths(errorOf(() => explain(new Uint8Array(1) as never)))).toEqual(['invalid_type@']);
    expect(paths(errorOf(() => renderExplanation({ textVi: 'x' } as never)))[0]).toBe('missing@outcome');
    const e = explain({ outcome: { code: 'ok', label: { vi: 'Khớp', en: 'Consistent' } } });
    expect(renderExplanation(e, 'en')).toBe('Outcome: Consistent.');
  });

  it('rollUp refuses a malformed tree and a sum past Number.MAX_SAFE_INTEGER', () => {
    const tree = buildUnitTree([{ code: 'X', kind: 'grassrootsCommittee' }, { code: 'C1', kind: 'directBranch', parent: 'X' }, { code: 'C2', kind: 'directBranch', parent: 'X' }], { on: '2024-12-31' });
    const broken = { ...tree, units: { ...tree.units, X: { ...tree.units.X, children: null } } };
    expect(paths(errorOf(() => rollUp(broken as never, {})))).toEqual(['inconsistent@tree.order.0']);
    const big = Number.MAX_SAFE_INTEGER;
    const e = errorOf(() => rollUp(tree, { C1: { reviews: { individual: big } }, C2: { reviews: { individual: 1 } } }));
    expect(paths(e)).toEqual(['too_big@tallies.reviews.individual']);
  });
});

describe('freezing what the caller owns (issue 15)', () => {
  it('cite copies its locator and labels before freezing', () => {
    const item = { vi: 'tiết 2', en: 'indent 2' };
    const locator = { section: 'II', point: 'B', item };
    const c = cite(PARTY_DOCUMENTS.charter2011, locator);
    expect(Object.isFrozen(locator)).toBe(false);
    expect(Object.isFrozen(item)).toBe(false);
    expect(Object.isFrozen(c) && Object.isFrozen(c.item)).toBe(true);
  });

  it('createRuleSetRegistry copies the rule sets before freezing; the library\'s frozen ones are kept as they are', () => {
    const label = { vi: 'A', en: 'A' };
    const rs = { id: 'a', area: 'demo', label, validFrom: '2019-01-01', sources: [] as never[] };
    const registry = createRuleSetRegistry('demo', [rs as never]);
    expect(Object.isFrozen(rs) || Object.isFrozen(label)).toBe(false);
    const kept = registry.ruleSets[0] as unknown as { label: object };
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.label)).toBe(true);
    const frozen = Object.freeze({ ...rs, label: Object.freeze({ ...label }), sources: Object.freeze([]) });
    expect(createRuleSetRegistry('demo', [frozen as never]).ruleSets[0]).toBe(frozen);
  });
});

describe('no value echoed, messages bounded (issue 15, "Values are echoed", issue cap)', () => {
  it('a key that is a person\'s name is named by its position in a path', () => {
    const tree = buildUnitTree([{ code: 'X', kind: 'grassrootsCommittee' }, { code: 'C1', kind: 'directBranch', parent: 'X' }], { on: '2024-12-31' });
    const e = errorOf(() => rollUp(tree, { C1: {}, [NAME]: { reviews: { individual: 1 } } }));
    expect(paths(e)).toEqual(['unknown_id@tallies.#1']);
    expect(JSON.stringify(e.issues) + e.message + e.messageVi).not.toContain('Nguyễn');
    const proto = errorOf(() => tally(JSON.parse(`{"disciplines":{"${NAME}":{"__proto__":{"x":1}}}}`)));
    expect(paths(proto)).toEqual(['unknown_key@disciplines.#0.__proto__']);
    const t = errorOf(() => tallyDisciplines([{ subject: 'member', outcome: 'reprimand', count: 1, [NAME]: 1 } as never]));
    expect(paths(t)).toEqual(['unknown_key@records.0.#3']);
  });

  it('buildUnitTree names units by index, not by their codes', () => {
    const e = errorOf(() => buildUnitTree([{ code: NAME, kind: 'grassrootsCommittee' }, { code: NAME, kind: 'directBranch', parent: NAME }, { code: 'B', kind: 'directBranch', parent: 'Trần Thị Bình' }], { on: '2024-12-31' }));
    const text = e.message + e.messageVi;
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain('Trần');
    expect(e.issues.find((i) => i.path.join('.') === '1.code')?.messageEn).toBe('Unit [1] repeats the code of an earlier unit.');
  });

  it('sealReport names a child given twice by its index, not by its unit code', () => {
    const child = sealReport({ unit: NAME, period: { from: '2024-01-01', to: '2024-12-31' }, ruleSets: {}, tally: {} });
    const e = errorOf(() => sealReport({ unit: 'X', period: { from: '2024-01-01', to: '2024-12-31' }, ruleSets: {}, tally: {}, children: [child, child] }));
    expect(e.issues[0]?.messageEn).toBe("This unit's report is given twice (also children[0]).");
    expect(e.message + e.messageVi).not.toContain('Nguyễn');
  });

  it('createRuleSetRegistry\'s overlap error names the other rule set by index, not by its id', () => {
    const r = (id: string, validFrom: string) => ({ id, area: 'demo', label: { vi: id, en: id }, validFrom, sources: [] });
    const e = errorOf(() => createRuleSetRegistry('demo', [r(NAME, '2019-01-01'), r('b', '2020-01-01')] as never));
    expect(e.issues[0]?.messageEn).toBe('Validity overlaps the rule set at index 0.');
    expect(e.message).not.toContain('Nguyễn');
  });

  it('400,000 bad figures: 100 issues kept, the rest counted or the check stopped, a short message, fast', () => {
    const groups = Array.from({ length: 200_000 }, () => ({ total: { measure: 'discipline', value: NAME }, parts: [{ measure: 'x', value: 1 }] }));
    const start = performance.now();
    const e = errorOf(() => reconcile({ groups } as unknown as ReconcileReportInput));
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(e.issues).toHaveLength(100);
    expect(e.stoppedEarly).toBe(true);
    expect(e.message.length).toBeLessThan(10_000);
    expect(e.message).toContain('checking stopped after the first 100 problems');
    expect(e.messageVi).toContain('đã dừng kiểm tra sau 100 lỗi đầu');
  });

  it('reconcile walks a 1,000-deep chain of children without overflowing the stack', () => {
    let report: ReconcileReportInput = { groups: [{ total: { measure: 'discipline', subject: 'member', value: 1 } }] };
    for (let i = 0; i < 1_000; i++) report = { groups: [{ total: { measure: 'discipline', subject: 'member', value: 1 } }], children: [report] };
    expect(reconcile(report).consistent).toBe(true);
  });
});
