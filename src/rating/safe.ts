import { toSafe, type SafeResult } from '../errors.js';
import { rateMember } from './rateMember.js';
import { rateOrganization } from './rateOrganization.js';
import type { MemberRatingFacts, OrganizationRatingFacts, RatingOptions, RatingResult } from './types.js';

/**
 * {@link rateMember} that returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeRateMember } from 'nq4';
 * const r = safeRateMember({ year: 2025, score: 120 });
 * r.success; // false
 * ```
 * @category Rating
 */
export function safeRateMember(facts: MemberRatingFacts, options?: RatingOptions): SafeResult<RatingResult> {
  return toSafe(() => rateMember(facts, options));
}

/**
 * {@link rateOrganization} that returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeRateOrganization } from 'nq4';
 * const r = safeRateOrganization({ year: 2025, kind: 'partyCell', score: 95 });
 * r.success; // true
 * ```
 * @category Rating
 */
export function safeRateOrganization(facts: OrganizationRatingFacts, options?: RatingOptions): SafeResult<RatingResult> {
  return toSafe(() => rateOrganization(facts, options));
}
