/**
 * Checks that several rule sets share word for word or nearly (member exemptions, the
 * discipline-in-the-year trigger, criteria grades). Each caller passes its own citations.
 * @internal
 */
import type { Citation } from '../../legal/citation.js';
import { Acc, cutoffDate, isoOf, disciplineYear, fullMonthsPassed, vlabel } from '../_engine.js';
import { formatDateEn, formatDateVi } from '../../i18n/format.js';
import type { RatingCriteriaGrades, RatingCriterion, RatingDisciplineFact, RatingEvaluation, MemberRatingFacts, OrganizationRatingFacts, ResolvedRatingOptions, RatingTrace } from '../types.js';

/** Grade order: higher is better. */
export const GRADE_RANK = Object.freeze({ poor: 0, average: 1, good: 2, excellent: 3 });

/** Any criterion graded "Kém" forces "unsatisfactory" (QĐ 132 Đ12 k4; QĐ 124 Đ12 k4). */
export function poorCriteria(a: Acc, criteria: RatingCriteriaGrades | undefined, cites: readonly Citation[]): void {
  if (criteria !== undefined && (criteria.taskResults === 'poor' || criteria.other === 'poor')) {
    a.force(false, 'criterionPoor', 'Có tiêu chí đánh giá ở mức "Kém".', 'A criterion is graded "Kém" (poor).', cites);
  }
}

/** Missing-fact helper for event facts. */
export function needEvent(a: Acc, value: unknown, o: ResolvedRatingOptions, path: string, vi: string, en: string, effect: 'force' | 'level' | 'notRated' = 'force'): void {
  if (value === undefined && !o.assumeNoEvents) a.miss(path, vi, en, effect);
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
      const by = d.countedInYear !== undefined ? ['theo năm đã chọn', 'by the year given'] : o.disciplineYearBy === 'violation' && d.violationOn !== undefined ? ['theo năm vi phạm', 'by the year of the violation'] : ['theo năm ra quyết định', 'by the year of the decision'];
      a.note(
        'disciplineOtherYear',
        `Kỷ luật thứ ${i + 1} tính vào năm ${y} (${by[0]}), không tính vào năm ${year}${once ? '; một vi phạm chỉ tính một lần' : ''}.`,
        `Discipline ${i + 1} counts in ${y} (${by[1]}), not in ${year}${once ? '; a violation counts once' : ''}.`,
        once ? [once] : [],
      );
      if (o.disciplineYearBy === 'violation' && d.countedInYear === undefined && d.violationOn !== undefined) {
        a.option('disciplineYearBy', 'violation', 'Kỷ luật tính theo năm vi phạm.', 'Disciplines count in the year of the violation.');
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
    if (rule.exempt === 'unverified') a.caveat('Quy tắc về đảng viên được miễn công tác và sinh hoạt đảng trong bộ quy tắc này chưa xác minh.', 'The rule on members exempted from party activity is unverified in this rule set.');
    else return a.notRated(undefined, 'exemptFromActivity', 'Đảng viên được miễn công tác và sinh hoạt đảng: không xếp loại.', 'Member exempted from party work and activity: not rated.', rule.exempt);
  }
  if (f.suspended === true) {
    if (rule.suspended === 'unverified') a.caveat('Quy tắc về đảng viên bị đình chỉ sinh hoạt đảng trong bộ quy tắc này chưa xác minh.', 'The rule on suspended members is unverified in this rule set.');
    else return a.notRated(undefined, 'suspended', 'Đảng viên bị đình chỉ sinh hoạt đảng: không xếp loại.', 'Member suspended from party activity: not rated.', rule.suspended);
  }
  if (f.admittedOn !== undefined) {
    const cut = cutoffDate(f.year, f.reviewOn, o);
    if (!fullMonthsPassed(f.admittedOn, cut, 6)) {
      if (rule.newMember === 'unverified') {
        a.caveat('Quy tắc về đảng viên mới kết nạp chưa đủ 6 tháng trong bộ quy tắc này chưa xác minh.', 'The rule on members admitted under 6 months is unverified in this rule set.');
      } else {
        if (o.sixMonthsAt === 'yearEnd') a.option('sixMonthsAt', 'yearEnd', 'Mốc tính 6 tháng là ngày 31/12.', 'The 6-month cut-off is 31 December.');
        return rule.newMemberReviewed
          ? a.notRated(true, 'newMember', `Đảng viên mới kết nạp chưa đủ 6 tháng tính đến ${formatDateVi(isoOf(cut))}: không xếp loại nhưng vẫn kiểm điểm tính từ ngày kết nạp.`, `Member admitted less than 6 months before ${formatDateEn(isoOf(cut))}: not rated, but still reviewed from the admission date.`, rule.newMember)
          : a.notRated(false, 'newMember', `Đảng viên mới kết nạp chưa đủ 6 tháng tính đến ${formatDateVi(isoOf(cut))}: không kiểm điểm, không xếp loại.`, `Member admitted less than 6 months before ${formatDateEn(isoOf(cut))}: not reviewed, not rated.`, rule.newMember);
      }
    }
  } else if (rule.newMember !== 'unverified') {
    a.miss('admittedOn', 'Cần ngày kết nạp để xét trường hợp mới kết nạp chưa đủ 6 tháng (chỉ quyết định có xếp loại hay không).', 'The admission date decides the under-6-months exemption (only whether the member is rated).', 'notRated');
  }
  if (rule.exempt !== 'unverified') needEvent(a, f.exemptFromActivity, o, 'exemptFromActivity', 'Đảng viên được miễn công tác và sinh hoạt đảng thì không xếp loại.', 'Exempted members are not rated.', 'notRated');
  if (rule.suspended !== 'unverified') needEvent(a, f.suspended, o, 'suspended', 'Đảng viên bị đình chỉ sinh hoạt đảng thì không xếp loại.', 'Suspended members are not rated.', 'notRated');
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
export const LEVELS = Object.freeze({
  excellent: vlabel('Hoàn thành xuất sắc nhiệm vụ', 'Excellent (completed duties excellently)', 'quoted'),
  good: vlabel('Hoàn thành tốt nhiệm vụ', 'Good (completed duties well)', 'quoted'),
  satisfactory: vlabel('Hoàn thành nhiệm vụ', 'Satisfactory (completed duties)', 'quoted'),
  unsatisfactory: vlabel('Không hoàn thành nhiệm vụ', 'Unsatisfactory (did not complete duties)', 'quoted'),
});

/** A criterion row of `rulesFor`. @internal */
export const crit = (id: string, subject: RatingCriterion['subject'], level: RatingCriterion['level'], vi: string, en: string, citation: Citation, use: RatingCriterion['use'] = 'applied'): RatingCriterion =>
  ({ id, subject, level, text: { vi, en }, use, citation });

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
      trace.missing.unshift({
        path: 'tasks.assigned',
        reason: {
          vi: 'Số nhiệm vụ được giao là 0: các tiêu chí tính theo tỉ lệ % (hoàn thành, đúng hạn, vượt mức, không hoàn thành) không xác định được, nên không được coi là đạt.',
          en: 'No tasks were assigned (0): the percentage criteria (completed, on time, exceeded, failed) cannot be determined, so they are not treated as met.',
        },
      });
    }
    return { ...ev, missing: ev.missing + 1 };
  };
}
