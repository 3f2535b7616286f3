import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { serializeCanonicalJson, sealReport, verifySeal, type SealedReport, type SealReportInput } from '../../src/report/index.js';
import { tallyInputArb } from './_arbitraries.js';
import { errorOf } from '../support/errors.js';

const year2020 = { from: '2020-01-01', to: '2020-12-31', kind: 'year' } as const;
const krongNo: SealReportInput = {
  unit: 'KRONG-NO',
  period: year2020,
  ruleSets: { rating: 'hd21', discipline: 'qd102' },
  tally: { ratings: { member: { good: 2447, satisfactory: 220 } }, disciplines: { organization: { reprimand: 2, warning: 2 } } },
};
const GOLDEN_JSON =
  '{"children":[],"crossCutting":{},"format":"nq4-report/1","period":{"from":"2020-01-01","kind":"year","to":"2020-12-31"},"ruleSets":{"discipline":"qd102","rating":"hd21"},"tally":{"commitments":0,"degradationFound":{},"disciplineProcedures":{},"disciplines":{"organization":{"reprimand":2,"warning":2}},"findingsByGroupOnly":{},"findingsByItem":{},"nonDisciplinary":{},"ratings":{"member":{"good":2447,"satisfactory":220}},"reviews":{},"suggestedReviews":{}},"unit":"KRONG-NO"}';

describe('serializeCanonicalJson', () => {
  it('sorts keys, normalizes strings to NFC, writes -0 as 0, drops undefined', () => {
    expect(serializeCanonicalJson({ b: 1, a: { d: -0, c: 'hoa\u0301' }, u: undefined } as never)).toBe('{"a":{"c":"hoá","d":0},"b":1}');
    expect(serializeCanonicalJson([3, 1, [2]])).toBe('[3,1,[2]]');
    expect(() => serializeCanonicalJson(Number.NaN)).toThrow(Nq4Error);
  });
  it('equals JSON.parse round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(serializeCanonicalJson(v as never))).toEqual(JSON.parse(JSON.stringify(v).normalize('NFC')));
      }),
    );
  });
  it('writes a 100,000-deep array without overflowing the stack', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(serializeCanonicalJson(v as never).length).toBe(200_001);
  });
});

describe('sealReport / verifySeal', () => {
  it('golden: the same input gives the same canonical content and hash on every machine', () => {
    const s = sealReport(krongNo);
    expect(serializeCanonicalJson(s.content as never)).toBe(GOLDEN_JSON);
    expect(s.seal.hash).toBe(createHash('sha256').update(GOLDEN_JSON).digest('hex'));
    expect(s.seal.hash).toBe('0f6b36339a3ab85a3b572dbd208586ca36354ed3468016153ec5c23d4f3ce278');
    expect(s.seal).toMatchObject({ algorithm: 'SHA-256', unit: 'KRONG-NO', period: year2020, ruleSets: { rating: 'hd21', discipline: 'qd102' } });
    const v = verifySeal(s);
    expect(v.status).toBe('valid');
    expect(v.explanation.textEn).toContain(s.seal.hash);
  });

  it('property: deterministic, and independent of key order, zero counts and the order of children', () => {
    fc.assert(
      fc.property(tallyInputArb, fc.array(tallyInputArb, { minLength: 1, maxLength: 4 }), (t, childTallies) => {
        const children = childTallies.map((ct, i) => sealReport({ unit: `C${i}`, period: year2020, ruleSets: { rating: 'hd21' }, tally: ct }));
        const a = sealReport({ unit: 'P', period: year2020, ruleSets: { rating: 'hd21', discipline: 'qd69' }, tally: t, children });
        const reversedKeys = Object.fromEntries(Object.entries(t).reverse()) as typeof t;
        const b = sealReport({ ruleSets: { discipline: 'qd69', rating: 'hd21' }, children: [...children].reverse(), tally: reversedKeys, period: year2020, unit: 'P' });
        expect(b.seal.hash).toBe(a.seal.hash);
        expect(sealReport({ unit: 'P', period: year2020, ruleSets: { rating: 'hd21', discipline: 'qd69' }, tally: { ...t, commitments: t.commitments ?? 0 }, children }).seal.hash).toBe(a.seal.hash);
        expect(verifySeal(a).status).toBe('valid');
      }),
      { numRuns: 40 },
    );
  });

  it('detects tampering with the content, the seal fields, or the expectations', () => {
    const s = sealReport(krongNo);
    const tampered: SealedReport = { ...s, content: { ...s.content, tally: { ...s.content.tally, commitments: 1 } } };
    const r = verifySeal(tampered);
    expect(r.status).toBe('invalid');
    expect(r.explanation.reasons.map((x) => x.code)).toEqual(['hashMismatch']);
    expect(verifySeal({ ...s, seal: { ...s.seal, unit: 'OTHER' } }).explanation.reasons.map((x) => x.code)).toEqual(['unitMismatch']);
    expect(verifySeal({ ...s, seal: { ...s.seal, ruleSets: { rating: 'qd124' } } }).explanation.reasons.map((x) => x.code)).toEqual(['ruleSetsMismatch']);
    expect(verifySeal(s, { unit: 'X' }).explanation.reasons.map((x) => x.code)).toEqual(['unexpectedUnit']);
    const p = verifySeal(s, { period: { from: '2021-01-01', to: '2021-12-31' } });
    expect(p.status).toBe('invalid');
    expect(p.explanation.textVi).toContain('1-1-2021');
  });

  it('a parent accepts sealed children only if their seals match; every bad child is listed', () => {
    const c1 = sealReport({ ...krongNo, unit: 'C1' });
    const c2 = sealReport({ ...krongNo, unit: 'C2' });
    const bad = { ...c2, content: { ...c2.content, unit: 'C3' } };
    const e = errorOf(() => sealReport({ ...krongNo, unit: 'P', children: [c1, bad, c1] }));
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'inconsistent@children.1.seal',
      'inconsistent@children.1.seal',
      'inconsistent@children.2.content.unit',
    ]);
    const ok = sealReport({ ...krongNo, unit: 'P', children: [c2, c1] });
    expect(ok.content.children.map((c) => c.unit)).toEqual(['C1', 'C2']);
  });

  it('bad input → Nq4Error with paths; inputs are not mutated', () => {
    const e = errorOf(() => sealReport({ unit: '', period: { from: '2020-12-31', to: '2020-01-01' }, ruleSets: {}, tally: { commitments: -1 } } as SealReportInput));
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['too_small@unit', 'date_order@period.to', 'too_small@tally.commitments']);
    const frozen = deepFreeze(structuredClone(krongNo));
    expect(sealReport(frozen).seal.hash).toBe('0f6b36339a3ab85a3b572dbd208586ca36354ed3468016153ec5c23d4f3ce278');
    expect(() => verifySeal({ content: {}, seal: {} } as SealedReport)).toThrow(Nq4Error);
  });
});
