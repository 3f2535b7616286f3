/**
 * The zod boundary of the rating area: facts and options are parsed here once; the engine
 * trusts the types. Impossible counts and dates become `Nq4Error` issues naming the field.
 * @internal
 */
import { z } from 'zod';
import { isIsoDate } from '../_lib/dates.js';
import type { Nq4CustomParams } from '../errors.js';
import { DISCIPLINE_FORMS, RATING_LEVELS } from '../i18n/vocabulary.js';

const p = (nq4Code: Nq4CustomParams['nq4Code'], messageVi: string, messageEn: string): Nq4CustomParams => ({ nq4Code, messageVi, messageEn });

const isoDate = z.string().refine(isIsoDate, { params: p('invalid_date', 'Ngày không hợp lệ (cần YYYY-MM-DD).', 'Not a valid date (expected YYYY-MM-DD).') });
const count = z.number().int().min(0);
const level = z.enum(RATING_LEVELS);
const grade = z.enum(['excellent', 'good', 'average', 'poor']);

export const taskCountsSchema = z
  .strictObject({ assigned: count, completed: count, onTime: count, exceeded: count })
  .superRefine((t, ctx) => {
    if (t.completed > t.assigned) {
      ctx.addIssue({ code: 'custom', path: ['completed'], params: p('inconsistent', 'Số nhiệm vụ hoàn thành lớn hơn số được giao.', 'More tasks completed than assigned.') });
    }
    if (t.onTime > t.completed) {
      ctx.addIssue({ code: 'custom', path: ['onTime'], params: p('inconsistent', 'Số nhiệm vụ đúng hạn lớn hơn số hoàn thành.', 'More tasks on time than completed.') });
    }
    if (t.exceeded > t.completed) {
      ctx.addIssue({ code: 'custom', path: ['exceeded'], params: p('inconsistent', 'Số nhiệm vụ vượt mức lớn hơn số hoàn thành.', 'More tasks exceeded than completed.') });
    }
  });

const disciplineBase = {
  decidedOn: isoDate,
  violationOn: isoDate.optional(),
  relatedToOfficialDuty: z.boolean().optional(),
  selfReportedAndRemedied: z.boolean().optional(),
  countedInYear: z.number().int().min(1930).max(9999).optional(),
  atPreviousUnit: z.boolean().optional(),
};

function disciplineSchema(allowed: readonly string[], subjectVi: string, subjectEn: string) {
  return z
    .strictObject({ form: z.enum(DISCIPLINE_FORMS), ...disciplineBase })
    .superRefine((d, ctx) => {
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
    });
}

const memberDiscipline = disciplineSchema(['reprimand', 'warning', 'removalFromPost', 'expulsion'], 'đảng viên', 'a member');
const organizationDiscipline = disciplineSchema(['reprimand', 'warning', 'dissolution'], 'tổ chức đảng', 'a party organization');

const yearSchema = z.number().int().min(1930).max(9999);
const scoreSchema = z.number().min(0).max(100);

const criteriaSchema = z.strictObject({ taskResults: grade, other: grade });

const leaderSchema = z
  .strictObject({
    unitsLed: count.optional(),
    unitsLedUnsatisfactory: count.optional(),
    lowConfidenceVotePercent: z.number().min(0).max(100).optional(),
    basicTargetsMissed: z.boolean().optional(),
    corruptionInScopeDisciplined: z.boolean().optional(),
    proactivelyHandled: z.boolean().optional(),
  })
  .superRefine((l, ctx) => {
    if (l.unitsLed !== undefined && l.unitsLedUnsatisfactory !== undefined && l.unitsLedUnsatisfactory > l.unitsLed) {
      ctx.addIssue({ code: 'custom', path: ['unitsLedUnsatisfactory'], params: p('inconsistent', 'Lớn hơn tổng số đơn vị phụ trách.', 'More than the units led.') });
    }
  });

const yearText = (year: number): string => String(year).padStart(4, '0');

/** The year-end review meeting of a rating year falls in that year. */
function reviewInYear(reviewOn: string | undefined, year: number, ctx: z.RefinementCtx): void {
  if (reviewOn !== undefined && isIsoDate(reviewOn) && reviewOn.slice(0, 4) !== yearText(year)) {
    ctx.addIssue({ code: 'custom', path: ['reviewOn'], params: p('inconsistent', 'Ngày kiểm điểm không thuộc năm xếp loại.', 'The review date is not in the rating year.') });
  }
}

export const memberFactsSchema = z
  .strictObject({
    year: yearSchema,
    role: z.enum(['leader', 'nonLeader', 'outsideSystem']).optional(),
    score: scoreSchema.optional(),
    tasks: taskCountsSchema.optional(),
    criteria: criteriaSchema.optional(),
    shortcomingsFixed: z.boolean().optional(),
    degradationConcluded: z.boolean().optional(),
    prohibitedConductConcluded: z.boolean().optional(),
    prohibitedConductSelfReportedAndRemedied: z.boolean().optional(),
    disciplines: z.array(memberDiscipline).optional(),
    civilServiceLevel: z.enum([...RATING_LEVELS, 'notCivilServant']).optional(),
    sickLeaveMonths: z.number().min(0).max(12).optional(),
    maternityLeave: z.boolean().optional(),
    admittedOn: isoDate.optional(),
    reviewOn: isoDate.optional(),
    exemptFromActivity: z.boolean().optional(),
    suspended: z.boolean().optional(),
    leader: leaderSchema.optional(),
    proposedLevel: level.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.admittedOn !== undefined && isIsoDate(f.admittedOn) && f.admittedOn > `${yearText(f.year)}-12-31`) {
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], params: p('date_order', 'Ngày kết nạp sau ngày 31 tháng 12 của năm xếp loại.', 'Admitted after 31 December of the rating year.') });
    }
    reviewInYear(f.reviewOn, f.year, ctx);
    if (f.admittedOn !== undefined && f.reviewOn !== undefined && isIsoDate(f.admittedOn) && isIsoDate(f.reviewOn) && f.admittedOn > f.reviewOn) {
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], params: p('date_order', 'Ngày kết nạp sau ngày kiểm điểm.', 'Admitted after the review date.') });
    }
    if (f.leader !== undefined && f.role !== undefined && f.role !== 'leader') {
      ctx.addIssue({ code: 'custom', path: ['leader'], params: p('not_applicable', 'Dữ kiện về người lãnh đạo chỉ dùng khi role là "leader".', 'Leader facts apply only when role is "leader".') });
    }
  });

const levelCountsSchema = z.strictObject({ excellent: count, good: count, satisfactory: count, unsatisfactory: count });

export const organizationFactsSchema = z
  .strictObject({
    year: yearSchema,
    kind: z.enum(['partyCell', 'partyCommittee', 'leadershipCollective', 'agency']),
    score: scoreSchema.optional(),
    tasks: taskCountsSchema.optional(),
    criteria: criteriaSchema.optional(),
    shortcomingsFixed: z.boolean().optional(),
    members: levelCountsSchema.optional(),
    subUnits: levelCountsSchema.optional(),
    subUnitsTotal: count.optional(),
    subUnitsDisciplined: count.optional(),
    subUnitCorruptionHandled: z.boolean().optional(),
    subUnitCorruptionSelfDetectedAndRemedied: z.boolean().optional(),
    disciplines: z.array(organizationDiscipline).optional(),
    leadershipDisciplines: z.array(memberDiscipline).optional(),
    disunityConcluded: z.boolean().optional(),
    degradationConcluded: z.boolean().optional(),
    mainTargetsMissed: z.boolean().optional(),
    basicTargetsMissed: z.boolean().optional(),
    forceMajeure: z.boolean().optional(),
    sameLevelBodiesGoodOrBetter: z.boolean().optional(),
    governmentLowestLevel: z.boolean().optional(),
    massOrganizationsLowestLevel: count.optional(),
    memberDisciplinedForCorruptionOrDegradation: z.boolean().optional(),
    establishedOn: isoDate.optional(),
    reviewOn: isoDate.optional(),
    proposedLevel: level.optional(),
  })
  .superRefine((f, ctx) => {
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
  });

export const ratingOptionsSchema = z
  .strictObject({
    ruleSet: z.string().optional(),
    ruleSetAt: z.enum(['yearEnd', 'yearStart']).optional(),
    bandReading: z.enum(['cascade', 'strict']).optional(),
    gapFallback: z.enum(['unclassified', 'unsatisfactory']).optional(),
    disciplineYearBy: z.enum(['decision', 'violation']).optional(),
    sixMonthsAt: z.enum(['reviewOn', 'yearEnd']).optional(),
    sickLeaveV3: z.enum(['hd21Cap', 'actualWork']).optional(),
    organizationTriggersApplyToPartyOrganizations: z.boolean().optional(),
    assumeNoEvents: z.boolean().optional(),
    acceptParaphrasedCriteria: z.boolean().optional(),
    scoreDecimals: z.number().int().min(0).max(6).optional(),
  })
  .optional();
