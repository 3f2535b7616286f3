import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { buildUnitTree, reconcile, rollUp, convertTallyToStatedGroups } from '../../src/report/index.js';
import type { TallyInput } from '../../src/tally/tally.js';
import { tallyInputArb } from './_arbitraries.js';

describe('convertTallyToStatedGroups', () => {
  it('turns discipline into total + forms and the rest into parts', () => {
    expect(convertTallyToStatedGroups({ disciplines: { member: { reprimand: 30, warning: 12 } }, reviews: { collective: 8, individual: 13 }, commitments: 4 })).toEqual([
      {
        total: { measure: 'discipline', subject: 'member', value: 42 },
        parts: [
          { measure: 'discipline', subject: 'member', category: 'reprimand', value: 30 },
          { measure: 'discipline', subject: 'member', category: 'warning', value: 12 },
        ],
      },
      { parts: [{ measure: 'review', subject: 'individual', value: 13 }, { measure: 'review', subject: 'collective', value: 8 }] },
      { parts: [{ measure: 'commitment', value: 4 }] },
    ]);
  });

  it('a parent typed report is checked against the roll-up of its children', () => {
    const tree = buildUnitTree(
      [
        { code: 'X', kind: 'grassrootsCommittee' },
        { code: 'C1', kind: 'directBranch', parent: 'X' },
        { code: 'C2', kind: 'directBranch', parent: 'X' },
      ],
      { on: '2024-12-31' },
    );
    const r = rollUp(tree, { C1: { ratings: { member: { good: 20, satisfactory: 2 } } }, C2: { ratings: { member: { good: 15 } } } });
    const typed: TallyInput = { ratings: { member: { good: 36, satisfactory: 2 } } };
    const result = reconcile({
      unit: 'X',
      groups: convertTallyToStatedGroups(typed),
      children: ['C1', 'C2'].map((c) => ({ unit: c, groups: convertTallyToStatedGroups(r.units[c]?.total ?? {}) })),
    }, { missingChildFigures: 'zero' });
    expect(result.findings.map((f) => f.code)).toEqual(['childrenNotEqualParent']);
    expect(result.findings[0]?.explanation.textVi).toContain('Cấp trên nêu 36 (đảng viên, hoàn thành tốt nhiệm vụ); 2 đơn vị trực thuộc nêu 20 + 15 = 35.');
  });

  it("property: a tally's groups add up; the only errors are forms the tally itself holds for an impossible subject", () => {
    fc.assert(
      fc.property(tallyInputArb, (a) => {
        const r = reconcile({ groups: convertTallyToStatedGroups(a) });
        const impossible =
          Object.entries(a.disciplines?.organization ?? {}).some(([f, n]) => (f === 'removalFromPost' || f === 'expulsion') && (n ?? 0) > 0) ||
          Object.entries(a.disciplines?.probationaryMember ?? {}).some(([f, n]) => f !== 'reprimand' && f !== 'warning' && (n ?? 0) > 0) ||
          [a.disciplines?.member, a.disciplines?.officialMember].some((c) => (c?.dissolution ?? 0) > 0);
        const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
        expect(errors.every((c) => c === 'formImpossibleForSubject')).toBe(true);
        expect(errors.length > 0).toBe(impossible);
      }),
    );
  });

  it('bad tally → Nq4Error', () => {
    expect(() => convertTallyToStatedGroups({ commitments: -1 })).toThrow(Nq4Error);
  });
});
