/**
 * National-scale rating: 5.5 million synthetic party members rated under QĐ 366-QĐ/TW, through the
 * public batch paths of nq4, next to (a) a minimal hand-written classifier of the same QĐ 366 rule
 * and (b) the same rule encoded in json-rules-engine, in the same run.
 *
 * - `createMemberRater` (pre-validated facts) and the hand-written classifier run over all 5.5M.
 * - `rateMembers` (validating every member: a conservative pre-check, zod for anything it cannot
 *   vouch for) also runs over all 5.5M.
 * - `rateMember` (one validated call per member, full result and explanation) runs over 55 000.
 * - json-rules-engine runs over 5 500 (0.1%), sequentially awaited: multiply by 5 500.
 * Members/s = hz × members per iteration (in each task name). The dataset is 550 000 distinct
 * members (non-leaders and members outside the system) repeated 10 times, to keep memory modest on
 * a shared machine. Before timing, the three classifiers are checked to agree on 20 000 members.
 *
 * Run: `npx vitest bench --run bench/rating.bench.ts`.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { bench, describe } from 'vitest';
import { daysInMonth } from '../src/_lib/dates.js';
import { rateMember } from '../src/rating/rateMember.js';
import { createMemberRater, rateMembers, type MemberRatingOutcome } from '../src/rating/rateMembers.js';
import type { MemberRatingFacts } from '../src/rating/types.js';

const NATIONAL = 5_500_000;
const DISTINCT = 550_000;
const VALIDATED = NATIONAL;
const JRE = 5_500;
const FULL = 55_000;

// ---- synthetic members (deterministic LCG) ----
let seed = 20251231;
const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x1_0000_0000;
function synth(): MemberRatingFacts {
  const assigned = 4 + Math.floor(rnd() * 16);
  const completed = rnd() < 0.08 ? Math.floor(rnd() * (assigned + 1)) : assigned;
  const onTime = rnd() < 0.2 ? Math.max(0, completed - Math.floor(rnd() * 4)) : completed;
  const exceeded = Math.floor(rnd() * (completed + 1) * 0.6);
  const hasDiscipline = rnd() < 0.01;
  return {
    year: 2025,
    role: rnd() < 0.7 ? 'nonLeader' : 'outsideSystem',
    score: Math.round((40 + rnd() * 60) * 10) / 10,
    admittedOn: rnd() < 0.02 ? '2025-08-01' : '2004-03-31',
    reviewOn: '2025-12-10',
    exemptFromActivity: rnd() < 0.03,
    suspended: rnd() < 0.001,
    degradationConcluded: rnd() < 0.001,
    prohibitedConductConcluded: rnd() < 0.001,
    shortcomingsFixed: rnd() < 0.9,
    disciplines: hasDiscipline
      ? [{ form: rnd() < 0.7 ? 'reprimand' : 'warning', decidedOn: '2025-06-15', relatedToOfficialDuty: rnd() < 0.6, selfReportedAndRemedied: rnd() < 0.3 }]
      : [],
    tasks: { assigned, completed, onTime, exceeded },
  };
}
const distinct: MemberRatingFacts[] = Array.from({ length: DISTINCT }, synth);
const national: MemberRatingFacts[] = Array.from({ length: NATIONAL }, (_, i) => distinct[i % DISTINCT] as MemberRatingFacts);
const validatedSlice = VALIDATED === NATIONAL ? national : national.slice(0, VALIDATED);
const jreSlice = national.slice(0, JRE);
const fullSlice = national.slice(0, FULL);

// ---- baseline 1: minimal hand-written classifier of QĐ 366 (non-leaders) ----
function ymd(s: string): number {
  return Number(s.slice(0, 4)) * 10000 + Number(s.slice(5, 7)) * 100 + Number(s.slice(8, 10));
}
function sixMonthsPassed(admitted: string, cutoff: number): boolean {
  const a = ymd(admitted);
  const total = Math.floor(a / 10000) * 12 + (Math.floor(a / 100) % 100) - 1 + 6;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return y * 10000 + m * 100 + Math.min(a % 100, daysInMonth(y, m)) <= cutoff;
}
function handWritten(f: MemberRatingFacts): MemberRatingOutcome {
  if (f.exemptFromActivity || f.suspended) return 'notRated';
  if (!sixMonthsPassed(f.admittedOn as string, f.reviewOn ? ymd(f.reviewOn) : f.year * 10000 + 1231)) return 'notRated';
  const t = f.tasks as NonNullable<MemberRatingFacts['tasks']>;
  const s = f.score as number;
  let forced = s < 50 || f.degradationConcluded === true || f.prohibitedConductConcluded === true || (t.assigned - t.completed) * 100 > 50 * t.assigned;
  let discretion = false;
  for (const d of f.disciplines ?? []) {
    if (d.relatedToOfficialDuty) {
      if (d.selfReportedAndRemedied) discretion = true;
      else forced = true;
    }
  }
  if (forced) return 'unsatisfactory';
  if (discretion) return 'undetermined';
  if (s >= 90 && t.onTime === t.assigned && t.exceeded * 100 >= 30 * t.assigned && f.shortcomingsFixed) return 'excellent';
  if (s >= 70 && t.onTime === t.assigned) return 'good';
  if (s >= 50 && t.completed === t.assigned && (t.completed - t.onTime) * 100 <= 20 * t.assigned) return 'satisfactory';
  return 'unclassified';
}

// ---- baseline 2: the same rule in json-rules-engine ----
const engine = new Engine([], { allowUndefinedFacts: true });
type Tasks = NonNullable<MemberRatingFacts['tasks']>;
const tasksOf = async (almanac: { factValue: (id: string) => Promise<unknown> }): Promise<Tasks> => (await almanac.factValue('tasks')) as Tasks;
engine.addFact('admittedSixMonths', async (_p, almanac) => {
  const admitted = (await almanac.factValue('admittedOn')) as string;
  const review = (await almanac.factValue('reviewOn')) as string | undefined;
  const year = (await almanac.factValue('year')) as number;
  return sixMonthsPassed(admitted, review ? ymd(review) : year * 10000 + 1231);
});
engine.addFact('failedPercent', async (_p, almanac) => { const t = await tasksOf(almanac); return t.assigned === 0 ? 0 : ((t.assigned - t.completed) * 100) / t.assigned; });
engine.addFact('latePercent', async (_p, almanac) => { const t = await tasksOf(almanac); return t.assigned === 0 ? 0 : ((t.completed - t.onTime) * 100) / t.assigned; });
engine.addFact('exceededPercent', async (_p, almanac) => { const t = await tasksOf(almanac); return t.assigned === 0 ? 100 : (t.exceeded * 100) / t.assigned; });
engine.addFact('allCompleted', async (_p, almanac) => { const t = await tasksOf(almanac); return t.completed === t.assigned; });
engine.addFact('allOnTime', async (_p, almanac) => { const t = await tasksOf(almanac); return t.onTime === t.assigned; });
engine.addFact('dutyDisciplines', async (p: Record<string, unknown>, almanac) => {
  const ds = ((await almanac.factValue('disciplines')) as MemberRatingFacts['disciplines']) ?? [];
  return ds.filter((d) => d.relatedToOfficialDuty === true && (d.selfReportedAndRemedied === true) === (p.escape === true)).length;
});
const rules: RuleProperties[] = [
  { name: 'notRated', priority: 10, event: { type: 'notRated' }, conditions: { any: [
    { fact: 'exemptFromActivity', operator: 'equal', value: true },
    { fact: 'suspended', operator: 'equal', value: true },
    { fact: 'admittedSixMonths', operator: 'equal', value: false },
  ] } },
  { name: 'unsatisfactory', priority: 9, event: { type: 'unsatisfactory' }, conditions: { any: [
    { fact: 'score', operator: 'lessThan', value: 50 },
    { fact: 'degradationConcluded', operator: 'equal', value: true },
    { fact: 'prohibitedConductConcluded', operator: 'equal', value: true },
    { fact: 'dutyDisciplines', params: { escape: false }, operator: 'greaterThan', value: 0 },
    { fact: 'failedPercent', operator: 'greaterThan', value: 50 },
  ] } },
  { name: 'discretion', priority: 8, event: { type: 'discretion' }, conditions: { all: [
    { fact: 'dutyDisciplines', params: { escape: true }, operator: 'greaterThan', value: 0 },
  ] } },
  { name: 'excellent', priority: 7, event: { type: 'excellent' }, conditions: { all: [
    { fact: 'score', operator: 'greaterThanInclusive', value: 90 },
    { fact: 'allOnTime', operator: 'equal', value: true },
    { fact: 'exceededPercent', operator: 'greaterThanInclusive', value: 30 },
    { fact: 'shortcomingsFixed', operator: 'equal', value: true },
  ] } },
  { name: 'good', priority: 6, event: { type: 'good' }, conditions: { all: [
    { fact: 'score', operator: 'greaterThanInclusive', value: 70 },
    { fact: 'allOnTime', operator: 'equal', value: true },
  ] } },
  { name: 'satisfactory', priority: 5, event: { type: 'satisfactory' }, conditions: { all: [
    { fact: 'score', operator: 'greaterThanInclusive', value: 50 },
    { fact: 'allCompleted', operator: 'equal', value: true },
    { fact: 'latePercent', operator: 'lessThanInclusive', value: 20 },
  ] } },
];
for (const r of rules) engine.addRule(r);
async function jre(f: MemberRatingFacts): Promise<MemberRatingOutcome> {
  const { events } = await engine.run(f as unknown as Record<string, unknown>);
  const types = new Set(events.map((e) => e.type));
  if (types.has('notRated')) return 'notRated';
  if (types.has('unsatisfactory')) return 'unsatisfactory';
  if (types.has('discretion')) return 'undetermined';
  for (const l of ['excellent', 'good', 'satisfactory'] as const) if (types.has(l)) return l;
  return 'unclassified';
}

// ---- the library ----
const rate = createMemberRater({ ruleSet: 'qd366' });

// ---- agreement check before timing ----
{
  for (let i = 0; i < 20_000; i++) {
    const f = distinct[i] as MemberRatingFacts;
    const a = rate(f);
    const b = handWritten(f);
    if (a !== b) throw new Error(`hand-written disagrees at ${i}: ${a} vs ${b}`);
  }
  const batch = rateMembers(distinct.slice(0, 20_000));
  batch.outcomes.forEach((o, i) => { if (o !== rate(distinct[i] as MemberRatingFacts)) throw new Error(`batch disagrees at ${i}`); });
  const sample = distinct.slice(0, 2_000);
  const jreOut = await Promise.all(sample.map((f) => jre(f)));
  jreOut.forEach((o, i) => { if (o !== rate(sample[i] as MemberRatingFacts)) throw new Error(`json-rules-engine disagrees at ${i}: ${o}`); });
}

let sink = 0;
describe('QĐ 366 member rating at national scale', () => {
  bench(`nq4 createMemberRater (pre-validated), ${NATIONAL} members`, () => {
    let n = 0;
    for (let i = 0; i < NATIONAL; i++) if (rate(national[i] as MemberRatingFacts) === 'excellent') n++;
    sink += n;
  }, { iterations: 3, time: 0, warmupIterations: 1 });
  bench(`hand-written classifier, ${NATIONAL} members`, () => {
    let n = 0;
    for (let i = 0; i < NATIONAL; i++) if (handWritten(national[i] as MemberRatingFacts) === 'excellent') n++;
    sink += n;
  }, { iterations: 3, time: 0, warmupIterations: 1 });
  bench(`nq4 rateMembers (validated, public batch path), ${VALIDATED} members`, () => {
    sink += rateMembers(validatedSlice).counts.excellent;
  }, { iterations: 2, time: 0, warmupIterations: 1 });
  bench(`nq4 rateMember (full result with bilingual explanation), ${FULL} members`, () => {
    let n = 0;
    for (const f of fullSlice) if (rateMember(f).level === 'excellent') n++;
    sink += n;
  }, { iterations: 2, time: 0, warmupIterations: 1 });
  bench(`json-rules-engine, ${JRE} members`, async () => {
    let n = 0;
    for (const f of jreSlice) if ((await jre(f)) === 'excellent') n++;
    sink += n;
  }, { iterations: 2, time: 0, warmupIterations: 1 });
});
export { sink };
