import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuota } from '../../src/rating/checkQuota.js';
import { exceedsQuota, quotaCap, quotaShare } from '../../src/rating/_quota.js';
import { reconcile } from '../../src/report/index.js';

// Issue 16: one HTXSNV quota engine (src/rating/_quota.ts) for checkQuota and reconcile, so the
// same whole counts under the same choices give the same answer in both.

const QUOTA_CODES = new Set(['quotaExceeded', 'quotaExceptionNeeded']);

/** Whether reconcile flags the share of "excellent" in a report that states e excellent and g good. */
function reconcileFlags(year: number, subject: 'member' | 'tccsd', e: number, g: number, formula: 'literal' | 'pool', exception: boolean): boolean {
  const r = reconcile(
    {
      ratingYear: year,
      groups: [
        {
          parts: [
            { measure: 'rating', subject, category: 'excellent', value: e },
            { measure: 'rating', subject, category: 'good', value: g },
          ],
        },
      ],
    },
    { quotaFormula: formula, outstandingUnitException: exception },
  );
  return r.findings.some((f) => QUOTA_CODES.has(f.code));
}

const cases = fc.record({
  // HD 21 members (quoted), QĐ 124 collectives (paraphrased), QĐ 366 members and collectives (quoted, with the 25% exception)
  at: fc.constantFrom(
    { year: 2020, subject: 'member' as const, exception: false },
    { year: 2024, subject: 'tccsd' as const, exception: false },
    { year: 2025, subject: 'member' as const, exception: false },
    { year: 2025, subject: 'member' as const, exception: true },
    { year: 2025, subject: 'tccsd' as const, exception: true },
  ),
  e: fc.integer({ min: 0, max: 400 }),
  g: fc.integer({ min: 0, max: 400 }),
  formula: fc.constantFrom('literal' as const, 'pool' as const),
});

describe('one quota engine for checkQuota and reconcile', () => {
  it('for whole counts, reconcile flags a report exactly when checkQuota (default floor rounding) says exceeded', () => {
    fc.assert(
      fc.property(cases, ({ at, e, g, formula }) => {
        const q = checkQuota(
          { excellent: e, good: g, satisfactory: 0, unsatisfactory: 0 },
          { year: at.year, subject: at.subject === 'member' ? 'member' : 'organization', formula, outstandingUnitException: at.exception },
        );
        expect(reconcileFlags(at.year, at.subject, e, g, formula, at.exception)).toBe(q.status === 'exceeded');
      }),
      { numRuns: 400 },
    );
  });

  it('the boundary: 5 excellent of 25 good is within 20% literally, 6 is over; 6 of 30 or better is within on the pool', () => {
    expect(reconcileFlags(2020, 'member', 5, 25, 'literal', false)).toBe(false);
    expect(reconcileFlags(2020, 'member', 6, 25, 'literal', false)).toBe(true);
    expect(checkQuota({ excellent: 6, good: 25, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 }).cap).toBe(5);
    expect(reconcileFlags(2020, 'member', 6, 24, 'pool', false)).toBe(false);
    expect(checkQuota({ excellent: 6, good: 24, satisfactory: 0, unsatisfactory: 0 }, { year: 2020, formula: 'pool' }).cap).toBe(6);
  });

  it("reconcile's exact comparison equals the floor cap for whole non-negative counts; round and ceil are explicit other choices", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.constantFrom(20, 25), fc.constantFrom('literal' as const, 'pool' as const), (e, g, p, f) => {
        expect(exceedsQuota(e, g, p, f, 'exact')).toBe(exceedsQuota(e, g, p, f, 'floor'));
        expect(exceedsQuota(e, g, p, f, 'floor')).toBe(e > quotaCap(p, e + g, f, 'floor'));
      }),
    );
    // 1 excellent of 4 good: 20% of 4 is 0.8 — over with floor (cap 0), within with ceil (cap 1)
    expect(exceedsQuota(1, 4, 20, 'literal', 'floor')).toBe(true);
    expect(exceedsQuota(1, 4, 20, 'literal', 'ceil')).toBe(false);
    // a fractional stated figure is compared as printed, never rounded
    expect(exceedsQuota(2.5, 12, 20, 'literal', 'exact')).toBe(true);
    expect(quotaShare(3, 12, 'literal')).toBe(25);
    expect(quotaShare(1, 0, 'literal')).toBe(Infinity);
  });

  it('rateMember does not import the quota engine nor checkQuota, directly or through another module (bundle budget)', async () => {
    const { readFileSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const start = fileURLToPath(new URL('../../src/rating/rateMember.ts', import.meta.url));
    const seen = new Set<string>();
    const todo = [start];
    while (todo.length > 0) {
      const file = todo.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        if (/^import\s+type\b|^export\s+type\b/.test(m[0])) continue;
        todo.push(resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
      }
    }
    const reached = [...seen].map((f) => f.replace(/.*\/src\//, ''));
    expect(reached.length).toBeGreaterThan(3);
    expect(reached).not.toContain('rating/_quota.ts');
    expect(reached).not.toContain('rating/checkQuota.ts');
    expect(reached.some((f) => f.startsWith('report/'))).toBe(false);
  });
});
