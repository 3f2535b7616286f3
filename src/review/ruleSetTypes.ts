/**
 * The shape of a review rule set, apart from the registry (`ruleSets.ts`) so that the version
 * modules of `ruleSets/` read it without an import cycle.
 * @module
 */
import type { Label } from '../i18n/label.js';
import type { Citation } from '../legal/citation.js';
import type { PartyDocument } from '../legal/documents.js';
import type { RuleSetInfo } from '../legal/ruleSets.js';
import type { ReviewRuleSetId } from './ruleSetIds.js';

/**
 * What a rule set says about one point, and how well the reference knows it:
 * - `applies`: the rule holds under this rule set;
 * - `doesNotApply`: the rule set says the opposite (HD 21: new members are still reviewed);
 * - `unverified`: the reference has not seen the text: the library never enforces it silently, an
 *   option decides (see the functions that read it).
 * @category Review
 */
export interface ReviewRulePoint {
  /** Whether the rule holds under this rule set. */
  readonly status: 'applies' | 'doesNotApply' | 'unverified';
  /** Where it is written (empty when unverified). */
  readonly citations: readonly Citation[];
  /** What the point says, in both languages. */
  readonly note: Label;
}

/**
 * Who is not reviewed under a rule set, one point per category.
 * @category Review
 */
export interface NotReviewedRules {
  /** Members exempt from party work and activity (miễn công tác và sinh hoạt đảng). */
  readonly exemptFromActivity: ReviewRulePoint;
  /** Members suspended from party activity (đình chỉ sinh hoạt đảng). */
  readonly suspended: ReviewRulePoint;
  /** Members admitted less than 6 months before (mới kết nạp chưa đủ 6 tháng). */
  readonly newMember: ReviewRulePoint;
}

/**
 * One guidance version of the review cycle.
 * @category Review
 */
export interface ReviewRuleSet extends RuleSetInfo {
  /** Always `"review"`. */
  readonly area: 'review';
  /** The rule-set id. */
  readonly id: ReviewRuleSetId;
  /** The guidance (hướng dẫn) the rule set is named after. */
  readonly guidance: PartyDocument;
  /** The regulation (quy định) it implements, when there is one. */
  readonly regulation?: PartyDocument;
  /** Who is not reviewed, per category. */
  readonly notReviewed: NotReviewedRules;
  /** Whether leaders are evaluated by quarter as well as by year. */
  readonly quarterlyForLeaders: ReviewRulePoint;
  /** The rating criterion that a manifestation concluded by the competent body triggers. */
  readonly degradationConcluded: ReviewRulePoint;
  /** Whether the rating asks that the shortcomings shown at the previous review be fixed. */
  readonly shortcomingsFixed: ReviewRulePoint;
}
