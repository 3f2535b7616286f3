import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import {
  REVIEW_RULE_SETS,
  overdueRemediations,
  ratingFactsFromReview,
  ratingFactsFromReviews,
  reviewRuleSets,
  type ReviewInput,
} from '../../src/review/index.js';
import { memberReview } from './fixtures.js';

describe('review rule sets', () => {
  it('follow the guidance lineage, a year resolving on 31 December', () => {
    expect([2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025, 2026].map((y) => reviewRuleSets.forYear(y).id)).toEqual([
      'hd27', 'hd27', 'hd27', 'hd16', 'hd21', 'hd21', 'hd25', 'hd25', 'hd43', 'hd43',
    ]);
    expect(reviewRuleSets.resolve('2014-01-01').found).toBe(false);
    expect(Object.isFrozen(REVIEW_RULE_SETS[0]?.notReviewed)).toBe(true);
  });

  it('switch to QĐ 366 on 30-8-2025 (Điều 19), not on HD 43\'s date; years are unchanged', () => {
    expect(reviewRuleSets.forDate('2025-08-29').id).toBe('hd25');
    for (const day of ['2025-08-30', '2025-09-15', '2025-10-30', '2025-10-31'] as const) {
      expect(reviewRuleSets.forDate(day).regulation?.key).toBe('366-QĐ/TW@2025-08-30');
    }
    const hd43 = reviewRuleSets.byId('hd43');
    expect(hd43.validFrom).toBe('2025-08-30');
    expect(hd43.sources.find((c) => c.document === hd43.guidance)?.note?.en).toContain('31-10-2025');
    expect([2023, 2024, 2025].map((y) => reviewRuleSets.forYear(y).id)).toEqual(['hd25', 'hd25', 'hd43']);
  });

  it('never claim an unverified point as applying', () => {
    for (const rs of REVIEW_RULE_SETS) {
      for (const p of [rs.notReviewed.exemptFromActivity, rs.notReviewed.suspended, rs.notReviewed.newMember, rs.degradationConcluded, rs.shortcomingsFixed]) {
        if (p.status === 'applies') expect(p.citations.length).toBeGreaterThan(0);
        if (p.status === 'unverified') expect(p.citations).toEqual([]);
      }
    }
    expect(reviewRuleSets.byId('hd43').shortcomingsFixed.citations[0]?.quoteVi).toBe(
      'Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có).',
    );
  });
});

describe('overdueRemediations', () => {
  const review: ReviewInput = memberReview('m', 2025, {
    heldOn: '2025-12-12',
    findings: [{ manifestation: 'G1-3', identifiedBy: 'self' }, { group: 2, identifiedBy: 'collective' }],
    remediation: [
      { action: 'Học tập nghị quyết', addresses: [{ manifestation: 'G1-3' }], dueOn: '2026-03-31', status: 'inProgress' },
      { action: 'Rèn luyện đạo đức', addresses: [{ group: 2 }], dueOn: '2026-02-28', status: 'planned' },
      { action: 'Đã xong', dueOn: '2026-01-31', status: 'done', doneOn: '2026-01-30' },
      { action: 'Bỏ', dueOn: '2026-01-31', status: 'dropped' },
      { action: 'Không hạn', status: 'planned' },
    ],
  });

  it('lists open items due before today, oldest due first, with days late', () => {
    expect(overdueRemediations([review], { today: '2026-03-31' }).map((o) => [o.itemIndex, o.daysOverdue])).toEqual([[1, 31]]);
    const late = overdueRemediations([review], { today: '2026-04-10' });
    expect(late.map((o) => [o.itemIndex, o.daysOverdue])).toEqual([
      [1, 41],
      [0, 10],
    ]);
  });

  it('explains in Vietnamese and English, with the QĐ 366 consequence', () => {
    const [first] = overdueRemediations([review], { today: '2026-04-10' });
    expect(first?.explanation.textVi).toContain('quá hạn 41 ngày');
    expect(first?.explanation.textVi).toContain('28-2-2026');
    expect(first?.explanation.textEn).toContain('41 days late');
    expect(first?.explanation.textEn).toContain('group 2');
    expect(first?.explanation.blockedBy[0]?.citations[0]?.article).toBe(11);
    expect(first?.explanation.ruleSet?.id).toBe('hd43');
    const old = overdueRemediations([{ ...review, period: { year: 2020 }, heldOn: '2020-12-12' }], { today: '2026-04-10' });
    expect(old[0]?.explanation.blockedBy).toEqual([]);
  });

  it('counts leap days and needs a real today', () => {
    const r = memberReview('m', 2023, { remediation: [{ action: 'x', dueOn: '2024-02-28', status: 'planned' }] });
    expect(overdueRemediations([r], { today: '2024-03-01' })[0]?.daysOverdue).toBe(2);
    expect(() => overdueRemediations([r], { today: '2024-02-30' })).toThrow(Nq4Error);
    expect(() => overdueRemediations([r], {} as never)).toThrow(Nq4Error);
  });
});

describe('rating facts', () => {
  const base = { unitId: 'cb', subject: { type: 'member' as const, id: 'm', activityStatus: 'active' as const }, kind: 'annual' as const, place: { kind: 'branch' as const, unitId: 'cb' } };

  it('only a concluded finding is degradationConcluded, cited per rule set', () => {
    const raised = ratingFactsFromReview({ ...base, period: { year: 2021 }, findings: [{ manifestation: 'G2-7', identifiedBy: 'higherLevel' }] });
    expect(raised.facts.degradationConcluded).toBe(false);
    const concluded = ratingFactsFromReview({ ...base, period: { year: 2021 }, findings: [{ manifestation: 'G2-7', identifiedBy: 'higherLevel', concluded: true }] });
    expect(concluded.facts).toEqual({ degradationConcluded: true, exemptFromActivity: false, suspended: false });
    expect(concluded.ruleSet?.id).toBe('hd21');
    expect(concluded.explanation.reasons[0]?.citations[0]?.document.key).toBe('21-HD/BTCTW@2019-10-18');
    expect(concluded.explanation.textVi).toContain('G2-7');
    const in2025 = ratingFactsFromReview({ ...base, period: { year: 2025 }, findings: [{ group: 3, identifiedBy: 'self', concluded: true }] });
    expect(in2025.explanation.reasons[0]?.citations[0]?.document.key).toBe('366-QĐ/TW@2025-08-30');
    expect(in2025.missing).toEqual(['shortcomingsFixed']);
  });

  it('shortcomingsFixed reads the previous review under QĐ 366 only', () => {
    const prev = (status: 'done' | 'inProgress' | 'dropped', doneOn?: string): ReviewInput => ({
      ...base,
      period: { year: 2024 },
      findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }],
      remediation: [{ action: 'Sửa', addresses: [{ manifestation: 'G1-4' }], status, ...(doneOn ? { doneOn } : {}) }],
    });
    const now: ReviewInput = { ...base, period: { year: 2025 }, heldOn: '2025-12-10' };
    const factsOf = (rs: readonly ReviewInput[], o?: Parameters<typeof ratingFactsFromReviews>[1]) => ratingFactsFromReviews(rs, o).find((f) => f.period.year === 2025);
    expect(factsOf([prev('done', '2025-05-01'), now])?.facts.shortcomingsFixed).toBe(true);
    expect(factsOf([prev('done', '2025-12-20'), now])?.facts.shortcomingsFixed).toBe(false);
    expect(factsOf([prev('done', '2025-12-20'), now], { asOf: '2025-12-31' })?.facts.shortcomingsFixed).toBe(true);
    expect(factsOf([prev('inProgress'), now])?.facts.shortcomingsFixed).toBe(false);
    expect(factsOf([prev('dropped'), now])?.facts.shortcomingsFixed).toBe(false);
    expect(factsOf([now])?.missing).toContain('shortcomingsFixed');
    const unaddressed: ReviewInput = { ...prev('done', '2025-01-01'), findings: [{ manifestation: 'G1-4', identifiedBy: 'self' }, { manifestation: 'G2-1', identifiedBy: 'self' }] };
    expect(factsOf([unaddressed, now])?.missing).toContain('shortcomingsFixed');
    expect(factsOf([{ ...base, period: { year: 2024 } }, now])?.facts.shortcomingsFixed).toBe(true);
    // HD 21 has no such criterion: not derived unless asked.
    const in2021 = ratingFactsFromReviews([{ ...prev('inProgress'), period: { year: 2020 } }, { ...now, period: { year: 2021 }, heldOn: '2021-12-10' }]).find((f) => f.period.year === 2021);
    expect(in2021?.facts.shortcomingsFixed).toBeUndefined();
    expect(in2021?.missing).not.toContain('shortcomingsFixed');
    const asked = ratingFactsFromReviews([{ ...prev('inProgress'), period: { year: 2020 } }, { ...now, period: { year: 2021 }, heldOn: '2021-12-10' }], { shortcomingsFixed: 'always' }).find(
      (f) => f.period.year === 2021,
    );
    expect(asked?.facts.shortcomingsFixed).toBe(false);
    expect(asked?.explanation.options.map((o) => o.name)).toContain('shortcomingsFixed');
  });

  it('reads a leader’s two places together and reports missing status', () => {
    const leader = { type: 'member' as const, id: 'bt', leader: true };
    const facts = ratingFactsFromReviews([
      memberReview('bt', 2023, { subject: leader }),
      { ...memberReview('bt', 2023, { subject: leader, findings: [{ manifestation: 'G1-9', identifiedBy: 'higherLevel', concluded: true }] }), place: { kind: 'leadershipCollective', unitId: 'ubnd' } },
    ]);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.facts.degradationConcluded).toBe(true);
    expect(facts[0]?.missing).toEqual(['exemptFromActivity', 'suspended']);
  });

  it('passes the activity status on, and collectives have none', () => {
    const s = ratingFactsFromReview({ ...base, subject: { type: 'member', id: 's', activityStatus: 'suspended' }, period: { year: 2024 } });
    expect(s.facts.suspended).toBe(true);
    const c = ratingFactsFromReview({ unitId: 'x', subject: { type: 'leadershipCollective', id: 'l' }, period: { year: 2024 }, kind: 'annual', place: { kind: 'ownLevel', unitId: 'x' } });
    expect(c.facts).toEqual({ degradationConcluded: false });
    expect(c.missing).toEqual([]);
  });
});
