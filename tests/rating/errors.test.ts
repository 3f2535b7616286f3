/** Bad input → Nq4Error naming the field; missing facts are not errors. */
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { checkQuota } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { rateMembers } from '../../src/rating/rateMembers.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import { rulesFor } from '../../src/rating/rulesFor.js';

function issueOf(run: () => unknown): { code: string; path: readonly (string | number)[]; messageEn: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Nq4Error);
    const first = (error as Nq4Error).issues[0];
    return { code: first.code, path: first.path, messageEn: first.messageEn };
  }
  throw new Error('expected an Nq4Error');
}

describe('rateMember rejects bad input, naming the field', () => {
  it.each([
    ['unknown field', { year: 2025, grade: 'A' }, 'unknown_key', ['grade']],
    ['onTime > completed', { year: 2025, tasks: { assigned: 5, completed: 3, onTime: 4, exceeded: 0 } }, 'inconsistent', ['tasks', 'onTime']],
    ['completed > assigned', { year: 2025, tasks: { assigned: 5, completed: 6, onTime: 5, exceeded: 0 } }, 'inconsistent', ['tasks', 'completed']],
    ['exceeded > completed', { year: 2025, tasks: { assigned: 5, completed: 3, onTime: 3, exceeded: 4 } }, 'inconsistent', ['tasks', 'exceeded']],
    ['negative count', { year: 2025, tasks: { assigned: -1, completed: 0, onTime: 0, exceeded: 0 } }, 'too_small', ['tasks', 'assigned']],
    ['fractional count', { year: 2025, tasks: { assigned: 1.5, completed: 0, onTime: 0, exceeded: 0 } }, 'invalid_type', ['tasks', 'assigned']],
    ['score above 100', { year: 2025, score: 100.5 }, 'too_big', ['score']],
    ['score below 0', { year: 2025, score: -1 }, 'too_small', ['score']],
    ['year no rule set covers', { year: 2013 }, 'no_rule_set', ['year']],
    ['unknown form code', { year: 2025, disciplines: [{ form: 'demotion', decidedOn: '2025-01-02' }] }, 'invalid_value', ['disciplines', 0, 'form']],
    ['dissolution for a member', { year: 2025, disciplines: [{ form: 'dissolution', decidedOn: '2025-01-02' }] }, 'not_applicable', ['disciplines', 0, 'form']],
    ['bad date', { year: 2025, admittedOn: '2025-02-30' }, 'invalid_date', ['admittedOn']],
    ['violation after decision', { year: 2025, disciplines: [{ form: 'warning', decidedOn: '2025-01-02', violationOn: '2025-03-01' }] }, 'date_order', ['disciplines', 0, 'violationOn']],
    ['admitted after review', { year: 2025, admittedOn: '2025-12-20', reviewOn: '2025-12-10' }, 'date_order', ['admittedOn']],
    ['sick leave over 12 months', { year: 2020, sickLeaveMonths: 13 }, 'too_big', ['sickLeaveMonths']],
    ['leader facts for a non-leader', { year: 2025, role: 'nonLeader', leader: { unitsLed: 1 } }, 'not_applicable', ['leader']],
    ['missing year', {}, 'missing', ['year']],
  ])('%s', (_name, facts, code, path) => {
    const i = issueOf(() => rateMember(facts as never));
    expect(i.code).toBe(code);
    expect(i.path).toEqual(path);
  });
  it('never echoes the value given', () => {
    const i = issueOf(() => rateMember({ year: 2025, role: 'Nguyễn Văn A' } as never));
    expect(i.messageEn).not.toContain('Nguyễn');
  });
  it('bad options name the option', () => {
    expect(issueOf(() => rateMember({ year: 2025 }, { bandReading: 'loose' } as never)).path).toEqual(['options', 'bandReading']);
    expect(issueOf(() => rateMember({ year: 2025 }, { ruleSet: 'qd999' })).path).toEqual(['options', 'ruleSet']);
  });
  it('a missing fact is not an error: it is listed', () => {
    const r = rateMember({ year: 2025 });
    expect(r.missing.map((m) => m.path)).toEqual(expect.arrayContaining(['role', 'score', 'tasks', 'disciplines', 'admittedOn']));
    expect(r.level).toBeUndefined();
  });
});

describe('rateOrganization and the others', () => {
  it('removal from post is not an organization form', () => {
    const i = issueOf(() => rateOrganization({ year: 2025, kind: 'partyCell', disciplines: [{ form: 'removalFromPost', decidedOn: '2025-01-02' }] }));
    expect(i).toMatchObject({ code: 'not_applicable', path: ['disciplines', 0, 'form'] });
  });
  it('unknown kind, more disciplined sub-units than units', () => {
    expect(issueOf(() => rateOrganization({ year: 2025, kind: 'club' } as never)).path).toEqual(['kind']);
    expect(issueOf(() => rateOrganization({ year: 2021, kind: 'agency', subUnitsTotal: 3, subUnitsDisciplined: 4 })).code).toBe('inconsistent');
  });
  it('checkQuota needs a year or a rule set, and the 25% exception only exists in QĐ 366', () => {
    expect(issueOf(() => checkQuota(['good'], {})).path).toEqual(['options', 'year']);
    expect(issueOf(() => checkQuota(['good'], { year: 2020, outstandingUnitException: true })).code).toBe('not_applicable');
    expect(issueOf(() => checkQuota(['great'] as never, { year: 2020 })).path[0]).toBe('ratings');
  });
  it('rulesFor rejects a year no rule set covers', () => {
    expect(issueOf(() => rulesFor(2000)).code).toBe('no_rule_set');
  });
  it('rateMembers lists every invalid member with its index', () => {
    try {
      rateMembers([{ year: 2025 }, { year: 2025, score: 101 }, { year: 2025, x: 1 } as never]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      expect((error as Nq4Error).issues.map((i) => i.path)).toEqual([[1, 'score'], [2, 'x']]);
    }
  });
});

describe('safe variants', () => {
  it('return the Nq4Error instead of throwing, and the result otherwise', async () => {
    const { safeRateMember, safeRateOrganization } = await import('../../src/rating/safe.js');
    const bad = safeRateMember({ year: 2025, score: 120 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].path).toEqual(['score']);
    const ok = safeRateOrganization({ year: 2025, kind: 'partyCell', score: 95 });
    expect(ok.success && ok.data.ruleSet.id).toBe('qd366');
  });
});
