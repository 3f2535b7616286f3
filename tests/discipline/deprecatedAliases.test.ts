/**
 * The names replaced by docs/conventions.md (issue 16) still work for one minor: the old
 * functions are the new ones, the old option names are read (the new name wins when both are
 * given), and `ok` is still filled beside `status`.
 */
import { describe, expect, it } from 'vitest';
import * as nq4 from '../../src/index.js';
import { Nq4Error } from '../../src/errors.js';

const lim = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2020-01-01', conclusionOn: '2023-01-01' } as const;
const decision = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05' } as const;

describe('deprecated discipline names', () => {
  it('the old functions are the renamed ones', () => {
    expect(nq4.limitation).toBe(nq4.checkLimitation);
    expect(nq4.safeLimitation).toBe(nq4.safeCheckLimitation);
    expect(nq4.disciplineEffects).toBe(nq4.getDisciplineEffects);
    expect(nq4.safeDisciplineEffects).toBe(nq4.safeGetDisciplineEffects);
    expect(nq4.disciplineForms).toBe(nq4.listDisciplineForms);
    expect(nq4.limitation(lim)).toEqual(nq4.checkLimitation(lim));
    expect(nq4.disciplineEffects(decision, { on: '2024-01-05' }).status).toBe('expired');
    expect(nq4.disciplineForms('probationaryMember', { on: '2024-01-01' }).map((f) => f.form)).toEqual(['reprimand', 'warning']);
  });

  it('versionBy is read as ruleSetBy, and ruleSetBy wins when both are given', () => {
    expect(nq4.checkLimitation(lim, { versionBy: 'violationDate' }).ruleSet?.id).toBe('qd102-qd07');
    expect(nq4.checkLimitation(lim, { versionBy: 'violationDate', ruleSetBy: 'conclusionDate' }).ruleSet?.id).toBe('qd69');
    expect(nq4.checkLimitation(lim, { versionBy: 'conclusionDate', ruleSetBy: 'violationDate' }).ruleSet?.id).toBe('qd102-qd07');
  });

  it('an option that mattered is named the way the caller wrote it', () => {
    // Violation before QĐ 102 (no text: unknown), conclusion under QĐ 102 + QĐ 07 (within).
    const gap = { ...lim, violationOn: '2016-06-01', conclusionOn: '2019-01-01' };
    expect(nq4.checkLimitation(gap, { versionBy: 'violationDate' }).optionsThatMattered).toContain('versionBy');
    expect(nq4.checkLimitation(gap, { ruleSetBy: 'violationDate' }).optionsThatMattered).toContain('ruleSetBy');
    expect(nq4.checkLimitation(gap, { ruleSetBy: 'violationDate' }).optionsThatMattered).not.toContain('versionBy');
    // Neither given: the name answered before the rename, until the alias goes.
    expect(nq4.checkLimitation(gap).optionsThatMattered).toContain('versionBy');
  });

  it('ruleSetId is read as ruleSet, and ruleSet wins when both are given', () => {
    expect(nq4.checkLimitation(lim, { ruleSetId: 'qd102-qd07' }).ruleSet?.id).toBe('qd102-qd07');
    expect(nq4.checkLimitation(lim, { ruleSetId: 'qd102-qd07', ruleSet: 'qd69' }).ruleSet?.id).toBe('qd69');
    try {
      nq4.checkLimitation(lim, { ruleSetId: 'qd999' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Nq4Error);
      expect((e as Nq4Error).issues.map((i) => i.path)).toEqual([['options', 'ruleSetId']]);
    }
  });

  it('checkDiscipline still fills ok beside status', () => {
    const broken = nq4.checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
    expect([broken.status, broken.ok]).toEqual(['broken', false]);
    const allowed = nq4.checkDiscipline({ subject: 'officialMember', form: 'reprimand' });
    expect([allowed.status, allowed.ok]).toEqual(['allowed', true]);
  });
});
