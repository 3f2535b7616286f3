/**
 * The worked examples of rating.md §10, one describe block each, with both readings where an
 * option changes the result.
 */
import { describe, expect, it } from 'vitest';
import { checkQuota } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import type { MemberRatingFacts, OrganizationRatingFacts, RatingDisciplineFact } from '../../src/rating/types.js';
import { member2020, member2025 } from './_fixtures.js';

const m2025 = member2025;

const m2020 = member2020;

describe('§10.1 2016: chi bộ with a majority of failing members (HD 27)', () => {
  it('5 of 9 members "không hoàn thành nhiệm vụ" → "yếu kém", whatever the score', () => {
    const r = rateOrganization({ year: 2016, kind: 'partyCell', score: 95, members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 } });
    expect(r.ruleSet.id).toBe('hd27');
    expect(r.level).toBe('unsatisfactory');
    expect(r.levelLabel?.vi).toBe('Yếu kém');
    expect(r.blockedBy[0]?.citations[0]?.document.key).toBe('27-HD/BTCTW@2014-09-25');
    expect(r.explanation.textVi).toContain('Yếu kém');
  });
  it('exactly half is not "trên 1/2"', () => {
    const r = rateOrganization({ year: 2016, kind: 'partyCell', members: { excellent: 0, good: 4, satisfactory: 0, unsatisfactory: 4 } });
    expect(r.forcedLevel).toBeUndefined();
    expect(r.allowedLevels).toContain('unsatisfactory'); // other facts are missing
    expect(r.missing.map((m) => m.path)).toContain('score');
  });
  it('đảng bộ with 4 of 10 sub-organizations "yếu kém" (> 1/3) → "yếu kém"; 3 of 9 (= 1/3) is not', () => {
    expect(rateOrganization({ year: 2017, kind: 'partyCommittee', subUnits: { excellent: 0, good: 6, satisfactory: 0, unsatisfactory: 4 } }).level).toBe('unsatisfactory');
    const full = { year: 2017, kind: 'partyCommittee', score: 60, disunityConcluded: false, memberDisciplinedForCorruptionOrDegradation: false, governmentLowestLevel: false, massOrganizationsLowestLevel: 1 } as const;
    const r = rateOrganization({ ...full, subUnits: { excellent: 0, good: 6, satisfactory: 0, unsatisfactory: 3 } });
    expect(r.allowedLevels).toEqual(['excellent', 'good', 'satisfactory']);
    expect(r.level).toBeUndefined();
    expect(r.unverified.map((u) => u.level)).toEqual(['excellent', 'good', 'satisfactory']);
  });
  it('HD 27 member criteria are unverified: the library says so instead of guessing', () => {
    const r = rateMember({ year: 2016, disciplines: [{ form: 'warning', decidedOn: '2016-04-01' }] });
    expect(r.level).toBeUndefined();
    expect(r.unverified.map((u) => u.level)).toEqual(['excellent', 'good', 'satisfactory', 'unsatisfactory']);
  });
});

describe('§10.2 2020: member disciplined in the year (HD 21)', () => {
  it('a reprimand in May 2020 forces "không hoàn thành nhiệm vụ"', () => {
    const r = rateMember(m2020({ disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] }));
    expect(r.ruleSet.id).toBe('hd21');
    expect(r.level).toBe('unsatisfactory');
    expect(r.forcedLevel).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(false);
    expect(r.blockedBy.some((b) => b.code === 'disciplineInYear')).toBe(true);
  });
  it('in 2021 the same 2020 decision does not force it again ("chỉ tính một lần")', () => {
    const r = rateMember(m2020({ year: 2021, disciplines: [{ form: 'reprimand', decidedOn: '2020-05-12' }] }));
    expect(r.forcedLevel).toBeUndefined();
    expect(r.allowedLevels).toContain('excellent');
  });
  it('D6: violation in 2020, decision in 2021 — counted by decision (default) or by violation', () => {
    const d: RatingDisciplineFact[] = [{ form: 'warning', decidedOn: '2021-02-01', violationOn: '2020-11-01' }];
    expect(rateMember(m2020({ year: 2021, disciplines: d })).level).toBe('unsatisfactory');
    expect(rateMember(m2020({ year: 2020, disciplines: d })).forcedLevel).toBeUndefined();
    const byViolation = rateMember(m2020({ year: 2020, disciplines: d }), { disciplineYearBy: 'violation' });
    expect(byViolation.level).toBe('unsatisfactory');
    const next = rateMember(m2020({ year: 2021, disciplines: d }), { disciplineYearBy: 'violation' });
    expect(next.forcedLevel).toBeUndefined();
    expect(next.options.some((o) => o.name === 'disciplineYearBy')).toBe(true);
  });
  it('countedInYear decides when the caller sets it', () => {
    const d: RatingDisciplineFact[] = [{ form: 'reprimand', decidedOn: '2021-02-01', countedInYear: 2020 }];
    expect(rateMember(m2020({ year: 2020, disciplines: d })).level).toBe('unsatisfactory');
    expect(rateMember(m2020({ year: 2021, disciplines: d })).forcedLevel).toBeUndefined();
  });
});

describe('§10.3 2020: leadership collective with a disciplined member (HD 21 tiết 3)', () => {
  const lc = (form: RatingDisciplineFact['form']): OrganizationRatingFacts => ({
    year: 2020,
    kind: 'leadershipCollective',
    disunityConcluded: false,
    degradationConcluded: false,
    disciplines: [],
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
    leadershipDisciplines: [{ form, decidedOn: '2020-06-01' }],
  });
  it('a reprimand is below "từ cảnh cáo trở lên": not forced', () => {
    const r = rateOrganization(lc('reprimand'));
    expect(r.forcedLevel).toBeUndefined();
    expect(r.explanation.reasons.some((x) => x.code === 'memberReprimandOnly')).toBe(true);
  });
  it('a warning forces "không hoàn thành nhiệm vụ"', () => {
    const r = rateOrganization(lc('warning'));
    expect(r.level).toBe('unsatisfactory');
  });
});

describe('§10.4 sick leave: 2021 (HD 21 cap) against 2025 (HD 43 7.5, no cap)', () => {
  it('2021: 4 months of sick leave → at most "hoàn thành nhiệm vụ"', () => {
    const r = rateMember(m2020({ year: 2021, sickLeaveMonths: 4 }));
    expect(r.maxLevel).toBe('satisfactory');
    expect(r.blockedBy.find((b) => b.code === 'sickLeave')?.level).toBe('good');
  });
  it('2025: the same leave, score 85, all tasks on time → "hoàn thành tốt nhiệm vụ"', () => {
    const r = rateMember(m2025({ score: 85, sickLeaveMonths: 4 }));
    expect(r.level).toBe('good');
    expect(r.explanation.reasons.some((x) => x.code === 'leaveActualWork')).toBe(true);
  });
});

describe('§10.5 2025: high score, too few tasks exceeded (D10)', () => {
  const facts = m2025({ score: 92, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 } });
  it('cascade (default) → "hoàn thành tốt nhiệm vụ", and the option is named', () => {
    const r = rateMember(facts);
    expect(r.level).toBe('good');
    expect(r.blockedBy.some((b) => b.code === 'exceededUnder30')).toBe(true);
    expect(r.options.map((o) => o.name)).toContain('bandReading');
  });
  it('strict → unclassified with a warning', () => {
    const r = rateMember(facts, { bandReading: 'strict' });
    expect(r.status).toBe('unclassified');
    expect(r.level).toBeUndefined();
    // The gap is named in words, never by its decision code (issue 13, "what a person reads").
    expect(r.explanation.textEn).toContain('a gap between the bands');
    expect(r.explanation.textEn).not.toMatch(/\bD\d+\b/);
    expect(r.options.map((o) => o.name)).toContain('bandReading');
  });
});

describe('§10.6 2025: late tasks', () => {
  it('score 65, 1 of 10 late → "hoàn thành nhiệm vụ"', () => {
    expect(rateMember(m2025({ score: 65, tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 0 } })).level).toBe('satisfactory');
  });
  it('score 75, 1 late: cascade → "hoàn thành nhiệm vụ"; strict → unclassified', () => {
    const f = m2025({ score: 75, tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 0 } });
    expect(rateMember(f).level).toBe('satisfactory');
    expect(rateMember(f, { bandReading: 'strict' }).status).toBe('unclassified');
  });
  it('3 of 10 late, none failed: no level matches → unclassified; gapFallback → "không hoàn thành nhiệm vụ"', () => {
    const f = m2025({ score: 65, tasks: { assigned: 10, completed: 10, onTime: 7, exceeded: 0 } });
    const r = rateMember(f);
    expect(r.status).toBe('unclassified');
    expect(r.allowedLevels).toEqual([]);
    const g = rateMember(f, { gapFallback: 'unsatisfactory' });
    expect(g.level).toBe('unsatisfactory');
    expect(g.options.map((o) => o.name)).toContain('gapFallback');
  });
});

describe('§10.7 2025: non-leader disciplined for a violation tied to official duty', () => {
  it('reprimand in Sept 2025 → "không hoàn thành nhiệm vụ"', () => {
    const r = rateMember(m2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15', relatedToOfficialDuty: true }] }));
    expect(r.level).toBe('unsatisfactory');
  });
  it('self-reported and remedied → forced with discretion (D8)', () => {
    const r = rateMember(m2025({ score: 85, disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] }));
    expect(r.forcedLevel).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(true);
    expect(r.level).toBeUndefined();
    expect(r.maxLevel).toBe('good');
    expect(r.allowedLevels).toEqual(['good', 'unsatisfactory']);
  });
  it('whether the violation relates to official duty is asked, not guessed (D7)', () => {
    const r = rateMember(m2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-09-15' }] }));
    expect(r.level).toBeUndefined();
    expect(r.missing.map((m) => m.path)).toEqual(['disciplines[0].relatedToOfficialDuty']);
  });
});

describe('§10.8 new member: 2025 (not reviewed) against 2020 (reviewed, not rated)', () => {
  it('2025: admitted 1-8-2025, review 10-12-2025 → not reviewed, not rated', () => {
    const r = rateMember(m2025({ admittedOn: '2025-08-01', reviewOn: '2025-12-10' }));
    expect(r.status).toBe('notRated');
    expect(r.reviewRequired).toBe(false);
    expect(r.notRatedReason?.code).toBe('newMember');
  });
  it('2020: the same dates → not rated but still reviewed', () => {
    const r = rateMember(m2020({ admittedOn: '2020-08-01', reviewOn: '2020-12-10' }));
    expect(r.status).toBe('notRated');
    expect(r.reviewRequired).toBe(true);
  });
});

describe('§10.9 2020: chi bộ with one failing member cannot be excellent', () => {
  it('1 of 12 members KHTNV → maxLevel below excellent, the rest flagged unverified', () => {
    const r = rateOrganization({
      year: 2020,
      kind: 'partyCell',
      members: { excellent: 2, good: 9, satisfactory: 0, unsatisfactory: 1 },
      criteria: { taskResults: 'excellent', other: 'excellent' },
      sameLevelBodiesGoodOrBetter: true,
      disciplines: [],
      tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 5 },
    });
    expect(r.allowedLevels).not.toContain('excellent');
    expect(r.maxLevel).toBe('good');
    expect(r.level).toBeUndefined();
    expect(r.unverified.map((u) => u.level)).toEqual(['good', 'satisfactory', 'unsatisfactory']);
    expect(r.blockedBy.find((b) => b.code === 'notAllSatisfactory')?.citations[0]?.status).toBe('quoted');
  });
});

describe('§10.10 quota (D2, D3, D5)', () => {
  it('30 qualify, 7 meet the criteria: literal → 5, pool → 6', () => {
    const ratings = { excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 };
    const lit = checkQuota(ratings, { year: 2020 });
    expect(lit.cap).toBe(5);
    expect(lit.status).toBe('exceeded');
    expect(lit.excess).toBe(2);
    expect(lit.options.map((o) => `${o.name}=${String(o.value)}`)).toEqual(['formula=literal', 'rounding=floor']);
    const pool = checkQuota(ratings, { year: 2020, formula: 'pool' });
    expect(pool.cap).toBe(6);
  });
  it('peer group of 4 under QĐ 366: 0, and still 0 with the 25% exception; flagged', () => {
    const g = ['excellent', 'good', 'good', 'good'] as const;
    const q = checkQuota([...g], { year: 2025 });
    expect(q.cap).toBe(0);
    expect(q.capIsZero).toBe(true);
    expect(checkQuota([...g], { year: 2025, outstandingUnitException: true }).cap).toBe(0);
    expect(checkQuota([...g], { year: 2025, minimumOne: true }).cap).toBe(1);
  });
});

describe('§10.11 2025: collective with a disciplined leadership member', () => {
  const base = {
    year: 2025,
    score: 93,
    tasks: { assigned: 20, completed: 20, onTime: 20, exceeded: 7 },
    shortcomingsFixed: true,
    subUnitsDisciplined: 0,
  };
  it('the agency: not excellent, cascade → "hoàn thành tốt nhiệm vụ"', () => {
    const r = rateOrganization({ ...base, kind: 'agency', leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: false }] });
    expect(r.level).toBe('good');
    expect(r.blockedBy.some((b) => b.code === 'leadershipMemberDisciplined')).toBe(true);
  });
  it('its leadership collective, if the discipline relates to duties → "không hoàn thành nhiệm vụ"; with self-detection → discretion', () => {
    const lc = { ...base, kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false } as const;
    expect(rateOrganization({ ...lc, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: true }] }).level).toBe('unsatisfactory');
    const d = rateOrganization({ ...lc, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2025-05-01', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] });
    expect(d.discretionAvailable).toBe(true);
    expect(d.forcedLevel).toBe('unsatisfactory');
  });
});

describe('§10.12 2021: organization with many disciplined sub-units (QĐ 132 k4 a)', () => {
  const org = (n: number): OrganizationRatingFacts => ({ year: 2021, kind: 'agency', subUnitsTotal: 9, subUnitsDisciplined: n, disciplines: [], tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 } });
  it('2 of 9 (22%) → "không hoàn thành nhiệm vụ"', () => {
    const r = rateOrganization(org(2));
    expect(r.level).toBe('unsatisfactory');
    expect(r.blockedBy[0]?.citations[0]?.document.key).toBe('132-QĐ/TW@2018-03-08');
  });
  it('1 of 9 (11%) → the trigger does not fire', () => {
    expect(rateOrganization(org(1)).forcedLevel).toBeUndefined();
  });
  it('for a party organization the applicability is an inference, flagged, and can be switched off', () => {
    const p: OrganizationRatingFacts = { ...org(2), kind: 'partyCommittee' };
    const r = rateOrganization(p);
    expect(r.level).toBe('unsatisfactory');
    expect(r.explanation.caveats.some((c) => c.en.includes('by inference'))).toBe(true);
    const off = rateOrganization(p, { organizationTriggersApplyToPartyOrganizations: false });
    expect(off.forcedLevel).toBeUndefined();
    expect(off.options.map((o) => o.name)).toContain('organizationTriggersApplyToPartyOrganizations');
  });
});

describe('§10.13 2024 against 2025: member who beat targets', () => {
  const facts = {
    admittedOn: '2010-01-01',
    exemptFromActivity: false,
    suspended: false,
    degradationConcluded: false,
    disciplines: [],
    criteria: { taskResults: 'excellent', other: 'good' },
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 },
  } as const;
  it('2024 (QĐ 124): 40% exceeded < 50% → not excellent; lower levels unverified', () => {
    const r = rateMember({ ...facts, year: 2024 });
    expect(r.ruleSet.id).toBe('qd124');
    expect(r.allowedLevels).not.toContain('excellent');
    expect(r.maxLevel).toBe('good');
    expect(r.unverified.map((u) => u.level)).toContain('good');
    expect(r.blockedBy.some((b) => b.code === 'exceededUnder50')).toBe(true);
  });
  it('2025 (QĐ 366): the same facts with score 95 → excellent', () => {
    const r = rateMember({ ...facts, criteria: undefined, year: 2025, role: 'nonLeader', score: 95, shortcomingsFixed: true, prohibitedConductConcluded: false });
    expect(r.level).toBe('excellent');
  });
});

describe('QĐ 366 chi bộ: no subordinate units to ask about', () => {
  it('a chi bộ is not asked for disciplined sub-units', () => {
    const r = rateOrganization({ year: 2025, kind: 'partyCell', score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 }, shortcomingsFixed: true, leadershipDisciplines: [] });
    expect(r.missing).toEqual([]);
    expect(r.level).toBe('excellent');
  });
});
