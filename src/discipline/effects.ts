/**
 * What a disciplinary decision does over time (discipline.md §5):
 *
 * > "5. Sau 12 tháng, kể từ ngày công bố quyết định kỷ luật hoặc quyết định giải quyết khiếu nại
 * > kỷ luật (trừ quyết định kỷ luật khai trừ đối với đảng viên hoặc quyết định kỷ luật giải tán đối
 * > với tổ chức đảng), nếu tổ chức đảng, đảng viên không khiếu nại, không tái phạm hoặc không có vi
 * > phạm mới đến mức phải kỷ luật thì quyết định kỷ luật đương nhiên chấm dứt hiệu lực."
 * > (QĐ 69 Điều 2 khoản 5, Q2; QĐ 30 Điều 40 had "Sau một năm" for members, Q2)
 *
 * > "Đảng viên bị kỷ luật cách chức, trong vòng một năm, kể từ ngày có quyết định, không được bầu
 * > vào cấp uỷ, không được bổ nhiệm vào các chức vụ tương đương và cao hơn." (Điều lệ Điều 40 khoản 3, Q1)
 *
 * Planning and appointment periods (QĐ 105, QĐ 80, QĐ 377: P, article text not seen) are cited
 * parameters, never hard gates (O-15). The expiry text of the QĐ 22 era (28-07-2021 → 05-07-2022)
 * and of QĐ 212 was not seen: "unknown" unless `assumeContinuity` (O-12). The expiry and planning
 * rules, with their dates, are data of the discipline rule sets (`ruleSets/`), read for the day of
 * the announcement and of the decision.
 * @module
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../_lib/dates.js';
import type { DisciplineFact } from '../_lib/disciplineFacts.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput, toSafe, type SafeResult } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm, type DisciplineSubject } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import { addDays, addMonths } from './calendar.js';
import { EXPIRY_WRITERS, PLANNING_WRITERS, ruleOn } from './ruleSets/writers.js';
import { formAllowedFor } from './forms.js';
import { addRuleIssue, before, boundedArray, formSchema, isoDateSchema, subjectSchema } from './schemas.js';
import * as SRC from './sources.js';
import { DECISION_VALIDATION_MESSAGES as V, EFFECTS_MESSAGES as M, FORM_VALIDATION_MESSAGES } from './_messages.js';

/**
 * A disciplinary decision as {@link getDisciplineEffects} needs it.
 * @example
 * ```ts
 * import { getDisciplineEffects, type DisciplineDecision } from 'nq4';
 * const decision: DisciplineDecision = { subject: 'officialMember', form: 'warning', decidedOn: '2023-03-01', complaint: { filedOn: '2023-03-15' } };
 * getDisciplineEffects(decision, { on: '2024-06-01' }).status; // 'inEffect'
 * ```
 * @category Discipline
 */
export interface DisciplineDecision {
  /** Who was disciplined. */
  readonly subject: DisciplineSubject;
  /** The form imposed. */
  readonly form: DisciplineForm;
  /** The day of the decision. */
  readonly decidedOn: IsoDate;
  /** The day it was announced (it takes effect then, Điều lệ Điều 39 khoản 6); when absent, `decidedOn` is used and said so. */
  readonly announcedOn?: IsoDate;
  /**
   * When this decision changed the form of an earlier one (chuẩn y, thay đổi hình thức): the day the
   * earlier decision was announced. Under QĐ 69 the time served under it counts towards the 12 months (HD 05, paraphrased).
   */
  readonly changesDecisionAnnouncedOn?: IsoDate;
  /** A complaint against the decision: when filed and, once settled, when the complaint decision was announced. */
  readonly complaint?: { readonly filedOn: IsoDate; readonly resolvedOn?: IsoDate };
  /** Days of reoffences or new violations warranting discipline (they stop the automatic expiry). */
  readonly laterViolationsOn?: readonly IsoDate[];
  /** The day of the violation, for the rating (year attribution). */
  readonly violationOn?: IsoDate;
  /** The violation relates to official duty (rating, QĐ 366 Điều 11). */
  readonly relatedToOfficialDuty?: boolean;
  /** Self-reported and consequences remedied (rating exception, QĐ 366 Điều 11). */
  readonly selfReportedAndRemedied?: boolean;
  /** The rating year the discipline counts in, when the caller decides it. */
  readonly countedInYear?: number;
  /** The violation happened at a previous unit before a transfer (QĐ 366 Điều 11 khoản 4.3). */
  readonly atPreviousUnit?: boolean;
}

/**
 * Options of {@link getDisciplineEffects}.
 * @example
 * ```ts
 * import { getDisciplineEffects, type GetDisciplineEffectsOptions } from 'nq4';
 * const options: GetDisciplineEffectsOptions = { on: '2024-01-05', endsOnAnniversary: false };
 * getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05' }, options).status; // 'inEffect'
 * ```
 * @category Discipline
 */
export interface GetDisciplineEffectsOptions {
  /** The day asked about. */
  readonly on: IsoDate;
  /**
   * O-2/O-12: the decision stops having effect on the anniversary itself (default `true`: a
   * reprimand announced 05-01-2023 ceases from 05-01-2024); `false` moves the end one day later.
   * The same boundary is used for the one-year bar after cách chức.
   */
  readonly endsOnAnniversary?: boolean;
  /** O-12: apply the 12-month rule where its text was not seen (QĐ 22 era, QĐ 212, before QĐ 30). */
  readonly assumeContinuity?: boolean;
}

/**
 * @deprecated Use {@link GetDisciplineEffectsOptions}: renamed so that a function's options are
 * named `<Function>Options` (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import type { DisciplineEffectsOptions, GetDisciplineEffectsOptions } from 'nq4';
 * const options: DisciplineEffectsOptions = { on: '2024-01-05' };
 * const same: GetDisciplineEffectsOptions = options;
 * same.on; // '2024-01-05'
 * ```
 * @category Discipline
 */
export type DisciplineEffectsOptions = GetDisciplineEffectsOptions;

/**
 * Whether a decision has effect on the day asked about.
 * - `notYetInEffect`: before its announcement;
 * - `inEffect`: in effect (and may still expire);
 * - `expired`: "đương nhiên chấm dứt hiệu lực";
 * - `permanent`: khai trừ or giải tán, which never expire;
 * - `unknown`: the expiry text of the period was not seen.
 * @example
 * ```ts
 * import { getDisciplineEffects, type DecisionEffectStatus } from 'nq4';
 * const status: DecisionEffectStatus = getDisciplineEffects({ subject: 'officialMember', form: 'expulsion', decidedOn: '2023-01-05' }, { on: '2030-01-01' }).status;
 * status; // 'permanent'
 * ```
 * @category Discipline
 */
export type DecisionEffectStatus = 'notYetInEffect' | 'inEffect' | 'expired' | 'permanent' | 'unknown';

/**
 * A bar that follows from a decision (on election, appointment or planning).
 * @example
 * ```ts
 * import { getDisciplineEffects, type DisciplineBar } from 'nq4';
 * const { barsInForce } = getDisciplineEffects({ subject: 'officialMember', form: 'removalFromPost', decidedOn: '2023-01-05' }, { on: '2023-06-01' });
 * const [bar]: readonly DisciplineBar[] = barsInForce;
 * bar?.code; // 'noElectionOrEquivalentAppointment'
 * bar?.until; // '2024-01-05'
 * ```
 * @category Discipline
 */
export interface DisciplineBar {
  /** `noElectionOrEquivalentAppointment`, `noPlanningOrHigherAppointment`, `mayBeConsideredForHigherPostAfter`, `removeFromPlanning`. */
  readonly code: string;
  /** What it bars, in both languages. */
  readonly label: Label;
  /** First day. */
  readonly from: IsoDate;
  /** First day it no longer applies; absent when open-ended. */
  readonly until?: IsoDate;
  /** True when the day asked about falls in it. */
  readonly inForce: boolean;
  /** False for parameters whose article text was not seen (O-15): advice, not a gate. */
  readonly hardGate: boolean;
  /** Where it comes from. */
  readonly source: Citation;
}

/**
 * The facts a discipline hands the rating area: the one shared discipline-fact shape
 * (`src/_lib/disciplineFacts.ts`), the same type as rating's `RatingDisciplineFact`.
 * @example
 * ```ts
 * import { getDisciplineEffects, type DisciplineFactForRating } from 'nq4';
 * const decision = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', violationOn: '2022-11-20' } as const;
 * const fact: DisciplineFactForRating = getDisciplineEffects(decision, { on: '2023-06-01' }).forRating;
 * fact; // { form: 'reprimand', decidedOn: '2023-01-05', violationOn: '2022-11-20' }
 * ```
 * @category Discipline
 */
export type DisciplineFactForRating = DisciplineFact;

/**
 * The answer of {@link getDisciplineEffects}.
 * @example
 * ```ts
 * import { getDisciplineEffects, type DisciplineEffectsResult } from 'nq4';
 * const decision = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-10' } as const;
 * const r: DisciplineEffectsResult = getDisciplineEffects(decision, { on: '2023-06-01' });
 * [r.status, r.effectiveFrom, r.expiresOn]; // ['inEffect', '2023-01-10', '2024-01-10']
 * ```
 * @category Discipline
 */
export interface DisciplineEffectsResult {
  /** Whether the decision has effect on the day asked about. */
  readonly status: DecisionEffectStatus;
  /** Shorthand: `status` is `inEffect` or `permanent`; absent (`undefined`) when unknown, so a JSON result has no such field then. */
  readonly inEffect?: boolean;
  /** The day it took effect (its announcement). */
  readonly effectiveFrom: IsoDate;
  /** The first day it no longer has effect, when it expires automatically. */
  readonly expiresOn?: IsoDate;
  /** Every bar that follows from the decision, each with `inForce` for the day asked about. */
  readonly bars: readonly DisciplineBar[];
  /** The bars in force on the day asked about. */
  readonly barsInForce: readonly DisciplineBar[];
  /** The facts to hand to the rating area. */
  readonly forRating: DisciplineFactForRating;
  /** The options that changed the result (`assumeContinuity` over a period whose text was not seen); empty when none did. */
  readonly options: readonly AppliedOption[];
  /** The explanation in both languages, with citations. */
  readonly explanation: Explanation;
}

/** `DisciplineDecision`, checked. @internal */
export const disciplineDecisionSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      subject: subjectSchema,
      form: formSchema,
      decidedOn: isoDateSchema,
      announcedOn: z.optional(isoDateSchema),
      changesDecisionAnnouncedOn: z.optional(isoDateSchema),
      complaint: z.optional(z.strictObject({ filedOn: isoDateSchema, resolvedOn: z.optional(isoDateSchema) })),
      laterViolationsOn: z.optional(boundedArray(isoDateSchema, 1000)),
      violationOn: z.optional(isoDateSchema),
      relatedToOfficialDuty: z.optional(z.boolean()),
      selfReportedAndRemedied: z.optional(z.boolean()),
      countedInYear: z.optional(z.number().check(z.int(), z.gte(1930), z.lte(9999))),
      atPreviousUnit: z.optional(z.boolean()),
    })
    .check(z.superRefine((d, ctx) => {
      const order = (path: (string | number)[], m: Label) => addRuleIssue(ctx, path, { nq4Code: 'date_order', messageVi: m.vi, messageEn: m.en });
      if (before(d.announcedOn, d.decidedOn)) order(['announcedOn'], V.announcedOn);
      if (before(d.decidedOn, d.violationOn)) order(['decidedOn'], V.decidedOn);
      const announced = d.announcedOn ?? d.decidedOn;
      if (before(announced, d.changesDecisionAnnouncedOn)) order(['changesDecisionAnnouncedOn'], V.changesDecisionAnnouncedOn);
      if (d.complaint) {
        if (before(d.complaint.filedOn, announced)) order(['complaint', 'filedOn'], V.filedOn);
        if (before(d.complaint.resolvedOn, d.complaint.filedOn)) order(['complaint', 'resolvedOn'], V.resolvedOn);
      }
      if (!formAllowedFor(d.subject, d.form)) {
        const m = FORM_VALIDATION_MESSAGES.formNotInSubjectList;
        addRuleIssue(ctx, ['form'], { nq4Code: 'rule_violation', messageVi: m.vi, messageEn: m.en, source: SRC.charter35 });
      }
    }),
  ),
);

/** `GetDisciplineEffectsOptions`, checked. @internal */
export const disciplineEffectsOptionsSchema = /* @__PURE__ */ z.lazy(() => z.strictObject({ on: isoDateSchema, endsOnAnniversary: z.optional(z.boolean()), assumeContinuity: z.optional(z.boolean()) }));

/**
 * What a disciplinary decision means on a given day: still in effect or expired (12 months after
 * announcement under QĐ 69, unless a complaint, reoffence or new violation; never for khai trừ or
 * giải tán), the bars in force (the one-year bar after cách chức; planning and appointment periods
 * as cited parameters), and the facts to hand to the rating area.
 *
 * @example
 * ```ts
 * import { getDisciplineEffects } from 'nq4';
 * const d = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' } as const;
 * getDisciplineEffects(d, { on: '2023-12-31' }).status; // 'inEffect'
 * getDisciplineEffects(d, { on: '2024-01-05' }).status; // 'expired'
 * getDisciplineEffects(d, { on: '2024-01-05' }).expiresOn; // '2024-01-05'
 * ```
 * @throws {@link Nq4Error} for bad dates, dates out of order, unknown codes, or a form outside the subject's list.
 * @category Discipline
 */
export function getDisciplineEffects(decision: DisciplineDecision, options: GetDisciplineEffectsOptions): DisciplineEffectsResult {
  const d = parseInput(disciplineDecisionSchema, decision);
  const o = parseInput(disciplineEffectsOptionsSchema, options, ['options']);
  const onAnniversary = o.endsOnAnniversary ?? true;
  const ctx: EffectsContext = {
    d,
    on: o.on,
    assumeContinuity: o.assumeContinuity ?? false,
    end: (from, months) => {
      const a = addMonths(from, months);
      return onAnniversary ? a : addDays(a, 1);
    },
    reasons: [],
    caveats: [],
    applied: [],
  };
  const announced = d.announcedOn ?? d.decidedOn;
  ctx.reasons.push({
    code: 'effectiveOnAnnouncement',
    text: M.effectiveOnAnnouncement(DISCIPLINE_FORM_LABELS[d.form], announced, d.announcedOn === undefined),
    citations: [SRC.charter39c6],
  });
  const { status, expiresOn } = effectStatus(ctx, announced);
  const bars = barsOf(ctx);
  for (const b of bars) {
    ctx.reasons.push({
      code: b.code,
      text: M.bar(b.label, b.from, b.until, b.inForce),
      citations: [b.source],
    });
  }
  ctx.reasons.push(...ratingReasons(d.decidedOn));
  const explanation = explain({
    outcome: { code: status, label: M.outcome(EFFECT_STATUS_LABELS[status], o.on) },
    reasons: ctx.reasons,
    options: ctx.applied,
    caveats: [...ctx.caveats, NOT_AN_OFFICIAL_DECISION],
  });
  return deepFreeze({
    status,
    ...(status === 'unknown' ? {} : { inEffect: status === 'inEffect' || status === 'permanent' }),
    effectiveFrom: announced,
    ...(expiresOn !== undefined ? { expiresOn } : {}),
    bars,
    barsInForce: bars.filter((b) => b.inForce),
    forRating: factForRating(d),
    options: ctx.applied,
    explanation,
  });
}

type Decision = z.output<typeof disciplineDecisionSchema>;

/** What the phases of {@link getDisciplineEffects} share: the facts, the day, and what they say. */
interface EffectsContext {
  readonly d: Decision;
  readonly on: IsoDate;
  readonly assumeContinuity: boolean;
  /** The first day after `months` from `from` (O-2/O-12). */
  readonly end: (from: IsoDate, months: number) => IsoDate;
  readonly reasons: Reason[];
  readonly caveats: Label[];
  readonly applied: AppliedOption[];
}

const EFFECT_STATUS_LABELS: Readonly<Record<DecisionEffectStatus, Label>> = {
  notYetInEffect: { vi: 'chưa có hiệu lực', en: 'not yet in effect' },
  inEffect: { vi: 'đang có hiệu lực', en: 'in effect' },
  expired: { vi: 'đã đương nhiên chấm dứt hiệu lực', en: 'lapsed (no longer in effect)' },
  permanent: { vi: 'có hiệu lực, không đương nhiên chấm dứt', en: 'in effect, never lapses' },
  unknown: { vi: 'chưa xác định được', en: 'unknown' },
};

/** Whether the decision has effect on the day asked about, and when it lapses (§5.1). */
function effectStatus(ctx: EffectsContext, announced: IsoDate): { status: DecisionEffectStatus; expiresOn?: IsoDate } {
  const { d, reasons } = ctx;
  if (ctx.on < announced) return { status: 'notYetInEffect' };
  if (d.form === 'expulsion' || d.form === 'dissolution') {
    reasons.push({
      code: 'neverExpires',
      text: M.neverExpires(DISCIPLINE_FORM_LABELS[d.form]),
      citations: [SRC.qd69art2c5],
    });
    return { status: 'permanent' };
  }
  if (d.complaint && d.complaint.resolvedOn === undefined) {
    reasons.push({
      code: 'complaintPending',
      text: M.complaintPending(d.complaint.filedOn),
      citations: [SRC.qd69art2c5],
    });
    return { status: 'inEffect' };
  }
  return lapse(ctx, d.complaint?.resolvedOn ?? announced);
}

/** The expiry rule of the rule set in force on `from` (the announcement, or the complaint decision). */
function lapse(ctx: EffectsContext, announcedFrom: IsoDate): { status: DecisionEffectStatus; expiresOn?: IsoDate } {
  const { d, reasons, caveats } = ctx;
  let from = announcedFrom;
  const regime = ruleOn(EXPIRY_WRITERS, 'expiry', from);
  if (d.changesDecisionAnnouncedOn !== undefined) {
    if (regime?.changedFormCountsServedTime) {
      from = d.changesDecisionAnnouncedOn;
      reasons.push({
        code: 'changedFormCountsServedTime',
        text: M.changedFormCountsServedTime(from),
        citations: [regime.changedFormCountsServedTime],
      });
      caveats.push(M.servedSummary);
    } else {
      caveats.push(M.servedQd69Only);
    }
  }
  let months = regime && regime.subjects.includes(d.subject) ? regime.months : undefined;
  let source = regime?.source;
  if (months === undefined && ctx.assumeContinuity) {
    months = 12;
    source = SRC.qd69art2c5;
    ctx.applied.push({
      name: 'assumeContinuity',
      value: true,
      effect: M.option(regime?.label),
    });
    caveats.push(M.continuity);
  }
  if (months === undefined || source === undefined) {
    reasons.push({
      code: 'expiryTextNotSeen',
      text: M.expiryTextNotSeen(from, regime?.label),
      citations: regime?.source ? [regime.source] : [],
    });
    return { status: 'unknown' };
  }
  const candidate = ctx.end(from, months);
  const blocking = (d.laterViolationsOn ?? []).filter((v) => v >= from && v < candidate).sort();
  if (blocking.length > 0) {
    reasons.push({
      code: 'newViolationWithinTwelveMonths',
      text: M.newViolationWithinTwelveMonths(blocking[0] as IsoDate),
      citations: [source],
    });
    return { status: 'inEffect' };
  }
  reasons.push({
    code: 'expiry',
    text: M.expiry(months, from, d.complaint !== undefined, candidate),
    citations: [source],
  });
  return { status: ctx.on >= candidate ? 'expired' : 'inEffect', expiresOn: candidate };
}

/** The bars that follow from the decision: the Charter's one year after cách chức, then planning (O-15). */
function barsOf(ctx: EffectsContext): DisciplineBar[] {
  const { d } = ctx;
  const bars: DisciplineBar[] = [];
  const inForce = (from: IsoDate, until?: IsoDate) => from <= ctx.on && (until === undefined || ctx.on < until);
  if (d.subject === 'officialMember' && d.form === 'removalFromPost') {
    const until = ctx.end(d.decidedOn, 12);
    bars.push({
      code: 'noElectionOrEquivalentAppointment',
      label: M.noElectionOrEquivalentAppointment,
      from: d.decidedOn,
      until,
      inForce: inForce(d.decidedOn, until),
      hardGate: true,
      source: SRC.charter40c3,
    });
  }
  if (d.subject === 'organization' || d.form === 'expulsion') return bars;
  const rule = ruleOn(PLANNING_WRITERS, 'planning', d.decidedOn);
  const months = rule?.months[d.form];
  if (!rule || months === undefined) return bars;
  const until = ctx.end(d.decidedOn, months);
  bars.push({
    code: rule.code,
    label:
      rule.code === 'noPlanningOrHigherAppointment'
        ? M.noPlanningOrHigherAppointment(months, rule.atLeast === true)
        : M.mayBeConsideredForHigherPostAfter(months),
    from: d.decidedOn,
    until,
    inForce: inForce(d.decidedOn, until),
    hardGate: false,
    source: rule.source,
  });
  if (rule.removeFromPlanning) {
    bars.push({
      code: 'removeFromPlanning',
      label: M.removeFromPlanning,
      from: d.decidedOn,
      inForce: inForce(d.decidedOn),
      hardGate: false,
      source: rule.removeFromPlanning,
    });
  }
  if (rule.datingCaveat) ctx.caveats.push(rule.datingCaveat);
  ctx.caveats.push(M.planning);
  return bars;
}

/** The facts handed to the rating area, exactly as given. */
function factForRating(d: Decision): DisciplineFactForRating {
  return {
    form: d.form,
    decidedOn: d.decidedOn,
    ...(d.violationOn !== undefined ? { violationOn: d.violationOn } : {}),
    ...(d.relatedToOfficialDuty !== undefined ? { relatedToOfficialDuty: d.relatedToOfficialDuty } : {}),
    ...(d.selfReportedAndRemedied !== undefined ? { selfReportedAndRemedied: d.selfReportedAndRemedied } : {}),
    ...(d.countedInYear !== undefined ? { countedInYear: d.countedInYear } : {}),
    ...(d.atPreviousUnit !== undefined ? { atPreviousUnit: d.atPreviousUnit } : {}),
  };
}

/** True when a clause is in force on a day: its own dates, else its document's (written once, there). */
function citedOn(c: Citation, date: IsoDate): boolean {
  const from = c.effectiveFrom ?? c.document.effectiveFrom ?? c.document.signedOn;
  return (from === undefined || from <= date) && (c.effectiveTo === undefined || date <= c.effectiveTo);
}

/** How the rating counts the discipline: once, in a year the rating decides. */
function ratingReasons(decidedOn: IsoDate): Reason[] {
  // HD 21 Mục II điểm B tiết 2 (quoted) says "chỉ tính một lần" for its years only; no other
  // version's wording was seen (rating.md §7.1), so elsewhere it is carried over by inference.
  const hd21Years = citedOn(SRC.hd21rating, decidedOn);
  return [
    {
      code: 'rating',
      text: M.rating,
      citations: [hd21Years ? SRC.hd21rating : SRC.onceCarriedOver],
    },
    {
      code: 'ratingYear',
      text: M.ratingYear,
      citations: citedOn(SRC.qd366art11, decidedOn) ? [SRC.qd366art11] : [],
    },
  ];
}

/**
 * {@link getDisciplineEffects} returning a {@link SafeResult} instead of throwing on bad input.
 *
 * @example
 * ```ts
 * import { safeGetDisciplineEffects } from 'nq4';
 * safeGetDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2023-02-30' }, { on: '2024-01-01' }).success; // false
 * ```
 * @category Discipline
 */
export function safeGetDisciplineEffects(decision: DisciplineDecision, options: GetDisciplineEffectsOptions): SafeResult<DisciplineEffectsResult> {
  return toSafe(() => getDisciplineEffects(decision, options));
}

/**
 * @deprecated Use {@link getDisciplineEffects}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { disciplineEffects, getDisciplineEffects } from 'nq4';
 * disciplineEffects === getDisciplineEffects; // true
 * ```
 * @category Discipline
 */
export const disciplineEffects: typeof getDisciplineEffects = getDisciplineEffects;

/**
 * @deprecated Use {@link safeGetDisciplineEffects}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { safeDisciplineEffects, safeGetDisciplineEffects } from 'nq4';
 * safeDisciplineEffects === safeGetDisciplineEffects; // true
 * ```
 * @category Discipline
 */
export const safeDisciplineEffects: typeof safeGetDisciplineEffects = safeGetDisciplineEffects;

