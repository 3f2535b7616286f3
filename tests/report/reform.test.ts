/**
 * Roll-up across the reform of 01-07-2025 (issue 13 item 12; hierarchy-review-reports.md §1.5:
 * district party committees ended on 30-06-2025 and communes' đảng bộ took over; §5.1: units need a
 * successor link). A 2025 annual report, built on 31-12-2025, rolls the figures of units that ended
 * on 30-06-2025 into their successors, and says so.
 */
import { describe, expect, it } from 'vitest';
import { buildUnitTree, Nq4Error, rollUp, type UnitInput } from '../../src/index.js';

const units: UnitInput[] = [
  { code: 'P', kind: 'province' },
  { code: 'H', kind: 'district', parent: 'P', validTo: '2025-06-30', successor: 'X' },
  { code: 'H-C', kind: 'grassrootsBranch', parent: 'H', validTo: '2025-06-30', successor: 'X-C' },
  { code: 'X', kind: 'commune', parent: 'P', validFrom: '2025-07-01' },
  { code: 'X-C', kind: 'grassrootsBranch', parent: 'X', validFrom: '2025-07-01' },
];

describe('roll-up across the 01-07-2025 reform', () => {
  it('a 2025 annual tree lists the successor of each unit that ended on 30-06-2025', () => {
    const tree = buildUnitTree(units, { on: '2025-12-31' });
    expect(tree.excluded).toEqual(['H', 'H-C']);
    expect({ ...tree.successors }).toEqual({ H: 'X', 'H-C': 'X-C' });
  });

  it('figures of the ended unit are added to its successor, and listed in carried', () => {
    const tree = buildUnitTree(units, { on: '2025-12-31' });
    const r = rollUp(tree, { 'H-C': { disciplines: { member: { reprimand: 2 } } }, 'X-C': { disciplines: { member: { reprimand: 1 } } } });
    expect(r.units['X-C']?.own.disciplines.member?.reprimand).toBe(3);
    expect(r.total.disciplines.member?.reprimand).toBe(3);
    expect(r.carried).toEqual([{ from: 'H-C', into: 'X-C' }]);
  });

  it('with retiredUnits: "error" such a tally is an unknown unit, as before', () => {
    const tree = buildUnitTree(units, { on: '2025-12-31' });
    expect(() => rollUp(tree, { 'H-C': { reviews: { individual: 1 } } }, { retiredUnits: 'error' })).toThrow(Nq4Error);
  });

  it('a successor code that names no unit, or a successor not in force on the day, is an error', () => {
    const bad = (extra: Partial<UnitInput>) => [...units.slice(0, 2), { ...units[2], ...extra } as UnitInput, ...units.slice(3)];
    expect(() => buildUnitTree(bad({ successor: 'nowhere' }), { on: '2025-12-31' })).toThrow(/no unit has the successor code given/);
    const gone: UnitInput[] = [...units, { code: 'Y', kind: 'grassrootsBranch', parent: 'X', validFrom: '2025-07-01', validTo: '2025-09-30' }];
    gone[2] = { ...(gone[2] as UnitInput), successor: 'Y' };
    expect(() => buildUnitTree(gone, { on: '2025-12-31' })).toThrow(/successor is not in force/);
  });

  it('before the reform nothing is carried: the district is in the tree', () => {
    const tree = buildUnitTree(units, { on: '2025-06-30' });
    expect({ ...tree.successors }).toEqual({});
    expect(rollUp(tree, { 'H-C': { reviews: { individual: 1 } } }).carried).toEqual([]);
  });
});
