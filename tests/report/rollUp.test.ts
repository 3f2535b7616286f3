import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { buildUnitTree, rollUp, type UnitTree } from '../../src/report/index.js';
import { readTally } from '../../src/report/_tallyFast.js';
import { emptyTally, mergeTallies, tally, type Tally, type TallyInput } from '../../src/tally/tally.js';
import { tallyInputArb, treeArb } from './_arbitraries.js';
import { errorOf } from '../support/errors.js';

/** All own tallies of the subtree rooted at `code`, gathered by an explicit walk. */
function subtreeOwn(tree: UnitTree, tallies: Record<string, TallyInput>, code: string): Tally[] {
  const out: Tally[] = [];
  const stack = [code];
  while (stack.length > 0) {
    const c = stack.pop() as string;
    const t = tallies[c];
    if (t) out.push(tally(t));
    stack.push(...(tree.units[c]?.children ?? []));
  }
  return out;
}

describe('rollUp', () => {
  const units = [
    { code: 'KN', kind: 'district' as const },
    { code: 'X1', kind: 'grassrootsCommittee' as const, parent: 'KN' },
    { code: 'X1-C1', kind: 'directBranch' as const, parent: 'X1' },
    { code: 'X1-C2', kind: 'directBranch' as const, parent: 'X1' },
    { code: 'CB', kind: 'grassrootsBranch' as const, parent: 'KN' },
  ];
  const tree = buildUnitTree(units, { on: '2020-12-31' });

  it('adds leaf tallies bottom-up, own counts of inner units included', () => {
    const r = rollUp(tree, {
      'X1-C1': { ratings: { member: { good: 20, satisfactory: 2 } } },
      'X1-C2': { ratings: { member: { good: 15, excellent: 3 } }, disciplines: { member: { reprimand: 1 } } },
      X1: { ratings: { directBranch: { good: 2 } } },
      CB: { ratings: { member: { good: 9 } } },
      KN: { ratings: { tccsd: { good: 1, satisfactory: 1 } } },
    });
    expect(r.total.ratings).toEqual({ member: { good: 44, satisfactory: 2, excellent: 3 }, directBranch: { good: 2 }, tccsd: { good: 1, satisfactory: 1 } });
    expect(r.units.X1?.total.disciplines).toEqual({ member: { reprimand: 1 } });
    expect(r.units.KN?.counters).toEqual({ units: 5, tccsd: 2, directBranches: 2, subCommittees: 0, partyCells: 0 });
    expect(r.units.X1?.counters).toEqual({ units: 3, tccsd: 1, directBranches: 2, subCommittees: 0, partyCells: 0 });
    expect(r.units.CB?.own).toEqual(tally({ ratings: { member: { good: 9 } } }));
    expect(Object.isFrozen(r.units.X1?.total.ratings.member)).toBe(true);
  });

  it('keeps cross-cutting subsets ("diện … quản lý") apart from totals', () => {
    const r = rollUp(
      tree,
      { 'X1-C1': { disciplines: { member: { reprimand: 15, warning: 5 } } }, CB: { disciplines: { member: { removalFromPost: 1 } } } },
      { crossCutting: { 'X1-C1': { dienThanhUyQuanLy: { disciplines: { member: { reprimand: 5 } } } }, CB: { dienThanhUyQuanLy: { disciplines: { member: { removalFromPost: 1 } } } } } },
    );
    expect(r.total.disciplines.member).toEqual({ reprimand: 15, warning: 5, removalFromPost: 1 });
    expect(r.units.KN?.crossCutting.dienThanhUyQuanLy?.disciplines.member).toEqual({ reprimand: 5, removalFromPost: 1 });
    expect(r.units['X1-C2']?.crossCutting).toEqual({});
  });

  it('bad tallies and unknown codes → one Nq4Error listing every issue with its path', () => {
    const e = errorOf(() =>
      rollUp(tree, {
        'X1-C1': { ratings: { member: { good: -1, satisfactory: 2.5 } } },
        NOPE: {},
        CB: { disciplines: { member: { fine: 3 } }, extra: 1 } as unknown as TallyInput,
      }),
    );
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'too_small@tallies.X1-C1.ratings.member.good',
      'invalid_type@tallies.X1-C1.ratings.member.satisfactory',
      'unknown_id@tallies.NOPE',
      'unknown_key@tallies.CB.extra',
      'invalid_value@tallies.CB.disciplines.member.fine',
    ]);
    expect(errorOf(() => rollUp({} as UnitTree, {})).issues[0]?.path).toEqual(['tree']);
    expect(errorOf(() => rollUp(tree, {}, { crossCutting: { CB: { k: { commitments: -2 } } }, other: 1 } as never)).issues.map((i) => i.path.join('.'))).toEqual([
      'options.other',
      'options.crossCutting.CB.k.commitments',
    ]);
  });

  it('property: every total equals the merge of its whole subtree at once, and level by level', () => {
    fc.assert(
      fc.property(treeArb, ({ units: us, tallies }) => {
        const t = buildUnitTree(us, { on: '2020-06-01' });
        const r = rollUp(t, tallies);
        // all at once
        for (const code of t.order) expect(r.units[code]?.total).toEqual(mergeTallies(...subtreeOwn(t, tallies, code)));
        // level by level, deepest first
        const byLevel = new Map<string, Tally>();
        const maxDepth = Math.max(...t.order.map((c) => t.units[c]?.depth ?? 0));
        for (let d = maxDepth; d >= 0; d--) {
          for (const code of t.order.filter((c) => t.units[c]?.depth === d)) {
            const own = tallies[code] ? tally(tallies[code] as TallyInput) : emptyTally();
            byLevel.set(code, mergeTallies(own, ...(t.units[code]?.children ?? []).map((c) => byLevel.get(c) as Tally)));
          }
        }
        expect(r.total).toEqual(byLevel.get(t.root));
        // counters conserved: root counts every unit once
        expect(r.units[t.root]?.counters.units).toBe(t.order.length);
      }),
      { numRuns: 60 },
    );
  });

  it('property: totals are conserved (sum of all counts at the root = sum over units)', () => {
    const sumAll = (x: Tally): number => {
      let s = x.commitments;
      const walk = (o: object): void => {
        for (const v of Object.values(o)) {
          if (typeof v === 'number') s += v;
          else if (v && typeof v === 'object') walk(v);
        }
      };
      const { commitments: _c, ...rest } = x;
      walk(rest);
      return s;
    };
    fc.assert(
      fc.property(treeArb, ({ units: us, tallies }) => {
        const r = rollUp(buildUnitTree(us, { on: '2020-06-01' }), tallies);
        const expected = Object.values(tallies).reduce((a, t) => a + sumAll(tally(t)), 0);
        expect(sumAll(r.total)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('property: never mutates deep-frozen inputs', () => {
    fc.assert(
      fc.property(treeArb, ({ units: us, tallies }) => {
        const frozenUnits = deepFreeze(structuredClone(us));
        const frozenTallies = deepFreeze(structuredClone(tallies));
        const before = JSON.stringify(frozenTallies);
        const r = rollUp(buildUnitTree(frozenUnits, { on: '2020-06-01' }), frozenTallies);
        expect(JSON.stringify(frozenTallies)).toBe(before);
        expect(Object.isFrozen(r.units)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('property: the fast reader agrees with tally() on valid input and rejects what zod rejects', () => {
    fc.assert(
      fc.property(tallyInputArb, (input) => {
        expect(readTally(input, [], [])).toEqual(tally(input));
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const issues: never[] = [];
        const fast = readTally(input, [], issues);
        let zodOk = true;
        try {
          tally(input as TallyInput);
        } catch (e) {
          if (!(e instanceof Nq4Error)) throw e;
          zodOk = false;
        }
        expect(fast !== undefined).toBe(zodOk);
      }),
    );
  });

  it('mergeTallies is associative and commutative with emptyTally as identity', () => {
    fc.assert(
      fc.property(tallyInputArb, tallyInputArb, tallyInputArb, (a, b, c) => {
        const [x, y, z] = [tally(a), tally(b), tally(c)];
        expect(mergeTallies(mergeTallies(x, y), z)).toEqual(mergeTallies(x, mergeTallies(y, z)));
        expect(mergeTallies(x, y)).toEqual(mergeTallies(y, x));
        expect(mergeTallies(x, emptyTally())).toEqual(x);
      }),
    );
  });

  it('rolls up a 100,000-level chain without overflowing the stack', () => {
    const n = 100_000;
    const us = [{ code: 'R', kind: 'grassrootsCommittee' as const }];
    const tallies: Record<string, TallyInput> = {};
    for (let i = 0; i < n; i++) {
      us.push({ code: `B${i}`, kind: 'subCommittee' as never, parent: i === 0 ? 'R' : `B${i - 1}` } as never);
      if (i % 1000 === 0) tallies[`B${i}`] = { commitments: 1 };
    }
    const t = buildUnitTree(us, { on: '2020-06-01', additionalContainment: [{ parent: 'subCommittee', child: 'subCommittee' }] });
    expect(rollUp(t, tallies).total.commitments).toBe(100);
  });
});
