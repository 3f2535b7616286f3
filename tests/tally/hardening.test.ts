import { describe, expect, it } from 'vitest';
import { mergeTallies, Nq4Error, tally, type Tally } from '../../src/index.js';

/** A tally as an app would get it from JSON: not typed, possibly hostile. */
const fromJson = (text: string): Tally => JSON.parse(text) as Tally;

function issuesOf(run: () => unknown): Nq4Error['issues'] {
  try {
    run();
  } catch (error) {
    if (error instanceof Nq4Error) return error.issues;
    throw error;
  }
  throw new Error('expected an Nq4Error');
}

describe('mergeTallies at the boundary', () => {
  it('refuses a "__proto__" key under ratings instead of writing onto Object.prototype', () => {
    const hostile = fromJson('{"ratings":{"__proto__":{"polluted":1}},"commitments":0}');
    const issues = issuesOf(() => mergeTallies(tally({ reviews: { individual: 1 } }), hostile));
    expect(issues[0]).toMatchObject({ code: 'unknown_key', path: [1, 'ratings', '__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses "constructor" and "prototype" keys at any depth', () => {
    for (const text of ['{"disciplines":{"constructor":{"prototype":{"x":1}}}}', '{"findingsByItem":{"constructor":1}}', '{"reviews":{"prototype":2}}']) {
      expect(() => mergeTallies(fromJson(text)), text).toThrow(Nq4Error);
    }
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('names the argument and field of a bad count, without echoing it', () => {
    const issues = issuesOf(() => mergeTallies(tally({}), fromJson('{"reviews":{"individual":-3}}'), fromJson('{"commitments":"Nguyễn Văn An"}')));
    expect(issues.map((i) => i.path)).toEqual([
      [1, 'reviews', 'individual'],
      [2, 'commitments'],
    ]);
    expect(JSON.stringify(issues)).not.toContain('Nguyễn');
  });

  it('refuses null and non-tally arguments with an Nq4Error, not a TypeError', () => {
    for (const bad of [null, 42, 'x', [], { ratings: null }]) {
      expect(() => mergeTallies(bad as never)).toThrow(Nq4Error);
    }
  });

  it('a sum past Number.MAX_SAFE_INTEGER is an error naming the field, not a silently rounded count', () => {
    const big = tally({ reviews: { individual: Number.MAX_SAFE_INTEGER } });
    const issues = issuesOf(() => mergeTallies(big, tally({ reviews: { individual: 1 } })));
    expect(issues[0]).toMatchObject({ code: 'too_big', path: ['reviews', 'individual'] });
    expect(mergeTallies(big, tally({})).reviews.individual).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('tally at the boundary', () => {
  it('refuses an own "__proto__" key, which zod alone would pass over silently', () => {
    const issues = issuesOf(() => tally(fromJson('{"reviews":{"__proto__":{"individual":5}}}')));
    expect(issues[0]).toMatchObject({ code: 'unknown_key', path: ['reviews', '__proto__'] });
    expect(() => tally(fromJson('{"__proto__":{"commitments":1}}'))).toThrow(Nq4Error);
  });
});

describe('keys named by position stay linear (found by the fuzz run: 100,000 bad items took minutes)', () => {
  it('mergeTallies given a 100,000-item array where a tally belongs answers in milliseconds', () => {
    const bad = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? { 'Nguyễn Văn An': 1 } : 'Nguyễn Văn An'));
    // Quadratic (each key looked up again among all keys), this took ~2 s at 16,000 items and
    // minutes at 100,000, past the test's timeout; linear, a few ms. The error names the argument.
    let thrown: unknown;
    try {
      mergeTallies(bad as never, tally({ commitments: 1 }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Nq4Error);
    expect((thrown as Nq4Error).issues.map((i) => i.path[0])).toEqual([0]);
    expect((thrown as Nq4Error).message).not.toContain('Nguyễn');
  });
});
