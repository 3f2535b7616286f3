/**
 * Checks that several rule sets share word for word or nearly (member exemptions, the
 * discipline-in-the-year trigger, criteria grades). Each caller passes its own citations.
 * @internal
 */
import type { Citation } from '../../legal/citation.js';
import { DISCIPLINE_MESSAGES, EXEMPTION_MESSAGES, TASKS_MESSAGES } from './_messages.js';
import { Acc, type TextAt, textAt, cutoffDate, isoOf, disciplineYear, fullMonthsPassed, vlabel } from '../_engine.js';
import type { RatingCriteriaGrades, RatingCriterion, RatingDisciplineFact, RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, ResolvedRatingOptions, RatingTrace } from '../types.js';

/** Grade order: higher is better. */
export const GRADE_RANK = Object.freeze({ poor: 0, average: 1, good: 2, excellent: 3 });

/** Any criterion graded "Kém" forces "unsatisfactory" (QĐ 132 Đ12 k4; QĐ 124 Đ12 k4). */
export function poorCriteria(a: Acc, criteria: RatingCriteriaGrades | undefined, cites: readonly Citation[]): void {
  if (criteria !== undefined && (criteria.taskResults === 'poor' || criteria.other === 'poor')) {
    a.force(false, 'criterionPoor', DISCIPLINE_MESSAGES, cites);
  }
}

/** Missing-fact helper for event facts. */
export function needEvent<K extends string>(a: Acc, value: unknown, o: ResolvedRatingOptions, path: K, text: TextAt<K>, effect: 'force' | 'level' | 'notRated' = 'force'): void {
  if (value === undefined && !o.assumeNoEvents) a.miss(path, text, effect);
}

/** Disciplines counted in the year (D6). */
export function disciplinesInYear(list: readonly RatingDisciplineFact[] | undefined, year: number, o: ResolvedRatingOptions): RatingDisciplineFact[] | undefined {
  if (list === undefined) return undefined;
  return list.filter((d) => disciplineYear(d, o) === year);
}

/**
 * Note disciplines that count in another year. "Một vi phạm … chỉ tính một lần khi xếp loại" is
 * quoted only for HD 16 / HD 21 (pass its citation); elsewhere the note names the choice that set
 * the year (decision D6) instead of citing a rule the text does not show.
 */
export function noteOtherYears(a: Acc, list: readonly RatingDisciplineFact[] | undefined, year: number, o: ResolvedRatingOptions, once?: Citation): void {
  if (!a.trace || list === undefined) return;
  list.forEach((d, i) => {
    const y = disciplineYear(d, o);
    if (y !== year) {
      const by = d.countedInYear !== undefined ? 'given' : o.disciplineYearBy === 'violation' && d.violationOn !== undefined ? 'violation' : 'decision';
      a.note(
        'disciplineOtherYear',
        DISCIPLINE_MESSAGES.disciplineOtherYear(i, y, by, year, once !== undefined),
        once ? [once] : [],
      );
      if (o.disciplineYearBy === 'violation' && d.countedInYear === undefined && d.violationOn !== undefined) {
        a.option('disciplineYearBy', 'violation', DISCIPLINE_MESSAGES.disciplineYearByViolation);
      }
    }
  });
}

/** The member exemptions of HD 21 / QĐ 124 / QĐ 366 with per-version flags and citations. */
export function memberExemptions(
  a: Acc,
  f: MemberRatingFacts,
  o: ResolvedRatingOptions,
  rule: {
    readonly exempt: readonly Citation[] | 'unverified';
    readonly suspended: readonly Citation[] | 'unverified';
    readonly newMember: readonly Citation[] | 'unverified';
    readonly newMemberReviewed: boolean;
  },
): RatingEvaluation | undefined {
  if (f.exemptFromActivity === true) {
    if (rule.exempt === 'unverified') a.caveat(EXEMPTION_MESSAGES.exemptFromActivityUnverified);
    else return a.notRated(undefined, 'exemptFromActivity', EXEMPTION_MESSAGES, rule.exempt);
  }
  if (f.suspended === true) {
    if (rule.suspended === 'unverified') a.caveat(EXEMPTION_MESSAGES.suspendedUnverified);
    else return a.notRated(undefined, 'suspended', EXEMPTION_MESSAGES, rule.suspended);
  }
  if (f.admittedOn !== undefined) {
    const cut = cutoffDate(f.year, f.reviewOn, o);
    if (!fullMonthsPassed(f.admittedOn, cut, 6)) {
      if (rule.newMember === 'unverified') {
        a.caveat(EXEMPTION_MESSAGES.newMemberUnverified);
      } else {
        if (o.sixMonthsAt === 'yearEnd') a.option('sixMonthsAt', 'yearEnd', EXEMPTION_MESSAGES.sixMonthsAtYearEnd);
        return rule.newMemberReviewed
          ? a.notRated(true, 'newMember', EXEMPTION_MESSAGES.newMemberReviewed(isoOf(cut)), rule.newMember)
          : a.notRated(false, 'newMember', EXEMPTION_MESSAGES.newMember(isoOf(cut)), rule.newMember);
      }
    }
  } else if (rule.newMember !== 'unverified') {
    a.miss('admittedOn', EXEMPTION_MESSAGES, 'notRated');
  }
  if (rule.exempt !== 'unverified') needEvent(a, f.exemptFromActivity, o, 'exemptFromActivity', EXEMPTION_MESSAGES.exemptFromActivityMissing, 'notRated');
  if (rule.suspended !== 'unverified') needEvent(a, f.suspended, o, 'suspended', EXEMPTION_MESSAGES.suspendedMissing, 'notRated');
  return undefined;
}

/** Sum of level counts. */
export function total(c: { excellent: number; good: number; satisfactory: number; unsatisfactory: number }): number {
  return c.excellent + c.good + c.satisfactory + c.unsatisfactory;
}

/** Number of subordinate units: explicit, or the sum of their ratings. */
export function subUnitTotal(f: OrganizationRatingFacts): number | undefined {
  return f.subUnitsTotal ?? (f.subUnits ? total(f.subUnits) : undefined);
}

/** Party organizations as opposed to agencies and leadership collectives. */
export function isPartyOrganization(f: OrganizationRatingFacts): boolean {
  return f.kind === 'partyCell' || f.kind === 'partyCommittee';
}

/** The four level names from 2018 on, as QĐ 132, HD 21, QĐ 124 and QĐ 366 print them (rating.md §1.3). @internal */
export const LEVEL_LABELS = Object.freeze({
  excellent: vlabel('Hoàn thành xuất sắc nhiệm vụ', 'Excellent (completed duties excellently)', 'quoted'),
  good: vlabel('Hoàn thành tốt nhiệm vụ', 'Good (completed duties well)', 'quoted'),
  satisfactory: vlabel('Hoàn thành nhiệm vụ', 'Satisfactory (completed duties)', 'quoted'),
  unsatisfactory: vlabel('Không hoàn thành nhiệm vụ', 'Unsatisfactory (did not complete duties)', 'quoted'),
});

/** A criterion row of `rulesFor`. @internal */
export const crit = <K extends string>(id: K, subject: RatingCriterion['subject'], level: RatingCriterion['level'], text: TextAt<K>, citation: Citation, use: RatingCriterion['use'] = 'applied'): RatingCriterion =>
  ({ id, subject, level, text: textAt(text, id), use, citation });

/**
 * `tasks.assigned: 0` makes every percentage criterion (share completed, on time, exceeded,
 * failed) 0/0: not determinable, never satisfied. The tasks are treated as not given and the
 * result lists `tasks.assigned` in `missing` with the reason.
 * @internal
 */
export function guardZeroTasks<F extends { readonly tasks?: { readonly assigned: number } | undefined }>(
  evaluate: (facts: F, o: ResolvedRatingOptions, trace: RatingTrace | undefined) => RatingEvaluation,
): (facts: F, o: ResolvedRatingOptions, trace: RatingTrace | undefined) => RatingEvaluation {
  return (facts, o, trace) => {
    if (facts.tasks === undefined || facts.tasks.assigned !== 0) return evaluate(facts, o, trace);
    const ev = evaluate({ ...facts, tasks: undefined }, o, trace);
    if (ev.status !== 0) return ev;
    if (trace) {
      trace.missing.unshift({ path: 'tasks.assigned', reason: TASKS_MESSAGES['tasks.assigned'] });
    }
    return { ...ev, missing: ev.missing + 1 };
  };
}
