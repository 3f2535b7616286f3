/** The result contract: proposal check, explanation, caveats, missing facts, freezing. */
import { describe, expect, it } from 'vitest';
import { NOT_AN_OFFICIAL_DECISION } from '../../src/explain/explanation.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import { member2025 } from './_fixtures.js';

const full = member2025();

describe('proposedLevel', () => {
  it('matches, is ruled out, or cannot be checked', () => {
    expect(rateMember({ ...full, proposedLevel: 'good' }).proposal).toMatchObject({ level: 'good', allowed: true });
    const out = rateMember({ ...full, proposedLevel: 'excellent' }).proposal;
    expect(out?.allowed).toBe(false);
    expect(out?.reason.en).toContain('ruled out by the conditions under "Why not a higher outcome"');
    expect(out?.reason.vi).toContain('Lý do không đạt mức cao hơn');
    expect(rateMember({ year: 2025, proposedLevel: 'good' }).proposal?.allowed).toBe('unknown');
    expect(rateMember({ ...full, suspended: true, proposedLevel: 'good' }).proposal?.allowed).toBe(false);
  });
  it('an HD 21 proposal on an unverified level is "unknown", not accepted', () => {
    const r = rateOrganization({ year: 2020, kind: 'partyCell', members: { excellent: 0, good: 10, satisfactory: 1, unsatisfactory: 1 }, criteria: { taskResults: 'good', other: 'good' }, sameLevelBodiesGoodOrBetter: true, disciplines: [], tasks: { assigned: 5, completed: 5, onTime: 5, exceeded: 0 }, proposedLevel: 'good' });
    expect(r.proposal?.allowed).toBe('unknown');
  });
});

describe('explanation', () => {
  it('carries the not-an-official-decision caveat in both languages and names the rule set', () => {
    const r = rateMember(full);
    expect(r.explanation.caveats).toContainEqual(NOT_AN_OFFICIAL_DECISION);
    expect(r.explanation.textVi).toContain('Hoàn thành tốt nhiệm vụ');
    // The rule set named as an office writes it (issue 13: "Hướng dẫn 43-HD/BTCTW", not "HD 43").
    expect(r.explanation.textVi).toContain('Áp dụng: Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW (từ năm 2025).');
    expect(r.explanation.textEn).toContain('Regulation 366-QĐ/TW and Guidance 43-HD/BTCTW');
    expect(r.explanation.textVi).toContain('Quy định số 366-QĐ/TW');
  });
  it('missing facts are listed as caveats and in missing, with reasons in both languages', () => {
    const r = rateMember({ year: 2025, role: 'nonLeader', score: 80 });
    expect(r.missing.every((m) => m.reason.vi.length > 0 && m.reason.en.length > 0)).toBe(true);
    expect(r.explanation.textEn).toContain('Facts still missing');
  });
  it('assumeNoEvents treats absent events as none', () => {
    const r = rateMember({ year: 2025, role: 'nonLeader', score: 80, admittedOn: '2010-01-01', tasks: full.tasks }, { assumeNoEvents: true });
    expect(r.missing).toEqual([]);
    expect(r.level).toBe('good');
  });
  it('a 2016 organization uses the labels of its version', () => {
    const r = rateOrganization({ year: 2016, kind: 'partyCell', score: 40 });
    expect(r.levelLabel).toEqual({ vi: 'Yếu kém', en: 'Weak', status: 'quoted' });
    expect(r.explanation.textVi.startsWith('Kết quả: Yếu kém.')).toBe(true);
  });
});
