/** Regression tests for reviewer findings on the rating area (one describe per finding). */
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { createMemberRater, rateMember, rateMembers, rateOrganization, rulesFor } from '../../src/rating/index.js';

const clean2025 = {
  year: 2025,
  role: 'nonLeader',
  score: 85,
  admittedOn: '2010-03-02',
  tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
  disciplines: [],
  degradationConcluded: false,
  exemptFromActivity: false,
  suspended: false,
} as const;

describe('finding 1: QĐ 366 non-leader "những điều đảng viên không được làm" / nêu gương', () => {
  it('is reported missing when not given, so a clean member gets no firm level', () => {
    const r = rateMember(clean2025);
    expect(r.level).toBeUndefined();
    expect(r.missing.map((m) => m.path)).toEqual(['prohibitedConductConcluded']);
    expect(r.allowedLevels).toContain('good');
  });
  it('false → the firm level', () => {
    const r = rateMember({ ...clean2025, prohibitedConductConcluded: false });
    expect(r.level).toBe('good');
    expect(r.missing).toEqual([]);
  });
  it('true → forced "unsatisfactory", cited to Điều 11 khoản 4 with the quoted text', () => {
    const r = rateMember({ ...clean2025, role: 'outsideSystem', prohibitedConductConcluded: true });
    expect(r.level).toBe('unsatisfactory');
    expect(r.forcedLevel).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(false);
    const b = r.blockedBy.find((x) => x.code === 'prohibitedConduct');
    expect(b?.citations[0]?.quoteVi).toContain('vi phạm những điều đảng viên không được làm');
  });
  it('self-reported and remedied → forced with discretion (D8)', () => {
    const r = rateMember({ ...clean2025, prohibitedConductConcluded: true, prohibitedConductSelfReportedAndRemedied: true });
    expect(r.forcedLevel).toBe('unsatisfactory');
    expect(r.discretionAvailable).toBe(true);
    expect(r.level).toBeUndefined();
  });
  it('assumeNoEvents treats it as absent', () => {
    expect(rateMember(clean2025, { assumeNoEvents: true }).level).toBe('good');
  });
  it('is not part of the leader list (4.2) and not asked of leaders', () => {
    const r = rateMember({ ...clean2025, role: 'leader' });
    expect(r.missing.map((m) => m.path)).not.toContain('prohibitedConductConcluded');
  });
  it('the fast path agrees', () => {
    const rate = createMemberRater('qd366');
    expect(rate({ ...clean2025, prohibitedConductConcluded: true })).toBe('unsatisfactory');
    expect(rate(clean2025)).toBe('undetermined');
    expect(rate({ ...clean2025, prohibitedConductConcluded: false })).toBe('good');
  });
});

describe('finding 2: QĐ 132 / QĐ 124 "đơn vị trực thuộc xảy ra các vụ, việc tham ô, tham nhũng"', () => {
  const agency = (year: number) => ({ year, kind: 'agency', subUnitsTotal: 5, subUnitsDisciplined: 0, disciplines: [], tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 } }) as const;
  for (const [year, id] of [[2018, 'hd16'], [2021, 'hd21'], [2023, 'qd124']] as const) {
    it(`${id}: asked in missing when not given`, () => {
      expect(rateOrganization(agency(year)).missing.map((m) => m.path)).toContain('subUnitCorruptionHandled');
      expect(rateOrganization(agency(year), { assumeNoEvents: true }).missing.map((m) => m.path)).not.toContain('subUnitCorruptionHandled');
    });
    it(`${id}: true forces "unsatisfactory" with the quoted item`, () => {
      const r = rateOrganization({ ...agency(year), subUnitCorruptionHandled: true });
      expect(r.ruleSet.id).toBe(id);
      expect(r.level).toBe('unsatisfactory');
      expect(r.discretionAvailable).toBe(false);
      const b = r.blockedBy.find((x) => x.code === 'subUnitCorruption');
      expect(b?.citations[0]?.quoteVi).toContain('trừ trường hợp tự phát hiện và khắc phục xong hậu quả');
    });
    it(`${id}: self-detected and remedied → forced with discretion (D8)`, () => {
      const r = rateOrganization({ ...agency(year), subUnitCorruptionHandled: true, subUnitCorruptionSelfDetectedAndRemedied: true });
      expect(r.forcedLevel).toBe('unsatisfactory');
      expect(r.discretionAvailable).toBe(true);
      expect(r.level).toBeUndefined();
    });
    it(`${id}: listed in rulesFor criteria`, () => {
      const c = rulesFor(year).criteria.find((x) => x.id.endsWith('subUnitCorruption'));
      expect(c?.use).toBe('applied');
      expect(c?.citation.quoteVi).toMatch(/đơn vị trực thuộc xảy ra/);
    });
  }
  it('a chi bộ (no subordinate units) is not asked', () => {
    const r = rateOrganization({ year: 2021, kind: 'partyCell' });
    expect(r.missing.map((m) => m.path)).not.toContain('subUnitCorruptionHandled');
  });
  it('off for party organizations when organizationTriggersApplyToPartyOrganizations is false', () => {
    const r = rateOrganization({ year: 2021, kind: 'partyCommittee', subUnitCorruptionHandled: true }, { organizationTriggersApplyToPartyOrganizations: false });
    expect(r.forcedLevel).toBeUndefined();
  });
});

describe('finding 3: QĐ 124 collectives are not decided from an English paraphrase', () => {
  const agency = {
    year: 2024, kind: 'agency', subUnitsTotal: 5, subUnitsDisciplined: 0, disciplines: [], leadershipDisciplines: [],
    subUnitCorruptionHandled: false, criteria: { taskResults: 'good', other: 'average' },
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
  } as const;
  it('default: a range at most "good", each paraphrased level in unverified with the reason', () => {
    const r = rateOrganization(agency);
    expect(r.ruleSet.id).toBe('qd124');
    expect(r.level).toBeUndefined();
    expect(r.maxLevel).toBe('good');
    expect(r.allowedLevels).toEqual(['good', 'satisfactory', 'unsatisfactory']);
    expect(r.unverified.map((u) => u.level)).toEqual(['good', 'satisfactory', 'unsatisfactory']);
    const good = r.unverified.find((u) => u.level === 'good');
    expect(good?.reason.en).toMatch(/paraphrase/);
    expect(good?.citations.some((c) => c.status === 'paraphrased')).toBe(true);
    expect(r.options.map((o) => o.name)).not.toContain('acceptParaphrasedCriteria');
  });
  it('acceptParaphrasedCriteria: true applies the paraphrase and says so in options', () => {
    const r = rateOrganization(agency, { acceptParaphrasedCriteria: true });
    expect(r.level).toBe('good');
    expect(r.unverified).toEqual([]);
    expect(r.options.find((o) => o.name === 'acceptParaphrasedCriteria')?.value).toBe(true);
  });
  it('a quoted hard trigger still decides "unsatisfactory" without the option', () => {
    const r = rateOrganization({ ...agency, disciplines: [{ form: 'reprimand', decidedOn: '2024-05-01' }] });
    expect(r.level).toBe('unsatisfactory');
    expect(r.unverified).toEqual([]);
  });
  it('the option is validated', () => {
    expect(() => rateOrganization(agency, { acceptParaphrasedCriteria: 'yes' } as unknown as { acceptParaphrasedCriteria: boolean })).toThrow(Nq4Error);
  });
});

describe('finding 4: not-rated results say how the rule is known', () => {
  it('QĐ 366: "not reviewed" read as "not rated" is an inference, with a caveat in both languages', () => {
    for (const facts of [{ year: 2025, suspended: true }, { year: 2025, exemptFromActivity: true }, { year: 2025, admittedOn: '2025-09-01' }]) {
      const r = rateMember(facts);
      expect(r.status).toBe('notRated');
      expect(r.notRatedBasis).toBe('inferred');
      expect(r.notRatedReason?.citations.some((c) => c.status === 'inferred')).toBe(true);
      expect(r.explanation.textEn).toMatch(/inference/);
      expect(r.explanation.textVi).toMatch(/suy luận/);
    }
    expect(rulesFor(2025).criteria.find((c) => c.id === 'qd366.member.notRated')?.citation.status).toBe('inferred');
  });
  it('HD 21 exempt / suspended (LuatVietnam paraphrase) → paraphrased', () => {
    const r = rateMember({ year: 2020, exemptFromActivity: true });
    expect(r.notRatedBasis).toBe('paraphrased');
    expect(r.explanation.textEn).toMatch(/paraphrase/);
  });
  it('HD 16 exempt (spun copy) → paraphrased', () => {
    expect(rateMember({ year: 2018, exemptFromActivity: true }).notRatedBasis).toBe('paraphrased');
  });
  it('QĐ 124: suspended (paraphrase) → paraphrased; exempt (inferred) → inferred', () => {
    expect(rateMember({ year: 2023, suspended: true }).notRatedBasis).toBe('paraphrased');
    expect(rateMember({ year: 2023, exemptFromActivity: true }).notRatedBasis).toBe('inferred');
  });
  it('HD 21 new member (quoted tiểu mục 6) → quoted, no extra caveat', () => {
    const r = rateMember({ year: 2020, admittedOn: '2020-10-01' });
    expect(r.status).toBe('notRated');
    expect(r.notRatedBasis).toBe('quoted');
    expect(r.explanation.textEn).not.toMatch(/inference|paraphrase/);
  });
  it('rated results carry no notRatedBasis', () => {
    expect(rateMember({ ...clean2025, prohibitedConductConcluded: false }).notRatedBasis).toBeUndefined();
  });
});

describe('finding 5: bad input is not accepted silently', () => {
  const issueOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(Nq4Error);
      return (e as Nq4Error).issues[0];
    }
    throw new Error('expected an Nq4Error');
  };
  it('admittedOn after 31 December of the rating year → date_order on admittedOn', () => {
    const i = issueOf(() => rateMember({ ...clean2025, admittedOn: '2026-01-01' }));
    expect(i?.code).toBe('date_order');
    expect(i?.path).toEqual(['admittedOn']);
    expect(rateMember({ ...clean2025, admittedOn: '2025-12-31', reviewOn: undefined }).status).toBe('notRated');
  });
  it('reviewOn outside the rating year → inconsistent on reviewOn (members and organizations)', () => {
    const i = issueOf(() => rateMember({ ...clean2025, reviewOn: '2026-01-15' }));
    expect(i?.code).toBe('inconsistent');
    expect(i?.path).toEqual(['reviewOn']);
    const j = issueOf(() => rateOrganization({ year: 2021, kind: 'partyCell', reviewOn: '2020-12-15' }));
    expect(j?.path).toEqual(['reviewOn']);
  });
  it('the batch pre-check does not accept them either', () => {
    const rate = () => rateMembers([{ ...clean2025, reviewOn: '2024-12-10' }]);
    expect(issueOf(rate)?.path).toEqual([0, 'reviewOn']);
  });
  it('tasks.assigned: 0 does not pass the percentage tests: reported missing with a reason', () => {
    const tasks = { assigned: 0, completed: 0, onTime: 0, exceeded: 0 };
    const r = rateMember({ ...clean2025, prohibitedConductConcluded: false, shortcomingsFixed: true, score: 95, tasks });
    expect(r.level).toBeUndefined();
    expect(r.missing[0]?.path).toBe('tasks.assigned');
    expect(r.missing[0]?.reason.en).toMatch(/cannot be determined/);
    expect(r.allowedLevels).toContain('excellent');
    expect(createMemberRater('qd366')({ ...clean2025, prohibitedConductConcluded: false, shortcomingsFixed: true, score: 95, tasks })).toBe('undetermined');
    const org = rateOrganization({ year: 2021, kind: 'agency', subUnitsTotal: 2, subUnitsDisciplined: 0, disciplines: [], subUnitCorruptionHandled: false, tasks });
    expect(org.missing.map((m) => m.path)).toContain('tasks.assigned');
  });
  it('leader.forceMajeure (never read; QĐ 366 4.2 has no force-majeure escape) is an unknown field', () => {
    const i = issueOf(() => rateMember({ ...clean2025, role: 'leader', leader: { forceMajeure: true } } as never));
    expect(i?.path).toEqual(['leader', 'forceMajeure']);
  });
  it('HD 21 "founded under 06 tháng" exempts party organizations and leadership collectives, not agencies', () => {
    const young = { year: 2020, establishedOn: '2020-09-01', reviewOn: '2020-12-15' } as const;
    expect(rateOrganization({ ...young, kind: 'partyCell' }).status).toBe('notRated');
    expect(rateOrganization({ ...young, kind: 'leadershipCollective' }).status).toBe('notRated');
    const agency = rateOrganization({ ...young, kind: 'agency' });
    expect(agency.status).toBe('rated');
    expect(agency.explanation.textEn).toMatch(/not applied to other agencies/);
  });
});
