/**
 * The facts of a 2025 non-leader that QĐ 366 needs for a firm answer: every event fact stated,
 * nothing that forces or blocks a level, score 80 and all tasks on time. Tests override what
 * they exercise.
 */
import type { MemberRatingFacts } from '../../src/rating/types.js';

export const member2025 = (over: Partial<MemberRatingFacts> = {}): MemberRatingFacts => ({
  year: 2025,
  role: 'nonLeader',
  admittedOn: '2010-01-01',
  exemptFromActivity: false,
  suspended: false,
  degradationConcluded: false,
  prohibitedConductConcluded: false,
  disciplines: [],
  shortcomingsFixed: true,
  score: 80,
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
  ...over,
});

/**
 * The facts of a 2019–2022 member that HD 21 needs for a firm answer: every event fact stated,
 * not a civil servant, no sick leave, both criteria groups "excellent", all tasks on time.
 */
export const member2020 = (over: Partial<MemberRatingFacts> = {}): MemberRatingFacts => ({
  year: 2020,
  admittedOn: '2010-01-01',
  exemptFromActivity: false,
  suspended: false,
  degradationConcluded: false,
  disciplines: [],
  civilServiceLevel: 'notCivilServant',
  sickLeaveMonths: 0,
  criteria: { taskResults: 'excellent', other: 'excellent' },
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
  ...over,
});
