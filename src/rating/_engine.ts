/**
 * Shared machinery of the rating rule sets: level bit masks, the trace, counting rules that are
 * the same arithmetic in every version (percent thresholds, the 6-month cut-off, which
 * disciplines count in a year). The thresholds themselves live in each rule-set module.
 * @internal
 */
import { daysInMonth, toIsoDate, type IsoDate } from '../_lib/dates.js';
import type { Reason } from '../explain/explanation.js';
import type { Label } from '../i18n/label.js';
import { formatNumberVi } from '../i18n/format.js';
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORM_SEVERITY, RATING_LEVELS, type DisciplineForm, type RatingLevel } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';
import { ENGINE_MESSAGES } from './ruleSets/_messages.js';
import type {
  RatingDisciplineFact,
  RatingEvaluation,
  ResolvedRatingOptions,
  RatingTaskCounts,
  RatingTrace,
  VersionLevelLabel,
} from './types.js';

export const EXCELLENT = 1;
export const GOOD = 2;
export const SATISFACTORY = 4;
export const UNSATISFACTORY = 8;
export const ALL_LEVELS = 15;
export const LEVEL_BITS: readonly number[] = [EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY];

/** Bit of a level. */
export function bitOf(level: RatingLevel): number {
  return level === 'excellent' ? EXCELLENT : level === 'good' ? GOOD : level === 'satisfactory' ? SATISFACTORY : UNSATISFACTORY;
}

/** Mask of a level and every level below it. */
export function atMost(level: RatingLevel): number {
  return level === 'excellent' ? ALL_LEVELS : level === 'good' ? 14 : level === 'satisfactory' ? 12 : 8;
}

/** Levels of a mask, best first. */
export function levelsOf(mask: number): RatingLevel[] {
  const out: RatingLevel[] = [];
  for (let i = 0; i < 4; i++) if (mask & (LEVEL_BITS[i] as number)) out.push(RATING_LEVELS[i] as RatingLevel);
  return out;
}

/** The single level of a one-bit mask, or undefined. */
export function singleLevel(mask: number): RatingLevel | undefined {
  switch (mask) {
    case EXCELLENT:
      return 'excellent';
    case GOOD:
      return 'good';
    case SATISFACTORY:
      return 'satisfactory';
    case UNSATISFACTORY:
      return 'unsatisfactory';
    default:
      return undefined;
  }
}

/** A fresh trace. */
export function newTrace(): RatingTrace {
  return { reasons: [], blocked: [], missing: [], unverified: [], caveats: [], options: [], notRatedReason: undefined, reviewRequired: undefined, notRatedBasis: undefined };
}

/** How firmly the citations of a rule know it: the weakest of them (inferred < paraphrased < quoted). */
export function basisOf(citations: readonly Citation[]): 'quoted' | 'paraphrased' | 'inferred' {
  let basis: 'quoted' | 'paraphrased' | 'inferred' = 'quoted';
  for (const c of citations) {
    if (c.status === 'inferred' || c.status === 'unverified') return 'inferred';
    if (c.status === 'paraphrased' || c.status === 'reported' || c.status === 'secondaryPractice') basis = 'paraphrased';
  }
  return basis;
}

/** A reason. */
export function reason(code: string, text: Label, citations: readonly Citation[] = []): Reason {
  return { code, text, citations };
}

/**
 * The text of a reason or a missing fact: a {@link Label}, or the rule set's messages table that
 * holds it under the reason's code (or the fact's path), so that a call names the code once.
 */
export type TextAt<K extends string> = Label | { readonly [P in K]: Label };

/** The text `t` gives for `key`. */
export function textAt<K extends string>(t: TextAt<K>, key: K): Label {
  return 'vi' in t ? (t as Label) : (t as { readonly [P in K]: Label })[key];
}

/** A frozen label. */
export function label(vi: string, en: string): Label {
  return Object.freeze({ vi, en });
}

/** A frozen version level label. */
export function vlabel(vi: string, en: string, status: VersionLevelLabel['status']): VersionLevelLabel {
  return Object.freeze({ vi, en, status });
}

/**
 * The mutable state a rule set's evaluation works on. `allowed` only ever loses bits.
 */
export class Acc {
  allowed = ALL_LEVELS;
  forced = false;
  discretion = false;
  missing = 0;
  /** Missing facts that could force "unsatisfactory" (the others only decide between upper levels or whether the subject is rated). */
  missingForcing = 0;
  /** A missing fact could make the subject not rated (admission date, exemption, suspension). */
  notRatedPossible = false;
  unverified = 0;
  status: 0 | 1 | 2 = 0;
  constructor(readonly trace: RatingTrace | undefined) {}

  /** Keep `level` and better out. */
  block<K extends string>(level: RatingLevel, code: K, text: TextAt<K>, citations: readonly Citation[]): void {
    const keep = level === 'excellent' ? 14 : level === 'good' ? 12 : level === 'satisfactory' ? 8 : 0;
    this.allowed &= keep;
    if (this.trace) this.trace.blocked.push({ level, code, text: textAt(text, code), citations });
  }

  /** A hard trigger forcing "unsatisfactory"; with discretion, the body may decide otherwise. */
  force<K extends string>(discretion: boolean, code: K, text: TextAt<K>, citations: readonly Citation[]): void {
    this.flag(discretion);
    if (this.trace) this.trace.blocked.push({ level: 'satisfactory', code, text: textAt(text, code), citations });
  }

  /** The state change of {@link Acc.force} without a message (fast path). */
  flag(discretion: boolean): void {
    if (!discretion) {
      this.forced = true;
      this.discretion = false;
    } else if (!this.forced || this.discretion) {
      this.forced = true;
      this.discretion = true;
    }
  }

  /**
   * A fact the rule needs is missing. `effect` says which outcomes it can cause, so that it widens
   * the range only by those: `force` (default) can force "unsatisfactory"; `level` only decides
   * between the levels above it; `notRated` only whether the subject is rated at all.
   */
  miss<K extends string>(path: K, text: TextAt<K>, effect: 'force' | 'level' | 'notRated' = 'force'): void {
    if (effect === 'notRated') this.notRatedPossible = true;
    else {
      this.missing++;
      if (effect === 'force') this.missingForcing++;
    }
    if (this.trace) this.trace.missing.push({ path, reason: textAt(text, path) });
  }

  unverify(mask: number, text: Label, citations: readonly Citation[]): void {
    const fresh = mask & ~this.unverified;
    this.unverified |= mask;
    if (this.trace) for (const level of levelsOf(fresh)) this.trace.unverified.push({ level, reason: text, citations });
  }

  note<K extends string>(code: K, text: TextAt<K>, citations: readonly Citation[] = []): void {
    if (this.trace) this.trace.reasons.push(reason(code, textAt(text, code), citations));
  }

  caveat(text: Label): void {
    if (this.trace) this.trace.caveats.push(text);
  }

  option(name: string, value: string | number | boolean, text: Label): void {
    if (this.trace && !this.trace.options.some((o) => o.name === name)) this.trace.options.push({ name, value, effect: text });
  }

  notRated<K extends string>(reviewRequired: boolean | undefined, code: K, text: TextAt<K>, citations: readonly Citation[]): RatingEvaluation {
    this.status = 1;
    if (this.trace) {
      this.trace.notRatedReason = reason(code, textAt(text, code), citations);
      this.trace.reviewRequired = reviewRequired;
      this.trace.notRatedBasis = basisOf(citations);
    }
    return { status: 1, allowed: 0, forced: false, discretion: false, missing: 0, unverified: 0, notRatedPossible: false };
  }

  /** Finish: a forced "unsatisfactory" without discretion narrows the range to it. */
  done(): RatingEvaluation {
    let allowed = this.allowed;
    if (this.forced && !this.discretion) allowed = UNSATISFACTORY;
    return { status: this.status, allowed, forced: this.forced, discretion: this.discretion, missing: this.missing, unverified: this.unverified, notRatedPossible: this.notRatedPossible && this.status !== 1 };
  }
}

// ---- arithmetic on shares, in integers so that 30% of 10 is exactly 3 ----

/** `part / whole ≥ percent%` (vacuously true for whole 0). */
export function atLeastPercent(part: number, whole: number, percent: number): boolean {
  return part * 100 >= percent * whole;
}

/** `part / whole > percent%`. */
export function morePercent(part: number, whole: number, percent: number): boolean {
  return part * 100 > percent * whole;
}

/** `part / whole < percent%`. */
export function lessPercent(part: number, whole: number, percent: number): boolean {
  return part * 100 < percent * whole;
}

/** Tasks completed late (completed but not on time). */
export function lateTasks(t: RatingTaskCounts): number {
  return t.completed - t.onTime;
}

/** Tasks not completed. */
export function failedTasks(t: RatingTaskCounts): number {
  return t.assigned - t.completed;
}

// ---- calendar ----

/** `YYYY-MM-DD` (validated) as the number YYYYMMDD, without allocating. */
function ymd(date: IsoDate): number {
  const c = (i: number): number => date.charCodeAt(i) - 48;
  return c(0) * 10000000 + c(1) * 1000000 + c(2) * 100000 + c(3) * 10000 + c(5) * 1000 + c(6) * 100 + c(8) * 10 + c(9);
}

/** The 6-month cut-off (D12) as YYYYMMDD: the review date, or 31 December. */
export function cutoffDate(year: number, reviewOn: IsoDate | undefined, o: ResolvedRatingOptions): number {
  if (o.sixMonthsAt === 'reviewOn' && reviewOn !== undefined) return ymd(reviewOn);
  return year * 10000 + 1231;
}

/**
 * A review dated in January of the next year (accepted up to 14 January): HD 43 Mục 4.1 allows it
 * only for units of a special function; the date is still the 6-month cut-off (rating.md §6.7).
 */
export function lateReviewCaveat(trace: RatingTrace, year: number, reviewOn: IsoDate | undefined, ruleSetId: string): void {
  if (reviewOn === undefined || ymd(reviewOn) <= year * 10000 + 1231) return;
  trace.caveats.push(ENGINE_MESSAGES.lateReview(ruleSetId === 'qd366'));
}

/** Format a YYYYMMDD number as an ISO date. */
export function isoOf(n: number): IsoDate {
  return toIsoDate({ year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 });
}

/** Whether `months` full calendar months have passed from `from` to the cut-off (the anniversary counts, end-of-month clamp). */
export function fullMonthsPassed(from: IsoDate, cutoff: number, months: number): boolean {
  const f = ymd(from);
  const total = Math.floor(f / 10000) * 12 + (Math.floor(f / 100) % 100) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(f % 100, daysInMonth(year, month));
  return year * 10000 + month * 100 + day <= cutoff;
}

// ---- disciplines ----

/** The year a discipline counts in (D6). */
export function disciplineYear(d: RatingDisciplineFact, o: ResolvedRatingOptions): number {
  if (d.countedInYear !== undefined) return d.countedInYear;
  if (o.disciplineYearBy === 'violation' && d.violationOn !== undefined) return Number(d.violationOn.slice(0, 4));
  return Number(d.decidedOn.slice(0, 4));
}

/** Severity of a form, for "từ khiển trách / cảnh cáo trở lên". */
export function severity(form: DisciplineForm): number {
  return DISCIPLINE_FORM_SEVERITY[form];
}

/** Rounded score (D11). */
export function effectiveScore(score: number, o: ResolvedRatingOptions): number {
  if (o.scoreDecimals === undefined) return score;
  const f = 10 ** o.scoreDecimals;
  return Math.round(score * f) / f;
}

// ---- wording ----

/** A score or count the Vietnamese way (89,5), keeping up to 3 decimals. */
export function numVi(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const decimals = Math.min(3, (String(x).split('.')[1] ?? '').length);
  return formatNumberVi(x, decimals);
}

/** Vietnamese label of a discipline form. */
export function formVi(form: DisciplineForm): string {
  return DISCIPLINE_FORM_LABELS[form].vi;
}

/** English label of a discipline form. */
export function formEn(form: DisciplineForm): string {
  return DISCIPLINE_FORM_LABELS[form].en;
}
