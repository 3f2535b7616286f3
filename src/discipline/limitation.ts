/**
 * The statute of limitations (thời hiệu kỷ luật), discipline.md §3 (status Q2):
 *
 * > "2. Thời hiệu kỷ luật được tính từ thời điểm xảy ra hành vi vi phạm đến khi tổ chức đảng có
 * > thẩm quyền kết luận vi phạm đến mức phải thi hành kỷ luật. Nếu tổ chức đảng hoặc đảng viên có
 * > hành vi vi phạm mới trong thời hạn được quy định tại Điểm a, b Khoản này thì thời hiệu kỷ luật
 * > đối với vi phạm cũ được tính lại kể từ thời điểm xảy ra hành vi vi phạm mới." (QĐ 69 Điều 4)
 *
 * The periods are data ({@link LIMITATION_RULE_SETS}); the choices the texts leave open are
 * options with documented defaults (O-1, O-2, O-4, O-6, O-7, O-9, O-17 of §8). Every option that
 * would have changed the status is named in the explanation.
 * @module
 */
import * as z from 'zod/mini';
import { yearStart, type IsoDate } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput, toSafe, type Nq4CustomParams, type SafeResult } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_SUBJECT_LABELS,
  type DisciplineForm,
  type DisciplineSubject,
} from '../i18n/vocabulary.js';
import { addDays, addMonths, dayNumber, type MonthEndConvention } from './calendar.js';
import { formAllowedFor } from './forms.js';
import {
  CONTINUITY_RULES,
  LIMITATION_EXEMPTIONS,
  limitationRuleSets,
  PRE_QD07_GAP,
  type LimitationExemption,
  type LimitationRuleSet,
  type SubjectLimitationRule,
} from './limitationRules.js';
import { addRuleIssue, before, boundedArray, formSchema, isoDateSchema, realDate, subjectSchema } from './schemas.js';
import * as SRC from './sources.js';
import { LIMITATION_MESSAGES as M, LIMITATION_OPTION_WORDS, LIMITATION_VALIDATION_MESSAGES as V } from './_messages.js';

/**
 * The limitation status of a violation at its conclusion date.
 * - `within`: concluded in time, discipline may be applied;
 * - `timeBarred`: the period ran out, the violator "không bị kỷ luật" (the form is still voted, then compared);
 * - `noLimitation`: the warranted form or the subject matter has no limitation;
 * - `unknown`: no verified text governs the case (a gap, QĐ 212).
 * @example
 * ```ts
 * import { LIMITATION_STATUS_LABELS, type LimitationStatus } from 'nq4';
 * const status: LimitationStatus = 'timeBarred';
 * LIMITATION_STATUS_LABELS[status].en; // 'time-barred'
 * ```
 * @category Discipline
 */
export type LimitationStatus = 'within' | 'timeBarred' | 'noLimitation' | 'unknown';

/**
 * Labels of the limitation statuses.
 * @example
 * ```ts
 * import { LIMITATION_STATUS_LABELS } from 'nq4';
 * LIMITATION_STATUS_LABELS.timeBarred.vi; // 'đã hết thời hiệu kỷ luật'
 * ```
 * @category Discipline
 */
export const LIMITATION_STATUS_LABELS: Readonly<Record<LimitationStatus, Label>> = /* @__PURE__ */ deepFreeze({
  within: { vi: 'còn trong thời hiệu kỷ luật', en: 'within the limitation period' },
  timeBarred: { vi: 'đã hết thời hiệu kỷ luật', en: 'time-barred' },
  noLimitation: { vi: 'không áp dụng thời hiệu kỷ luật', en: 'no limitation period applies' },
  unknown: { vi: 'chưa xác định được (chưa có văn bản đối chiếu)', en: 'unknown (no verified text)' },
});

/**
 * A period during which the clock stood still (O-17): deferral under QĐ 69 Điều 2 khoản 14
 * điểm a, b, d, or criminal investigation, prosecution and trial (HD 05, paraphrased).
 * @example
 * ```ts
 * import { checkLimitation, type ExcludedPeriod } from 'nq4';
 * const deferral: ExcludedPeriod = { from: '2023-01-01', to: '2023-01-10' };
 * const r = checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15', excludedPeriods: [deferral] });
 * r.excludedDays; // 10
 * r.deadline; // '2024-03-20'
 * ```
 * @category Discipline
 */
export interface ExcludedPeriod {
  /** First day (inclusive). */
  readonly from: IsoDate;
  /** Last day (inclusive). */
  readonly to: IsoDate;
}

/**
 * The facts of a limitation question.
 * @example
 * ```ts
 * import { checkLimitation, type LimitationInput } from 'nq4';
 * const facts: LimitationInput = { subject: 'organization', warrantedForm: 'warning', violationOn: '2015-05-20', conclusionOn: '2023-08-15' };
 * checkLimitation(facts).deadline; // '2025-05-20'
 * ```
 * @category Discipline
 */
export interface LimitationInput {
  /** Who violated. */
  readonly subject: DisciplineSubject;
  /** The form the violation warrants ("đến mức phải"), voted before mitigation (O-5). */
  readonly warrantedForm: DisciplineForm;
  /** The day of the violation (its first day when it lasted). */
  readonly violationOn: IsoDate;
  /** The day a continuing violation ended, when known (O-4). */
  readonly violationEndedOn?: IsoDate;
  /** True when the end of a continuing violation can not be fixed: QĐ 69 then counts from discovery. */
  readonly endUndeterminable?: boolean;
  /** The day the violation was discovered (needed with `endUndeterminable`). */
  readonly discoveredOn?: IsoDate;
  /** The day the competent body concluded the violation warrants discipline (O-3). */
  readonly conclusionOn: IsoDate;
  /** Days of later violations by the same subject: each within the running period restarts it (O-6). */
  readonly laterViolationsOn?: readonly IsoDate[];
  /** Subject-matter exemptions the caller asserts (O-8). `illegalDiploma` is for members only. */
  readonly exemptions?: { readonly [E in LimitationExemption]?: boolean };
  /** Periods not counted (O-17; QĐ 69 only). */
  readonly excludedPeriods?: readonly ExcludedPeriod[];
}

/**
 * Options of {@link checkLimitation}; every default is a library choice (discipline.md §8, I).
 * @example
 * ```ts
 * import { checkLimitation, type CheckLimitationOptions } from 'nq4';
 * const options: CheckLimitationOptions = { ruleSetBy: 'violationDate' };
 * const facts = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2020-01-01', conclusionOn: '2023-01-01' } as const;
 * checkLimitation(facts, options).ruleSet?.id; // 'qd102-qd07'
 * ```
 * @category Discipline
 */
export interface CheckLimitationOptions {
  /** O-1: how a 29th–31st start lands in a shorter month (default `"clamp"`). */
  readonly monthEnd?: MonthEndConvention;
  /** O-2: a conclusion on the anniversary is still within the period (default `true`). */
  readonly anniversaryInclusive?: boolean;
  /** O-4: a continuing violation with a known end counts from its end (default) or its start. */
  readonly countFrom?: 'violationEnd' | 'violationStart';
  /** O-7: the date that picks the rule set: the conclusion (default) or the violation. */
  readonly ruleSetBy?: 'conclusionDate' | 'violationDate';
  /**
   * O-7, the former name of `ruleSetBy` (read when `ruleSetBy` is absent).
   * @deprecated Use `ruleSetBy`. Will be removed in the next minor.
   */
  readonly versionBy?: 'conclusionDate' | 'violationDate';
  /** O-9: apply the QĐ 69 rules over a gap (pre-QĐ 102, pre-QĐ 07, QĐ 212) instead of answering "unknown". */
  readonly assumeContinuity?: boolean;
  /** O-9: members concluded before 15-11-2017: `"unknown"` (default) or `"noLimitation"` per a translated report. */
  readonly preQd102?: 'unknown' | 'noLimitation';
  /** Force a rule set by id (`"qd102"`, `"qd102-qd07"`, `"qd69"`, `"qd69-qd264"`) instead of choosing by date. */
  readonly ruleSet?: string;
  /**
   * The former name of `ruleSet` (read when `ruleSet` is absent).
   * @deprecated Use `ruleSet`. Will be removed in the next minor.
   */
  readonly ruleSetId?: string;
}

/**
 * @deprecated Use {@link CheckLimitationOptions}: renamed so that a function's options are named
 * `<Function>Options` (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import type { CheckLimitationOptions, LimitationOptions } from 'nq4';
 * const options: LimitationOptions = { ruleSetBy: 'violationDate' };
 * const same: CheckLimitationOptions = options;
 * same.ruleSetBy; // 'violationDate'
 * ```
 * @category Discipline
 */
export type LimitationOptions = CheckLimitationOptions;

/**
 * One later violation and what it did to the running period.
 * - `restarted`: it fell within the period, which now runs again from it;
 * - `afterDeadline`: the old violation was already time-barred, a later act can not revive it (O-6);
 * - `notAfterStart`: it is not after the day the period runs from;
 * - `afterConclusion`: it came after the conclusion and could not change it.
 * @example
 * ```ts
 * import { checkLimitation, type LimitationRestart } from 'nq4';
 * const r = checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15', laterViolationsOn: ['2021-06-01'] });
 * const [restart]: readonly LimitationRestart[] = r.restarts;
 * restart?.effect; // 'restarted'
 * restart?.deadlineAfter; // '2026-06-01'
 * ```
 * @category Discipline
 */
export interface LimitationRestart {
  /** The later violation's day. */
  readonly violationOn: IsoDate;
  /** What it did. */
  readonly effect: 'restarted' | 'afterDeadline' | 'notAfterStart' | 'afterConclusion';
  /** The deadline before this violation was considered. */
  readonly deadlineBefore: IsoDate;
  /** The deadline after it (equal to `deadlineBefore` unless restarted). */
  readonly deadlineAfter: IsoDate;
}

/**
 * The answer of {@link checkLimitation}.
 * @example
 * ```ts
 * import { checkLimitation, type LimitationResult } from 'nq4';
 * const r: LimitationResult = checkLimitation({ subject: 'officialMember', warrantedForm: 'warning', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
 * [r.status, r.periodMonths, r.countedFrom]; // ['within', 120, '2019-03-10']
 * ```
 * @category Discipline
 */
export interface LimitationResult {
  /** Within, time-barred, no limitation, or unknown. */
  readonly status: LimitationStatus;
  /** The last day on which a conclusion is still within the period (absent for no limitation or unknown). */
  readonly deadline?: IsoDate;
  /** The period in calendar months (60 or 120). */
  readonly periodMonths?: number;
  /** The day the final period runs from (the violation, its end, its discovery, or the last restart). */
  readonly countedFrom?: IsoDate;
  /** Days not counted (O-17), already added to the deadline. */
  readonly excludedDays: number;
  /** The rule set applied, absent when none covers the case. */
  readonly ruleSet?: { readonly id: string; readonly label: Label };
  /** True when the rules were applied over a gap because of `assumeContinuity`. */
  readonly assumedContinuity: boolean;
  /** Later violations in date order and what each did. */
  readonly restarts: readonly LimitationRestart[];
  /** The options that changed the status, each with what it did (the same as `explanation.options`). */
  readonly options: readonly AppliedOption[];
  /** Names of the options that changed the status (also in `options` and `explanation.options`). */
  readonly optionsThatMattered: readonly string[];
  /** The explanation in Vietnamese and English, with citations. */
  readonly explanation: Explanation;
}

const MEMBER_SUBJECTS: readonly DisciplineSubject[] = ['officialMember', 'probationaryMember'];

const exemptionsSchema = () =>
  z.strictObject(
    Object.fromEntries(LIMITATION_EXEMPTIONS.map((e) => [e, z.optional(z.boolean())])) as Record<LimitationExemption, z.ZodMiniOptional<z.ZodMiniBoolean>>,
  );

/**
 * The first day of the range the library covers: before 1930 it knows no party rule at all (the
 * rating years start in 1930 too). An earlier date is out of range, not a case to compute.
 */
const FIRST_KNOWN_DAY = /* @__PURE__ */ yearStart(1930);

/** A limitation date: a real day, not before FIRST_KNOWN_DAY. */
const limitationDate = /* @__PURE__ */ z.lazy(() =>
  isoDateSchema.check(
    z.refine((d: string) => !realDate(d) || d >= FIRST_KNOWN_DAY, {
      params: { nq4Code: 'too_small', messageVi: V.tooEarly.vi, messageEn: V.tooEarly.en } satisfies Nq4CustomParams,
    }),
  ),
);

/** `LimitationInput`, checked. @internal */
export const limitationInputSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      subject: subjectSchema,
      warrantedForm: formSchema,
      violationOn: limitationDate,
      violationEndedOn: z.optional(limitationDate),
      endUndeterminable: z.optional(z.boolean()),
      discoveredOn: z.optional(limitationDate),
      conclusionOn: limitationDate,
      laterViolationsOn: z.optional(boundedArray(limitationDate, 1000)),
      exemptions: z.optional(exemptionsSchema()),
      excludedPeriods: z.optional(boundedArray(z.strictObject({ from: limitationDate, to: limitationDate }), 1000)),
    })
    .check(z.superRefine((v, ctx) => {
      const order = (path: (string | number)[], m: Label) => addRuleIssue(ctx, path, { nq4Code: 'date_order', messageVi: m.vi, messageEn: m.en });
      if (before(v.conclusionOn, v.violationOn)) order(['conclusionOn'], V.conclusionOn);
      if (v.violationEndedOn !== undefined) {
        if (before(v.violationEndedOn, v.violationOn)) order(['violationEndedOn'], V.violationEndedOn);
        else if (before(v.conclusionOn, v.violationEndedOn)) order(['conclusionOn'], V.conclusionOnBeforeEnd);
        if (v.endUndeterminable === true) {
          const m = V.endUndeterminable;
          addRuleIssue(ctx, ['endUndeterminable'], { nq4Code: 'inconsistent', messageVi: m.vi, messageEn: m.en });
        }
      }
      if (v.endUndeterminable === true && v.discoveredOn === undefined) {
        const m = V.discoveredOnMissing;
        addRuleIssue(ctx, ['discoveredOn'], { nq4Code: 'missing', messageVi: m.vi, messageEn: m.en, source: SRC.hd05start });
      }
      if (v.discoveredOn !== undefined) {
        if (before(v.discoveredOn, v.violationOn)) order(['discoveredOn'], V.discoveredOn);
        else if (before(v.conclusionOn, v.discoveredOn)) order(['conclusionOn'], V.conclusionOnBeforeDiscovery);
      }
      v.laterViolationsOn?.forEach((d, i) => {
        if (d === v.violationOn || before(d, v.violationOn)) order(['laterViolationsOn', i], V.laterViolationsOn);
      });
      v.excludedPeriods?.forEach((p, i) => {
        if (before(p.to, p.from)) order(['excludedPeriods', i, 'to'], V.excludedPeriods);
      });
      if (!formAllowedFor(v.subject, v.warrantedForm)) {
        const toRolls = v.subject === 'probationaryMember' && v.warrantedForm === 'expulsion';
        const m = V.warrantedForm(DISCIPLINE_FORM_LABELS[v.warrantedForm], DISCIPLINE_SUBJECT_LABELS[v.subject], toRolls);
        const params: Nq4CustomParams = {
          nq4Code: 'rule_violation',
          messageVi: m.vi,
          messageEn: m.en,
          source: toRolls ? SRC.qd30art35probationary : SRC.charter35,
        };
        addRuleIssue(ctx, ['warrantedForm'], params);
      }
      if (v.subject === 'organization' && v.exemptions?.illegalDiploma !== undefined) {
        const m = V.illegalDiploma;
        addRuleIssue(ctx, ['exemptions', 'illegalDiploma'], { nq4Code: 'not_applicable', messageVi: m.vi, messageEn: m.en, source: SRC.qd69art4org });
      }
    }),
  ),
);

const limitationRuleSetIds = (): string => limitationRuleSets.ruleSets.map((r) => r.id).join(', ');

const ruleSetByEnum = () => z.enum(['conclusionDate', 'violationDate']);
const knownRuleSetId = () => {
  const m = V.ruleSet(limitationRuleSetIds());
  return z.string().check(
    z.refine((id: string) => limitationRuleSets.ruleSets.some((r) => r.id === id), {
      params: { nq4Code: 'unknown_id', messageVi: m.vi, messageEn: m.en } satisfies Nq4CustomParams,
    }),
  );
};

/** `CheckLimitationOptions`, checked (the deprecated `versionBy` and `ruleSetId` too); absent is fine. @internal */
export const limitationOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      monthEnd: z.optional(z.enum(['clamp', 'nextDay'])),
      anniversaryInclusive: z.optional(z.boolean()),
      countFrom: z.optional(z.enum(['violationEnd', 'violationStart'])),
      ruleSetBy: z.optional(ruleSetByEnum()),
      versionBy: z.optional(ruleSetByEnum()),
      assumeContinuity: z.optional(z.boolean()),
      preQd102: z.optional(z.enum(['unknown', 'noLimitation'])),
      ruleSet: z.optional(knownRuleSetId()),
      ruleSetId: z.optional(knownRuleSetId()),
    }),
  ),
);

type Facts = z.output<typeof limitationInputSchema>;
interface Resolved {
  readonly monthEnd: MonthEndConvention;
  readonly anniversaryInclusive: boolean;
  readonly countFrom: 'violationEnd' | 'violationStart';
  readonly ruleSetBy: 'conclusionDate' | 'violationDate';
  /** The name the caller gave the O-7 choice (`versionBy` until the alias goes, when neither was given). */
  readonly ruleSetByName: 'ruleSetBy' | 'versionBy';
  readonly assumeContinuity: boolean;
  readonly preQd102: 'unknown' | 'noLimitation';
  readonly ruleSet: string | undefined;
}

interface Core {
  status: LimitationStatus;
  deadline?: IsoDate;
  periodMonths?: number;
  countedFrom?: IsoDate;
  excludedDays: number;
  ruleSet?: LimitationRuleSet;
  assumedContinuity: boolean;
  restarts: LimitationRestart[];
  reasons: Reason[];
  caveats: Label[];
}

/** Merges periods into disjoint, sorted day-number intervals. */
function mergedPeriods(periods: readonly ExcludedPeriod[]): { from: number; to: number }[] {
  const sorted = periods
    .map((p) => ({ from: dayNumber(p.from), to: dayNumber(p.to) }))
    .filter((p) => p.to >= p.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && p.from <= last.to + 1) {
      if (p.to > last.to) last.to = p.to;
    } else merged.push({ from: p.from, to: p.to });
  }
  return merged;
}

/** Days of the merged intervals that fall within [from, to] (inclusive day numbers). */
function daysWithin(intervals: readonly { from: number; to: number }[], from: number, to: number): number {
  let total = 0;
  for (const p of intervals) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to, to);
    if (b >= a) total += b - a + 1;
  }
  return total;
}

/**
 * Walks the clock (O-17, discipline.md §3.4): a paused day only counts while the period is still
 * running, i.e. between the counting start and the running deadline, and never after the
 * conclusion. The deadline is extended by the paused days found, then re-examined until stable
 * (monotone, so it converges to the first day on which the unpaused days reach the period).
 */
function pausedDeadline(
  periods: readonly ExcludedPeriod[] | undefined,
  start: IsoDate,
  unpausedDeadline: IsoDate,
  conclusionOn: IsoDate,
): { deadline: IsoDate; excluded: number } {
  if (!periods || periods.length === 0) return { deadline: unpausedDeadline, excluded: 0 };
  const intervals = mergedPeriods(periods);
  const from = dayNumber(start);
  const cap = dayNumber(conclusionOn);
  const base = dayNumber(unpausedDeadline);
  let excluded = 0;
  for (;;) {
    const next = daysWithin(intervals, from, Math.min(base + excluded, cap));
    if (next === excluded) break;
    excluded = next;
  }
  return { deadline: addDays(unpausedDeadline, excluded), excluded };
}

function isMember(subject: DisciplineSubject): boolean {
  return MEMBER_SUBJECTS.includes(subject);
}

function evaluate(f: Facts, o: Resolved): Core {
  const notes: Notes = { reasons: [], caveats: [] };
  const chosen = chooseRule(f, o, notes);
  if ('core' in chosen) return chosen.core;
  const { rule, ruleSet, assumedContinuity } = chosen;
  // One object shape for every outcome (no spreads: this is the hot path of a batch).
  const base = (status: LimitationStatus): Core => {
    const out: Core = { status, excludedDays: 0, assumedContinuity, restarts: [], reasons: notes.reasons, caveats: notes.caveats };
    if (ruleSet) out.ruleSet = ruleSet;
    return out;
  };
  if (exempt(f, rule, notes)) return base('noLimitation');
  const months = rule.periodMonths[f.warrantedForm];
  // Unreachable after validation: every allowed form has a period or no limitation.
  if (months === undefined) return base('unknown');
  notes.reasons.push({
    code: 'period',
    text: M.period(DISCIPLINE_FORM_LABELS[f.warrantedForm], months),
    citations: [rule.periodSource],
  });
  const start = periodStart(f, o, rule, notes);
  const walked = walkRestarts(f, o, rule, months, start, notes);
  const concluded = conclude(f, rule, walked.current, notes);
  const out = base(concluded.status);
  out.deadline = concluded.deadline;
  out.periodMonths = months;
  out.countedFrom = walked.start;
  out.excludedDays = walked.current.excluded;
  out.restarts = walked.restarts;
  return out;
}

/** The reasons and caveats the phases of {@link evaluate} add, in order. */
interface Notes {
  readonly reasons: Reason[];
  readonly caveats: Label[];
}

type Chosen =
  | { readonly core: Core }
  | { readonly rule: SubjectLimitationRule; readonly ruleSet: LimitationRuleSet | undefined; readonly assumedContinuity: boolean };

/**
 * The rule set (O-7, or the one forced) and the subject's rule in it; over a gap, the answer
 * "unknown", the pre-QĐ 102 choice (O-9) or the QĐ 69 rules when continuity is assumed.
 */
function chooseRule(f: Facts, o: Resolved, notes: Notes): Chosen {
  const { reasons, caveats } = notes;
  const member = isMember(f.subject);
  const basis = o.ruleSetBy === 'conclusionDate' ? f.conclusionOn : f.violationOn;
  const basisWords = o.ruleSetBy === 'conclusionDate' ? M.conclusionDate : M.violationDate;
  let ruleSet: LimitationRuleSet | undefined;
  if (o.ruleSet !== undefined) ruleSet = limitationRuleSets.byId(o.ruleSet);
  else {
    const res = limitationRuleSets.resolve(basis);
    if (res.found) ruleSet = res.ruleSet;
  }
  const rule = ruleSet ? (member ? ruleSet.members : ruleSet.organizations) : undefined;
  if (rule) {
    if (ruleSet) {
      reasons.push({
        code: 'ruleSet',
        text: M.ruleSet(ruleSet.label, basisWords, basis),
        citations: ruleSet.sources,
      });
    }
    return { rule, ruleSet, assumedContinuity: false };
  }
  const gap: Label = ruleSet?.gapReason ?? (member ? M.preQd102Gap : PRE_QD07_GAP);
  if (member && !ruleSet && o.preQd102 === 'noLimitation') {
    reasons.push({
      code: 'preQd102NoLimitation',
      text: M.preQd102NoLimitation(gap),
      citations: [SRC.preQd102],
    });
    caveats.push(M.translated);
    return { core: { status: 'noLimitation', excludedDays: 0, assumedContinuity: false, restarts: [], reasons, caveats } };
  }
  if (!o.assumeContinuity) {
    reasons.push({
      code: 'noVerifiedText',
      text: M.noVerifiedText(gap, basisWords, basis),
      citations: ruleSet ? ruleSet.sources : [],
    });
    const core: Core = { status: 'unknown', excludedDays: 0, assumedContinuity: false, restarts: [], reasons, caveats };
    if (ruleSet) core.ruleSet = ruleSet;
    return { core };
  }
  caveats.push(M.continuity(gap));
  return { rule: member ? CONTINUITY_RULES.members : CONTINUITY_RULES.organizations, ruleSet, assumedContinuity: true };
}

/** True when the warranted form or the subject matter has no limitation (the reason is added). */
function exempt(f: Facts, rule: SubjectLimitationRule, notes: Notes): boolean {
  if (rule.noLimitationForms.includes(f.warrantedForm)) {
    notes.reasons.push({
      code: 'noLimitationForm',
      text: M.noLimitationForm(DISCIPLINE_FORM_LABELS[f.warrantedForm]),
      citations: [rule.exemptSource],
    });
    return true;
  }
  const applicable = LIMITATION_EXEMPTIONS.filter((e) => f.exemptions?.[e] === true && rule.exemptions.includes(e));
  if (applicable.length === 0) return false;
  notes.reasons.push({
    code: 'exemptSubjectMatter',
    text: M.exemptSubjectMatter(applicable.map((e) => LIMITATION_EXEMPTION_LABELS[e])),
    citations: [rule.exemptSource],
  });
  return true;
}

/** The day the period runs from (O-4): the violation, the end of a continuing one, or its discovery. */
function periodStart(f: Facts, o: Resolved, rule: SubjectLimitationRule, notes: Notes): IsoDate {
  const { reasons, caveats } = notes;
  let start: IsoDate = f.violationOn;
  if (f.violationEndedOn !== undefined && f.violationEndedOn !== f.violationOn && o.countFrom === 'violationEnd') {
    start = f.violationEndedOn;
    reasons.push({
      code: 'startAtEnd',
      text: M.startAtEnd(start),
      citations: [rule.continuingSource],
    });
  } else if (f.endUndeterminable === true && f.discoveredOn !== undefined) {
    if (rule.discoveryStart) {
      start = f.discoveredOn;
      reasons.push({
        code: 'startAtDiscovery',
        text: M.startAtDiscovery(start),
        citations: [SRC.hd05start],
      });
    } else {
      caveats.push(M.discoveryQd69Only);
    }
  }
  if (start === f.violationOn) {
    reasons.push({
      code: 'start',
      text: M.start(start),
      citations: [rule.restartSource],
    });
  }
  if (rule.continuingSource.status !== 'quoted' && rule.continuingSource.status !== 'quotedSecondHand' && start !== f.violationOn) {
    caveats.push(M.startSummary);
  }
  return start;
}

interface Deadline {
  readonly deadline: IsoDate;
  readonly excluded: number;
}

/** The running deadline, restarted by each later violation within it (O-6), with paused days (O-17). */
function walkRestarts(
  f: Facts,
  o: Resolved,
  rule: SubjectLimitationRule,
  months: number,
  from: IsoDate,
  notes: Notes,
): { start: IsoDate; current: Deadline; restarts: LimitationRestart[] } {
  const { reasons, caveats } = notes;
  const periods = rule.excludedPeriods ? f.excludedPeriods : undefined;
  if (!rule.excludedPeriods && f.excludedPeriods && f.excludedPeriods.length > 0) {
    caveats.push(M.excludedQd69Only);
  }
  const deadlineFrom = (s: IsoDate): Deadline => {
    const anniversary = addMonths(s, months, o.monthEnd);
    const last = o.anniversaryInclusive ? anniversary : addDays(anniversary, -1);
    return pausedDeadline(periods, s, last, f.conclusionOn);
  };
  let start = from;
  let current = deadlineFrom(start);
  const restarts: LimitationRestart[] = [];
  for (const d of [...(f.laterViolationsOn ?? [])].sort()) {
    const before = current.deadline;
    if (d > f.conclusionOn) {
      restarts.push({ violationOn: d, effect: 'afterConclusion', deadlineBefore: before, deadlineAfter: before });
    } else if (d <= start) {
      restarts.push({ violationOn: d, effect: 'notAfterStart', deadlineBefore: before, deadlineAfter: before });
    } else if (d <= current.deadline) {
      start = d;
      current = deadlineFrom(start);
      restarts.push({ violationOn: d, effect: 'restarted', deadlineBefore: before, deadlineAfter: current.deadline });
      reasons.push({
        code: 'restart',
        text: M.restart(d, before, current.deadline),
        citations: [rule.restartSource],
      });
    } else {
      restarts.push({ violationOn: d, effect: 'afterDeadline', deadlineBefore: before, deadlineAfter: before });
      reasons.push({
        code: 'noRestart',
        text: M.noRestart(d, before),
        citations: [rule.restartSource],
      });
    }
  }
  return { start, current, restarts };
}

/** Within or time-barred: the conclusion against the final deadline. */
function conclude(f: Facts, rule: SubjectLimitationRule, current: Deadline, notes: Notes): { status: LimitationStatus; deadline: IsoDate } {
  const { reasons, caveats } = notes;
  if (current.excluded > 0) {
    reasons.push({
      code: 'excludedPeriods',
      text: M.excludedPeriods(current.excluded),
      citations: [SRC.hd05excluded, SRC.excludedExtendsDeadline],
    });
    caveats.push(M.excludedSummary);
  }
  const within = f.conclusionOn <= current.deadline;
  reasons.push({
    code: within ? 'concludedInTime' : 'concludedLate',
    text: within ? M.concludedInTime(f.conclusionOn, current.deadline) : M.concludedLate(f.conclusionOn, current.deadline),
    citations: current.excluded > 0 ? [rule.restartSource, SRC.excludedExtendsDeadline] : [rule.restartSource],
  });
  if (!within) {
    caveats.push(M.stillVoted);
  }
  return { status: within ? 'within' : 'timeBarred', deadline: current.deadline };
}

/**
 * Labels of the subject-matter exemptions.
 * @example
 * ```ts
 * import { LIMITATION_EXEMPTION_LABELS } from 'nq4';
 * Object.keys(LIMITATION_EXEMPTION_LABELS).length; // 3
 * ```
 * @category Discipline
 */
export const LIMITATION_EXEMPTION_LABELS: Readonly<Record<LimitationExemption, Label>> = /* @__PURE__ */ deepFreeze({
  internalPolitics: { vi: 'vi phạm về chính trị nội bộ', en: 'internal political security' },
  defenceSecurityForeignHarmingNationalInterest: {
    vi: 'vi phạm về quốc phòng, an ninh, đối ngoại có xâm hại đến lợi ích quốc gia',
    en: 'defence, security or foreign affairs harming the national interest',
  },
  illegalDiploma: { vi: 'sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp', en: 'use of illegal diplomas or certificates' },
});

interface Alternative {
  /** Never `ruleSet` / `ruleSetId`: a rule set the caller forces has no alternative to compare. */
  readonly name: Exclude<keyof CheckLimitationOptions, 'ruleSet' | 'ruleSetId'> | 'excludedPeriods';
  readonly value: string | boolean;
  readonly altValue: string | boolean;
  readonly facts?: Facts;
  readonly options: Resolved;
}

function alternatives(f: Facts, o: Resolved): Alternative[] {
  const out: Alternative[] = [
    { name: 'monthEnd', value: o.monthEnd, altValue: o.monthEnd === 'clamp' ? 'nextDay' : 'clamp', options: { ...o, monthEnd: o.monthEnd === 'clamp' ? 'nextDay' : 'clamp' } },
    { name: 'anniversaryInclusive', value: o.anniversaryInclusive, altValue: !o.anniversaryInclusive, options: { ...o, anniversaryInclusive: !o.anniversaryInclusive } },
    { name: 'assumeContinuity', value: o.assumeContinuity, altValue: !o.assumeContinuity, options: { ...o, assumeContinuity: !o.assumeContinuity } },
    { name: 'preQd102', value: o.preQd102, altValue: o.preQd102 === 'unknown' ? 'noLimitation' : 'unknown', options: { ...o, preQd102: o.preQd102 === 'unknown' ? 'noLimitation' : 'unknown' } },
  ];
  if (f.violationEndedOn !== undefined) {
    const alt = o.countFrom === 'violationEnd' ? 'violationStart' : 'violationEnd';
    out.push({ name: 'countFrom', value: o.countFrom, altValue: alt, options: { ...o, countFrom: alt } });
  }
  if (o.ruleSet === undefined) {
    const alt = o.ruleSetBy === 'conclusionDate' ? 'violationDate' : 'conclusionDate';
    out.push({ name: o.ruleSetByName, value: o.ruleSetBy, altValue: alt, options: { ...o, ruleSetBy: alt } });
  }
  if (f.excludedPeriods && f.excludedPeriods.length > 0) {
    const { excludedPeriods: _dropped, ...rest } = f;
    out.push({ name: 'excludedPeriods', value: true, altValue: false, facts: rest, options: o });
  }
  return out;
}

/**
 * Is a violation still within the statute of limitations (thời hiệu kỷ luật) on the day the
 * competent body concludes it warrants discipline? Picks the rule set by the conclusion date
 * (O-7), counts calendar months with a month-end clamp (O-1), treats the anniversary as the last
 * day (O-2), restarts the period for each later violation that falls within it (O-6), and answers
 * `"unknown"` where the reference has no verified text (members before 15-11-2017, organizations
 * before 28-08-2018, QĐ 212) unless `assumeContinuity` is set.
 *
 * @example
 * ```ts
 * import { checkLimitation } from 'nq4';
 * const r = checkLimitation({
 *   subject: 'officialMember',
 *   warrantedForm: 'reprimand',
 *   violationOn: '2019-03-10',
 *   conclusionOn: '2023-08-15',
 * });
 * r.status; // 'within'
 * r.deadline; // '2024-03-10'
 * r.ruleSet?.id; // 'qd69'
 * ```
 * @throws {@link Nq4Error} naming the field and rule: `date_order` (a conclusion before the
 *   violation), `invalid_date` (30-02), `invalid_value` (unknown codes), `rule_violation` (a form
 *   outside the subject's list, a non-disciplinary measure), `not_applicable` (`illegalDiploma` for
 *   an organization), `unknown_id` (a bad `ruleSet`).
 * @category Discipline
 */
export function checkLimitation(input: LimitationInput, options?: CheckLimitationOptions): LimitationResult {
  const f = parseInput(limitationInputSchema, input);
  const raw = parseInput(limitationOptionsSchema, options, ['options']);
  const o: Resolved = {
    monthEnd: raw?.monthEnd ?? 'clamp',
    anniversaryInclusive: raw?.anniversaryInclusive ?? true,
    countFrom: raw?.countFrom ?? 'violationEnd',
    ruleSetBy: raw?.ruleSetBy ?? raw?.versionBy ?? 'conclusionDate',
    ruleSetByName: raw?.ruleSetBy !== undefined ? 'ruleSetBy' : 'versionBy',
    assumeContinuity: raw?.assumeContinuity ?? false,
    preQd102: raw?.preQd102 ?? 'unknown',
    ruleSet: raw?.ruleSet ?? raw?.ruleSetId,
  };
  const core = evaluate(f, o);
  const applied: AppliedOption[] = [];
  for (const alt of alternatives(f, o)) {
    const other = evaluate(alt.facts ?? f, alt.options);
    if (other.status === core.status) continue;
    const words = LIMITATION_OPTION_WORDS[alt.name];
    applied.push({
      name: alt.name,
      value: alt.value,
      effect: M.option(words(alt.value), words(alt.altValue), LIMITATION_STATUS_LABELS[other.status], other.deadline),
    });
  }
  if (applied.some((a) => a.name === 'excludedPeriods')) {
    core.caveats.push(M.onlyByExcluded);
  }
  const ruleSet = core.ruleSet ? { id: core.ruleSet.id, label: core.ruleSet.label } : undefined;
  const explanation = explain({
    outcome: { code: core.status, label: LIMITATION_STATUS_LABELS[core.status] },
    ...(ruleSet ? { ruleSet } : {}),
    reasons: core.reasons,
    options: applied,
    caveats: [...core.caveats, NOT_AN_OFFICIAL_DECISION],
  });
  const result: LimitationResult = {
    status: core.status,
    ...(core.deadline !== undefined ? { deadline: core.deadline } : {}),
    ...(core.periodMonths !== undefined ? { periodMonths: core.periodMonths } : {}),
    ...(core.countedFrom !== undefined ? { countedFrom: core.countedFrom } : {}),
    excludedDays: core.excludedDays,
    ...(ruleSet ? { ruleSet } : {}),
    assumedContinuity: core.assumedContinuity,
    restarts: core.restarts,
    options: applied,
    optionsThatMattered: applied.map((a) => a.name),
    explanation,
  };
  return deepFreeze(result);
}

/**
 * {@link checkLimitation} returning a {@link SafeResult} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeCheckLimitation } from 'nq4';
 * const r = safeCheckLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2023-02-30', conclusionOn: '2024-01-01' });
 * r.success; // false
 * ```
 * @category Discipline
 */
export function safeCheckLimitation(input: LimitationInput, options?: CheckLimitationOptions): SafeResult<LimitationResult> {
  return toSafe(() => checkLimitation(input, options));
}

/**
 * @deprecated Use {@link checkLimitation}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { limitation, checkLimitation } from 'nq4';
 * limitation === checkLimitation; // true
 * ```
 * @category Discipline
 */
export const limitation: typeof checkLimitation = checkLimitation;

/**
 * @deprecated Use {@link safeCheckLimitation}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { safeLimitation, safeCheckLimitation } from 'nq4';
 * safeLimitation === safeCheckLimitation; // true
 * ```
 * @category Discipline
 */
export const safeLimitation: typeof safeCheckLimitation = safeCheckLimitation;

