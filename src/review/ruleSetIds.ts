/**
 * The ids of the review rule sets, apart from the rule sets themselves: the record schemas need
 * only the ids, so a bundle that parses reviews does not carry the guidance texts.
 * @module
 */

/**
 * The ids of the review rule sets, oldest first.
 * @example
 * ```ts
 * import { REVIEW_RULE_SET_IDS } from 'nq4';
 * REVIEW_RULE_SET_IDS.length; // 5
 * ```
 * @category Review
 */
export const REVIEW_RULE_SET_IDS = ['hd27', 'hd16', 'hd21', 'hd25', 'hd43'] as const;

/**
 * A review rule-set id.
 * @category Review
 */
export type ReviewRuleSetId = (typeof REVIEW_RULE_SET_IDS)[number];
