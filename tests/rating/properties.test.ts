/** Invariants: monotonicity where the text implies it, determinism, no mutation, frozen results. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { checkQuota } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { createMemberRater, rateMembers } from '../../src/rating/rateMembers.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import type { MemberRatingFacts } from '../../src/rating/types.js';

const RANK = { unsatisfactory: 0, satisfactory: 1, good: 2, excellent: 3 } as const;

const tasksArb = fc
  .record({ assigned: fc.integer({ min: 0, max: 30 }), a: fc.nat(), b: fc.nat(), c: fc.nat() })
  .map(({ assigned, a, b, c }) => {
    const completed = assigned === 0 ? 0 : a % (assigned + 1);
    const onTime = completed === 0 ? 0 : b % (completed + 1);
    const exceeded = completed === 0 ? 0 : c % (completed + 1);
    return { assigned, completed, onTime, exceeded };
  });

const disciplineArb = fc.record({
  form: fc.constantFrom('reprimand', 'warning', 'removalFromPost', 'expulsion'),
  decidedOn: fc.constantFrom('2025-03-01', '2024-11-20'),
  relatedToOfficialDuty: fc.boolean(),
  selfReportedAndRemedied: fc.boolean(),
});

const memberArb = fc.record({
  role: fc.constantFrom('leader', 'nonLeader', 'outsideSystem'),
  score: fc.double({ min: 0, max: 100, noNaN: true }),
  tasks: tasksArb,
  shortcomingsFixed: fc.boolean(),
  degradationConcluded: fc.boolean(),
  prohibitedConductConcluded: fc.boolean(),
  disciplines: fc.array(disciplineArb, { maxLength: 2 }),
}).map((x) => ({
  year: 2025,
  admittedOn: '2001-01-01',
  exemptFromActivity: false,
  suspended: false,
  ...x,
  ...(x.role === 'leader' ? { leader: { unitsLed: 3, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false } } : {}),
})) as fc.Arbitrary<MemberRatingFacts>;

describe('QĐ 366 monotonicity (cascade reading)', () => {
  it('a higher score never lowers a decided level', () => {
    fc.assert(
      fc.property(memberArb, fc.double({ min: 0, max: 100, noNaN: true }), (f, other) => {
        const lo = Math.min(f.score ?? 0, other);
        const hi = Math.max(f.score ?? 0, other);
        const a = rateMember({ ...f, score: lo });
        const b = rateMember({ ...f, score: hi });
        if (a.level && b.level) expect(RANK[b.level]).toBeGreaterThanOrEqual(RANK[a.level]);
        if (a.status === 'unclassified') expect(b.level).not.toBe('unsatisfactory');
      }),
      { numRuns: 300 },
    );
  });
  it('one more task on time never lowers the level', () => {
    fc.assert(
      fc.property(memberArb, (f) => {
        const t = f.tasks;
        if (t === undefined || t.onTime >= t.completed) return;
        const a = rateMember(f);
        const b = rateMember({ ...f, tasks: { ...t, onTime: t.onTime + 1 } });
        if (a.level && b.level) expect(RANK[b.level]).toBeGreaterThanOrEqual(RANK[a.level]);
        if (a.level && b.status === 'unclassified') expect(a.level).toBe('unsatisfactory');
      }),
      { numRuns: 300 },
    );
  });
  it('dropping a discipline never lowers the level or the best allowed level', () => {
    fc.assert(
      fc.property(memberArb, (f) => {
        const list = f.disciplines ?? [];
        if (list.length === 0) return;
        const a = rateMember(f);
        const b = rateMember({ ...f, disciplines: list.slice(1) });
        if (a.level && b.level) expect(RANK[b.level]).toBeGreaterThanOrEqual(RANK[a.level]);
        if (a.maxLevel && b.maxLevel) expect(RANK[b.maxLevel]).toBeGreaterThanOrEqual(RANK[a.maxLevel]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('HD 21 monotonicity', () => {
  it('removing disciplines never narrows the allowed levels', () => {
    fc.assert(
      fc.property(fc.array(disciplineArb, { minLength: 1, maxLength: 3 }), fc.double({ min: 0, max: 12, noNaN: true }), (ds, sick) => {
        const base = { year: 2020, sickLeaveMonths: sick, disciplines: ds.map((d) => ({ ...d, decidedOn: '2020-06-01' })) };
        const a = rateMember(base);
        const b = rateMember({ ...base, disciplines: [] });
        for (const l of a.allowedLevels) expect(b.allowedLevels).toContain(l);
      }),
      { numRuns: 100 },
    );
  });
});

describe('determinism, immutability, agreement of the paths', () => {
  it('same input, same result; inputs deep-frozen are not touched; results are frozen', () => {
    fc.assert(
      fc.property(memberArb, (f) => {
        const frozen = deepFreeze(structuredClone(f));
        const a = rateMember(frozen);
        const b = rateMember(frozen);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(frozen).toEqual(f);
        expect(Object.isFrozen(a)).toBe(true);
        expect(Object.isFrozen(a.explanation.reasons)).toBe(true);
        expect(Object.isFrozen(a.allowedLevels)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('the pre-validated rater, the batch path and rateMember agree', () => {
    const rate = createMemberRater('qd366');
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 20 }), (list) => {
        const batch = rateMembers(list);
        list.forEach((f, i) => {
          const full = rateMember(f);
          const expected = full.status === 'notRated' ? 'notRated' : full.status === 'unclassified' ? 'unclassified' : (full.level ?? 'undetermined');
          expect(rate(f)).toBe(expected);
          expect(batch.outcomes[i]).toBe(expected);
        });
        expect(Object.values(batch.counts).reduce((s, n) => s + n, 0)).toBe(list.length);
      }),
      { numRuns: 60 },
    );
  });
  it('organizations: deep-frozen facts are not mutated', () => {
    const f = deepFreeze({ year: 2020, kind: 'partyCell' as const, members: { excellent: 1, good: 9, satisfactory: 1, unsatisfactory: 0 }, leadershipDisciplines: [{ form: 'warning' as const, decidedOn: '2020-01-01' }] });
    const copy = structuredClone(f);
    rateOrganization(f);
    expect(f).toEqual(copy);
  });
});

describe('quota invariants', () => {
  it('the literal cap never exceeds the pool cap, and x ≤ cap ⇔ x·(100+p) ≤ p·pool under floor', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), fc.constantFrom(2020, 2025), (x, g, year) => {
        const counts = { excellent: x, good: g, satisfactory: 0, unsatisfactory: 0 };
        const lit = checkQuota(counts, { year });
        const pool = checkQuota(counts, { year, formula: 'pool' });
        expect(lit.cap ?? 0).toBeLessThanOrEqual(pool.cap ?? 0);
        expect(lit.status === 'within').toBe(x * 100 <= 20 * g);
      }),
      { numRuns: 300 },
    );
  });
  it('rounding order: floor ≤ round ≤ ceil', () => {
    fc.assert(
      fc.property(fc.nat({ max: 500 }), (n) => {
        const c = { excellent: 0, good: n, satisfactory: 0, unsatisfactory: 0 };
        const f = checkQuota(c, { year: 2025, rounding: 'floor' }).cap ?? 0;
        const r = checkQuota(c, { year: 2025, rounding: 'round' }).cap ?? 0;
        const ce = checkQuota(c, { year: 2025, rounding: 'ceil' }).cap ?? 0;
        expect(f).toBeLessThanOrEqual(r);
        expect(r).toBeLessThanOrEqual(ce);
        expect(ce - f).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('quotas not attested give "unverified", not a number', () => {
    expect(checkQuota(['excellent', 'good'], { year: 2018 }).status).toBe('unverified');
    expect(checkQuota(['excellent', 'good'], { year: 2023 }).status).toBe('unverified');
    expect(checkQuota(['excellent', 'good'], { year: 2023, subject: 'organization' }).cap).toBe(0);
  });
});
