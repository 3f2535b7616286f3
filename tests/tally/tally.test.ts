import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyTally, mergeTallies, Nq4Error, tally, type TallyInput } from '../../src/index.js';
import { frozen, isDeepFrozen } from '../support/freeze.js';

const n = fc.integer({ min: 0, max: 10_000 });
const tallyArb: fc.Arbitrary<TallyInput> = fc.record(
  {
    ratings: fc.record({ member: fc.record({ excellent: n, good: n, unsatisfactory: n }, { requiredKeys: [] }), tccsd: fc.record({ good: n }) }, { requiredKeys: [] }),
    disciplines: fc.record({ member: fc.record({ reprimand: n, warning: n }, { requiredKeys: [] }), organization: fc.record({ dissolution: n }) }, { requiredKeys: [] }),
    nonDisciplinary: fc.record({ individual: fc.record({ reminder: n }) }, { requiredKeys: [] }),
    reviews: fc.record({ individual: n, collective: n }, { requiredKeys: [] }),
    findingsByItem: fc.record({ 'G1-1': n, 'G3-9': n }, { requiredKeys: [] }),
    commitments: n,
  },
  { requiredKeys: [] },
);

describe('tallies', () => {
  it('validates and completes a partial tally, dropping zero counts', () => {
    const t = tally({ disciplines: { member: { reprimand: 30, warning: 0 } }, commitments: 4 });
    expect(t.disciplines).toEqual({ member: { reprimand: 30 } });
    expect(t.commitments).toBe(4);
    expect(t.reviews).toEqual({});
    expect(isDeepFrozen(t)).toBe(true);
  });

  it('keeps non-disciplinary outcomes apart from discipline', () => {
    const t = mergeTallies(tally({ nonDisciplinary: { individual: { reminder: 3 } } }), tally({ disciplines: { member: { warning: 2 } } }));
    expect(t.disciplines).toEqual({ member: { warning: 2 } });
    expect(t.nonDisciplinary).toEqual({ individual: { reminder: 3 } });
  });

  it('rejects negative, fractional and unknown counts, naming each field', () => {
    try {
      tally({ reviews: { individual: -1 }, commitments: 1.5, findingsByItem: { 'G9-9': 1 } } as never);
      expect.unreachable();
    } catch (error) {
      const paths = (error as Nq4Error).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['reviews.individual', 'commitments']));
      expect(paths.some((p) => p.startsWith('findingsByItem'))).toBe(true);
    }
  });

  it('reports a count past the safe range once, not once per check', () => {
    try {
      tally({ commitments: 2 ** 60 });
      expect.unreachable();
    } catch (error) {
      expect((error as Nq4Error).issues).toEqual([
        { code: 'too_big', path: ['commitments'], messageVi: 'Giá trị phải ≤ 9007199254740991.', messageEn: 'Value must be ≤ 9007199254740991.' },
      ]);
    }
  });

  it('names an unknown catalog id in findingsByItem as an unknown field', () => {
    try {
      tally({ findingsByItem: { 'G9-9': 1 } } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as Nq4Error).issues).toEqual([{ code: 'unknown_key', path: ['findingsByItem', 'G9-9'], messageVi: 'Trường không được hỗ trợ.', messageEn: 'Unknown field.' }]);
    }
  });

  it('merge is associative and commutative with the empty tally as identity (property)', () => {
    fc.assert(
      fc.property(tallyArb, tallyArb, tallyArb, (a, b, c) => {
        const [ta, tb, tc] = [tally(a), tally(b), tally(c)];
        expect(mergeTallies(mergeTallies(ta, tb), tc)).toEqual(mergeTallies(ta, mergeTallies(tb, tc)));
        expect(mergeTallies(ta, tb)).toEqual(mergeTallies(tb, ta));
        expect(mergeTallies(ta, createEmptyTally())).toEqual(ta);
      }),
    );
  });

  it('conserves totals and never mutates its inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(tallyArb, { maxLength: 6 }), (inputs) => {
        const ts = inputs.map((i) => tally(frozen(i)));
        const sum = mergeTallies(...ts);
        const total = (f: (x: TallyInput) => number) => inputs.reduce((s, i) => s + f(i), 0);
        expect(sum.commitments).toBe(total((i) => i.commitments ?? 0));
        expect(sum.disciplines.member?.reprimand ?? 0).toBe(total((i) => i.disciplines?.member?.reprimand ?? 0));
        expect(sum.reviews.collective ?? 0).toBe(total((i) => i.reviews?.collective ?? 0));
      }),
    );
  });
});
