/**
 * Internal helpers shared by the review functions.
 * @internal
 */
import type { IsoDate } from '../_lib/dates.js';
import { daysInMonth, toIsoDate } from '../_lib/dates.js';
import type { Review, ReviewPeriod } from './model.js';
import { reviewRuleSets, type ReviewRuleSet } from './ruleSets.js';

/** The rule set a review follows: the one it names, else the one governing its year (31 December). @internal */
export function ruleSetOf(review: Review): ReviewRuleSet | undefined {
  if (review.ruleSetId !== undefined) return reviewRuleSets.byId(review.ruleSetId);
  const r = reviewRuleSets.resolve(`${String(review.period.year).padStart(4, '0')}-12-31`);
  return r.found ? r.ruleSet : undefined;
}

/** First day of a period. @internal */
export function periodStart(period: ReviewPeriod): IsoDate {
  const month = period.quarter === undefined ? 1 : (period.quarter - 1) * 3 + 1;
  return toIsoDate({ year: period.year, month, day: 1 });
}

/** Last day of a period. @internal */
export function periodEnd(period: ReviewPeriod): IsoDate {
  const month = period.quarter === undefined ? 12 : period.quarter * 3;
  return toIsoDate({ year: period.year, month, day: daysInMonth(period.year, month) });
}

/** Order of periods: by year, the quarters of a year before the year itself. @internal */
export function comparePeriods(a: ReviewPeriod, b: ReviewPeriod): number {
  if (a.year !== b.year) return a.year - b.year;
  return (a.quarter ?? 5) - (b.quarter ?? 5);
}

/** Kinds counted as "suggested by the higher level". @internal */
export function isSuggested(review: Review): boolean {
  return review.kind === 'suggested' || review.kind === 'deep' || review.suggestion !== undefined;
}
