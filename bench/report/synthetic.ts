/**
 * A synthetic national party tree for the report benchmarks (post-2025 model, on 2026-01-01):
 * 1 central unit, 34 provinces, ~3,300 đảng bộ xã, ~52,000 TCCSĐ (mostly đảng bộ cơ sở, some
 * chi bộ cơ sở), ~270,000 chi bộ trực thuộc and ~5.5 million members with ratings and some
 * disciplines. Deterministic (a small LCG), so every run sees the same data. `scale` = 0.1 gives
 * the 1/10 tree.
 */
import type { UnitInput } from '../../src/report/index.js';
import type { TallyInput } from '../../src/tally/tally.js';

export interface SyntheticNation {
  readonly units: UnitInput[];
  readonly tallies: Record<string, TallyInput>;
  /** The same data for the hand-written baseline: parent index per unit (parents first) and 8 counts per unit. */
  readonly parentIndex: Int32Array;
  readonly counts: Float64Array;
  readonly members: number;
}

export const COUNT_FIELDS = 8; // excellent, good, satisfactory, unsatisfactory, reprimand, warning, removalFromPost, expulsion

export function syntheticNation(scale = 1): SyntheticNation {
  let seed = 42;
  const rand = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const units: UnitInput[] = [{ code: 'TW', kind: 'central' }];
  const parents: number[] = [-1];
  const tallies: Record<string, TallyInput> = {};
  const leafCounts: number[][] = [[0, 0, 0, 0, 0, 0, 0, 0]];
  let members = 0;
  const communesPerProvince = Math.max(1, Math.round(97 * scale));
  const addLeaf = (code: string): void => {
    const n = 14 + Math.floor(rand() * 13); // ~20 members
    const excellent = Math.floor(n * 0.12);
    const unsatisfactory = rand() < 0.05 ? 1 : 0;
    const satisfactory = Math.floor(n * 0.1);
    const good = n - excellent - satisfactory - unsatisfactory;
    const t: { ratings: TallyInput['ratings']; disciplines?: TallyInput['disciplines'] } = {
      ratings: { member: { excellent, good, satisfactory, unsatisfactory } },
    };
    const c = [excellent, good, satisfactory, unsatisfactory, 0, 0, 0, 0];
    if (rand() < 0.1) {
      const reprimand = 1;
      const warning = rand() < 0.3 ? 1 : 0;
      t.disciplines = { member: warning ? { reprimand, warning } : { reprimand } };
      c[4] = reprimand;
      c[5] = warning;
    }
    tallies[code] = t;
    leafCounts.push(c);
    members += n;
  };
  for (let p = 0; p < 34; p++) {
    const pc = `P${p}`;
    units.push({ code: pc, kind: 'province', parent: 'TW' });
    parents.push(0);
    leafCounts.push([0, 0, 0, 0, 0, 0, 0, 0]);
    const pIndex = units.length - 1;
    for (let x = 0; x < communesPerProvince; x++) {
      const xc = `${pc}-X${x}`;
      units.push({ code: xc, kind: 'commune', parent: pc });
      parents.push(pIndex);
      leafCounts.push([0, 0, 0, 0, 0, 0, 0, 0]);
      const xIndex = units.length - 1;
      for (let g = 0; g < 16; g++) {
        const gc = `${xc}-G${g}`;
        if (g < 14) {
          units.push({ code: gc, kind: 'grassrootsCommittee', parent: xc });
          parents.push(xIndex);
          leafCounts.push([0, 0, 0, 0, 0, 0, 0, 0]);
          const gIndex = units.length - 1;
          const branches = 5 + (rand() < 0.85 ? 1 : 0);
          for (let b = 0; b < branches; b++) {
            const bc = `${gc}-C${b}`;
            units.push({ code: bc, kind: 'directBranch', parent: gc });
            parents.push(gIndex);
            addLeaf(bc);
          }
        } else {
          units.push({ code: gc, kind: 'grassrootsBranch', parent: xc });
          parents.push(xIndex);
          addLeaf(gc);
        }
      }
    }
  }
  const counts = new Float64Array(units.length * COUNT_FIELDS);
  leafCounts.forEach((c, i) => counts.set(c, i * COUNT_FIELDS));
  return { units, tallies, parentIndex: Int32Array.from(parents), counts, members };
}

/** The minimal hand-written roll-up: one pass from the last unit up, adding counts into the parent. */
export function baselineRollUp(parentIndex: Int32Array, counts: Float64Array): Float64Array {
  const totals = Float64Array.from(counts);
  for (let i = parentIndex.length - 1; i > 0; i--) {
    const p = parentIndex[i] as number;
    for (let k = 0; k < COUNT_FIELDS; k++) totals[p * COUNT_FIELDS + k] = (totals[p * COUNT_FIELDS + k] as number) + (totals[i * COUNT_FIELDS + k] as number);
  }
  return totals;
}
