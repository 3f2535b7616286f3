/**
 * Late remediation items. After a review "tập thể và từng cá nhân xây dựng chương trình, kế hoạch
 * sửa chữa, khắc phục những hạn chế, khuyết điểm" (Politburo instruction on the 2016 review, as
 * reported, hierarchy-review-reports.md §2.2 step 7, quoted from the press); seed 004 ("Sau kiểm
 * điểm phải xây dựng kế hoạch, xác định rõ biện pháp, lộ trình khắc phục đối với từng hạn chế,
 * khuyết điểm"). Due dates come from the unit's own plan: no national deadline was found (U).
 * Under QĐ 366 the "excellent" level requires "Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ
 * ra ở thời điểm kiểm điểm trước (nếu có)" (Điều 11 khoản 1 tiết 1.4, quoted), so a late item there
 * also says what it costs.
 * @module
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../_lib/dates.js';
import { isoDate, issueParams } from '../_lib/schema.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseInput } from '../errors.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type Explanation, type Reason } from '../explain/explanation.js';
import { daysBetween } from './_calendar.js';
import { OVERDUE_MESSAGES as M } from './_messages.js';
import { ruleSetOf, targetCitation, targetLabel } from './_resolve.js';
import { REVIEW_SUBJECT_TYPE_LABELS, type RemediationItem, type ReviewPeriod, type ReviewSubject } from './model.js';
import { parseReviewList, type ReviewInput } from './schemas.js';

/**
 * Options of {@link findOverdueRemediations}.
 * @category Review
 */
export interface FindOverdueRemediationsOptions {
  /** The day to judge lateness on (`YYYY-MM-DD`): an item due on day D is late from D + 1. */
  readonly on: IsoDate;
  /**
   * The former name of `on`, still read (`on` wins when both are given).
   * @deprecated Use `on`. Will be removed in the next minor.
   */
  readonly today?: IsoDate;
}

/**
 * The options under their former name, still accepted for one minor.
 * @deprecated Use `FindOverdueRemediationsOptions` (`on` instead of `today`). Will be removed in the next minor.
 * @category Review
 */
export interface OverdueRemediationsOptions {
  /** The day to judge lateness on (`YYYY-MM-DD`). @deprecated Use `on`. */
  readonly today: IsoDate;
  /** The day to judge lateness on; wins over `today`. */
  readonly on?: IsoDate;
}

/**
 * One late remediation item, with where it comes from and why it is late.
 * @category Review
 */
export interface OverdueRemediation {
  /** Index of the review in the input. */
  readonly reviewIndex: number;
  /** The review's id, when it has one. */
  readonly reviewId?: string;
  /** Index of the item in the review's plan. */
  readonly itemIndex: number;
  /** Who must remedy. */
  readonly subject: ReviewSubject;
  /** The period of the review. */
  readonly period: ReviewPeriod;
  /** The item, as normalized. */
  readonly item: RemediationItem;
  /** Whole days past the due date. */
  readonly daysOverdue: number;
  /** Why it is listed, in Vietnamese and English. */
  readonly explanation: Explanation;
}

/** {@link FindOverdueRemediationsOptions}, checked; required, with `on` or its former name `today`. @internal */
export const overdueRemediationsOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({ on: z.optional(isoDate()), today: z.optional(isoDate()) }).check(
    z.superRefine((o, ctx) => {
      if (o.on === undefined && o.today === undefined) {
        ctx.addIssue({ code: 'custom', path: ['on'], params: issueParams('missing', M.missing.vi, M.missing.en) });
      }
    }),
  ),
);

/**
 * The remediation items that are late on the day `on`: not done, not dropped, and due before it.
 * Items without a due date are never late. Sorted by due date, then by review and item index.
 * Each comes with an explanation in Vietnamese and English; under QĐ 366 it adds that the
 * "excellent" level needs every shortcoming of the previous review fixed.
 *
 * @example
 * ```ts
 * import { findOverdueRemediations } from 'nq4';
 * const late = findOverdueRemediations(
 *   [
 *     {
 *       unitId: 'cb-1',
 *       subject: { type: 'member', id: 'm-3' },
 *       period: { year: 2025 },
 *       kind: 'annual',
 *       place: { kind: 'branch', unitId: 'cb-1' },
 *       findings: [{ manifestation: 'G1-3', identifiedBy: 'self' }],
 *       remediation: [{ action: 'Học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2026-03-31', status: 'inProgress' }],
 *     },
 *   ],
 *   { on: '2026-04-10' },
 * );
 * late[0].daysOverdue; // 10
 * late[0].explanation.outcome.code; // 'overdue'
 * ```
 * @throws {@link Nq4Error} for malformed records or a bad or missing `on`.
 * @category Review
 */
export function findOverdueRemediations(reviews: readonly ReviewInput[], options: FindOverdueRemediationsOptions | OverdueRemediationsOptions): readonly OverdueRemediation[] {
  const list = parseReviewList(reviews);
  const parsed = parseInput(overdueRemediationsOptionsSchema, options, ['options']);
  // The option is named in the result under the name given: `on`, or its former name `today`.
  const optionName = parsed.on !== undefined ? 'on' : 'today';
  const today = (parsed.on ?? parsed.today) as IsoDate;
  const out: OverdueRemediation[] = [];
  list.forEach((r, reviewIndex) => {
    const rs = ruleSetOf(r);
    r.remediation.forEach((item, itemIndex) => {
      if (item.status === 'done' || item.status === 'dropped' || item.dueOn === undefined) return;
      const days = daysBetween(item.dueOn, today);
      if (days <= 0) return;
      const subjectLabel = REVIEW_SUBJECT_TYPE_LABELS[r.subject.type];
      const reasons: Reason[] = [{ code: 'dueDatePassed', text: M.dueDatePassed(subjectLabel, r.period, item.dueOn, today, item.status, days), citations: [] }];
      if (item.addresses.length > 0) {
        reasons.push({
          code: 'addressesFindings',
          text: M.addressesFindings(item.addresses.map(targetLabel)),
          citations: item.addresses.map(targetCitation),
        });
      }
      const blockedBy: Reason[] = [];
      if (rs && rs.shortcomingsFixed.status === 'applies') {
        blockedBy.push({ code: 'shortcomingsNotFixed', text: M.shortcomingsNotFixed, citations: rs.shortcomingsFixed.citations });
      }
      out.push({
        reviewIndex,
        ...(r.id !== undefined ? { reviewId: r.id } : {}),
        itemIndex,
        subject: r.subject,
        period: r.period,
        item,
        daysOverdue: days,
        explanation: explain({
          outcome: { code: 'overdue', label: M.overdue },
          ...(rs ? { ruleSet: { id: rs.id, label: rs.label } } : {}),
          reasons,
          blockedBy,
          options: [{ name: optionName, value: today, effect: M.on }],
          caveats: [M.unitDueDates, NOT_AN_OFFICIAL_DECISION],
        }),
      });
    });
  });
  out.sort((a, b) => {
    const da = a.item.dueOn ?? '';
    const db = b.item.dueOn ?? '';
    if (da !== db) return da < db ? -1 : 1;
    return a.reviewIndex - b.reviewIndex || a.itemIndex - b.itemIndex;
  });
  return deepFreeze(out);
}

/**
 * The former name of {@link findOverdueRemediations}: same arguments, same answer.
 * @deprecated Use `findOverdueRemediations` (option `on`). Will be removed in the next minor.
 * @example
 * ```ts
 * import { overdueRemediations } from 'nq4';
 * overdueRemediations([], { today: '2026-04-10' }).length; // 0
 * ```
 * @category Review
 */
export const overdueRemediations: (reviews: readonly ReviewInput[], options: FindOverdueRemediationsOptions | OverdueRemediationsOptions) => readonly OverdueRemediation[] = findOverdueRemediations;
