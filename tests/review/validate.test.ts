import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { PARTY_DOCUMENTS } from '../../src/legal/documents.js';
import { checkReviews, findReviewIssues, reviewRuleSets, validateReviews, type ReviewInput, type ReviewWarning } from '../../src/review/index.js';
import { memberReview } from './fixtures.js';

const brief = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((i) => ({ code: i.code, path: i.path }));
const warned = (ws: readonly ReviewWarning[]) => ws.map((w) => ({ code: w.code, path: w.path, basis: w.basis }));

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
  });

  // Issue 13 item 4: HD 21's exclusion of suspended members is known only from a summary
  // (hierarchy-review-reports.md §2.2 step 4', P); QĐ 124's from a press summary (rating.md §5.1, P)
  // and, for exempt members, an inference. Only a quoted rule may reject: these are warnings.
  it('a paraphrased or inferred exclusion is a warning with its basis, never a rule_violation', () => {
    const suspended2020 = memberReview('s', 2020, { subject: { type: 'member', id: 's', activityStatus: 'suspended' } });
    expect(findReviewIssues([suspended2020])).toEqual([]);
    const r = checkReviews([suspended2020]);
    expect(r.reviews).toHaveLength(1);
    expect(warned(r.warnings)).toEqual([{ code: 'notReviewed', path: [0, 'subject', 'activityStatus'], basis: 'paraphrased' }]);
    expect(r.warnings[0]?.messageVi).toContain('chỉ biết qua bản diễn giải');
    expect(r.warnings[0]?.citations[0]?.document.key).toBe(PARTY_DOCUMENTS.hd21of2019.key);
    const y2024 = [
      memberReview('e', 2024, { subject: { type: 'member', id: 'e', activityStatus: 'exemptFromActivity' } }),
      memberReview('n', 2024, { subject: { type: 'member', id: 'n', admittedOn: '2024-09-01' }, heldOn: '2024-12-10' }),
    ];
    expect(findReviewIssues(y2024)).toEqual([]);
    const w = checkReviews(y2024).warnings;
    expect(warned(w)).toEqual([
      { code: 'notReviewed', path: [0, 'subject', 'activityStatus'], basis: 'inferred' },
      { code: 'notReviewed', path: [1, 'subject', 'admittedOn'], basis: 'paraphrased' },
    ]);
    expect(w[0]?.messageEn).toContain('a library inference');
    expect(validateReviews(y2024)).toHaveLength(2);
    // QĐ 366 is quoted: still an issue, and no warning for the same record.
    const q = memberReview('s', 2025, { subject: { type: 'member', id: 's', activityStatus: 'suspended' } });
    expect(() => checkReviews([q])).toThrow(Nq4Error);
  });

  it('the 6-month cut-off is the meeting day by default, the period end on request', () => {
    const r = memberReview('c', 2025, { subject: { type: 'member', id: 'c', admittedOn: '2025-06-15' }, heldOn: '2025-12-10' });
    expect(findReviewIssues([r])).toHaveLength(1);
    expect(findReviewIssues([r], { newMemberCutoff: 'periodEnd' })).toEqual([]);
  });

  it('HD 27 / HD 16: unverified, allowed by default, flagged on request', () => {
    const r = memberReview('a', 2016, { subject: { type: 'member', id: 'a', activityStatus: 'suspended' } });
    expect(findReviewIssues([r])).toEqual([]);
    expect(findReviewIssues([r], { unverifiedExclusions: 'flag' })).toEqual([]);
    const flagged = checkReviews([r], { unverifiedExclusions: 'flag' }).warnings;
    expect(warned(flagged)).toEqual([{ code: 'notReviewed', path: [0, 'subject', 'activityStatus'], basis: 'unverified' }]);
    expect(flagged[0]?.citations).toEqual([]);
    expect(checkReviews([r]).warnings).toEqual([]);
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
    const twice = [atCell, atWork, { ...atCell, kind: 'suggested', suggestion: { suggestedBy: 'BTV' } } as ReviewInput];
    // Treating it as a duplicate is an inference from QĐ 124 Điều 7 (the place rule): a warning.
    expect(findReviewIssues(twice)).toEqual([]);
    expect(warned(checkReviews(twice).warnings)).toEqual([{ code: 'duplicate', path: [2, 'place'], basis: 'inferred' }]);
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
    const two = [memberReview('m', 2025, { period: { year: 2025, quarter: 2 } }), memberReview('gd', 2025, { subject: leader, period: { year: 2025, quarter: 4 } })];
    // Leaders only and Q1–Q3 rest on a paraphrase of KL 198 / HD 43 (hierarchy-review-reports.md §2.2, P): warnings.
    expect(findReviewIssues(two)).toEqual([]);
    const w = checkReviews(two).warnings;
    expect(warned(w)).toEqual([
      { code: 'quarter', path: [0, 'period', 'quarter'], basis: 'paraphrased' },
      { code: 'quarter', path: [1, 'period', 'quarter'], basis: 'paraphrased' },
    ]);
    expect(w[0]?.messageVi).toContain('366-QĐ/TW');
    expect(w[0]?.messageVi).toContain('theo bản diễn giải');
    expect(w[0]?.citations[0]?.document).toBe(PARTY_DOCUMENTS.kl198of2025);
    expect(checkReviews([two[1] as ReviewInput], { fourthQuarter: 'allow' }).warnings).toEqual([]);
  });

  it('leaders-only is an option: QĐ 366 (press) says "hằng quý" without that limit', () => {
    expect(checkReviews([memberReview('m', 2025, { period: { year: 2025, quarter: 2 } })], { quarterlySubjects: 'any' }).warnings).toEqual([]);
  });

  it('before QĐ 366 a quarter is unverified, not an error: allowed by default, flagged on request', () => {
    const q2024 = memberReview('gd', 2024, { subject: leader, period: { year: 2024, quarter: 2 } });
    expect(reviewRuleSets.forYear(2024).quarterlyForLeaders.status).toBe('unverified');
    expect(findReviewIssues([q2024])).toEqual([]);
    expect(findReviewIssues([q2024], { unverifiedQuarters: 'flag' })).toEqual([]);
    const flagged = checkReviews([q2024], { unverifiedQuarters: 'flag' }).warnings;
    expect(warned(flagged)).toEqual([{ code: 'quarter', path: [0, 'period', 'quarter'], basis: 'unverified' }]);
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

// Issue 13 item 9: HD 43 Mục 4.1 (rating.md §6.7, quoted): the year-end review ends by 31/12; units
// of special function finish "trước ngày 15/01 năm sau".
describe('a year-end review finishing in January (QĐ 366 / HD 43)', () => {
  it('1–14 January of the next year is accepted with a warning; from 15 January it is rejected', () => {
    const on = (heldOn: string) => memberReview('a', 2025, { heldOn });
    expect(checkReviews([on('2025-12-31')]).warnings).toEqual([]);
    for (const d of ['2026-01-01', '2026-01-14']) {
      const r = checkReviews([on(d)]);
      expect(warned(r.warnings)).toEqual([{ code: 'januaryReview', path: [0, 'heldOn'], basis: 'quoted' }]);
      expect(r.warnings[0]?.messageVi).toContain('tính chất đặc thù');
      expect(r.warnings[0]?.citations[0]?.quoteVi).toContain('trước ngày 15/01 năm sau');
    }
    const late = findReviewIssues([on('2026-01-15')]);
    expect(brief(late)).toEqual([{ code: 'rule_violation', path: [0, 'heldOn'] }]);
    expect(late[0]?.source?.document.key).toBe(PARTY_DOCUMENTS.hd43of2025.key);
    expect(late[0]?.source?.section).toBe('4.1');
  });

  it('the January day is the 6-month cut-off of a new member', () => {
    const admitted = { type: 'member' as const, id: 'n', admittedOn: '2025-07-10' };
    // 10-07-2025 + 6 months = 10-01-2026: not yet 6 months on 09-01, 6 months on 10-01.
    expect(brief(findReviewIssues([memberReview('n', 2025, { subject: admitted, heldOn: '2026-01-09' })]))).toEqual([{ code: 'rule_violation', path: [0, 'subject', 'admittedOn'] }]);
    expect(findReviewIssues([memberReview('n', 2025, { subject: admitted, heldOn: '2026-01-10' })])).toEqual([]);
  });

  // rating.md §6.7 "Re-rating (Điều 15 khoản 3)": a re-review after the fact has no deadline.
  it('a re-review of the year may be held later', () => {
    expect(checkReviews([memberReview('a', 2025, { kind: 'reReview', heldOn: '2026-03-01' })]).warnings).toEqual([]);
  });

  it('earlier versions carry no calendar date: not checked', () => {
    expect(checkReviews([memberReview('a', 2024, { heldOn: '2025-02-01' })]).warnings).toEqual([]);
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
