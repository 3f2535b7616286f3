/**
 * The guidance versions a review (kiểm điểm) follows, as dated rule sets.
 *
 * Lineage (hierarchy-review-reports.md §2.1, rating.md §1.1–1.2): HD 27-HD/BTCTW (25-9-2014, used
 * for 2016 with CV 1825-CV/BTCTW of 18-11-2016 that added NQ 04 content) → QĐ 132-QĐ/TW +
 * HD 16-HD/BTCTW (24-9-2018) → HD 21-HD/BTCTW (18-10-2019) → QĐ 124-QĐ/TW + HD 25-HD/BTCTW
 * (10-11-2023) → QĐ 366-QĐ/TW + HD 43-HD/BTCTW (31-10-2025, "thay thế Hướng dẫn số 25-HD/BTCTW").
 * Each guidance governed the whole year in which it was issued (rating.md §1.2, decision D1), so a
 * review year resolves on 31 December.
 *
 * Dates: `hd43` starts on **30-8-2025**, the day QĐ 366 takes effect (Điều 19, rating.md V4a),
 * not on 31-10-2025 when HD 43 was signed: from 30-8 to 30-10-2025 QĐ 124 was no longer in force,
 * and every point `hd43` encodes rests on QĐ 366 (the quarterly Q1–Q3 reading on KL 198 of
 * 8-10-2025 / HD 43, paraphrased). The HD 43 citation carries that caveat. `hd25` ends on
 * 29-8-2025. Years resolve on 31 December, so no year changes rule set.
 *
 * What each rule set encodes, with its status in the reference:
 * - who is **not reviewed** (QĐ 366 Điều 5 khoản 2, tiết 2.1, quoted: "trừ đảng viên được miễn
 *   công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa
 *   đủ 6 tháng"; QĐ 124: paraphrased; HD 21: paraphrased for the first two, and new members are
 *   reviewed, quoted; HD 16 and HD 27: unverified);
 * - whether leaders are evaluated **by quarter** (QĐ 366 "hằng quý", press, rating.md V4a; leaders
 *   Q1–Q3 per KL 198 / HD 43, paraphrased, hierarchy-review-reports.md §2.2); before QĐ 366 the
 *   reference only sees yearly reviews, which is missing evidence, not a rule: `unverified`;
 * - the rating criterion a **concluded manifestation** feeds, and whether the rating asks that the
 *   shortcomings of the previous review be **fixed** (QĐ 366 Điều 11 khoản 1, tiết 1.4, quoted).
 * @module
 */
import { lazyRuleSetRegistry, type RuleSetRegistry } from '../legal/ruleSets.js';

export { REVIEW_RULE_SET_IDS, type ReviewRuleSetId } from './ruleSetIds.js';
export type { ReviewRulePoint, NotReviewedRules, ReviewRuleSet } from './ruleSetTypes.js';
import type { ReviewRuleSet } from './ruleSetTypes.js';
import { REVIEW_RULE_SET_IDS, type ReviewRuleSetId } from './ruleSetIds.js';
import type { ReviewRuleSetModule } from './ruleSets/_common.js';
import { hd27Review } from './ruleSets/hd27.js';
import { hd16Review } from './ruleSets/hd16.js';
import { hd21Review } from './ruleSets/hd21.js';
import { hd25Review } from './ruleSets/hd25.js';
import { hd43Review } from './ruleSets/hd43.js';
import { chainValidity } from '../_lib/validity.js';

/**
 * The categories of members the texts keep out of the review:
 * - `exemptFromActivity` đảng viên được miễn công tác và sinh hoạt đảng;
 * - `suspended` đảng viên bị đình chỉ sinh hoạt đảng;
 * - `newMember` đảng viên mới kết nạp chưa đủ 6 tháng.
 * @example
 * ```ts
 * import { NOT_REVIEWED_CATEGORIES } from 'nq4';
 * NOT_REVIEWED_CATEGORIES.includes('suspended'); // true
 * ```
 * @category Review
 */
export const NOT_REVIEWED_CATEGORIES = ['exemptFromActivity', 'suspended', 'newMember'] as const;

/**
 * A not-reviewed category code.
 * @category Review
 */
export type NotReviewedCategory = (typeof NOT_REVIEWED_CATEGORIES)[number];

/**
 * The versions by id: the compiler asks for one per id of `REVIEW_RULE_SET_IDS` (ruleSetIds.ts,
 * the registry's one line per version), each under its own id. One module per version in
 * `ruleSets/`.
 */
const MODULES: { readonly [K in ReviewRuleSetId]: ReviewRuleSetModule<K> } = { hd27: hd27Review, hd16: hd16Review, hd21: hd21Review, hd25: hd25Review, hd43: hd43Review };

/**
 * The review rule sets, deeply frozen, oldest first, each ending the day before the next starts.
 *
 * @example
 * ```ts
 * import { REVIEW_RULE_SETS } from 'nq4';
 * REVIEW_RULE_SETS.map((r) => r.id); // ['hd27', 'hd16', 'hd21', 'hd25', 'hd43']
 * ```
 * @category Review
 */
export const REVIEW_RULE_SETS: readonly ReviewRuleSet[] = /* @__PURE__ */ (() => chainValidity(REVIEW_RULE_SET_IDS.map((id) => MODULES[id] as ReviewRuleSetModule<ReviewRuleSetId>)))();

/**
 * The registry of review rule sets (`forYear`, `forDate`, `resolve`, `byId`). A year resolves on
 * 31 December: each guidance governed the whole year in which it was issued.
 *
 * @example
 * ```ts
 * import { reviewRuleSets } from 'nq4';
 * reviewRuleSets.forYear(2016).id; // 'hd27'
 * reviewRuleSets.forYear(2023).id; // 'hd25'
 * reviewRuleSets.forDate('2025-11-01').notReviewed.newMember.status; // 'applies'
 * ```
 * @category Review
 */
export const reviewRuleSets: RuleSetRegistry<ReviewRuleSet> = /* @__PURE__ */ lazyRuleSetRegistry('review', () => REVIEW_RULE_SETS);

