/**
 * Internal helpers shared by the review functions.
 * @internal
 */
import type { IsoDate } from '../_lib/dates.js';
import { daysInMonth, toIsoDate, yearEnd } from '../_lib/dates.js';
import { getManifestation, getManifestationGroup } from '../catalog/manifestations.js';
import type { Label } from '../i18n/label.js';
import type { Citation } from '../legal/citation.js';
import { TARGET_MESSAGES } from './_messages.js';
import type { Review, ReviewFindingTarget, ReviewPeriod, ReviewSubject } from './model.js';
import { reviewRuleSets, type ReviewRuleSet } from './ruleSets.js';

/** The rule set a review follows: the one it names, else the one governing its year (31 December). @internal */
export function ruleSetOf(review: Review): ReviewRuleSet | undefined {
  if (review.ruleSetId !== undefined) return reviewRuleSets.byId(review.ruleSetId);
  const r = reviewRuleSets.resolve(yearEnd(review.period.year));
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

const ORG_RANK = { tccsd: 2, directBranch: 1, other: 0 } as const;
const MEMBERSHIP_RANK = { official: 2, probationary: 1 } as const;

/**
 * Merge two records of the same subject (same type and id) so that the result does not depend on
 * their order: a stated organization kind beats `other` (`tccsd` before `directBranch`), a stated
 * membership beats none (`official` before `probationary`), `leader` if either says so. Records
 * that disagree are reported by `findReviewIssues` as `inconsistent`.
 * @internal
 */
export function mergeSubjects(a: ReviewSubject, b: ReviewSubject): ReviewSubject {
  if (a.type === 'partyOrganization' && b.type === 'partyOrganization') {
    return ORG_RANK[b.organizationKind] > ORG_RANK[a.organizationKind] ? b : a;
  }
  if (a.type === 'member' && b.type === 'member') {
    const ma = a.membership === undefined ? 0 : MEMBERSHIP_RANK[a.membership];
    const mb = b.membership === undefined ? 0 : MEMBERSHIP_RANK[b.membership];
    const base = mb > ma ? b : a;
    return { type: 'member', id: a.id, leader: a.leader || b.leader, ...(base.membership !== undefined ? { membership: base.membership } : {}) };
  }
  return a;
}

/** True when two records of the same subject state different attributes. @internal */
export function subjectsDisagree(a: ReviewSubject, b: ReviewSubject): boolean {
  if (a.type === 'partyOrganization' && b.type === 'partyOrganization') return a.organizationKind !== b.organizationKind;
  if (a.type === 'member' && b.type === 'member') return a.membership !== undefined && b.membership !== undefined && a.membership !== b.membership;
  return false;
}

/** A finding or remediation target as the explanations name it: "G1-4 (…)" or "nhóm 1 (…)". @internal */
export function targetLabel(t: ReviewFindingTarget): Label {
  return t.manifestation !== undefined
    ? TARGET_MESSAGES.manifestation(t.manifestation, getManifestation(t.manifestation).label)
    : TARGET_MESSAGES.group(t.group, getManifestationGroup(t.group).label);
}

/** Where a finding or remediation target is written: its catalog item's citation, or its group's. @internal */
export function targetCitation(t: ReviewFindingTarget): Citation {
  return t.manifestation !== undefined ? getManifestation(t.manifestation).citation : getManifestationGroup(t.group).citation;
}
