/**
 * Process rules of the review cycle that the reference supports, checked across a list of
 * reviews (hierarchy-review-reports.md §2.2; rating.md §4.4, §5.1, §6.2, §6.7). Only a quoted rule
 * rejects a record (an `Nq4Issue`); a rule known only from a paraphrase, an inference or not at
 * all is returned by `checkReviews` as a `ReviewWarning` with its basis (issue 13):
 *
 * - **Who is not reviewed.** QĐ 366 Điều 5 khoản 2 tiết 2.1 (quoted): "Đảng viên trong toàn Đảng
 *   (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng;
 *   đảng viên mới kết nạp chưa đủ 6 tháng)". Earlier versions per rule set (see `ruleSets.ts`);
 *   where a version is unverified, option `unverifiedExclusions` decides (default `"allow"`).
 * - **One review per subject, place and period.** "Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt";
 *   "Cán bộ lãnh đạo, quản lý cơ bản thực hiện kiểm điểm ở 2 nơi" (QĐ 124 Điều 7, quoted): two
 *   places are expected for a leader, two reviews in the same place and period are not (a re-review
 *   excepted). Status: inferred from the place rule.
 * - **A suggested review names who suggested it.** "Cấp trên gợi ý kiểm điểm đối với tập thể, cá
 *   nhân theo phân cấp quản lý khi cần thiết" (QĐ 124 Điều 7 k.1.3, quoted): a suggestion comes
 *   from a named higher body.
 * - **Quarters.** QĐ 366 allows review and rating "hằng quý" (press, rating.md V4a); KL 198 / HD 43
 *   evaluate **leaders** quarterly for Q1–Q3 (paraphrased, hierarchy-review-reports.md §2.2). The
 *   leaders-only reading is option `quarterlySubjects` (default `"leadersOnly"`); the fourth quarter
 *   is merged into the year-end rating (paraphrased), option `fourthQuarter` (default `"reject"`).
 *   Before QĐ 366 the reference only sees yearly reviews: that is missing evidence, not a rule, so
 *   a quarter under an earlier rule set is `unverified` and option `unverifiedQuarters` decides
 *   (default `"allow"`: no rule is invented; the rule set's `quarterlyForLeaders.note` says so).
 * @module
 */
import type { Label } from '../i18n/label.js';
import * as z from 'zod/mini';
import { compareIsoDates } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { issue, Nq4Error, parseInput, toSafe, type Nq4Issue, type Nq4IssueCode, type SafeResult } from '../errors.js';
import { ISSUE_LIMIT } from '../_lib/schema.js';
import { cite, type Citation, type SourceStatus } from '../legal/citation.js';
import { HD43_OF_2025, QD124_OF_2023 } from '../legal/documents.js';
import { addMonths } from './_calendar.js';
import { NOT_REVIEWED_CATEGORY_LABELS, VALIDATE_MESSAGES as M } from './_messages.js';
import { periodEnd, periodStart, ruleSetOf, subjectsDisagree } from './_resolve.js';
import { periodKey, subjectKey, targetKey, type ReviewCommitment, type Review } from './model.js';
import { parseCommitmentList, parseReviewList, type ReviewCommitmentInput, type ReviewInput } from './schemas.js';
import type { NotReviewedCategory, ReviewRulePoint, ReviewRuleSet } from './ruleSets.js';

/**
 * Options of {@link validateReviews} and {@link findReviewIssues}: each one settles a point the
 * reference leaves open.
 * @category Review
 */
export interface ValidateReviewsOptions {
  /**
   * What to do with an exempt, suspended or new member reviewed under a rule set whose exclusion
   * is unverified (HD 27, HD 16): `"allow"` (default: no rule is invented) or `"flag"` (a
   * `notReviewed` warning).
   */
  readonly unverifiedExclusions?: 'allow' | 'flag';
  /**
   * The day at which "chưa đủ 6 tháng" is measured: `"heldOn"` (default: the day of the review
   * meeting, or the period's last day when the meeting day is not given) or `"periodEnd"`.
   */
  readonly newMemberCutoff?: 'heldOn' | 'periodEnd';
  /**
   * A quarterly review for the fourth quarter: `"reject"` (default: reported, as a `quarter`
   * warning since the rule that merges it into the year-end rating is paraphrased) or `"allow"`.
   */
  readonly fourthQuarter?: 'reject' | 'allow';
  /**
   * A quarterly review under a rule set whose quarterly review is unverified (every version before
   * QĐ 366: the reference only sees yearly reviews there): `"allow"` (default: no rule is invented)
   * or `"flag"` (a `quarter` warning saying it is unverified).
   */
  readonly unverifiedQuarters?: 'allow' | 'flag';
  /**
   * Who may have a quarterly review where quarters apply (QĐ 366 onward): `"leadersOnly"` (default:
   * KL 198 / HD 43, paraphrased, evaluate leaders quarterly) or `"any"` (QĐ 366 as reported by the
   * press says "hằng quý" without restricting it to leaders).
   */
  readonly quarterlySubjects?: 'leadersOnly' | 'any';
}

/** {@link ValidateReviewsOptions}, checked; absent is fine. @internal */
export const validateReviewsOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.optional(
    z.strictObject({
      unverifiedExclusions: z.optional(z.enum(['allow', 'flag'])),
      newMemberCutoff: z.optional(z.enum(['heldOn', 'periodEnd'])),
      fourthQuarter: z.optional(z.enum(['reject', 'allow'])),
      unverifiedQuarters: z.optional(z.enum(['allow', 'flag'])),
      quarterlySubjects: z.optional(z.enum(['leadersOnly', 'any'])),
    }),
  ),
);

/**
 * What a {@link ReviewWarning} is about:
 * - `notReviewed`: a member the texts may keep out of the review (exempt, suspended, admitted less
 *   than 6 months before) where that rule is known only from a paraphrase or an inference, or is
 *   unverified and flagged on request (`unverifiedExclusions: "flag"`);
 * - `quarter`: a quarterly review that the paraphrased reading (leaders only, Q1–Q3) or an
 *   unverified version (`unverifiedQuarters: "flag"`) puts in doubt;
 * - `duplicate`: the same subject reviewed twice at the same place in one period (an inference
 *   from the place rule; a re-review is `kind: "reReview"`);
 * - `januaryReview`: a year-end review held 1–14 January of the next year, which Hướng dẫn
 *   43-HD/BTCTW Mục 4.1 allows only for units of special function.
 * @category Review
 */
export type ReviewWarningCode = 'notReviewed' | 'quarter' | 'duplicate' | 'januaryReview';

/**
 * A point the records should be looked at for, that no quoted rule lets the library reject: the
 * rule behind it is paraphrased, inferred or unverified (its `basis`), or it is allowed only in a
 * case the records can not show. Only a quoted rule makes an {@link Nq4Issue}.
 * @category Review
 */
export interface ReviewWarning {
  /** What the warning is about. */
  readonly code: ReviewWarningCode;
  /** Where: the record index first, as in an {@link Nq4Issue}. */
  readonly path: readonly (string | number)[];
  /** The message in Vietnamese, saying how firm the rule is. */
  readonly messageVi: string;
  /** The message in English, saying how firm the rule is. */
  readonly messageEn: string;
  /** How firm the rule behind it is: the firmest status among its citations (`unverified` without one). */
  readonly basis: SourceStatus;
  /** Where the rule is written (empty when unverified). */
  readonly citations: readonly Citation[];
}

/**
 * The verdict of {@link checkReviews} (which throws when a quoted rule is broken): `clean` when
 * nothing is to be looked at, `withWarnings` when `warnings` is not empty.
 * @example
 * ```ts
 * import { checkReviews, type ReviewCheckStatus } from 'nq4';
 * const status: ReviewCheckStatus = checkReviews([
 *   { unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } },
 * ]).status;
 * status; // 'clean'
 * ```
 * @category Review
 */
export type ReviewCheckStatus = 'clean' | 'withWarnings';

/**
 * The answer of {@link checkReviews}: the verdict, the normalized reviews and what to look at.
 * @category Review
 */
export interface ReviewCheckResult {
  /** The verdict: `withWarnings` when `warnings` is not empty, else `clean`. */
  readonly status: ReviewCheckStatus;
  /** The normalized, frozen reviews. */
  readonly reviews: readonly Review[];
  /** Points resting on a rule that may not reject (see {@link ReviewWarning}), in record order. */
  readonly warnings: readonly ReviewWarning[];
}

/** Source statuses, firmest first (the order `basis` is chosen by). @internal */
export const FIRMNESS_ORDER = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'secondaryPractice', 'reported', 'inferred', 'unverified'] as const satisfies readonly SourceStatus[];
const QUOTED: readonly SourceStatus[] = ['quoted', 'quotedSecondHand', 'quotedPartial'];

/** The firmest status among the citations (`unverified` when there is none). */
function basisOf(citations: readonly Citation[]): SourceStatus {
  let best = FIRMNESS_ORDER.length - 1;
  for (const c of citations) best = Math.min(best, (FIRMNESS_ORDER as readonly SourceStatus[]).indexOf(c.status));
  return FIRMNESS_ORDER[best] as SourceStatus;
}

const HD43_SPECIAL_UNITS: Citation = /* @__PURE__ */ cite(
  HD43_OF_2025,
  {
    section: '4.1',
    quoteVi:
      'Đối với các tổ chức, cơ quan, đơn vị có tính chất đặc thù theo chức năng, nhiệm vụ quy định chưa tổng kết vào dịp cuối năm thì cấp trên trực tiếp có thẩm quyền quy định, hướng dẫn thực hiện hoàn thành trước ngày 15/01 năm sau.',
  },
  'quoted',
);

const SUGGESTION_SOURCE: Citation = /* @__PURE__ */ cite(
  QD124_OF_2023,
  { article: 7, clause: 1, item: { vi: 'tiết 1.3', en: 'sub-point 1.3' }, quoteVi: 'Cấp trên gợi ý kiểm điểm đối với tập thể, cá nhân theo phân cấp quản lý khi cần thiết' },
  'quoted',
);

const PLACE_SOURCE: Citation = /* @__PURE__ */ cite(
  QD124_OF_2023,
  {
    article: 7,
    quoteVi: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt … Cán bộ lãnh đạo, quản lý cơ bản thực hiện kiểm điểm ở 2 nơi (ở chi bộ nơi sinh hoạt và tập thể lãnh đạo, quản lý nơi làm việc)',
  },
  'quoted',
);

const PLACE_INFERENCE: Citation = /* @__PURE__ */ cite(
  QD124_OF_2023,
  {
    article: 7,
    note: {
      vi: 'Coi hai cuộc kiểm điểm cùng nơi, cùng kỳ là trùng lặp là suy luận của thư viện từ quy định về nơi kiểm điểm.',
      en: 'Treating two reviews in the same place and period as a duplicate is the library’s inference from the place rule.',
    },
  },
  'inferred',
);

const CATEGORY_FIELD: Readonly<Record<NotReviewedCategory, string>> = {
  exemptFromActivity: 'activityStatus',
  suspended: 'activityStatus',
  newMember: 'admittedOn',
};

function warning(code: ReviewWarningCode, path: (string | number)[], message: Label, citations: readonly Citation[]): ReviewWarning {
  return { code, path, messageVi: message.vi, messageEn: message.en, basis: basisOf(citations), citations };
}

/** An issue with its message from the table. */
function issueOf(code: Nq4IssueCode, path: readonly (string | number)[], message: Label, source?: Citation): Nq4Issue {
  return issue(code, path, message.vi, message.en, source);
}

/** What the checks of one review share: the review, its index, the options, the rule set and the outputs. */
interface OneReview {
  readonly r: Review;
  readonly i: number;
  readonly o: Required<ValidateReviewsOptions>;
  readonly rs: ReviewRuleSet | undefined;
  readonly out: Nq4Issue[];
  readonly warn: ReviewWarning[];
}

function checkOne(r: Review, i: number, o: Required<ValidateReviewsOptions>, out: Nq4Issue[], warn: ReviewWarning[]): void {
  const rs = ruleSetOf(r);
  if (!rs) {
    out.push(issueOf('no_rule_set', [i, 'period', 'year'], M.noRuleSet));
  }
  const c: OneReview = { r, i, o, rs, out, warn };
  checkHeldOn(c);
  checkSubject(c);
  checkSuggestion(c);
  checkQuarter(c);
  checkRemediation(c);
}

/** The meeting day against the period, and HD 43's year-end deadline. */
function checkHeldOn({ r, i, rs, out, warn }: OneReview): void {
  const end = periodEnd(r.period);
  if (r.heldOn !== undefined && compareIsoDates(r.heldOn, periodStart(r.period)) < 0) {
    out.push(issueOf('date_order', [i, 'heldOn'], M.heldBeforePeriod));
  }
  // HD 43 Mục 4.1 (quoted): the year-end review ends by 31/12; units of special function finish
  // "trước ngày 15/01 năm sau". Only the QĐ 366 rule set has a date; earlier ones are not checked.
  // A re-review (QĐ 366 Điều 15 khoản 3: re-rating when shortcomings come to light later) has no date.
  if (rs?.id === 'hd43' && r.kind !== 'reReview' && r.period.quarter === undefined && r.heldOn !== undefined && compareIsoDates(r.heldOn, end) > 0) {
    const lastSpecialDay = `${String(r.period.year + 1).padStart(4, '0')}-01-14`;
    if (compareIsoDates(r.heldOn, lastSpecialDay) > 0) {
      out.push(issueOf('rule_violation', [i, 'heldOn'], M.yearEndTooLate, HD43_SPECIAL_UNITS));
    } else {
      warn.push(warning('januaryReview', [i, 'heldOn'], M.januaryReview, [HD43_SPECIAL_UNITS]));
    }
  }
}

/** A member: the categories not reviewed, and where a member is reviewed; a collective: where it is. */
function checkSubject({ r, i, o, rs, out, warn }: OneReview): void {
  const s = r.subject;
  const end = periodEnd(r.period);
  if (s.type === 'member') {
    const categories: NotReviewedCategory[] = [];
    if (s.activityStatus === 'exemptFromActivity' || s.activityStatus === 'suspended') categories.push(s.activityStatus);
    if (s.admittedOn !== undefined) {
      const cutoff = o.newMemberCutoff === 'periodEnd' ? end : (r.heldOn ?? end);
      if (compareIsoDates(s.admittedOn, cutoff) > 0) {
        out.push(issueOf('date_order', [i, 'subject', 'admittedOn'], M.admittedOn));
      } else if (compareIsoDates(addMonths(s.admittedOn, 6), cutoff) > 0) categories.push('newMember');
    }
    for (const c of categories) {
      if (!rs) continue;
      const point: ReviewRulePoint = rs.notReviewed[c];
      const path = [i, 'subject', CATEGORY_FIELD[c]];
      const what = NOT_REVIEWED_CATEGORY_LABELS[c];
      if (point.status === 'applies') {
        const basis = basisOf(point.citations);
        if (QUOTED.includes(basis)) {
          out.push(issueOf('rule_violation', path, M.notReviewed(rs.label, what), point.citations[0]));
        } else {
          // Only paraphrased and inferred exclusions exist among the rule sets (ruleSets.ts).
          const firmness = basis === 'paraphrased' ? M.paraphrasedRule : M.inferredRule;
          warn.push(warning('notReviewed', path, M.notReviewedUnquoted(rs.label, what, firmness), point.citations));
        }
      } else if (point.status === 'unverified' && o.unverifiedExclusions === 'flag') {
        warn.push(warning('notReviewed', path, M.notReviewedUnverified(rs.label, what), []));
      }
    }
    if (r.place.kind === 'ownLevel') {
      out.push(issueOf('not_applicable', [i, 'place', 'kind'], M.memberAtOwnLevel, PLACE_SOURCE));
    } else if (r.place.kind === 'leadershipCollective' && !s.leader) {
      out.push(issueOf('not_applicable', [i, 'place', 'kind'], M.leadersOnlyInCollective, PLACE_SOURCE));
    }
  } else if (r.place.kind === 'branch') {
    out.push(issueOf('not_applicable', [i, 'place', 'kind'], M.collectiveAtBranch, PLACE_SOURCE));
  }
}

/** A suggested or deep review names who suggested it (QĐ 124 Điều 7 khoản 1 tiết 1.3). */
function checkSuggestion({ r, i, out }: OneReview): void {
  if ((r.kind === 'suggested' || r.kind === 'deep') && r.suggestion?.suggestedBy === undefined) {
    out.push(issueOf('rule_violation', r.suggestion === undefined ? [i, 'suggestion'] : [i, 'suggestion', 'suggestedBy'], M.suggestedBy, SUGGESTION_SOURCE));
  }
}

/** A quarterly review under the rule set and the options. */
function checkQuarter({ r, i, o, rs, out, warn }: OneReview): void {
  const s = r.subject;
  if (r.period.quarter !== undefined) {
    const path = [i, 'period', 'quarter'];
    const q = rs?.quarterlyForLeaders;
    if (rs && q?.status === 'doesNotApply') {
      out.push(issueOf('not_applicable', path, M.noQuarters(rs.label), rs.quarterlyForLeaders.citations[0]));
    } else if (rs && q?.status === 'unverified') {
      if (o.unverifiedQuarters === 'flag') warn.push(warning('quarter', path, M.quarterUnverified(rs.label), []));
    } else if (o.quarterlySubjects === 'leadersOnly' && (s.type !== 'member' || !s.leader)) {
      const cites = q?.citations ?? [];
      warn.push(warning('quarter', path, M.quarterLeadersOnly, cites.length > 1 ? [cites[1] as Citation, cites[0] as Citation] : cites));
    } else if (r.period.quarter === 4 && o.fourthQuarter === 'reject') {
      warn.push(warning('quarter', path, M.fourthQuarter, q?.citations[1] ? [q.citations[1]] : []));
    }
  }
}

/** Each remediation item points at a finding, and is not done before the review. */
function checkRemediation({ r, i, out }: OneReview): void {
  const findingKeys = new Set(r.findings.map(targetKey));
  r.remediation.forEach((item, k) => {
    item.addresses.forEach((t, m) => {
      if (!findingKeys.has(targetKey(t))) {
        out.push(issueOf('inconsistent', [i, 'remediation', k, 'addresses', m], M.addresses));
      }
    });
    if (item.doneOn !== undefined && r.heldOn !== undefined && compareIsoDates(item.doneOn, r.heldOn) < 0) {
      out.push(issueOf('date_order', [i, 'remediation', k, 'doneOn'], M.doneOn));
    }
  });
}

function checkAcross(reviews: readonly Review[], out: Nq4Issue[], warn: ReviewWarning[]): void {
  const firstAt = new Map<string, number>();
  const ratingAt = new Map<string, number>();
  const subjectAt = new Map<string, number>();
  reviews.forEach((r, j) => {
    const sk = `${subjectKey(r.subject)}\u0001${periodKey(r.period)}`;
    const si = subjectAt.get(sk);
    const first = si === undefined ? undefined : reviews[si];
    if (si === undefined) subjectAt.set(sk, j);
    else if (first && subjectsDisagree(first.subject, r.subject)) {
      out.push(issueOf('inconsistent', [j, 'subject'], M.subject(si)));
    }
    if (r.kind !== 'reReview') {
      const key = [subjectKey(r.subject), periodKey(r.period), r.place.kind, r.place.unitId].join('\u0001');
      const i = firstAt.get(key);
      if (i === undefined) firstAt.set(key, j);
      else {
        warn.push(warning('duplicate', [j, 'place'], M.duplicate(i), [PLACE_INFERENCE]));
      }
    }
    if (r.outcome.rating !== undefined) {
      const key = [subjectKey(r.subject), periodKey(r.period)].join('\u0001');
      const i = ratingAt.get(key);
      const other = i === undefined ? undefined : reviews[i];
      if (i === undefined) ratingAt.set(key, j);
      else if (other?.outcome.rating !== r.outcome.rating) {
        out.push(issueOf('inconsistent', [j, 'outcome', 'rating'], M.rating(i)));
      }
    }
  });
}

/**
 * Check the process rules of the review cycle across a list of reviews and return every problem
 * a quoted rule supports (an empty list when there is none), the first 100 and one more when a
 * batch has more. Each issue has the record index in its path; rule issues carry their legal
 * source. A rule known only from a paraphrase or an inference never makes an issue: it is a
 * {@link ReviewWarning} of {@link checkReviews}. The records themselves must be well formed: a malformed
 * record throws, as in {@link parseReviews}.
 *
 * @example
 * ```ts
 * import { findReviewIssues } from 'nq4';
 * const issues = findReviewIssues([
 *   {
 *     unitId: 'cb-1',
 *     subject: { type: 'member', id: 'm-1', activityStatus: 'suspended' },
 *     period: { year: 2025 },
 *     kind: 'annual',
 *     place: { kind: 'branch', unitId: 'cb-1' },
 *   },
 * ]);
 * issues[0].code; // 'rule_violation'
 * issues[0].path; // [0, 'subject', 'activityStatus']
 * ```
 * @throws {@link Nq4Error} when a record is malformed.
 * @category Review
 */
export function findReviewIssues(reviews: readonly ReviewInput[], options?: ValidateReviewsOptions): readonly Nq4Issue[] {
  return analyse(reviews, options).issues;
}

function analyse(reviews: readonly ReviewInput[], options: ValidateReviewsOptions | undefined): { list: readonly Review[]; issues: readonly Nq4Issue[]; warnings: readonly ReviewWarning[] } {
  const list = parseReviewList(reviews);
  const o = parseInput(validateReviewsOptionsSchema, options, ['options']);
  const resolved: Required<ValidateReviewsOptions> = {
    unverifiedExclusions: o?.unverifiedExclusions ?? 'allow',
    unverifiedQuarters: o?.unverifiedQuarters ?? 'allow',
    quarterlySubjects: o?.quarterlySubjects ?? 'leadersOnly',
    newMemberCutoff: o?.newMemberCutoff ?? 'heldOn',
    fourthQuarter: o?.fourthQuarter ?? 'reject',
  };
  const out: Nq4Issue[] = [];
  const warn: ReviewWarning[] = [];
  // Stop once ISSUE_LIMIT issues are collected: the error shows the first 100 and says there are more.
  for (let i = 0; i < list.length && out.length < ISSUE_LIMIT; i++) checkOne(list[i] as Review, i, resolved, out, warn);
  if (out.length < ISSUE_LIMIT) checkAcross(list, out, warn);
  return deepFreeze({ list, issues: out.slice(0, ISSUE_LIMIT), warnings: warn });
}

/**
 * Parse a list of reviews and check the process rules: throw one {@link Nq4Error} listing every
 * problem a quoted rule supports (see {@link findReviewIssues}), else return the normalized
 * reviews with the {@link ReviewWarning}s: points resting on a paraphrased, inferred or
 * unverified rule, or allowed only in a case the records can not show.
 *
 * @example
 * ```ts
 * import { checkReviews } from 'nq4';
 * const r = checkReviews([
 *   { unitId: 'cb', subject: { type: 'member', id: 'm', activityStatus: 'suspended' }, period: { year: 2021 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } },
 * ]);
 * r.status; // 'withWarnings'
 * r.reviews.length; // 1
 * r.warnings[0].code; // 'notReviewed'
 * r.warnings[0].basis; // 'paraphrased'
 * ```
 * @throws {@link Nq4Error} listing every problem.
 * @category Review
 */
export function checkReviews(reviews: readonly ReviewInput[], options?: ValidateReviewsOptions): ReviewCheckResult {
  const { list, issues, warnings } = analyse(reviews, options);
  if (issues.length > 0) throw new Nq4Error(issues as readonly [Nq4Issue, ...Nq4Issue[]]);
  return deepFreeze({ status: warnings.length > 0 ? 'withWarnings' : 'clean', reviews: list, warnings });
}

/**
 * Parse a list of reviews and check the process rules (see {@link findReviewIssues}); return the
 * normalized, frozen reviews, or throw one {@link Nq4Error} listing every problem. The warnings
 * (rules known only from a paraphrase or an inference) are not returned here: use
 * {@link checkReviews} to see them.
 *
 * @example
 * ```ts
 * import { validateReviews, Nq4Error } from 'nq4';
 * try {
 *   validateReviews([
 *     { unitId: 'h', subject: { type: 'leadershipCollective', id: 'x' }, period: { year: 2021 }, kind: 'suggested', place: { kind: 'ownLevel', unitId: 'x' } },
 *   ]);
 * } catch (error) {
 *   if (error instanceof Nq4Error) console.log(error.issues[0].path); // [0, 'suggestion']
 * }
 * ```
 * @throws {@link Nq4Error} listing every problem.
 * @category Review
 */
export function validateReviews(reviews: readonly ReviewInput[], options?: ValidateReviewsOptions): readonly Review[] {
  return checkReviews(reviews, options).reviews;
}

/**
 * Check a list of yearly commitments: one commitment per person and year (a second one for the
 * same person and year is reported as `inconsistent`). Returns the normalized commitments, or
 * throws listing every problem. The commitment is practice whose legal basis is unverified, so no
 * other rule (who must sign, by when) is enforced.
 *
 * @example
 * ```ts
 * import { validateCommitments } from 'nq4';
 * validateCommitments([{ personId: 'a', year: 2024, items: 'all27', signedOn: '2024-01-15' }]).length; // 1
 * ```
 * @throws {@link Nq4Error} listing every problem.
 * @category Review
 */
export function validateCommitments(commitments: readonly ReviewCommitmentInput[]): readonly ReviewCommitment[] {
  const list = parseCommitmentList(commitments);
  const out: Nq4Issue[] = [];
  const seen = new Map<string, number>();
  list.forEach((c, j) => {
    const key = `${c.personId}\u0001${c.year}`;
    const i = seen.get(key);
    if (i === undefined) seen.set(key, j);
    else out.push(issueOf('inconsistent', [j], M.commitment(i)));
  });
  if (out.length > 0) throw new Nq4Error(out as [Nq4Issue, ...Nq4Issue[]]);
  return deepFreeze(list);
}

/**
 * {@link validateReviews} without throwing: the normalized reviews, or the error listing every
 * problem.
 *
 * @example
 * ```ts
 * import { safeValidateReviews } from 'nq4';
 * const r = safeValidateReviews([
 *   { unitId: 'cb', subject: { type: 'member', id: 'm', activityStatus: 'exemptFromActivity' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } },
 * ]);
 * r.success; // false
 * ```
 * @category Review
 */
export function safeValidateReviews(reviews: readonly ReviewInput[], options?: ValidateReviewsOptions): SafeResult<readonly Review[]> {
  return toSafe(() => validateReviews(reviews, options));
}
