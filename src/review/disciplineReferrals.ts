/**
 * The bridge from review to discipline. After a review the inspection commission "tiến hành kiểm
 * tra dấu hiệu vi phạm và thực hiện quy trình xem xét thi hành kỷ luật" (seed 001, quoted;
 * hierarchy-review-reports.md §2.2 step 8). A referral opens the procedure; it is not a
 * discipline. The procedure can end only in a Charter form ("Đối với tổ chức đảng: khiển trách,
 * cảnh cáo, giải tán; Đối với đảng viên chính thức: khiển trách, cảnh cáo, cách chức, khai trừ;
 * Đối với đảng viên dự bị: khiển trách, cảnh cáo", Điều lệ Đảng Điều 35 khoản 2, quoted), or in
 * no discipline.
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type Explanation, type Reason } from '../explain/explanation.js';
import { CHARTER_35_2 } from '../legal/charter.js';
import type { TallyDisciplineSubject } from '../tally/tally.js';
import { REFERRAL_MESSAGES as M } from './_messages.js';
import { ruleSetOf, targetCitation, targetLabel } from './_resolve.js';
import { REVIEW_SUBJECT_TYPE_LABELS, type ReviewDisciplineReferral, type ReviewFinding, type ReviewPeriod, type ReviewSubject } from './model.js';
import { parseReviewList, type ReviewInput } from './schemas.js';

/**
 * One subject passed on to the discipline procedure after a review.
 * @category Review
 */
export interface ReviewDisciplineReferralRecord {
  /** Index of the review in the input. */
  readonly reviewIndex: number;
  /** The review's id, when it has one. */
  readonly reviewId?: string;
  /** Who is referred. */
  readonly subject: ReviewSubject;
  /**
   * The discipline subject for the discipline area and the tally: `organization` for a collective,
   * `officialMember` / `probationaryMember` when the membership is known, else `member`.
   */
  readonly disciplineSubject: TallyDisciplineSubject;
  /** The period of the review. */
  readonly period: ReviewPeriod;
  /** The referral as recorded. */
  readonly referral: ReviewDisciplineReferral;
  /** The findings of the review (concluded or not). */
  readonly findings: readonly ReviewFinding[];
  /** Why it is listed, in Vietnamese and English. */
  readonly explanation: Explanation;
}


function disciplineSubjectOf(s: ReviewSubject): TallyDisciplineSubject {
  if (s.type !== 'member') return 'organization';
  return s.membership === 'official' ? 'officialMember' : s.membership === 'probationary' ? 'probationaryMember' : 'member';
}

/**
 * The subjects that reviews passed on to the discipline procedure, in input order, each with the
 * discipline subject code, the findings behind it and an explanation. Reviews without a referral
 * are not listed: the library does not infer a referral from findings.
 *
 * @example
 * ```ts
 * import { findDisciplineReferrals } from 'nq4';
 * const [ref] = findDisciplineReferrals([
 *   {
 *     unitId: 'huyen',
 *     subject: { type: 'member', id: 'cb-9', membership: 'official', leader: true },
 *     period: { year: 2018 },
 *     kind: 'suggested',
 *     suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy', issues: ['Thiếu trách nhiệm'] },
 *     place: { kind: 'leadershipCollective', unitId: 'ubnd-xa' },
 *     findings: [{ manifestation: 'G1-4', identifiedBy: 'higherLevel' }],
 *     outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy', on: '2019-01-15' } },
 *   },
 * ]);
 * ref.disciplineSubject; // 'officialMember'
 * ```
 * @throws {@link Nq4Error} for malformed records.
 * @category Review
 */
export function findDisciplineReferrals(reviews: readonly ReviewInput[]): readonly ReviewDisciplineReferralRecord[] {
  const list = parseReviewList(reviews);
  const out: ReviewDisciplineReferralRecord[] = [];
  list.forEach((r, reviewIndex) => {
    const referral = r.outcome.disciplineReferral;
    if (referral === undefined) return;
    const rs = ruleSetOf(r);
    const subjectLabel = REVIEW_SUBJECT_TYPE_LABELS[r.subject.type];
    const reasons: Reason[] = [{ code: 'referred', text: M.referred(subjectLabel, referral.by, referral.on), citations: [] }];
    if (r.findings.length > 0) {
      reasons.push({
        code: 'findings',
        text: M.findings(r.findings.map((f) => M.finding(targetLabel(f), f.concluded))),
        citations: r.findings.map(targetCitation),
      });
    }
    reasons.push({ code: 'possibleForms', text: M.possibleForms, citations: [CHARTER_35_2] });
    out.push({
      reviewIndex,
      ...(r.id !== undefined ? { reviewId: r.id } : {}),
      subject: r.subject,
      disciplineSubject: disciplineSubjectOf(r.subject),
      period: r.period,
      referral,
      findings: r.findings,
      explanation: explain({
        outcome: { code: 'referredToDiscipline', label: M.referredToDiscipline },
        ...(rs ? { ruleSet: { id: rs.id, label: rs.label } } : {}),
        reasons,
        caveats: [NOT_AN_OFFICIAL_DECISION],
      }),
    });
  });
  return deepFreeze(out);
}

/**
 * The former name of {@link findDisciplineReferrals}: same argument, same answer.
 * @deprecated Use `findDisciplineReferrals`. Will be removed in the next minor.
 * @example
 * ```ts
 * import { disciplineReferrals } from 'nq4';
 * disciplineReferrals([]).length; // 0
 * ```
 * @category Review
 */
export const disciplineReferrals: (reviews: readonly ReviewInput[]) => readonly ReviewDisciplineReferralRecord[] = findDisciplineReferrals;
