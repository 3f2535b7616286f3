/**
 * Process rules of the review cycle that the reference supports, checked across a list of
 * reviews (hierarchy-review-reports.md §2.2; rating.md §4.4, §5.1, §6.2):
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
import * as z from 'zod/mini';
import { compareIsoDates } from '../_lib/dates.js';
import { deepFreeze } from '../_lib/freeze.js';
import { issue, Nq4Error, parseInput, toSafe, type Nq4Issue, type SafeResult } from '../errors.js';
import { cite, type Citation } from '../legal/citation.js';
import { QD124_OF_2023 } from '../legal/documents.js';
import { addMonths } from './_calendar.js';
import { periodEnd, periodStart, ruleSetOf, subjectsDisagree } from './_resolve.js';
import { periodKey, subjectKey, targetKey, type ReviewCommitment, type Review } from './model.js';
import { reviewCommitmentListSchema, reviewListSchema, type ReviewCommitmentInput, type ReviewInput } from './schemas.js';
import type { NotReviewedCategory } from './ruleSets.js';

/**
 * Options of {@link validateReviews} and {@link findReviewIssues}: each one settles a point the
 * reference leaves open.
 * @category Review
 */
export interface ValidateReviewsOptions {
  /**
   * What to do with an exempt, suspended or new member reviewed under a rule set whose exclusion
   * is unverified (HD 27, HD 16): `"allow"` (default: no rule is invented) or `"flag"`.
   */
  readonly unverifiedExclusions?: 'allow' | 'flag';
  /**
   * The day at which "chưa đủ 6 tháng" is measured: `"heldOn"` (default: the day of the review
   * meeting, or the period's last day when the meeting day is not given) or `"periodEnd"`.
   */
  readonly newMemberCutoff?: 'heldOn' | 'periodEnd';
  /** A quarterly review for the fourth quarter: `"reject"` (default; merged into the year-end rating) or `"allow"`. */
  readonly fourthQuarter?: 'reject' | 'allow';
  /**
   * A quarterly review under a rule set whose quarterly review is unverified (every version before
   * QĐ 366: the reference only sees yearly reviews there): `"allow"` (default: no rule is invented)
   * or `"flag"` (a `not_applicable` issue saying it is unverified).
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

const SUGGESTION_SOURCE: Citation = /* @__PURE__ */ cite(
  QD124_OF_2023,
  { article: 7, clause: 1, item: { vi: 'tiết 1.3', en: 'sub-point 1.3' }, quoteVi: 'Cấp trên gợi ý kiểm điểm đối với tập thể, cá nhân theo phân cấp quản lý khi cần thiết' },
  'quoted',
);

const PLACE_SOURCE: Citation = /* @__PURE__ */ cite(
  QD124_OF_2023,
  {
    article: 7,
    quoteVi: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt; Cán bộ lãnh đạo, quản lý cơ bản thực hiện kiểm điểm ở 2 nơi (ở chi bộ nơi sinh hoạt và tập thể lãnh đạo, quản lý nơi làm việc)',
    note: {
      vi: 'Việc coi hai cuộc kiểm điểm cùng nơi, cùng kỳ là trùng lặp là suy luận của thư viện.',
      en: 'Treating two reviews in the same place and period as a duplicate is the library’s inference.',
    },
  },
  'quoted',
);

const CATEGORY_FIELD: Readonly<Record<NotReviewedCategory, string>> = {
  exemptFromActivity: 'activityStatus',
  suspended: 'activityStatus',
  newMember: 'admittedOn',
};

const CATEGORY_TEXT: Readonly<Record<NotReviewedCategory, { vi: string; en: string }>> = {
  exemptFromActivity: { vi: 'đảng viên được miễn công tác và sinh hoạt đảng', en: 'a member exempt from party work and activity' },
  suspended: { vi: 'đảng viên bị đình chỉ sinh hoạt đảng', en: 'a member suspended from party activity' },
  newMember: { vi: 'đảng viên mới kết nạp chưa đủ 6 tháng', en: 'a member admitted less than 6 months before' },
};

function checkOne(r: Review, i: number, o: Required<ValidateReviewsOptions>, out: Nq4Issue[]): void {
  const rs = ruleSetOf(r);
  if (!rs) {
    out.push(
      issue(
        'no_rule_set',
        [i, 'period', 'year'],
        'Không có hướng dẫn kiểm điểm nào trong thư viện áp dụng cho năm này (sớm nhất: Hướng dẫn 27-HD/BTCTW, 2014).',
        'No review guidance in the library covers this year (the earliest is Guidance 27-HD/BTCTW, 2014).',
      ),
    );
  }
  const s = r.subject;
  const end = periodEnd(r.period);

  if (r.heldOn !== undefined && compareIsoDates(r.heldOn, periodStart(r.period)) < 0) {
    out.push(issue('date_order', [i, 'heldOn'], 'Ngày kiểm điểm trước ngày đầu của kỳ kiểm điểm.', 'The review is held before the period it covers begins.'));
  }

  if (s.type === 'member') {
    const categories: NotReviewedCategory[] = [];
    if (s.activityStatus === 'exemptFromActivity' || s.activityStatus === 'suspended') categories.push(s.activityStatus);
    if (s.admittedOn !== undefined) {
      const cutoff = o.newMemberCutoff === 'periodEnd' ? end : (r.heldOn ?? end);
      if (compareIsoDates(s.admittedOn, cutoff) > 0) {
        out.push(issue('date_order', [i, 'subject', 'admittedOn'], 'Ngày kết nạp sau ngày kiểm điểm.', 'The admission day is after the review.'));
      } else if (compareIsoDates(addMonths(s.admittedOn, 6), cutoff) > 0) categories.push('newMember');
    }
    for (const c of categories) {
      if (!rs) continue;
      const point = rs.notReviewed[c];
      const path = [i, 'subject', CATEGORY_FIELD[c]];
      const what = CATEGORY_TEXT[c];
      if (point.status === 'applies') {
        out.push(
          issue(
            'rule_violation',
            path,
            `Theo ${rs.label.vi}, ${what.vi} không kiểm điểm.`,
            `Under ${rs.label.en}, ${what.en} is not reviewed.`,
            point.citations[0],
          ),
        );
      } else if (point.status === 'unverified' && o.unverifiedExclusions === 'flag') {
        out.push(
          issue(
            'rule_violation',
            path,
            `Kiểm điểm ${what.vi}; theo ${rs.label.vi}, việc có kiểm điểm đối tượng này chưa được xác minh (tùy chọn unverifiedExclusions = "flag").`,
            `Reviews ${what.en}; whether ${rs.label.en} reviews such members is unverified (option unverifiedExclusions = "flag").`,
          ),
        );
      }
    }
    if (r.place.kind === 'ownLevel') {
      out.push(issue('not_applicable', [i, 'place', 'kind'], 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt, không phải "tại cấp của tập thể".', 'A member is reviewed at their party branch (chi bộ), not "at the collective’s own level".', PLACE_SOURCE));
    } else if (r.place.kind === 'leadershipCollective' && !s.leader) {
      out.push(
        issue(
          'not_applicable',
          [i, 'place', 'kind'],
          'Chỉ cán bộ lãnh đạo, quản lý kiểm điểm thêm ở tập thể lãnh đạo, quản lý nơi làm việc (đánh dấu subject.leader = true).',
          'Only leaders also review in the leadership collective at the workplace (set subject.leader = true).',
          PLACE_SOURCE,
        ),
      );
    }
  } else if (r.place.kind === 'branch') {
    out.push(issue('not_applicable', [i, 'place', 'kind'], 'Tập thể kiểm điểm tại cấp của mình, không phải "chi bộ nơi sinh hoạt".', 'A collective is reviewed at its own level, not at "the party branch where the member is active".', PLACE_SOURCE));
  }

  if ((r.kind === 'suggested' || r.kind === 'deep') && r.suggestion?.suggestedBy === undefined) {
    out.push(
      issue(
        'rule_violation',
        r.suggestion === undefined ? [i, 'suggestion'] : [i, 'suggestion', 'suggestedBy'],
        'Kiểm điểm theo gợi ý phải ghi rõ cấp trên đã gợi ý.',
        'A suggested review must name the higher body that suggested it.',
        SUGGESTION_SOURCE,
      ),
    );
  }

  if (r.period.quarter !== undefined) {
    const path = [i, 'period', 'quarter'];
    const q = rs?.quarterlyForLeaders;
    if (rs && q?.status === 'doesNotApply') {
      out.push(issue('not_applicable', path, `Theo ${rs.label.vi}, không kiểm điểm theo quý.`, `${rs.label.en} has no quarterly review.`, rs.quarterlyForLeaders.citations[0]));
    } else if (rs && q?.status === 'unverified') {
      if (o.unverifiedQuarters === 'flag') {
        out.push(
          issue(
            'not_applicable',
            path,
            `Theo ${rs.label.vi}, việc kiểm điểm theo quý chưa được xác minh: tài liệu tham chiếu chỉ thấy kiểm điểm hằng năm (tùy chọn unverifiedQuarters = "flag").`,
            `Whether ${rs.label.en} has quarterly reviews is unverified: the reference only sees yearly reviews (option unverifiedQuarters = "flag").`,
          ),
        );
      }
    } else if (o.quarterlySubjects === 'leadersOnly' && (s.type !== 'member' || !s.leader)) {
      out.push(
        issue(
          'not_applicable',
          path,
          'Đánh giá theo quý chỉ áp dụng cho cán bộ lãnh đạo, quản lý (Kết luận 198-KL/TW, Hướng dẫn 43-HD/BTCTW, tóm tắt); Quy định 366-QĐ/TW (báo chí) nói "hằng quý" mà không giới hạn (tùy chọn quarterlySubjects).',
          'Quarterly evaluation applies to leaders only (Conclusion 198-KL/TW, Guidance 43-HD/BTCTW, paraphrased); Regulation 366-QĐ/TW (press) says "quarterly" without that limit (option quarterlySubjects).',
          q?.citations[1],
        ),
      );
    } else if (r.period.quarter === 4 && o.fourthQuarter === 'reject') {
      out.push(
        issue(
          'not_applicable',
          path,
          'Không đánh giá riêng quý IV: kết quả quý IV gộp vào đánh giá cuối năm (tùy chọn fourthQuarter).',
          'There is no separate fourth-quarter evaluation: it is merged into the year-end rating (option fourthQuarter).',
          rs?.quarterlyForLeaders.citations[1],
        ),
      );
    }
  }

  const findingKeys = new Set(r.findings.map(targetKey));
  r.remediation.forEach((item, k) => {
    item.addresses.forEach((t, m) => {
      if (!findingKeys.has(targetKey(t))) {
        out.push(
          issue(
            'inconsistent',
            [i, 'remediation', k, 'addresses', m],
            'Biện pháp khắc phục trỏ tới một biểu hiện không có trong các phát hiện của cuộc kiểm điểm này.',
            'The remediation item points at a manifestation that is not among this review’s findings.',
          ),
        );
      }
    });
    if (item.doneOn !== undefined && r.heldOn !== undefined && compareIsoDates(item.doneOn, r.heldOn) < 0) {
      out.push(issue('date_order', [i, 'remediation', k, 'doneOn'], 'Ngày khắc phục xong trước ngày kiểm điểm.', 'The item is done before the review was held.'));
    }
  });
}

function checkAcross(reviews: readonly Review[], out: Nq4Issue[]): void {
  const firstAt = new Map<string, number>();
  const ratingAt = new Map<string, number>();
  const subjectAt = new Map<string, number>();
  reviews.forEach((r, j) => {
    const sk = `${subjectKey(r.subject)}\u0001${periodKey(r.period)}`;
    const si = subjectAt.get(sk);
    const first = si === undefined ? undefined : reviews[si];
    if (si === undefined) subjectAt.set(sk, j);
    else if (first && subjectsDisagree(first.subject, r.subject)) {
      out.push(
        issue(
          'inconsistent',
          [j, 'subject'],
          `Thông tin về cùng đối tượng trong cùng kỳ (loại tổ chức hoặc đảng viên chính thức/dự bị) khác với bản ghi [${si}].`,
          `The same subject in the same period is described differently (organization kind or membership) than in record [${si}].`,
        ),
      );
    }
    if (r.kind !== 'reReview') {
      const key = [subjectKey(r.subject), periodKey(r.period), r.place.kind, r.place.unitId].join('\u0001');
      const i = firstAt.get(key);
      if (i === undefined) firstAt.set(key, j);
      else {
        out.push(
          issue(
            'rule_violation',
            [j, 'place'],
            `Cùng đối tượng đã được kiểm điểm tại cùng nơi, cùng kỳ ở bản ghi [${i}]; nếu là kiểm điểm lại, đặt kind = "reReview".`,
            `The same subject was already reviewed at the same place for the same period in record [${i}]; for a re-review use kind = "reReview".`,
            PLACE_SOURCE,
          ),
        );
      }
    }
    if (r.outcome.rating !== undefined) {
      const key = [subjectKey(r.subject), periodKey(r.period)].join('\u0001');
      const i = ratingAt.get(key);
      const other = i === undefined ? undefined : reviews[i];
      if (i === undefined) ratingAt.set(key, j);
      else if (other?.outcome.rating !== r.outcome.rating) {
        out.push(
          issue(
            'inconsistent',
            [j, 'outcome', 'rating'],
            `Mức xếp loại khác với mức đã ghi cho cùng đối tượng, cùng kỳ ở bản ghi [${i}]; cấp có thẩm quyền quyết định một mức.`,
            `The rating differs from the one recorded for the same subject and period in record [${i}]; the competent level decides one level.`,
          ),
        );
      }
    }
  });
}

/**
 * Check the process rules of the review cycle across a list of reviews and return every problem
 * found (an empty list when there is none). Each issue has the record index in its path; rule
 * issues carry their legal source. The records themselves must be well formed: a malformed
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
  const list = parseInput(reviewListSchema, reviews);
  const o = parseInput(validateReviewsOptionsSchema, options, ['options']);
  const resolved: Required<ValidateReviewsOptions> = {
    unverifiedExclusions: o?.unverifiedExclusions ?? 'allow',
    unverifiedQuarters: o?.unverifiedQuarters ?? 'allow',
    quarterlySubjects: o?.quarterlySubjects ?? 'leadersOnly',
    newMemberCutoff: o?.newMemberCutoff ?? 'heldOn',
    fourthQuarter: o?.fourthQuarter ?? 'reject',
  };
  const out: Nq4Issue[] = [];
  list.forEach((r, i) => checkOne(r, i, resolved, out));
  checkAcross(list, out);
  return deepFreeze(out);
}

/**
 * Parse a list of reviews and check the process rules (see {@link findReviewIssues}); return the
 * normalized, frozen reviews, or throw one {@link Nq4Error} listing every problem.
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
  const issues = findReviewIssues(reviews, options);
  if (issues.length > 0) throw new Nq4Error(issues as readonly [Nq4Issue, ...Nq4Issue[]]);
  return deepFreeze(parseInput(reviewListSchema, reviews));
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
  const list = parseInput(reviewCommitmentListSchema, commitments);
  const out: Nq4Issue[] = [];
  const seen = new Map<string, number>();
  list.forEach((c, j) => {
    const key = `${c.personId}\u0001${c.year}`;
    const i = seen.get(key);
    if (i === undefined) seen.set(key, j);
    else out.push(issue('inconsistent', [j], `Trùng bản cam kết của cùng người, cùng năm ở bản ghi [${i}].`, `Duplicate commitment of the same person and year as record [${i}].`));
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
