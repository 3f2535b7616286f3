/**
 * A bad batch costs milliseconds (issue 15): 100,000 invalid items stop after 101 issues, next to
 * the same number of valid items as the baseline, in the same run. Before the cap, 100,000 bad
 * members took ~1.9 s and 100,000 bad tally records ~1.7 s (200,000 issues, 9–40 MB of message).
 *
 * Run: `npx vitest bench --run bench/rating-bad-batch.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { tallyDisciplines } from '../src/discipline/tallyDisciplines.js';
import type { DisciplineRecord } from '../src/discipline/tallyDisciplines.js';
import { checkQuota } from '../src/rating/checkQuota.js';
import { rateMembers } from '../src/rating/rateMembers.js';
import type { MemberRatingFacts } from '../src/rating/types.js';
import type { RatingLevel } from '../src/i18n/vocabulary.js';

const N = 100_000;
const goodMembers: MemberRatingFacts[] = Array.from({ length: N }, () => ({
  year: 2025, role: 'nonLeader', score: 80, admittedOn: '2004-03-31', exemptFromActivity: false, suspended: false,
  degradationConcluded: false, prohibitedConductConcluded: false, shortcomingsFixed: true, disciplines: [],
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
}));
const badMembers = Array.from({ length: N }, () => ({ year: 'x', score: 'y' })) as never as MemberRatingFacts[];
const goodRecords: DisciplineRecord[] = Array.from({ length: N }, () => ({ subject: 'member', outcome: 'warning' }));
const badRecords = Array.from({ length: N }, () => ({ subject: 'x', outcome: 'y' })) as never as DisciplineRecord[];
const goodRatings: RatingLevel[] = Array.from({ length: N }, () => 'good');
const badRatings = Array.from({ length: N }, () => 'great') as never as RatingLevel[];

const throws = (run: () => unknown): void => {
  try {
    run();
  } catch {
    return;
  }
  throw new Error('expected an Nq4Error');
};

describe(`rateMembers, ${N} members`, () => {
  bench('valid (baseline)', () => void rateMembers(goodMembers, { assumeNoEvents: true }));
  bench('invalid, stops after 101 issues', () => throws(() => rateMembers(badMembers)));
});
describe(`tallyDisciplines, ${N} records`, () => {
  bench('valid (baseline)', () => void tallyDisciplines(goodRecords));
  bench('invalid, stops after 101 issues', () => throws(() => tallyDisciplines(badRecords)));
});
describe(`checkQuota, ${N} ratings`, () => {
  bench('valid (baseline)', () => void checkQuota(goodRatings, { year: 2025 }));
  bench('invalid, stops after 101 issues', () => throws(() => checkQuota(badRatings, { year: 2025 })));
});
