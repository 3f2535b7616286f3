/** The batch pre-check never accepts what the zod boundary rejects. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainlyValidMemberFacts } from '../../src/rating/_fastCheck.js';
import { memberFactsSchema } from '../../src/rating/schemas.js';

const KEYS = ['year', 'role', 'score', 'tasks', 'criteria', 'shortcomingsFixed', 'disciplines', 'civilServiceLevel', 'sickLeaveMonths', 'admittedOn', 'reviewOn', 'leader', 'proposedLevel', 'bogus'];

const validArb = fc.record(
  {
    year: fc.integer({ min: 2025, max: 9999 }),
    role: fc.constantFrom('leader', 'nonLeader', 'outsideSystem'),
    score: fc.double({ min: 0, max: 100, noNaN: true }),
    tasks: fc.record({ assigned: fc.constant(10), completed: fc.integer({ min: 0, max: 10 }) }).chain(({ assigned, completed }) =>
      fc.record({ assigned: fc.constant(assigned), completed: fc.constant(completed), onTime: fc.integer({ min: 0, max: completed }), exceeded: fc.integer({ min: 0, max: completed }) }),
    ),
    criteria: fc.record({ taskResults: fc.constantFrom('excellent', 'good', 'average', 'poor'), other: fc.constantFrom('excellent', 'good', 'average', 'poor') }),
    shortcomingsFixed: fc.boolean(),
    disciplines: fc.array(fc.record({ form: fc.constantFrom('reprimand', 'warning', 'removalFromPost', 'expulsion'), decidedOn: fc.constant('2025-06-01'), relatedToOfficialDuty: fc.boolean() }), { maxLength: 2 }),
    civilServiceLevel: fc.constantFrom('excellent', 'good', 'satisfactory', 'unsatisfactory', 'notCivilServant'),
    sickLeaveMonths: fc.double({ min: 0, max: 12, noNaN: true }),
    admittedOn: fc.constantFrom('2001-01-31', '2024-02-29'),
    reviewOn: fc.constantFrom('2025-12-10'),
    proposedLevel: fc.constantFrom('excellent', 'good', 'satisfactory', 'unsatisfactory'),
  },
  { requiredKeys: ['year'] },
).map((v) => (v.reviewOn === undefined ? v : { ...v, reviewOn: `${v.year}-12-10` }));

const mutated = fc.tuple(validArb, fc.constantFrom(...KEYS), fc.anything({ withNullPrototype: true, withBigInt: true })).map(([v, k, x]) => ({ ...v, [k]: x }));
const nested = fc.tuple(validArb, fc.anything()).map(([v, x]) => ({ ...v, tasks: { assigned: 5, completed: 5, onTime: x, exceeded: 0 }, disciplines: [{ form: 'warning', decidedOn: x }] }));

describe('certainlyValidMemberFacts', () => {
  it('accepts valid facts (so the fast path is used)', () => {
    fc.assert(fc.property(validArb, (v) => {
      const leaderOk = v.role === undefined || v.role === 'leader' || !('leader' in v);
      if (leaderOk) expect(certainlyValidMemberFacts(v)).toBe(true);
    }));
  });
  it('true implies zod success, on valid, mutated and nested-mutated facts', () => {
    fc.assert(
      fc.property(fc.oneof(validArb, mutated, nested, fc.anything()), (x) => {
        if (certainlyValidMemberFacts(x)) expect(memberFactsSchema.safeParse(x).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('rejects the usual mistakes', () => {
    expect(certainlyValidMemberFacts({ year: 2025, tasks: { assigned: 1, completed: 2, onTime: 0, exceeded: 0 } })).toBe(false);
    expect(certainlyValidMemberFacts({ year: 2025, score: Number.NaN })).toBe(false);
    expect(certainlyValidMemberFacts({ year: 2025, role: 'nonLeader', leader: {} })).toBe(false);
    expect(certainlyValidMemberFacts({ year: 2025, disciplines: [{ form: 'dissolution', decidedOn: '2025-01-01' }] })).toBe(false);
    expect(certainlyValidMemberFacts({ year: 2025, admittedOn: '2025-02-29' })).toBe(false);
  });
});
