/**
 * The facts a review gives to rating, per rule set, so that an app does not re-derive them.
 * Fact names are those of the rating area: `degradationConcluded`, `shortcomingsFixed`,
 * `exemptFromActivity`, `suspended`.
 *
 * - `degradationConcluded`: a manifestation **concluded by the competent body** ("Bị cấp có thẩm
 *   quyền kết luận có biểu hiện suy thoái …": QĐ 132 Điều 12 k4 c; HD 21 Mục II.B tiết 2; QĐ 124
 *   Điều 12 k4; QĐ 366 Điều 11 k4; quoted). A finding identified but not concluded is not a rating
 *   fact. The library sees only the reviews it is given: a conclusion reached elsewhere (an
 *   inspection) is not visible, which the explanation says.
 * - `shortcomingsFixed`: QĐ 366 Điều 11 k1 tiết 1.4 (quoted) "Đã khắc phục 100% các hạn chế,
 *   khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)": derived from the remediation plan
 *   of the subject's previous review in the input (rules in {@link deriveRatingFactsFromReviews}); only
 *   where the rule set has the criterion, unless asked otherwise.
 * - `exemptFromActivity`, `suspended`: the member's activity status as recorded on the review.
 * @module
 */
import * as z from 'zod/mini';
import { compareIsoDates, type IsoDate } from '../_lib/dates.js';
import { isoDate } from '../_lib/schema.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Explanation, type Reason } from '../explain/explanation.js';
import type { RuleResult } from '../explain/result.js';
import type { Label } from '../i18n/label.js';
import { RATING_FACTS_MESSAGES as M } from './_messages.js';
import { comparePeriods, periodEnd, ruleSetOf, targetLabel } from './_resolve.js';
import { periodKey, subjectKey, targetKey, type Review, type ReviewFinding, type ReviewPeriod, type ReviewSubject } from './model.js';
import type { MemberRatingFacts } from '../rating/types.js';
import type { ReviewRuleSet } from './ruleSets.js';
import { parseReviewList, reviewSchema, type ReviewInput } from './schemas.js';

/**
 * The rating facts a review can give: the rating area's own facts (`MemberRatingFacts`), picked,
 * so the two cannot drift apart. An absent fact is unknown from the reviews given (see `missing`
 * in {@link ReviewRatingFactsResult}).
 * @category Review
 */
export type ReviewRatingFacts = Pick<MemberRatingFacts, 'degradationConcluded' | 'shortcomingsFixed' | 'exemptFromActivity' | 'suspended'>;

/**
 * A rating fact name.
 * @category Review
 */
export type ReviewRatingFactName = keyof ReviewRatingFacts;

/**
 * The verdict of {@link deriveRatingFactsFromReview} and {@link deriveRatingFactsFromReviews}:
 * `complete` when every fact that applies to the subject and rule set is known from the reviews
 * given, `incomplete` when some are not (they are listed in `missing`).
 * @example
 * ```ts
 * import { deriveRatingFactsFromReview, type ReviewRatingFactsStatus } from 'nq4';
 * const status: ReviewRatingFactsStatus = deriveRatingFactsFromReview({
 *   unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2021 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' },
 * }).status;
 * status; // 'incomplete'
 * ```
 * @category Review
 */
export type ReviewRatingFactsStatus = 'complete' | 'incomplete';

/**
 * The rating facts of one subject for one period, on the result base of every rule result
 * ({@link RuleResult}: `status`, `ruleSet`, `options`, `explanation`).
 * @category Review
 */
export interface ReviewRatingFactsResult extends RuleResult<ReviewRatingFactsStatus> {
  /** The verdict: `incomplete` when `missing` is not empty, else `complete`. */
  readonly status: ReviewRatingFactsStatus;
  /** Whose facts. */
  readonly subject: ReviewSubject;
  /** For which period. */
  readonly period: ReviewPeriod;
  /** The review rule set applied, when one covers the period. */
  readonly ruleSet?: {
    /** The rule-set id. */
    readonly id: string;
    /** Its name in both languages. */
    readonly label: Label;
  };
  /** The facts known. */
  readonly facts: ReviewRatingFacts;
  /** Facts that apply to this subject and rule set but cannot be derived from the reviews given. */
  readonly missing: readonly ReviewRatingFactName[];
  /** The concluded findings behind `degradationConcluded`. */
  readonly concludedFindings: readonly ReviewFinding[];
  /**
   * The options that changed the result, as in `explanation.options`: the day remediation items
   * are judged done on (`on`, or `asOf` when given under that name, also when it defaults to the
   * first meeting day) wherever `shortcomingsFixed` is derived, and `shortcomingsFixed: "always"`
   * under a rule set without the criterion; empty when none did.
   */
  readonly options: readonly AppliedOption[];
  /** Why, in Vietnamese and English, with the citations of the rule set. */
  readonly explanation: Explanation;
}

/**
 * Options of {@link deriveRatingFactsFromReview} and {@link deriveRatingFactsFromReviews}.
 * @example
 * ```ts
 * import { deriveRatingFactsFromReview, type DeriveRatingFactsFromReviewOptions } from 'nq4';
 * const options: DeriveRatingFactsFromReviewOptions = { on: '2025-12-31', shortcomingsFixed: 'always' };
 * const r = deriveRatingFactsFromReview(
 *   { unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2021 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } },
 *   options,
 * );
 * r.options.map((o) => o.name); // ['on', 'shortcomingsFixed']
 * ```
 * @category Review
 */
export interface DeriveRatingFactsFromReviewOptions {
  /**
   * The day at which a remediation item must be done to count as fixed. Default: the earliest
   * meeting day of the subject's reviews in the period rated, else the period's last day.
   */
  readonly on?: IsoDate;
  /**
   * The former name of `on`, still read (`on` wins when both are given); the result names the
   * option under the name given.
   * @deprecated Use `on`. Will be removed in the next minor.
   */
  readonly asOf?: IsoDate;
  /**
   * When to derive `shortcomingsFixed`: `"whenRuleSetUsesIt"` (default: only under a rule set with
   * the criterion, QĐ 366 / HD 43) or `"always"`.
   */
  readonly shortcomingsFixed?: 'whenRuleSetUsesIt' | 'always';
}

/**
 * The former name of {@link DeriveRatingFactsFromReviewOptions}: the same type.
 * @deprecated Use DeriveRatingFactsFromReviewOptions. Will be removed in the next minor.
 * @example
 * ```ts
 * import { deriveRatingFactsFromReview, type ReviewRatingFactsOptions } from 'nq4';
 * const options: ReviewRatingFactsOptions = { on: '2025-12-31' };
 * deriveRatingFactsFromReview({ unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } }, options).status; // 'incomplete'
 * ```
 * @category Review
 */
export type ReviewRatingFactsOptions = DeriveRatingFactsFromReviewOptions;

/** {@link DeriveRatingFactsFromReviewOptions}, checked; absent is fine. @internal */
export const reviewRatingFactsOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      on: z.optional(isoDate()),
      asOf: z.optional(isoDate()),
      shortcomingsFixed: z.optional(z.enum(['whenRuleSetUsesIt', 'always'])),
    }),
  ),
);

interface Derived {
  value?: boolean;
  reason: Reason;
}

function deriveShortcomings(previous: readonly Review[], previousPeriod: ReviewPeriod | undefined, asOf: IsoDate, rs: ReviewRuleSet | undefined): Derived {
  const citations = rs?.shortcomingsFixed.citations ?? [];
  if (previousPeriod === undefined) {
    return { reason: { code: 'noPreviousReview', text: M.noPreviousReview, citations } };
  }
  const items = previous.flatMap((r) => r.remediation);
  const open = items.filter((i) => !(i.status === 'done' && (i.doneOn === undefined || compareIsoDates(i.doneOn, asOf) <= 0)));
  const addressed = new Set(items.flatMap((i) => i.addresses.map(targetKey)));
  const unaddressed = previous.flatMap((r) => r.findings).filter((f) => !addressed.has(targetKey(f)));
  const when = M.period(previousPeriod);
  if (open.length > 0) {
    return { value: false, reason: { code: 'shortcomingsOpen', text: M.shortcomingsOpen(when, open.length, items.length, asOf), citations } };
  }
  if (unaddressed.length > 0) {
    return { reason: { code: 'findingsWithoutRemediation', text: M.findingsWithoutRemediation(when, unaddressed.map(targetLabel)), citations } };
  }
  return { value: true, reason: { code: 'shortcomingsFixed', text: M.shortcomingsFixed(when, items.length, asOf), citations } };
}

/** The day option under the name the caller gave it: `on`, or its deprecated name `asOf` (`on` wins). */
function dayOption(o: DeriveRatingFactsFromReviewOptions | undefined): { asOf?: IsoDate; asOfName: 'on' | 'asOf' } {
  if (o?.on !== undefined) return { asOf: o.on, asOfName: 'on' };
  return o?.asOf !== undefined ? { asOf: o.asOf, asOfName: 'asOf' } : { asOfName: 'on' };
}

/** Why `degradationConcluded` is what it is: the concluded findings, or none. */
function degradationReason(concludedFindings: readonly ReviewFinding[], rs: ReviewRuleSet | undefined): Reason {
  return {
    code: 'degradationConcluded',
    text: concludedFindings.length > 0 ? M.degradationConcluded(concludedFindings.map(targetLabel)) : M.noDegradationConcluded,
    citations: rs?.degradationConcluded.citations ?? [],
  };
}

function factsFor(group: readonly Review[], all: readonly Review[], o: { asOf?: IsoDate | undefined; asOfName: 'on' | 'asOf'; shortcomingsFixed?: 'whenRuleSetUsesIt' | 'always' | undefined }): ReviewRatingFactsResult {
  const first = group[0] as Review;
  const subject = first.subject;
  const period = first.period;
  const rs = ruleSetOf(first);
  const reasons: Reason[] = [];
  const facts: { -readonly [K in ReviewRatingFactName]?: boolean } = {};
  const missing: ReviewRatingFactName[] = [];
  const appliedOptions: AppliedOption[] = [];

  const concluded = group.flatMap((r) => r.findings.filter((f) => f.concluded));
  const seen = new Set<string>();
  const concludedFindings = concluded.filter((f) => (seen.has(targetKey(f)) ? false : (seen.add(targetKey(f)), true)));
  facts.degradationConcluded = concludedFindings.length > 0;
  reasons.push(degradationReason(concludedFindings, rs));

  const mode = o.shortcomingsFixed ?? 'whenRuleSetUsesIt';
  if (mode === 'always' || rs?.shortcomingsFixed.status === 'applies') {
    const held = group.map((r) => r.heldOn).filter((d): d is IsoDate => d !== undefined).sort();
    const asOf = o.asOf ?? held[0] ?? periodEnd(period);
    const key = subjectKey(subject);
    const earlier = all.filter((r) => subjectKey(r.subject) === key && comparePeriods(r.period, period) < 0);
    const previousPeriod = earlier.map((r) => r.period).sort(comparePeriods).at(-1);
    const previous = previousPeriod ? earlier.filter((r) => periodKey(r.period) === periodKey(previousPeriod)) : [];
    const d = deriveShortcomings(previous, previousPeriod, asOf, rs);
    if (d.value === undefined) missing.push('shortcomingsFixed');
    else facts.shortcomingsFixed = d.value;
    reasons.push(d.reason);
    appliedOptions.push({ name: o.asOfName, value: asOf, effect: M.on });
    if (mode === 'always' && rs?.shortcomingsFixed.status !== 'applies') {
      appliedOptions.push({ name: 'shortcomingsFixed', value: 'always', effect: M.shortcomingsFixedAlways });
    }
  }

  if (subject.type === 'member') {
    const status = group.map((r) => (r.subject.type === 'member' ? r.subject.activityStatus : undefined)).find((s) => s !== undefined);
    if (status === undefined) missing.push('exemptFromActivity', 'suspended');
    else {
      facts.exemptFromActivity = status === 'exemptFromActivity';
      facts.suspended = status === 'suspended';
      reasons.push({ code: 'activityStatus', text: M.activityStatus(status), citations: status === 'active' || !rs ? [] : rs.notReviewed[status].citations });
    }
  }

  const caveats: Label[] = [M.onlyReviewsGiven];
  if (rs && rs.degradationConcluded.status === 'unverified') caveats.push(rs.degradationConcluded.note);
  caveats.push(NOT_AN_OFFICIAL_DECISION);

  const explanation = explain({
    outcome: { code: 'ratingFacts', label: M.ratingFacts },
    ...(rs ? { ruleSet: { id: rs.id, label: rs.label } } : {}),
    reasons,
    options: appliedOptions,
    caveats,
  });
  return {
    status: missing.length > 0 ? 'incomplete' : 'complete',
    subject,
    period,
    ...(rs ? { ruleSet: { id: rs.id, label: rs.label } } : {}),
    facts,
    missing,
    concludedFindings,
    options: appliedOptions,
    explanation,
  };
}

/**
 * The rating facts of every subject and period in a list of reviews (a leader's two places are
 * read together), sorted by subject and period. `shortcomingsFixed` for a period reads the
 * remediation plan of the subject's latest earlier period in the list:
 * - an item counts as fixed when its status is `done` and it was done by `asOf`; a `dropped` item
 *   does **not** count as fixed;
 * - any item not fixed → `false`;
 * - all items fixed, but a finding of that review tied to no item → unknown (listed in `missing`);
 * - all fixed and every finding addressed, or nothing to fix → `true`;
 * - no earlier review in the list → unknown.
 *
 * @example
 * ```ts
 * import { deriveRatingFactsFromReviews } from 'nq4';
 * const base = { unitId: 'cb', subject: { type: 'member', id: 'm' }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } } as const;
 * const [, y2025] = deriveRatingFactsFromReviews([
 *   { ...base, period: { year: 2024 }, findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }],
 *     remediation: [{ action: 'Sửa', addresses: [{ manifestation: 'G1-4' }], status: 'done', doneOn: '2025-06-01' }] },
 *   { ...base, period: { year: 2025 }, heldOn: '2025-12-10' },
 * ]);
 * y2025.facts; // { degradationConcluded: false, shortcomingsFixed: true }
 * y2025.missing; // ['exemptFromActivity', 'suspended']
 * ```
 * @throws {@link Nq4Error} for malformed records or options.
 * @category Review
 */
export function deriveRatingFactsFromReviews(reviews: readonly ReviewInput[], options?: DeriveRatingFactsFromReviewOptions): readonly ReviewRatingFactsResult[] {
  const list = parseReviewList(reviews);
  const o = parseInput(reviewRatingFactsOptionsSchema, options, ['options']);
  const groups = new Map<string, Review[]>();
  for (const r of list) {
    const key = `${subjectKey(r.subject)}\u0002${periodKey(r.period)}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out = [...groups.values()]
    .sort((a, b) => {
      const ra = a[0] as Review;
      const rb = b[0] as Review;
      const ka = subjectKey(ra.subject);
      const kb = subjectKey(rb.subject);
      return ka < kb ? -1 : ka > kb ? 1 : comparePeriods(ra.period, rb.period);
    })
    .map((g) => factsFor(g, list, { ...dayOption(o), shortcomingsFixed: o?.shortcomingsFixed }));
  return deepFreeze(out);
}

/**
 * The rating facts of a single review, read alone: `shortcomingsFixed` needs the previous review
 * and is therefore listed in `missing` wherever the rule set uses it (use
 * {@link deriveRatingFactsFromReviews} with the earlier reviews to derive it).
 *
 * @example
 * ```ts
 * import { deriveRatingFactsFromReview } from 'nq4';
 * const r = deriveRatingFactsFromReview({
 *   unitId: 'cb',
 *   subject: { type: 'member', id: 'm', activityStatus: 'active' },
 *   period: { year: 2021 },
 *   kind: 'annual',
 *   place: { kind: 'branch', unitId: 'cb' },
 *   findings: [{ manifestation: 'G2-7', identifiedBy: 'higherLevel', concluded: true, concludedBy: 'Ban Thường vụ Huyện ủy' }],
 * });
 * r.facts.degradationConcluded; // true
 * r.ruleSet?.id; // 'hd21'
 * ```
 * @throws {@link Nq4Error} for a malformed record or options.
 * @category Review
 */
export function deriveRatingFactsFromReview(review: ReviewInput, options?: DeriveRatingFactsFromReviewOptions): ReviewRatingFactsResult {
  const r = parseInput(reviewSchema, review);
  const o = parseInput(reviewRatingFactsOptionsSchema, options, ['options']);
  return deepFreeze(factsFor([r], [r], { ...dayOption(o), shortcomingsFixed: o?.shortcomingsFixed }));
}

/**
 * The former name of {@link deriveRatingFactsFromReviews}: same arguments, same answer.
 * @deprecated Use `deriveRatingFactsFromReviews`. Will be removed in the next minor.
 * @example
 * ```ts
 * import { ratingFactsFromReviews } from 'nq4';
 * ratingFactsFromReviews([]).length; // 0
 * ```
 * @category Review
 */
export const ratingFactsFromReviews: (reviews: readonly ReviewInput[], options?: DeriveRatingFactsFromReviewOptions) => readonly ReviewRatingFactsResult[] = deriveRatingFactsFromReviews;

/**
 * The former name of {@link deriveRatingFactsFromReview}: same arguments, same answer.
 * @deprecated Use `deriveRatingFactsFromReview`. Will be removed in the next minor.
 * @example
 * ```ts
 * import { ratingFactsFromReview } from 'nq4';
 * const r = ratingFactsFromReview({ unitId: 'cb', subject: { type: 'member', id: 'm', activityStatus: 'suspended' }, period: { year: 2021 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } });
 * r.facts.suspended; // true
 * ```
 * @category Review
 */
export const ratingFactsFromReview: (review: ReviewInput, options?: DeriveRatingFactsFromReviewOptions) => ReviewRatingFactsResult = deriveRatingFactsFromReview;
