import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { disciplineEffects, type DisciplineDecision } from '../../src/discipline/index.js';
import { rateMember, type MemberRatingFacts } from '../../src/rating/index.js';

/**
 * Worked example 16 (discipline.md §9): a leader disciplined with khiển trách in 2025 for a
 * violation of official duty is rated "không hoàn thành nhiệm vụ" for 2025, unless the
 * self-reporting exception applies (QĐ 366 Điều 11 khoản 4). End to end: the discipline area's
 * `forRating` fact is fed unchanged into the rating area's `rateMember`.
 */
describe('worked example 16: discipline → rating (QĐ 366)', () => {
  const decision: DisciplineDecision = deepFreeze({
    subject: 'officialMember',
    form: 'reprimand',
    decidedOn: '2025-04-10',
    announcedOn: '2025-04-10',
    violationOn: '2024-11-02',
    relatedToOfficialDuty: true,
  });
  // Every other fact points to the top level, so only the discipline can pull the rating down.
  const leader2025: MemberRatingFacts = deepFreeze({
    year: 2025,
    role: 'leader',
    score: 95,
    admittedOn: '2005-03-02',
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 },
    shortcomingsFixed: true,
    degradationConcluded: false,
    exemptFromActivity: false,
    suspended: false,
    leader: { unitsLed: 3, unitsLedUnsatisfactory: 0, basicTargetsMissed: false, corruptionInScopeDisciplined: false },
  });

  it('without the discipline the leader would be rated excellent', () => {
    expect(rateMember({ ...leader2025, disciplines: [] }).level).toBe('excellent');
  });

  it('the reprimand for a duty-related violation makes the 2025 rating "không hoàn thành nhiệm vụ"', () => {
    const effects = disciplineEffects(decision, { on: '2025-12-15' });
    expect(effects.status).toBe('inEffect');
    expect(effects.forRating).toMatchObject({ form: 'reprimand', decidedOn: '2025-04-10', relatedToOfficialDuty: true });
    const r = rateMember({ ...leader2025, disciplines: [effects.forRating] });
    expect(r.status).toBe('rated');
    expect(r.level).toBe('unsatisfactory');
    expect(r.missing).toEqual([]);
    expect(r.explanation.textVi).toContain('Không hoàn thành nhiệm vụ');
    expect(r.explanation.textVi).toContain('Điều 11 Quy định số 366-QĐ/TW');
  });

  it('the self-reporting exception leaves the level to the competent body instead', () => {
    const effects = disciplineEffects({ ...decision, selfReportedAndRemedied: true }, { on: '2025-12-15' });
    expect(effects.forRating.selfReportedAndRemedied).toBe(true);
    const r = rateMember({ ...leader2025, disciplines: [effects.forRating] });
    expect(r.level).toBeUndefined();
    expect(r.discretionAvailable).toBe(true);
    expect(r.allowedLevels).toContain('unsatisfactory');
  });
});
