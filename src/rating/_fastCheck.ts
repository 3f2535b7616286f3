/**
 * A conservative, allocation-free pre-check for the batch path: it returns `true` only for facts
 * that the zod schema (`memberFactsSchema`) certainly accepts, so `rateMembers` can skip zod for
 * them; anything else goes through zod, which produces the error issues. A property test checks
 * that `true` here always implies zod success.
 * @internal
 */
import { CHARTER_35_2_FORMS } from '../legal/charter.js';
import { isIsoDate, yearEnd } from '../_lib/dates.js';
import type * as z from 'zod/mini';
import { MAX_DISCIPLINES, type memberFactsSchema } from './schemas.js';
import type { LeaderRatingFacts, MemberRatingFacts, RatingCriteriaGrades, RatingDisciplineFact, RatingTaskCounts } from './types.js';

/* The keys the fast check accepts, tied at compile time to the zod schema and to the public type
   (see the assertions below): a fact added to the schema but not here, or here but not in the
   type, fails `tsc`. */
const MEMBER_KEY_LIST = [
  'year', 'role', 'score', 'tasks', 'criteria', 'shortcomingsFixed', 'degradationConcluded', 'prohibitedConductConcluded', 'prohibitedConductSelfReportedAndRemedied', 'disciplines', 'civilServiceLevel',
  'sickLeaveMonths', 'maternityLeave', 'admittedOn', 'reviewOn', 'exemptFromActivity', 'suspended', 'leader', 'proposedLevel',
] as const;
const TASK_KEY_LIST = ['assigned', 'completed', 'onTime', 'exceeded'] as const;
const DISCIPLINE_KEY_LIST = ['form', 'decidedOn', 'violationOn', 'relatedToOfficialDuty', 'selfReportedAndRemedied', 'countedInYear', 'atPreviousUnit'] as const;
const LEADER_KEY_LIST = ['unitTasks', 'unitsLed', 'unitsLedUnsatisfactory', 'lowConfidenceVotePercent', 'basicTargetsMissed', 'corruptionInScopeDisciplined', 'proactivelyHandled'] as const;
const CRITERIA_KEY_LIST = ['taskResults', 'other'] as const;

/** `true` only when the two key sets are equal. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only for `true`. */
type Assert<T extends true> = T;
type SchemaFacts = z.output<typeof memberFactsSchema>;
type Item<A> = A extends readonly (infer U)[] ? U : never;
/* Each list equals the schema's keys and the public type's keys, level by level. */
export type _MemberKeysMatch = Assert<SameKeys<(typeof MEMBER_KEY_LIST)[number], keyof SchemaFacts>> | Assert<SameKeys<(typeof MEMBER_KEY_LIST)[number], keyof MemberRatingFacts>>;
export type _TaskKeysMatch = Assert<SameKeys<(typeof TASK_KEY_LIST)[number], keyof NonNullable<SchemaFacts['tasks']>>> | Assert<SameKeys<(typeof TASK_KEY_LIST)[number], keyof RatingTaskCounts>>;
export type _DisciplineKeysMatch =
  | Assert<SameKeys<(typeof DISCIPLINE_KEY_LIST)[number], keyof Item<NonNullable<SchemaFacts['disciplines']>>>>
  | Assert<SameKeys<(typeof DISCIPLINE_KEY_LIST)[number], keyof RatingDisciplineFact>>;
export type _LeaderKeysMatch = Assert<SameKeys<(typeof LEADER_KEY_LIST)[number], keyof NonNullable<SchemaFacts['leader']>>> | Assert<SameKeys<(typeof LEADER_KEY_LIST)[number], keyof LeaderRatingFacts>>;
export type _CriteriaKeysMatch = Assert<SameKeys<(typeof CRITERIA_KEY_LIST)[number], keyof NonNullable<SchemaFacts['criteria']>>> | Assert<SameKeys<(typeof CRITERIA_KEY_LIST)[number], keyof RatingCriteriaGrades>>;

const MEMBER_KEYS: ReadonlySet<string> = new Set(MEMBER_KEY_LIST);
const TASK_KEYS: ReadonlySet<string> = new Set(TASK_KEY_LIST);
const DISCIPLINE_KEYS: ReadonlySet<string> = new Set(DISCIPLINE_KEY_LIST);
const LEADER_KEYS: ReadonlySet<string> = new Set(LEADER_KEY_LIST);
const ROLES = new Set(['leader', 'nonLeader', 'outsideSystem']);
const LEVELS = new Set(['excellent', 'good', 'satisfactory', 'unsatisfactory']);
const CIVIL = new Set(['excellent', 'good', 'satisfactory', 'unsatisfactory', 'notCivilServant']);
const GRADES = new Set(['excellent', 'good', 'average', 'poor']);
const MEMBER_FORMS: ReadonlySet<string> = new Set(CHARTER_35_2_FORMS.officialMember);
const CRITERIA_KEYS: ReadonlySet<string> = new Set(CRITERIA_KEY_LIST);

function plain(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}
function onlyKeys(o: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  return Object.getOwnPropertySymbols(o).length === 0;
}
const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const year = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1930 && v <= 9999;
const num = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const optIn = (v: unknown, s: ReadonlySet<string>): boolean => v === undefined || (typeof v === 'string' && s.has(v));
const optDate = (v: unknown): boolean => v === undefined || isIsoDate(v);

function tasksOk(t: unknown): boolean {
  if (!plain(t) || !onlyKeys(t, TASK_KEYS)) return false;
  const { assigned, completed, onTime, exceeded } = t;
  return count(assigned) && count(completed) && count(onTime) && count(exceeded) && completed <= assigned && onTime <= completed && exceeded <= completed;
}

function disciplineOk(d: unknown): boolean {
  if (!plain(d) || !onlyKeys(d, DISCIPLINE_KEYS)) return false;
  if (typeof d.form !== 'string' || !MEMBER_FORMS.has(d.form) || !isIsoDate(d.decidedOn) || !optDate(d.violationOn)) return false;
  if (d.violationOn !== undefined && (d.violationOn as string) > d.decidedOn) return false;
  if (d.countedInYear !== undefined && !year(d.countedInYear)) return false;
  return optBool(d.relatedToOfficialDuty) && optBool(d.selfReportedAndRemedied) && optBool(d.atPreviousUnit);
}

function leaderOk(l: unknown): boolean {
  if (!plain(l) || !onlyKeys(l, LEADER_KEYS)) return false;
  if (l.unitTasks !== undefined && !tasksOk(l.unitTasks)) return false;
  if (l.unitsLed !== undefined && !count(l.unitsLed)) return false;
  if (l.unitsLedUnsatisfactory !== undefined && !count(l.unitsLedUnsatisfactory)) return false;
  if (count(l.unitsLed) && count(l.unitsLedUnsatisfactory) && l.unitsLedUnsatisfactory > l.unitsLed) return false;
  if (l.lowConfidenceVotePercent !== undefined && !num(l.lowConfidenceVotePercent, 0, 100)) return false;
  return optBool(l.basicTargetsMissed) && optBool(l.corruptionInScopeDisciplined) && optBool(l.proactivelyHandled);
}

/** `true` only when `x` is certainly valid member facts. */
export function certainlyValidMemberFacts(x: unknown): x is MemberRatingFacts {
  if (!plain(x) || !onlyKeys(x, MEMBER_KEYS) || !year(x.year)) return false;
  if (!optIn(x.role, ROLES) || !optIn(x.civilServiceLevel, CIVIL) || !optIn(x.proposedLevel, LEVELS)) return false;
  if (x.score !== undefined && !num(x.score, 0, 100)) return false;
  if (x.sickLeaveMonths !== undefined && !num(x.sickLeaveMonths, 0, 12)) return false;
  if (x.tasks !== undefined && !tasksOk(x.tasks)) return false;
  if (x.criteria !== undefined) {
    const c = x.criteria;
    if (!plain(c) || !onlyKeys(c, CRITERIA_KEYS) || typeof c.taskResults !== 'string' || !GRADES.has(c.taskResults) || typeof c.other !== 'string' || !GRADES.has(c.other)) return false;
  }
  if (!optBool(x.shortcomingsFixed) || !optBool(x.degradationConcluded) || !optBool(x.maternityLeave) || !optBool(x.exemptFromActivity) || !optBool(x.suspended)) return false;
  if (!optBool(x.prohibitedConductConcluded) || !optBool(x.prohibitedConductSelfReportedAndRemedied)) return false;
  if (!optDate(x.admittedOn) || !optDate(x.reviewOn)) return false;
  if (x.admittedOn !== undefined && x.reviewOn !== undefined && (x.admittedOn as string) > (x.reviewOn as string)) return false;
  const y = String(x.year).padStart(4, '0');
  if (x.admittedOn !== undefined && (x.admittedOn as string) > yearEnd(x.year as number)) return false;
  if (x.reviewOn !== undefined && (x.reviewOn as string).slice(0, 4) !== y) return false;
  if (x.disciplines !== undefined) {
    if (!Array.isArray(x.disciplines) || x.disciplines.length > MAX_DISCIPLINES) return false;
    for (const d of x.disciplines as unknown[]) if (!disciplineOk(d)) return false;
  }
  if (x.leader !== undefined) {
    if (x.role !== undefined && x.role !== 'leader') return false;
    if (!leaderOk(x.leader)) return false;
  }
  return true;
}
