/**
 * The zod boundary of the rating area: facts and options are parsed here once; the engine
 * trusts the types. Impossible counts and dates become `Nq4Error` issues naming the field.
 *
 * Built with `zod/mini` and lazily: the exported schemas are `z.lazy` wrappers marked pure, so a
 * bundle that does not rate anything drops them, and a program that does builds them on first use.
 * Shared pieces are factories for the same reason.
 * @internal
 */
import { CHARTER_35_2_FORMS } from '../legal/charter.js';
import * as z from 'zod/mini';
import type { $RefinementCtx } from 'zod/v4/core';
import { isIsoDate, yearEnd, yearStart } from '../_lib/dates.js';
import type { Nq4CustomParams } from '../errors.js';
import { DISCIPLINE_FORMS, RATING_LEVELS } from '../i18n/vocabulary.js';

export { ISSUE_LIMIT, boundedArray, required } from '../_lib/schema.js';
import { boundedArray, isoDate, required } from '../_lib/schema.js';

/** The most disciplines one set of facts may list (an input bound, not a rule of the texts). */
export const MAX_DISCIPLINES = 1000;

const p = (nq4Code: Nq4CustomParams['nq4Code'], messageVi: string, messageEn: string): Nq4CustomParams => ({ nq4Code, messageVi, messageEn });

const count = () => z.number().check(z.int(), z.gte(0));
const level = () => z.enum(RATING_LEVELS);
const grade = () => z.enum(['excellent', 'good', 'average', 'poor']);
/**
 * A rating year, or a year a discipline counts in. The range checks abort, so `1e308` is one
 * `too_big` (not a second one for the safe-integer range) and no refinement compares dates
 * against a year that does not exist.
 */
const yearNumber = () => z.number().check(z.gte(1930, { abort: true }), z.lte(9999, { abort: true }), z.int());

/** True for a year the schema accepts (1930–9999, whole). */
export const isRatingYear = (year: unknown): year is number => typeof year === 'number' && Number.isSafeInteger(year) && year >= 1930 && year <= 9999;

const taskCounts = () =>
  z.strictObject({ assigned: count(), completed: count(), onTime: count(), exceeded: count() }).check(
    z.superRefine((t, ctx) => {
      if (t.completed > t.assigned) {
        ctx.addIssue({ code: 'custom', path: ['completed'], params: p('inconsistent', 'Số nhiệm vụ hoàn thành lớn hơn số được giao.', 'More tasks completed than assigned.') });
      }
      if (t.onTime > t.completed) {
        ctx.addIssue({ code: 'custom', path: ['onTime'], params: p('inconsistent', 'Số nhiệm vụ đúng hạn lớn hơn số hoàn thành.', 'More tasks on time than completed.') });
      }
      if (t.exceeded > t.completed) {
        ctx.addIssue({ code: 'custom', path: ['exceeded'], params: p('inconsistent', 'Số nhiệm vụ vượt mức lớn hơn số hoàn thành.', 'More tasks exceeded than completed.') });
      }
    }),
  );

/** The task counts of a member or an organization. */
export const taskCountsSchema = /* @__PURE__ */ z.lazy(taskCounts);

const disciplineBase = () => ({
  decidedOn: isoDate(),
  violationOn: z.optional(isoDate()),
  relatedToOfficialDuty: z.optional(z.boolean()),
  selfReportedAndRemedied: z.optional(z.boolean()),
  countedInYear: z.optional(yearNumber()),
  atPreviousUnit: z.optional(z.boolean()),
});

function disciplineSchema(allowed: readonly string[], subjectVi: string, subjectEn: string) {
  return z
    .strictObject({ form: required(z.enum(DISCIPLINE_FORMS)), ...disciplineBase() })
    .check(z.superRefine((d, ctx) => {
      if (!allowed.includes(d.form)) {
        ctx.addIssue({
          code: 'custom',
          path: ['form'],
          params: p('not_applicable', `Hình thức kỷ luật này không áp dụng cho ${subjectVi}.`, `This disciplinary form does not apply to ${subjectEn}.`),
        });
      }
      if (d.violationOn !== undefined && isIsoDate(d.violationOn) && isIsoDate(d.decidedOn) && d.violationOn > d.decidedOn) {
        ctx.addIssue({ code: 'custom', path: ['violationOn'], params: p('date_order', 'Ngày vi phạm sau ngày quyết định kỷ luật.', 'The violation is dated after the decision.') });
      }
    }));
}

// The Charter's closed lists (Điều lệ Điều 35 khoản 2), written once in legal/charter.ts.
const memberDiscipline = () => disciplineSchema(CHARTER_35_2_FORMS.officialMember, 'đảng viên', 'a member');
const organizationDiscipline = () => disciplineSchema(CHARTER_35_2_FORMS.organization, 'tổ chức đảng', 'a party organization');

const yearSchema = yearNumber;
const scoreSchema = () => z.number().check(z.gte(0), z.lte(100));

const criteriaSchema = () => z.strictObject({ taskResults: required(grade()), other: required(grade()) });

const leaderSchema = () =>
  z
    .strictObject({
      unitTasks: z.optional(taskCounts()),
      unitsLed: z.optional(count()),
      unitsLedUnsatisfactory: z.optional(count()),
      lowConfidenceVotePercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
      basicTargetsMissed: z.optional(z.boolean()),
      corruptionInScopeDisciplined: z.optional(z.boolean()),
      proactivelyHandled: z.optional(z.boolean()),
    })
    .check(z.superRefine((l, ctx) => {
      if (l.unitsLed !== undefined && l.unitsLedUnsatisfactory !== undefined && l.unitsLedUnsatisfactory > l.unitsLed) {
        ctx.addIssue({ code: 'custom', path: ['unitsLedUnsatisfactory'], params: p('inconsistent', 'Lớn hơn tổng số đơn vị phụ trách.', 'More than the units led.') });
      }
    }),
  );

const yearText = (year: number): string => String(year).padStart(4, '0');

/**
 * The year-end review meeting of a rating year falls in that year, or before 15 January of the
 * next: HD 43-HD/BTCTW Mục 4.1 (quoted, rating.md §6.7) lets units of a special function "hoàn
 * thành trước ngày 15/01 năm sau". The result says that only such units may (see `lateReviewCaveat`).
 */
function reviewInYear(reviewOn: string | undefined, year: number, ctx: $RefinementCtx): void {
  if (reviewOn !== undefined && isIsoDate(reviewOn) && reviewOn.slice(0, 4) !== yearText(year) && !(reviewOn >= yearStart(year + 1) && reviewOn <= `${yearText(year + 1)}-01-14`)) {
    ctx.addIssue({ code: 'custom', path: ['reviewOn'], params: p('inconsistent', 'Ngày kiểm điểm phải trong năm xếp loại hoặc trước ngày 15/01 năm sau.', 'The review date must be in the rating year or before 15 January of the next.') });
  }
}

/** The facts of `MemberRatingFacts`, checked. */
export const memberFactsSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      year: yearSchema(),
      role: z.optional(z.enum(['leader', 'nonLeader', 'outsideSystem'])),
      score: z.optional(scoreSchema()),
      tasks: z.optional(taskCounts()),
      criteria: z.optional(criteriaSchema()),
      shortcomingsFixed: z.optional(z.boolean()),
      degradationConcluded: z.optional(z.boolean()),
      prohibitedConductConcluded: z.optional(z.boolean()),
      prohibitedConductSelfReportedAndRemedied: z.optional(z.boolean()),
      disciplines: z.optional(boundedArray(memberDiscipline(), MAX_DISCIPLINES)),
      civilServiceLevel: z.optional(z.enum([...RATING_LEVELS, 'notCivilServant'])),
      sickLeaveMonths: z.optional(z.number().check(z.gte(0), z.lte(12))),
      maternityLeave: z.optional(z.boolean()),
      admittedOn: z.optional(isoDate()),
      reviewOn: z.optional(isoDate()),
      exemptFromActivity: z.optional(z.boolean()),
      suspended: z.optional(z.boolean()),
      leader: z.optional(leaderSchema()),
      proposedLevel: z.optional(level()),
    })
    .check(z.superRefine((f, ctx) => {
      if (f.admittedOn !== undefined && isIsoDate(f.admittedOn) && f.admittedOn > yearEnd(f.year)) {
        ctx.addIssue({ code: 'custom', path: ['admittedOn'], params: p('date_order', 'Ngày kết nạp sau ngày 31 tháng 12 của năm xếp loại.', 'Admitted after 31 December of the rating year.') });
      }
      reviewInYear(f.reviewOn, f.year, ctx);
      if (f.admittedOn !== undefined && f.reviewOn !== undefined && isIsoDate(f.admittedOn) && isIsoDate(f.reviewOn) && f.admittedOn > f.reviewOn) {
        ctx.addIssue({ code: 'custom', path: ['admittedOn'], params: p('date_order', 'Ngày kết nạp sau ngày kiểm điểm.', 'Admitted after the review date.') });
      }
      if (f.leader !== undefined && f.role !== undefined && f.role !== 'leader') {
        ctx.addIssue({ code: 'custom', path: ['leader'], params: p('not_applicable', 'Dữ kiện về người lãnh đạo chỉ dùng khi role là "leader".', 'Leader facts apply only when role is "leader".') });
      }
    }),
  ),
);

const levelCountsSchema = () => z.strictObject({ excellent: count(), good: count(), satisfactory: count(), unsatisfactory: count() });

/** The facts of `OrganizationRatingFacts`, checked. */
export const organizationFactsSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      year: yearSchema(),
      kind: required(z.enum(['partyCell', 'partyCommittee', 'leadershipCollective', 'agency'])),
      score: z.optional(scoreSchema()),
      tasks: z.optional(taskCounts()),
      criteria: z.optional(criteriaSchema()),
      shortcomingsFixed: z.optional(z.boolean()),
      members: z.optional(levelCountsSchema()),
      subUnits: z.optional(levelCountsSchema()),
      subUnitsTotal: z.optional(count()),
      subUnitsDisciplined: z.optional(count()),
      subUnitCorruptionHandled: z.optional(z.boolean()),
      subUnitCorruptionSelfDetectedAndRemedied: z.optional(z.boolean()),
      disciplines: z.optional(boundedArray(organizationDiscipline(), MAX_DISCIPLINES)),
      leadershipDisciplines: z.optional(boundedArray(memberDiscipline(), MAX_DISCIPLINES)),
      disunityConcluded: z.optional(z.boolean()),
      degradationConcluded: z.optional(z.boolean()),
      mainTargetsMissed: z.optional(z.boolean()),
      basicTargetsMissed: z.optional(z.boolean()),
      forceMajeure: z.optional(z.boolean()),
      sameLevelBodiesGoodOrBetter: z.optional(z.boolean()),
      governmentLowestLevel: z.optional(z.boolean()),
      massOrganizationsLowestLevel: z.optional(count()),
      memberDisciplinedForCorruptionOrDegradation: z.optional(z.boolean()),
      establishedOn: z.optional(isoDate()),
      reviewOn: z.optional(isoDate()),
      proposedLevel: z.optional(level()),
    })
    .check(z.superRefine((f, ctx) => {
      if (f.subUnits !== undefined && f.subUnitsTotal !== undefined) {
        const sum = f.subUnits.excellent + f.subUnits.good + f.subUnits.satisfactory + f.subUnits.unsatisfactory;
        if (sum > f.subUnitsTotal) {
          ctx.addIssue({ code: 'custom', path: ['subUnitsTotal'], params: p('inconsistent', 'Ít hơn số tổ chức trực thuộc đã xếp loại.', 'Fewer than the rated sub-units.') });
        }
      }
      if (f.subUnitsDisciplined !== undefined) {
        const total = f.subUnitsTotal ?? (f.subUnits ? f.subUnits.excellent + f.subUnits.good + f.subUnits.satisfactory + f.subUnits.unsatisfactory : undefined);
        if (total !== undefined && f.subUnitsDisciplined > total) {
          ctx.addIssue({ code: 'custom', path: ['subUnitsDisciplined'], params: p('inconsistent', 'Lớn hơn tổng số đơn vị trực thuộc.', 'More than the subordinate units.') });
        }
      }
      reviewInYear(f.reviewOn, f.year, ctx);
      if (f.establishedOn !== undefined && f.reviewOn !== undefined && isIsoDate(f.establishedOn) && isIsoDate(f.reviewOn) && f.establishedOn > f.reviewOn) {
        ctx.addIssue({ code: 'custom', path: ['establishedOn'], params: p('date_order', 'Ngày thành lập sau ngày kiểm điểm.', 'Founded after the review date.') });
      }
    }),
  ),
);

/** `RatingOptions`, checked; absent is fine. */
export const ratingOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      ruleSet: z.optional(z.string()),
      ruleSetBy: z.optional(z.enum(['yearEnd', 'yearStart'])),
      ruleSetAt: z.optional(z.enum(['yearEnd', 'yearStart'])),
      bandReading: z.optional(z.enum(['cascade', 'strict'])),
      gapFallback: z.optional(z.enum(['unclassified', 'unsatisfactory'])),
      disciplineYearBy: z.optional(z.enum(['decision', 'violation'])),
      sixMonthsAt: z.optional(z.enum(['reviewOn', 'yearEnd'])),
      sickLeaveV3: z.optional(z.enum(['hd21Cap', 'actualWork'])),
      organizationTriggersApplyToPartyOrganizations: z.optional(z.boolean()),
      assumeNoEvents: z.optional(z.boolean()),
      acceptParaphrasedCriteria: z.optional(z.boolean()),
      scoreDecimals: z.optional(z.number().check(z.int(), z.gte(0), z.lte(6))),
    }),
  ),
);
