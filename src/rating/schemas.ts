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
import type { Label } from '../i18n/label.js';
import { DISCIPLINE_FORMS, RATING_LEVELS } from '../i18n/vocabulary.js';
import { ORGANIZATION_SCHEMA_MESSAGES, SCHEMA_MESSAGES } from './_messages.js';

export { ISSUE_LIMIT, boundedArray, required } from '../_lib/schema.js';
import { boundedArray, isoDate, required } from '../_lib/schema.js';

/** The most disciplines one set of facts may list (an input bound, not a rule of the texts). */
export const MAX_DISCIPLINES = 1000;

/** Report a problem of the facts at `field`: an nq4 issue with its own code and message. */
function addIssue(ctx: $RefinementCtx, nq4Code: Nq4CustomParams['nq4Code'], field: string, message: Label): void {
  ctx.addIssue({ code: 'custom', path: [field], params: { nq4Code, messageVi: message.vi, messageEn: message.en } satisfies Nq4CustomParams });
}

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
        addIssue(ctx, 'inconsistent', 'completed', SCHEMA_MESSAGES.completed);
      }
      if (t.onTime > t.completed) {
        addIssue(ctx, 'inconsistent', 'onTime', SCHEMA_MESSAGES.onTime);
      }
      if (t.exceeded > t.completed) {
        addIssue(ctx, 'inconsistent', 'exceeded', SCHEMA_MESSAGES.exceeded);
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

function disciplineSchema(allowed: readonly string[], subject: Label) {
  return z
    .strictObject({ form: required(z.enum(DISCIPLINE_FORMS)), ...disciplineBase() })
    .check(z.superRefine((d, ctx) => {
      if (!allowed.includes(d.form)) {
        addIssue(ctx, 'not_applicable', 'form', SCHEMA_MESSAGES.form(subject));
      }
      if (d.violationOn !== undefined && isIsoDate(d.violationOn) && isIsoDate(d.decidedOn) && d.violationOn > d.decidedOn) {
        addIssue(ctx, 'date_order', 'violationOn', SCHEMA_MESSAGES.violationOn);
      }
    }));
}

// The Charter's closed lists (Điều lệ Điều 35 khoản 2), written once in legal/charter.ts.
const memberDiscipline = () => disciplineSchema(CHARTER_35_2_FORMS.officialMember, SCHEMA_MESSAGES.member);
const organizationDiscipline = () => disciplineSchema(CHARTER_35_2_FORMS.organization, ORGANIZATION_SCHEMA_MESSAGES.organization);

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
        addIssue(ctx, 'inconsistent', 'unitsLedUnsatisfactory', SCHEMA_MESSAGES.unitsLedUnsatisfactory);
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
    addIssue(ctx, 'inconsistent', 'reviewOn', SCHEMA_MESSAGES.reviewOn);
  }
}

/** The facts of `MemberRatingFacts`, checked. */
export const memberFactsSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      year: yearNumber(),
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
        addIssue(ctx, 'date_order', 'admittedOn', SCHEMA_MESSAGES.admittedOn);
      }
      reviewInYear(f.reviewOn, f.year, ctx);
      if (f.admittedOn !== undefined && f.reviewOn !== undefined && isIsoDate(f.admittedOn) && isIsoDate(f.reviewOn) && f.admittedOn > f.reviewOn) {
        addIssue(ctx, 'date_order', 'admittedOn', SCHEMA_MESSAGES.admittedOnAfterReview);
      }
      if (f.leader !== undefined && f.role !== undefined && f.role !== 'leader') {
        addIssue(ctx, 'not_applicable', 'leader', SCHEMA_MESSAGES.leader);
      }
    }),
  ),
);

const levelCountsSchema = () => z.strictObject({ excellent: count(), good: count(), satisfactory: count(), unsatisfactory: count() });

/** The facts of `OrganizationRatingFacts`, checked. */
export const organizationFactsSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      year: yearNumber(),
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
          addIssue(ctx, 'inconsistent', 'subUnitsTotal', ORGANIZATION_SCHEMA_MESSAGES.subUnitsTotal);
        }
      }
      if (f.subUnitsDisciplined !== undefined) {
        const total = f.subUnitsTotal ?? (f.subUnits ? f.subUnits.excellent + f.subUnits.good + f.subUnits.satisfactory + f.subUnits.unsatisfactory : undefined);
        if (total !== undefined && f.subUnitsDisciplined > total) {
          addIssue(ctx, 'inconsistent', 'subUnitsDisciplined', ORGANIZATION_SCHEMA_MESSAGES.subUnitsDisciplined);
        }
      }
      reviewInYear(f.reviewOn, f.year, ctx);
      if (f.establishedOn !== undefined && f.reviewOn !== undefined && isIsoDate(f.establishedOn) && isIsoDate(f.reviewOn) && f.establishedOn > f.reviewOn) {
        addIssue(ctx, 'date_order', 'establishedOn', ORGANIZATION_SCHEMA_MESSAGES.establishedOn);
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
