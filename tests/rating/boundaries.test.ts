/** Every threshold of the issue on both sides: 90/70/50 points, 30% exceeded, 20% late, 50% failed, 6 months, 3 months of sick leave. */
import { describe, expect, it } from 'vitest';
import { rateMember } from '../../src/rating/rateMember.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import type { MemberRatingFacts } from '../../src/rating/types.js';
import { member2025 } from './_fixtures.js';

const m = (over: Partial<MemberRatingFacts> = {}) => member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 }, ...over });

describe('QĐ 366 score bands', () => {
  it.each([
    [90, 'excellent'],
    [89.99, 'good'],
    [70, 'good'],
    [69.99, 'satisfactory'],
    [50, 'satisfactory'],
    [49.99, 'unsatisfactory'],
    [0, 'unsatisfactory'],
    [100, 'excellent'],
  ])('score %s → %s', (score, level) => {
    expect(rateMember(m({ score })).level).toBe(level);
  });
  it('D11: scoreDecimals rounds before comparing (89.996 → 90)', () => {
    expect(rateMember(m({ score: 89.996 })).level).toBe('good');
    expect(rateMember(m({ score: 89.996 }), { scoreDecimals: 2 }).level).toBe('excellent');
  });
});

describe('QĐ 366 30% exceeded (excellent)', () => {
  it('3 of 10 exceeded (30%) → excellent; 2 of 10 → not', () => {
    expect(rateMember(m({ tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 } })).level).toBe('excellent');
    expect(rateMember(m({ tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 } })).level).toBe('good');
  });
  it('30 of 100 → excellent; 29 of 100 → not', () => {
    expect(rateMember(m({ tasks: { assigned: 100, completed: 100, onTime: 100, exceeded: 30 } })).level).toBe('excellent');
    expect(rateMember(m({ tasks: { assigned: 100, completed: 100, onTime: 100, exceeded: 29 } })).level).toBe('good');
  });
  it('shortcomings not fixed → not excellent (1.4)', () => {
    expect(rateMember(m({ shortcomingsFixed: false })).level).toBe('good');
  });
});

describe('QĐ 366 20% late (satisfactory)', () => {
  it('2 of 10 late (20%) → satisfactory; 3 of 10 → no level (gap)', () => {
    expect(rateMember(m({ score: 60, tasks: { assigned: 10, completed: 10, onTime: 8, exceeded: 0 } })).level).toBe('satisfactory');
    expect(rateMember(m({ score: 60, tasks: { assigned: 10, completed: 10, onTime: 7, exceeded: 0 } })).status).toBe('unclassified');
  });
  it('one late task keeps "good" out even with a high score', () => {
    const r = rateMember(m({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 5 } }));
    expect(r.level).toBe('satisfactory');
    expect(r.blockedBy.map((b) => b.code)).toContain('notAllOnTime');
  });
});

describe('QĐ 366 50% failed (unsatisfactory, non-leaders)', () => {
  it('6 of 10 failed (> 50%) → unsatisfactory; 5 of 10 → not forced (gap)', () => {
    expect(rateMember(m({ score: 80, tasks: { assigned: 10, completed: 4, onTime: 4, exceeded: 0 } })).level).toBe('unsatisfactory');
    const r = rateMember(m({ score: 80, tasks: { assigned: 10, completed: 5, onTime: 5, exceeded: 0 } }));
    expect(r.forcedLevel).toBeUndefined();
    expect(r.status).toBe('unclassified');
  });
  it('leaders: units under 70% → unsatisfactory; exactly 70% is not the trigger', () => {
    const leader = { role: 'leader', leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false } } as const;
    expect(rateMember(m({ ...leader, score: 80, tasks: { assigned: 10, completed: 6, onTime: 6, exceeded: 0 } })).level).toBe('unsatisfactory');
    const r = rateMember(m({ ...leader, score: 80, tasks: { assigned: 10, completed: 7, onTime: 7, exceeded: 0 } }));
    expect(r.forcedLevel).toBeUndefined();
  });
  it('leaders: over 50% of units led unsatisfactory, or over 50% low-confidence votes', () => {
    const base = { role: 'leader', score: 80 } as const;
    expect(rateMember(m({ ...base, leader: { unitsLed: 4, unitsLedUnsatisfactory: 3, corruptionInScopeDisciplined: false } })).level).toBe('unsatisfactory');
    expect(rateMember(m({ ...base, leader: { unitsLed: 4, unitsLedUnsatisfactory: 2, corruptionInScopeDisciplined: false } })).level).toBe('good');
    expect(rateMember(m({ ...base, leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 50.5 } })).level).toBe('unsatisfactory');
    expect(rateMember(m({ ...base, leader: { unitsLed: 4, unitsLedUnsatisfactory: 0, corruptionInScopeDisciplined: false, lowConfidenceVotePercent: 50 } })).level).toBe('good');
  });
});

describe('HD 21 under-50% completion', () => {
  const h = (completed: number): MemberRatingFacts => ({
    year: 2020,
    admittedOn: '2010-01-01',
    exemptFromActivity: false,
    suspended: false,
    degradationConcluded: false,
    disciplines: [],
    civilServiceLevel: 'notCivilServant',
    sickLeaveMonths: 0,
    criteria: { taskResults: 'good', other: 'good' },
    tasks: { assigned: 10, completed, onTime: completed, exceeded: 0 },
  });
  it('4 of 10 → forced; 5 of 10 (= 50%) → not forced', () => {
    expect(rateMember(h(4)).level).toBe('unsatisfactory');
    expect(rateMember(h(5)).forcedLevel).toBeUndefined();
  });
});

describe('6 months since admission (D12)', () => {
  it('QĐ 366: admitted 10-6-2025, review 10-12-2025 → rated; admitted 11-6-2025 → not rated', () => {
    expect(rateMember(m({ admittedOn: '2025-06-10', reviewOn: '2025-12-10' })).status).toBe('rated');
    expect(rateMember(m({ admittedOn: '2025-06-11', reviewOn: '2025-12-10' })).status).toBe('notRated');
  });
  it('without a review date the cut-off falls back to 31 December', () => {
    expect(rateMember(m({ admittedOn: '2025-06-30' })).status).toBe('rated');
    expect(rateMember(m({ admittedOn: '2025-07-01' })).status).toBe('notRated');
  });
  it('sixMonthsAt: "yearEnd" ignores the review date', () => {
    const r = rateMember(m({ admittedOn: '2025-06-11', reviewOn: '2025-12-10' }), { sixMonthsAt: 'yearEnd' });
    expect(r.status).toBe('rated');
  });
  it('month-end clamp: admitted 31-8 reaches 6 months on 28-2 of a common year', () => {
    expect(rateMember(m({ year: 2026, admittedOn: '2025-08-31', reviewOn: '2026-02-28' })).status).toBe('rated');
    expect(rateMember(m({ year: 2026, admittedOn: '2025-08-31', reviewOn: '2026-02-27' })).status).toBe('notRated');
  });
  it('HD 21: organizations founded under 6 months are not rated', () => {
    expect(rateOrganization({ year: 2020, kind: 'partyCell', establishedOn: '2020-07-01', reviewOn: '2020-12-15' }).status).toBe('notRated');
    expect(rateOrganization({ year: 2020, kind: 'partyCell', establishedOn: '2020-06-15', reviewOn: '2020-12-15' }).status).toBe('rated');
  });
});

describe('3 months of sick leave', () => {
  const h = (sickLeaveMonths: number, year = 2020): MemberRatingFacts => ({
    year,
    admittedOn: '2010-01-01',
    exemptFromActivity: false,
    suspended: false,
    degradationConcluded: false,
    disciplines: [],
    civilServiceLevel: 'notCivilServant',
    sickLeaveMonths,
    criteria: { taskResults: 'excellent', other: 'excellent' },
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
  });
  it('HD 21: 3 months caps below "good"; 2.9 months does not', () => {
    expect(rateMember(h(3)).maxLevel).toBe('satisfactory');
    expect(rateMember(h(2.9)).maxLevel).toBe('excellent');
  });
  it('QĐ 124 (HD 25 unseen): the caller chooses (D13), otherwise the result says it cannot rule', () => {
    const r = rateMember(h(3, 2023));
    expect(r.unverified.some((u) => u.level === 'good' && u.reason.en.includes('sickLeaveV3'))).toBe(true);
    expect(rateMember(h(3, 2023), { sickLeaveV3: 'hd21Cap' }).maxLevel).toBe('satisfactory');
    const actual = rateMember(h(3, 2023), { sickLeaveV3: 'actualWork' });
    expect(actual.maxLevel).toBe('good'); // excellent needs 50% exceeded
    expect(actual.options.map((o) => o.name)).toContain('sickLeaveV3');
  });
});
