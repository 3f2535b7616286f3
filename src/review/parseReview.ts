import { deepFreeze } from '../_lib/freeze.js';
import { parseInput, toSafe, type SafeResult } from '../errors.js';
import type { ReviewCommitment, Review } from './model.js';
import { parseCommitmentList, parseReviewList, reviewCommitmentSchema, reviewSchema, type ReviewCommitmentInput, type ReviewInput } from './schemas.js';

/**
 * Validate one review record and return it normalized and deeply frozen: text in NFC, catalog ids
 * upper-cased, defaults filled (`findings: []`, `remediation: []`, `leader: false`,
 * `organizationKind: "other"`), and the same manifestation twice in one review merged into one
 * finding (who identified it: the union; concluded if any occurrence is; evidence: the union).
 * Process rules across reviews (exemptions, duplicates) are checked by {@link validateReviews}.
 *
 * The argument is typed {@link ReviewInput}, not `unknown`, although this is a parser: it is also
 * the normalizer that typed apps call on records they build, where the compiler should catch a
 * misspelt field or a wrong code. It validates at run time all the same, so data of unknown shape
 * (parsed JSON, a form) can be passed as `data as ReviewInput`; {@link reviewSchema} reads
 * `unknown` directly with zod's own result.
 *
 * @example
 * ```ts
 * import { parseReview } from 'nq4';
 * const r = parseReview({
 *   unitId: 'cb-1',
 *   subject: { type: 'member', id: 'm-7' },
 *   period: { year: 2024 },
 *   kind: 'annual',
 *   place: { kind: 'branch', unitId: 'cb-1' },
 *   findings: [
 *     { manifestation: 'g1-4', identifiedBy: 'self' },
 *     { manifestation: 'G1-4', identifiedBy: 'collective', evidence: 'Chậm báo cáo.' },
 *   ],
 * });
 * r.findings.length; // 1
 * r.findings[0].identifiedBy; // ['self', 'collective']
 * ```
 * @throws {@link Nq4Error} naming each bad field; a finding whose id is not in the catalog is
 * `unknown_id`.
 * @category Review
 */
export function parseReview(input: ReviewInput): Review {
  return deepFreeze(parseInput(reviewSchema, input));
}

/**
 * Validate a list of review records (see {@link parseReview}); issue paths start with the index.
 * Typed like {@link parseReview} and for the same reason: a list of unknown shape can be passed
 * as `data as readonly ReviewInput[]` and is validated all the same.
 *
 * @example
 * ```ts
 * import { parseReviews } from 'nq4';
 * parseReviews([]).length; // 0
 * ```
 * @throws {@link Nq4Error} listing every bad field of every record.
 * @category Review
 */
export function parseReviews(input: readonly ReviewInput[]): readonly Review[] {
  return deepFreeze(parseReviewList(input));
}

/**
 * Validate one yearly written commitment (bản cam kết) and return it normalized and frozen:
 * `"all27"` expands to the 27 catalog ids, ids are put in catalog order without repeats. The
 * commitment is recorded as **practice**: the reference has not seen the regulation that makes it
 * mandatory, nor its form or timing.
 *
 * The argument is typed {@link ReviewCommitmentInput}, not `unknown`, for the reason given at
 * {@link parseReview}: the compiler catches a misspelt field, the run-time check still reads data
 * of unknown shape passed as `data as ReviewCommitmentInput` ({@link reviewCommitmentSchema}
 * reads `unknown` directly).
 *
 * @example
 * ```ts
 * import { parseCommitment } from 'nq4';
 * const c = parseCommitment({ personId: 'm-7', year: 2024, items: 'all27', otherCommitments: ['85 biểu hiện'] });
 * c.items.length; // 27
 * c.coversAll27; // true
 * ```
 * @throws {@link Nq4Error} naming each bad field.
 * @category Review
 */
export function parseCommitment(input: ReviewCommitmentInput): ReviewCommitment {
  return deepFreeze(parseInput(reviewCommitmentSchema, input));
}

/**
 * Validate a list of commitments (see {@link parseCommitment}); typed like it, for the same reason.
 *
 * @example
 * ```ts
 * import { parseCommitments } from 'nq4';
 * parseCommitments([{ personId: 'a', year: 2024, items: ['G2-7'] }])[0].coversAll27; // false
 * ```
 * @throws {@link Nq4Error} listing every bad field.
 * @category Review
 */
export function parseCommitments(input: readonly ReviewCommitmentInput[]): readonly ReviewCommitment[] {
  return deepFreeze(parseCommitmentList(input));
}

/**
 * {@link parseReview} without throwing: the review, or the error it would have thrown. Typed
 * {@link ReviewInput} like {@link parseReview} (the compiler catches a misspelt field); data of
 * unknown shape is passed as `data as ReviewInput` and comes back as `success: false` when it is
 * not a review.
 *
 * @example
 * ```ts
 * import { safeParseReview } from 'nq4';
 * const r = safeParseReview({ unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2024 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' }, findings: [{ manifestation: 'G4-1', identifiedBy: 'self' }] });
 * r.success; // false
 * ```
 * @category Review
 */
export function safeParseReview(input: ReviewInput): SafeResult<Review> {
  return toSafe(() => parseReview(input));
}
