import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { PARTY_DOCUMENTS } from '../../src/legal/documents.js';
import { findReviewIssues, reviewRuleSets, validateReviews, type ReviewInput } from '../../src/review/index.js';
import { memberReview } from './fixtures.js';

const brief = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((i) => ({ code: i.code, path: i.path }));

describe('who is not reviewed', () => {
  it('QĐ 366 (2025): exempt, suspended and new members are not reviewed, citing Điều 5 khoản 2', () => {
    const issues = findReviewIssues([
      memberReview('a', 2025, { subject: { type: 'member', id: 'a', activityStatus: 'exemptFromActivity' } }),
      memberReview('b', 2025, { subject: { type: 'member', id: 'b', activityStatus: 'suspended' } }),
      memberReview('c', 2025, { subject: { type: 'member', id: 'c', admittedOn: '2025-08-01' }, heldOn: '2025-12-10' }),
      memberReview('d', 2025, { subject: { type: 'member', id: 'd', admittedOn: '2025-06-10', activityStatus: 'active' }, heldOn: '2025-12-10' }),
    ]);
    expect(brief(issues)).toEqual([
      { code: 'rule_violation', path: [0, 'subject', 'activityStatus'] },
      { code: 'rule_violation', path: [1, 'subject', 'activityStatus'] },
      { code: 'rule_violation', path: [2, 'subject', 'admittedOn'] },
    ]);
    expect(issues[0]?.source?.article).toBe(5);
    expect(issues[0]?.source?.document.key).toBe('366-QĐ/TW@2025-08-30');
  });

  it('HD 21 (2020): a new member is still reviewed (worked example 8)', () => {
    expect(findReviewIssues([memberReview('c', 2020, { subject: { type: 'member', id: 'c', admittedOn: '2020-08-01' }, heldOn: '2020-12-10' })])).toEqual([]);
    expect(brief(findReviewIssues([memberReview('s', 2020, { subject: { type: 'member', id: 's', activityStatus: 'suspended' } })]))).toEqual([
      { code: 'rule_violation', path: [0, 'subject', 'activityStatus'] },
    ]);
  });

  it('the 6-month cut-off is the meeting day by default, the period end on request', () => {
    const r = memberReview('c', 2025, { subject: { type: 'member', id: 'c', admittedOn: '2025-06-15' }, heldOn: '2025-12-10' });
    expect(findReviewIssues([r])).toHaveLength(1);
    expect(findReviewIssues([r], { newMemberCutoff: 'periodEnd' })).toEqual([]);
  });

  it('HD 27 / HD 16: unverified, allowed by default, flagged on request', () => {
    const r = memberReview('a', 2016, { subject: { type: 'member', id: 'a', activityStatus: 'suspended' } });
    expect(findReviewIssues([r])).toEqual([]);
    const flagged = findReviewIssues([r], { unverifiedExclusions: 'flag' });
    expect(brief(flagged)).toEqual([{ code: 'rule_violation', path: [0, 'subject', 'activityStatus'] }]);
    expect(flagged[0]?.source).toBeUndefined();
  });

  it('a review before the admission day is a date_order issue', () => {
    expect(brief(findReviewIssues([memberReview('c', 2025, { subject: { type: 'member', id: 'c', admittedOn: '2026-01-05' }, heldOn: '2025-12-10' })]))).toEqual([
      { code: 'date_order', path: [0, 'subject', 'admittedOn'] },
    ]);
  });
});

describe('places and duplicates', () => {
  it('a leader reviews in two places; the same place twice in a period is flagged; a re-review is not', () => {
    const leader = { type: 'member' as const, id: 'bt', leader: true };
    const atCell = memberReview('bt', 2024, { subject: leader });
    const atWork: ReviewInput = { ...atCell, place: { kind: 'leadershipCollective', unitId: 'ubnd' } };
    expect(findReviewIssues([atCell, atWork])).toEqual([]);
    const again = findReviewIssues([atCell, atWork, { ...atCell, kind: 'suggested', suggestion: { suggestedBy: 'BTV' } }]);
    expect(brief(again)).toEqual([{ code: 'rule_violation', path: [2, 'place'] }]);
    expect(findReviewIssues([atCell, { ...atCell, kind: 'reReview' }])).toEqual([]);
    expect(findReviewIssues([atCell, memberReview('bt', 2025, { subject: leader })])).toEqual([]);
  });

  it('only leaders review at a leadership collective; members never at "own level"; collectives never at a party branch', () => {
    const issues = findReviewIssues([
      { ...memberReview('x', 2024), place: { kind: 'leadershipCollective', unitId: 'ubnd' } },
      { ...memberReview('y', 2024), place: { kind: 'ownLevel', unitId: 'cb' } },
      { unitId: 'h', subject: { type: 'leadershipCollective', id: 'btv' }, period: { year: 2024 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' } },
    ]);
    expect(brief(issues)).toEqual([
      { code: 'not_applicable', path: [0, 'place', 'kind'] },
      { code: 'not_applicable', path: [1, 'place', 'kind'] },
      { code: 'not_applicable', path: [2, 'place', 'kind'] },
    ]);
  });

  it('two different ratings for one subject and period are inconsistent', () => {
    const leader = { type: 'member' as const, id: 'bt', leader: true };
    const issues = findReviewIssues([
      memberReview('bt', 2024, { subject: leader, outcome: { rating: 'good' } }),
      { ...memberReview('bt', 2024, { subject: leader, outcome: { rating: 'excellent' } }), place: { kind: 'leadershipCollective', unitId: 'u' } },
    ]);
    expect(brief(issues)).toEqual([{ code: 'inconsistent', path: [1, 'outcome', 'rating'] }]);
  });
});

describe('suggested reviews', () => {
  it('must name who suggested them', () => {
    const issues = findReviewIssues([
      memberReview('a', 2021, { kind: 'suggested' }),
      memberReview('b', 2021, { kind: 'deep', suggestion: { issues: ['Thiếu trách nhiệm'] } }),
      memberReview('c', 2021, { kind: 'suggested', suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy' } }),
    ]);
    expect(brief(issues)).toEqual([
      { code: 'rule_violation', path: [0, 'suggestion'] },
      { code: 'rule_violation', path: [1, 'suggestion', 'suggestedBy'] },
    ]);
    expect(issues[0]?.source?.quoteVi).toContain('Cấp trên gợi ý kiểm điểm');
  });
});

describe('quarters', () => {
  const leader = { type: 'member' as const, id: 'gd', leader: true };
  it('are for leaders from 2025, Q1–Q3 by default', () => {
    expect(findReviewIssues([memberReview('gd', 2025, { subject: leader, period: { year: 2025, quarter: 2 } })])).toEqual([]);
    const issues = findReviewIssues([
      memberReview('m', 2025, { period: { year: 2025, quarter: 2 } }),
      memberReview('gd', 2025, { subject: leader, period: { year: 2025, quarter: 4 } }),
    ]);
    expect(brief(issues)).toEqual([
      { code: 'not_applicable', path: [0, 'period', 'quarter'] },
      { code: 'not_applicable', path: [1, 'period', 'quarter'] },
    ]);
    expect(issues[0]?.messageVi).toContain('366-QĐ/TW');
    expect(issues[0]?.source?.document).toBe(PARTY_DOCUMENTS.kl198of2025);
    expect(findReviewIssues([memberReview('gd', 2025, { subject: leader, period: { year: 2025, quarter: 4 } })], { fourthQuarter: 'allow' })).toEqual([]);
  });

  it('leaders-only is an option: QĐ 366 (press) says "hằng quý" without that limit', () => {
    expect(findReviewIssues([memberReview('m', 2025, { period: { year: 2025, quarter: 2 } })], { quarterlySubjects: 'any' })).toEqual([]);
  });

  it('before QĐ 366 a quarter is unverified, not an error: allowed by default, flagged on request', () => {
    const q2024 = memberReview('gd', 2024, { subject: leader, period: { year: 2024, quarter: 2 } });
    expect(reviewRuleSets.forYear(2024).quarterlyForLeaders.status).toBe('unverified');
    expect(findReviewIssues([q2024])).toEqual([]);
    const flagged = findReviewIssues([q2024], { unverifiedQuarters: 'flag' });
    expect(brief(flagged)).toEqual([{ code: 'not_applicable', path: [0, 'period', 'quarter'] }]);
    expect(flagged[0]?.messageEn).toContain('unverified');
    // the 2025 leaders-only rule is not carried back to an unverified version
    expect(findReviewIssues([memberReview('m', 2020, { period: { year: 2020, quarter: 1 } })])).toEqual([]);
  });
});

describe('remediation and dates', () => {
  it('an item must address a finding of the same review; a meeting before its period is a date_order', () => {
    const issues = findReviewIssues([
      memberReview('a', 2024, {
        heldOn: '2023-12-01',
        findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }],
        remediation: [{ action: 'x', status: 'planned', addresses: [{ manifestation: 'G1-4' }, { manifestation: 'G2-1' }] }],
      }),
    ]);
    expect(brief(issues)).toEqual([
      { code: 'date_order', path: [0, 'heldOn'] },
      { code: 'inconsistent', path: [0, 'remediation', 0, 'addresses', 1] },
    ]);
  });

  it('a year no guidance covers is no_rule_set', () => {
    expect(brief(findReviewIssues([memberReview('a', 2013)]))).toEqual([{ code: 'no_rule_set', path: [0, 'period', 'year'] }]);
  });
});

describe('validateReviews', () => {
  it('returns the normalized reviews or throws every issue at once', () => {
    expect(validateReviews([memberReview('a', 2024)])[0]?.subject.type).toBe('member');
    let caught: unknown;
    try {
      validateReviews([memberReview('a', 2021, { kind: 'suggested' }), memberReview('b', 2025, { subject: { type: 'member', id: 'b', activityStatus: 'suspended' } })]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Nq4Error);
    expect((caught as Nq4Error).issues.map((i) => i.path[0])).toEqual([0, 1]);
  });

  it('rejects unknown options', () => {
    expect(() => findReviewIssues([], { strict: true } as never)).toThrow(Nq4Error);
  });
});

describe('subject records', () => {
  it('one subject described two ways in one period is inconsistent; across periods it may change', () => {
    const org = (kind: 'tccsd' | 'directBranch', year: number): ReviewInput => ({
      unitId: 'x',
      subject: { type: 'partyOrganization', id: 'cb-thon', organizationKind: kind },
      period: { year },
      kind: 'annual',
      place: { kind: 'ownLevel', unitId: `cb-thon-${kind}` },
    });
    expect(brief(findReviewIssues([org('directBranch', 2024), org('tccsd', 2024)]))).toEqual([{ code: 'inconsistent', path: [1, 'subject'] }]);
    expect(findReviewIssues([org('directBranch', 2024), org('tccsd', 2025)])).toEqual([]);
  });
});

describe('safe variants', () => {
  it('return the error instead of throwing', async () => {
    const { safeParseReview, safeValidateReviews } = await import('../../src/review/index.js');
    const bad = safeParseReview(memberReview('a', 2024, { findings: [{ manifestation: 'X', identifiedBy: 'self' }] }));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.code).toBe('unknown_id');
    const ok = safeValidateReviews([memberReview('a', 2024)]);
    expect(ok.success).toBe(true);
    const rule = safeValidateReviews([memberReview('a', 2025, { subject: { type: 'member', id: 'a', activityStatus: 'suspended' } })]);
    expect(rule.success).toBe(false);
  });
});
