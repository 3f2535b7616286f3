import { describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';
import {
  canonicalJson,
  computeSha256Hex,
  convertTallyToStatedGroups,
  reconcile,
  sealReport,
  serializeCanonicalJson,
  sha256Hex,
  tallyToStatedGroups,
  verifySeal,
} from '../../src/report/index.js';

// Issue 16 (docs/conventions.md): the renamed functions keep their old names as deprecated
// aliases for one minor, and the boolean verdicts stay filled beside the new `status`.

describe('report renames: the old names still work', () => {
  it('sha256Hex, canonicalJson and tallyToStatedGroups are the renamed functions, from the package entry too', () => {
    expect(sha256Hex).toBe(computeSha256Hex);
    expect(canonicalJson).toBe(serializeCanonicalJson);
    expect(tallyToStatedGroups).toBe(convertTallyToStatedGroups);
    expect(nq4.sha256Hex('abc')).toBe(nq4.computeSha256Hex('abc'));
    expect(nq4.canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(nq4.tallyToStatedGroups({ commitments: 2 })).toEqual(nq4.convertTallyToStatedGroups({ commitments: 2 }));
  });
});

describe('verdicts are a status; the deprecated booleans agree', () => {
  const bad = { groups: [{ total: { measure: 'discipline', value: 3 }, parts: [{ measure: 'discipline', category: 'reprimand', value: 2 }] }] } as const;

  it('reconcile: status consistent / inconsistent, consistent still filled', () => {
    const ok = reconcile({ groups: [] });
    expect(ok.status).toBe('consistent');
    expect(ok.consistent).toBe(true);
    const r = reconcile(bad);
    expect(r.status).toBe('inconsistent');
    expect(r.consistent).toBe(false);
  });

  it('verifySeal: status valid / invalid, valid still filled', () => {
    const sealed = sealReport({ unit: 'X1', period: { from: '2024-01-01', to: '2024-12-31' }, ruleSets: {}, tally: { commitments: 1 } });
    const v = verifySeal(sealed);
    expect(v.status).toBe('valid');
    expect(v.valid).toBe(true);
    const w = verifySeal(sealed, { unit: 'X2' });
    expect(w.status).toBe('invalid');
    expect(w.valid).toBe(false);
  });
});

describe("report dates use the one isoDate() of _lib/schema (issue 16)", () => {
  it('a date that is not a real day is invalid_date, with the shared message, in reconcile, renderReport, sealReport and buildUnitTree', () => {
    const issuesOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as nq4.Nq4Error).issues.map((i) => [i.code, i.path.join('.'), i.messageEn]);
      }
      return [];
    };
    const msg = 'Not a valid date (expected a real calendar day, YYYY-MM-DD).';
    expect(issuesOf(() => reconcile({ groups: [], period: { from: '2020-02-30', to: '2020-12-31' } }))).toEqual([['invalid_date', 'period.from', msg]]);
    expect(issuesOf(() => nq4.renderReport({}, { period: { from: '2020-13-01', to: '2020-12-31' } }))).toEqual([['invalid_date', 'options.period.from', msg]]);
    expect(issuesOf(() => sealReport({ unit: 'X', period: { from: '2021-02-29', to: '2021-12-31' }, ruleSets: {}, tally: {} }))).toEqual([['invalid_date', 'period.from', msg]]);
    expect(issuesOf(() => nq4.buildUnitTree([], { on: '2020-04-31' }))).toEqual([['invalid_date', 'options.on', msg]]);
  });
});
