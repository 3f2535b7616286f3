import { describe, expect, it } from 'vitest';
import { disciplineReferrals, REVIEW_RULE_SETS, summarizeReviews, type ReviewInput } from '../../src/review/index.js';

const CODES = /\b[OD]-?\d+\b|§|\.md\b|\bV4a\b/;

// Issue 13, "what a person reads": notes and rule texts of the review rule sets are printed as
// caveats and citations; they carry no decision codes or reference-file sections, and the
// Vietnamese side is Vietnamese.
describe('review texts a person reads', () => {
  it('rule-set notes and citation notes carry no decision code or file reference', () => {
    const labels = REVIEW_RULE_SETS.flatMap((rs) => {
      const points = [rs.notReviewed.exemptFromActivity, rs.notReviewed.suspended, rs.notReviewed.newMember, rs.quarterlyForLeaders, rs.degradationConcluded, rs.shortcomingsFixed];
      return [rs.label, ...points.map((p) => p.note), ...[...rs.sources, ...points.flatMap((p) => p.citations)].flatMap((c) => (c.note ? [c.note] : []))];
    });
    expect(labels.length).toBeGreaterThan(20);
    for (const l of labels) {
      expect(l.vi).not.toMatch(CODES);
      expect(l.en).not.toMatch(CODES);
      expect(l.vi).not.toMatch(/\b(summary|inferred|press)\b/i);
    }
  });

  it('the summary leaves out the clauses with nothing to count, as a report would', () => {
    const one: ReviewInput = { unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2025 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' }, findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }] };
    const s = summarizeReviews([one]);
    expect(s.text.vi).toBe('Kiểm điểm 1 cá nhân; 1 cá nhân được xác định có biểu hiện suy thoái.');
    expect(s.text.vi).not.toContain(' 0 ');
    // The English says the same, without the zero clauses either.
    expect(s.text.en).toBe('Reviewed 1 individual; 1 individual found with manifestations of degradation.');
  });

  it('a referral reads "được chuyển đến … để xem xét thi hành kỷ luật"', () => {
    const r: ReviewInput = { unitId: 'cb', subject: { type: 'member', id: 'm' }, period: { year: 2018 }, kind: 'annual', place: { kind: 'branch', unitId: 'cb' }, outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy' } } };
    expect(disciplineReferrals([r])[0]?.explanation.textVi).toContain('được chuyển đến Ủy ban Kiểm tra Huyện ủy để xem xét thi hành kỷ luật');
  });
});
