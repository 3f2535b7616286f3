import { describe, expect, it } from 'vitest';
import {
  checkDiscipline,
  disciplineRuleSets,
  DECIDING_BODY_LEVEL_LABELS,
  DECIDING_BODY_LEVELS,
  DISCIPLINE_FORM_LISTS,
  getDisciplineEffects,
  listDisciplineForms,
  isDisciplineForm,
  isNonDisciplinaryMeasure,
  checkLimitation,
  limitation,
  safeLimitation,
  limitationRuleSets,
  safeCheckLimitation,
  tallyDisciplines,
} from '../../src/discipline/index.js';

// Each block repeats an @example of the JSDoc, so that the documented outputs stay true.
describe('JSDoc examples', () => {
  it('DECIDING_BODY_LEVELS / DECIDING_BODY_LEVEL_LABELS', () => {
    expect(DECIDING_BODY_LEVELS[1]).toBe('district');
    expect(DECIDING_BODY_LEVEL_LABELS.district.vi).toBe('cấp huyện');
  });
  it('DISCIPLINE_FORM_LISTS', () => {
    expect(DISCIPLINE_FORM_LISTS.probationaryMember[0]?.forms).toEqual(['reprimand', 'warning']);
  });
  it('disciplineForms', () => {
    expect(listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: false }).map((f) => f.form)).toEqual(['reprimand', 'warning', 'expulsion']);
    expect(listDisciplineForms('organization', { on: '2024-01-01' }).map((f) => f.label.vi)).toEqual(['khiển trách', 'cảnh cáo', 'giải tán']);
  });
  it('isDisciplineForm / isNonDisciplinaryMeasure', () => {
    expect(isDisciplineForm('warning')).toBe(true);
    expect(isDisciplineForm('removalFromRolls')).toBe(false);
    expect(isNonDisciplinaryMeasure('reminder')).toBe(true);
    expect(isNonDisciplinaryMeasure('reprimand')).toBe(false);
  });
  it('limitationRuleSets', () => {
    expect(limitationRuleSets.forDate('2023-08-15').id).toBe('qd69');
    expect(limitationRuleSets.resolve('2016-09-01').found).toBe(false);
  });
  it('checkLimitation / safeCheckLimitation', () => {
    const r = checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    expect([r.status, r.deadline, r.ruleSet?.id]).toEqual(['within', '2024-03-10', 'qd69']);
    expect(safeCheckLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2023-02-30', conclusionOn: '2024-01-01' }).success).toBe(false);
  });
  it('checkDiscipline', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
    expect(r.status).toBe('broken');
    expect(r.broken.map((b) => b.code)).toEqual(['removalWithoutPost', 'branchBeyondReprimandWarning']);
  });
  it('getDisciplineEffects', () => {
    const d = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' } as const;
    expect(getDisciplineEffects(d, { on: '2023-12-31' }).status).toBe('inEffect');
    expect(getDisciplineEffects(d, { on: '2024-01-05' }).status).toBe('expired');
    expect(getDisciplineEffects(d, { on: '2024-01-05' }).expiresOn).toBe('2024-01-05');
  });
  it('disciplineRuleSets', () => {
    expect(disciplineRuleSets.forDate('2023-08-15').id).toBe('qd80');
    expect(disciplineRuleSets.forDate('2023-08-15').limitation?.id).toBe('qd69');
    expect(disciplineRuleSets.forDate('2023-08-15').expiry?.months).toBe(12);
    expect(disciplineRuleSets.forDate('2023-08-15').decidingBodies.districtLevel).toBe(true);
  });
  it('the deprecated aliases', () => {
    expect(limitation === checkLimitation).toBe(true);
    expect(safeLimitation === safeCheckLimitation).toBe(true);
  });
  it('tallyDisciplines', () => {
    const r = tallyDisciplines([
      { subject: 'organization', outcome: 'reprimand', count: 1 },
      { subject: 'organization', outcome: 'reminder', count: 5 },
      { subject: 'member', outcome: 'warning', count: 2 },
      { subject: 'member', outcome: 'reprimand', count: 9 },
      { subject: 'member', outcome: 'unsatisfactoryRating', count: 4 },
      { subject: 'member', outcome: 'reminder', count: 17 },
    ]);
    expect(r.disciplined).toEqual({ individual: 11, collective: 1 });
    expect(r.nonDisciplinary).toEqual({ collective: 5, individual: 21 });
  });
});

describe('safe variants', () => {
  it('return the error instead of throwing', async () => {
    const { safeCheckDiscipline, safeGetDisciplineEffects, safeTallyDisciplines } = await import('../../src/discipline/index.js');
    expect(safeCheckDiscipline({ subject: 'officialMember', form: 'fine' } as never).success).toBe(false);
    expect(safeGetDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2023-02-30' }, { on: '2024-01-01' }).success).toBe(false);
    const bad = safeTallyDisciplines([{ subject: 'probationaryMember', outcome: 'expulsion' }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].path).toEqual(['records', 0, 'outcome']);
    const ok = safeTallyDisciplines([{ subject: 'organization', outcome: 'warning' }]);
    expect(ok.success && ok.data.disciplined).toEqual({ collective: 1 });
  });
});
