/**
 * Every public function, fuzzed (issue 15). `npm run fuzz` runs NQ4_FUZZ_RUNS (100,000) generated
 * inputs per function; the normal test run keeps a few seeded runs of the same properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';
import { caseArb, mutate, PERSON, runCase } from './harness.js';
import { NOT_FUZZED, SURFACE } from './surface.js';

const RUNS = Number(process.env.NQ4_FUZZ_RUNS ?? 40);
const api = nq4 as unknown as Record<string, unknown>;
const functions = Object.keys(api).filter((k) => typeof api[k] === 'function' && !(k in NOT_FUZZED)).sort();

describe('the fuzzed surface', () => {
  it('covers every exported function (a new export needs seeds in tests/fuzz/surface.ts)', () => {
    expect(functions.filter((k) => !(k in SURFACE))).toEqual([]);
    expect(Object.keys(SURFACE).filter((k) => typeof api[k] !== 'function')).toEqual([]);
  });

  it.each(functions)('%s accepts its seeds', (name) => {
    const fn = api[name] as (...a: unknown[]) => unknown;
    for (const args of (SURFACE[name] as () => unknown[][])()) expect(runCase(fn, args, false)).toBeUndefined();
  });
});

// Functions without seeds fail the coverage test above; the properties run on the others.
describe.each(functions.filter((k) => k in SURFACE))('fuzz %s', (name) => {
  const fn = api[name] as (...a: unknown[]) => unknown;
  const seeds = SURFACE[name] as () => unknown[][];
  const count = seeds().length;

  it(`${RUNS} mutated inputs: only Nq4Error, nothing changed, messages bounded, no personal name`, () => {
    fc.assert(
      fc.property(caseArb(count), ({ seed, steps, frozen }) => {
        let args = (seeds()[seed] as unknown[]);
        for (const step of steps) args = mutate(args, step);
        const why = runCase(fn, args, frozen);
        if (why !== undefined) throw new Error(why);
      }),
      { numRuns: RUNS },
    );
  });

  it('random argument lists', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withTypedArray: true }), { maxLength: 3 }), (args) => {
        const why = runCase(fn, args, false);
        if (why !== undefined) throw new Error(why);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 4)) },
    );
  });

  it('100,000 bad items in every array of a seed: bounded message, in time', () => {
    const [first] = seeds() as [unknown[]];
    const bad = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? { [PERSON]: PERSON } : PERSON));
    const replaced = first.map((a) => (Array.isArray(a) ? bad : a));
    const swapped = replaced.some((a, i) => a !== first[i]) ? replaced : [bad, ...first.slice(1)];
    const start = performance.now();
    expect(runCase(fn, swapped, false)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
