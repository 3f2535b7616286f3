/** Same facts, different year, different result: the rule set follows the year (D1). */
import { describe, expect, it } from 'vitest';
import { rateMember } from '../../src/rating/rateMember.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import { ratingRuleSetFor, ratingRuleSets } from '../../src/rating/registry.js';
import { rulesFor } from '../../src/rating/rulesFor.js';
import { checkQuota } from '../../src/rating/checkQuota.js';

describe('rule set by year (D1)', () => {
  it.each([
    [2014, 'hd27'],
    [2016, 'hd27'],
    [2017, 'hd27'],
    [2018, 'hd16'],
    [2019, 'hd21'],
    [2022, 'hd21'],
    [2023, 'qd124'],
    [2024, 'qd124'],
    [2025, 'qd366'],
    [2030, 'qd366'],
  ])('%i → %s', (year, id) => {
    expect(ratingRuleSetFor(year).id).toBe(id);
  });
  it('yearStart reads 1 January instead: the year a text arrived mid-year moves back', () => {
    expect(ratingRuleSetFor(2019, { at: 'yearStart' }).id).toBe('hd16');
    expect(ratingRuleSetFor(2025, { at: 'yearStart' }).id).toBe('qd124');
    const r = rateMember({ year: 2025, role: 'nonLeader', score: 80 }, { ruleSetAt: 'yearStart' });
    expect(r.ruleSet.id).toBe('qd124');
    expect(r.options.map((o) => o.name)).toContain('ruleSetAt');
  });
  it('an explicit ruleSet override wins and is recorded', () => {
    const r = rateMember({ year: 2024, role: 'nonLeader', score: 40 }, { ruleSet: 'qd366' });
    expect(r.ruleSet.id).toBe('qd366');
    expect(r.level).toBe('unsatisfactory');
    expect(r.options[0]?.name).toBe('ruleSet');
  });
  it('the registry holds five versions in date order without gaps from 2014', () => {
    expect(ratingRuleSets.ruleSets.map((r) => r.id)).toEqual(['hd27', 'hd16', 'hd21', 'qd124', 'qd366']);
  });
});

describe('same facts, different year', () => {
  const disciplined = {
    admittedOn: '2010-01-01',
    exemptFromActivity: false,
    suspended: false,
    degradationConcluded: false,
  prohibitedConductConcluded: false,
    role: 'nonLeader',
    score: 80,
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 0 },
    civilServiceLevel: 'notCivilServant',
    sickLeaveMonths: 0,
  } as const;
  it('a reprimand not tied to official duty: forced in 2020 (any discipline), not in 2025 (only duty-related)', () => {
    const y2020 = rateMember({ ...disciplined, year: 2020, role: undefined, score: undefined, disciplines: [{ form: 'reprimand', decidedOn: '2020-03-01', relatedToOfficialDuty: false }] });
    expect(y2020.level).toBe('unsatisfactory');
    const y2025 = rateMember({ ...disciplined, year: 2025, shortcomingsFixed: true, disciplines: [{ form: 'reprimand', decidedOn: '2025-03-01', relatedToOfficialDuty: false }] });
    expect(y2025.level).toBe('good');
  });
  it('a discipline in 2023: QĐ 124 cannot rule on it, and says so', () => {
    const r = rateMember({ ...disciplined, year: 2023, role: undefined, score: undefined, criteria: { taskResults: 'good', other: 'good' }, disciplines: [{ form: 'reprimand', decidedOn: '2023-03-01' }] });
    expect(r.forcedLevel).toBeUndefined();
    expect(r.unverified.some((u) => u.reason.en.includes('cannot rule whether it forces'))).toBe(true);
  });
  it('a leadership collective whose member got a reprimand: HD 21 no (warning threshold), QĐ 124 yes (any discipline)', () => {
    const lc = { kind: 'leadershipCollective', disunityConcluded: false, degradationConcluded: false, disciplines: [], tasks: { assigned: 4, completed: 4, onTime: 4, exceeded: 0 } } as const;
    expect(rateOrganization({ ...lc, year: 2021, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2021-05-01' }] }).forcedLevel).toBeUndefined();
    expect(rateOrganization({ ...lc, year: 2024, leadershipDisciplines: [{ form: 'reprimand', decidedOn: '2024-05-01' }] }).level).toBe('unsatisfactory');
  });
  it('the 2018 rule set applies the member discipline trigger, the rest is unverified', () => {
    const r = rateMember({ year: 2018, disciplines: [{ form: 'warning', decidedOn: '2018-10-01' }] });
    expect(r.ruleSet.id).toBe('hd16');
    expect(r.level).toBe('unsatisfactory');
    const clean = rateMember({ ...disciplined, role: undefined, score: undefined, year: 2018, disciplines: [] });
    expect(clean.level).toBeUndefined();
    expect(clean.unverified.map((u) => u.level)).toEqual(['excellent', 'good', 'satisfactory', 'unsatisfactory']);
  });
  it('exempt members: not rated in 2020 (paraphrased source) and 2025 (quoted)', () => {
    expect(rateMember({ year: 2020, exemptFromActivity: true }).status).toBe('notRated');
    const r = rateMember({ year: 2025, suspended: true });
    expect(r.status).toBe('notRated');
    expect(r.notRatedReason?.citations[0]?.status).toBe('quoted');
  });
});

describe('rulesFor', () => {
  it('lists the documents and criteria with citations and their use', () => {
    const r = rulesFor(2020);
    expect(r.ruleSet.id).toBe('hd21');
    expect(r.documents.map((d) => d.key)).toEqual(expect.arrayContaining(['21-HD/BTCTW@2019-10-18', '132-QĐ/TW@2018-03-08']));
    expect(r.criteria.every((c) => c.citation.document !== undefined)).toBe(true);
    expect(r.memberQuota?.percent).toBe(20);
    expect(Object.isFrozen(r.criteria)).toBe(true);
  });
  it('every rule set lists at least one applied and one unverified or informational criterion', () => {
    for (const y of [2016, 2018, 2020, 2023, 2025]) {
      const uses = new Set(rulesFor(y).criteria.map((c) => c.use));
      expect(uses.has('applied')).toBe(true);
      expect(uses.size).toBeGreaterThan(1);
    }
  });
});

describe('quota data by version (rating.md §7.2), the one source reconcile reads too', () => {
  it('which rule sets attest a quota, for members and for organizations', () => {
    const table = ratingRuleSets.ruleSets.map((r) => [r.id, r.memberQuota?.percent, r.organizationQuota?.percent, r.organizationQuota?.basis ?? r.memberQuota?.basis]);
    expect(table).toEqual([
      ['hd27', undefined, undefined, undefined],
      ['hd16', undefined, undefined, undefined],
      ['hd21', 20, 20, 'secondaryPractice'],
      ['qd124', undefined, 20, undefined],
      ['qd366', 20, 20, undefined],
    ]);
    expect(ratingRuleSetFor(2025).memberQuota?.exceptionPercent).toBe(25);
  });

  it('checkQuota says when a percentage is seen only in local practice, and cites the 25% sentence when used', () => {
    const org = checkQuota({ excellent: 1, good: 10, satisfactory: 0, unsatisfactory: 0 }, { year: 2020, subject: 'organization' });
    expect(org.explanation.caveats.some((c) => c.en.includes('local form'))).toBe(true);
    const member = checkQuota({ excellent: 1, good: 10, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 });
    expect(member.explanation.caveats.some((c) => c.en.includes('local form'))).toBe(false);
    const exc = checkQuota({ excellent: 1, good: 10, satisfactory: 0, unsatisfactory: 0 }, { year: 2025, outstandingUnitException: true });
    expect(exc.explanation.reasons[0]?.citations.map((c) => c.quoteVi?.includes('25%'))).toEqual([false, true]);
  });
});
