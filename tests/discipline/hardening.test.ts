/**
 * Hardening (issue 15): bad batches stop at the issue cap (100 listed) and never crash, a bad date is reported
 * once (not again as a date order), dates before 1930 are out of range, a missing required
 * field is `missing`, and no message echoes an input value.
 */
import { describe, expect, it } from 'vitest';
import { checkDiscipline } from '../../src/discipline/checkDiscipline.js';
import { getDisciplineEffects } from '../../src/discipline/effects.js';
import { listDisciplineForms } from '../../src/discipline/forms.js';
import { checkLimitation } from '../../src/discipline/limitation.js';
import { tallyDisciplines } from '../../src/discipline/tallyDisciplines.js';
import { Nq4Error, type Nq4Issue } from '../../src/errors.js';

function issuesOf(run: () => unknown): readonly Nq4Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Nq4Error);
    return (error as Nq4Error).issues;
  }
  throw new Error('expected an Nq4Error');
}
const brief = (issues: readonly Nq4Issue[]) => issues.map((i) => [i.code, i.path]);
const N = 100_000;
const base = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' } as const;
const decision = { subject: 'officialMember', form: 'warning', decidedOn: '2023-01-05' } as const;

describe('a bad batch stops validating at the issue cap (100 listed), and never crashes', () => {
  it('tallyDisciplines with 100,000 bad records', () => {
    let caught: unknown;
    try {
      tallyDisciplines(Array.from({ length: N }, () => ({ subject: 'x', outcome: 'y' })) as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Nq4Error);
    const issues = (caught as Nq4Error).issues;
    expect(issues).toHaveLength(100);
    expect((caught as Nq4Error).stoppedEarly).toBe(true);
    expect((caught as Nq4Error).message.length).toBeLessThan(10_000);
    expect(issues[0]?.path).toEqual(['records', 0, 'subject']);
  });
  it('tallyDisciplines still counts 100,000 good records', () => {
    expect(tallyDisciplines(Array.from({ length: N }, () => ({ subject: 'member', outcome: 'warning' }) as const)).total).toBe(N);
  });
  it('checkDiscipline with a 100,000-row authority table is one too_big', () => {
    const table = Array.from({ length: N }, () => ({ body: 'x' }));
    expect(brief(issuesOf(() => checkDiscipline({ subject: 'officialMember', form: 'warning' }, { authorityTable: table } as never)))).toEqual([
      ['too_big', ['options', 'authorityTable']],
    ]);
    const row = { body: 'branch', subjects: Array.from({ length: N }, () => 'x'), forms: [], source: { vi: 'a', en: 'a' } };
    expect(brief(issuesOf(() => checkDiscipline({ subject: 'officialMember', form: 'warning' }, { authorityTable: [row] } as never)))).toEqual([
      ['too_big', ['options', 'authorityTable', 0, 'subjects']],
    ]);
  });
  it('100,000 later violations or excluded periods are one too_big', () => {
    const dates = Array.from({ length: N }, () => 'x');
    expect(brief(issuesOf(() => checkLimitation({ ...base, laterViolationsOn: dates })))).toEqual([['too_big', ['laterViolationsOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, excludedPeriods: dates as never })))).toEqual([['too_big', ['excludedPeriods']]]);
    expect(brief(issuesOf(() => getDisciplineEffects({ ...decision, laterViolationsOn: dates }, { on: '2024-01-01' })))).toEqual([['too_big', ['laterViolationsOn']]]);
  });
});

describe('a bad date is reported once, as itself', () => {
  it('limitation: a bad violationOn is not also "the conclusion is dated before the violation"', () => {
    expect(brief(issuesOf(() => checkLimitation({ ...base, violationOn: '2023-02-30', conclusionOn: '2023-01-01' })))).toEqual([['invalid_date', ['violationOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, violationEndedOn: '2019-13-01' })))).toEqual([['invalid_date', ['violationEndedOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, discoveredOn: '2019-02-29' })))).toEqual([['invalid_date', ['discoveredOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, violationOn: 'soon', laterViolationsOn: ['2020-01-01'] })))).toEqual([['invalid_date', ['violationOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, excludedPeriods: [{ from: '2020-02-30', to: '2020-01-01' }] })))).toEqual([
      ['invalid_date', ['excludedPeriods', 0, 'from']],
    ]);
  });
  it('the real date orders are still checked', () => {
    expect(brief(issuesOf(() => checkLimitation({ ...base, conclusionOn: '2019-03-09' })))).toEqual([['date_order', ['conclusionOn']]]);
    expect(brief(issuesOf(() => checkLimitation({ ...base, laterViolationsOn: ['2019-03-10'] })))).toEqual([['date_order', ['laterViolationsOn', 0]]]);
  });
  it('disciplineEffects: a bad decidedOn or violationOn is not also a date order', () => {
    expect(brief(issuesOf(() => getDisciplineEffects({ ...decision, violationOn: '2023-13-01' }, { on: '2024-01-01' })))).toEqual([['invalid_date', ['violationOn']]]);
    expect(brief(issuesOf(() => getDisciplineEffects({ ...decision, decidedOn: '2023-02-30', announcedOn: '2023-01-01' }, { on: '2024-01-01' })))).toEqual([
      ['invalid_date', ['decidedOn']],
    ]);
    expect(brief(issuesOf(() => getDisciplineEffects({ ...decision, complaint: { filedOn: '2023-01-06', resolvedOn: 'x' } }, { on: '2024-01-01' })))).toEqual([
      ['invalid_date', ['complaint', 'resolvedOn']],
    ]);
    expect(brief(issuesOf(() => getDisciplineEffects({ ...decision, violationOn: '2023-02-01' }, { on: '2024-01-01' })))).toEqual([['date_order', ['decidedOn']]]);
  });
});

describe('limitation dates before 1930 are out of range', () => {
  it("violationOn '0000-01-01' is too_small, said as out of range", () => {
    const [i, ...rest] = issuesOf(() => checkLimitation({ ...base, violationOn: '0000-01-01' }));
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ code: 'too_small', path: ['violationOn'] });
    expect(i?.messageEn).toContain('out of range');
    expect(i?.messageVi).toContain('ngoài phạm vi');
  });
  it('1929-12-31 is out of range, 1930-01-01 and a 2008 violation are computed', () => {
    expect(brief(issuesOf(() => checkLimitation({ ...base, violationOn: '1929-12-31' })))).toEqual([['too_small', ['violationOn']]]);
    expect(checkLimitation({ ...base, violationOn: '1930-01-01' }).status).toBe('timeBarred');
    expect(checkLimitation({ ...base, violationOn: '2008-05-01', conclusionOn: '2021-01-01', exemptions: { illegalDiploma: true } }).status).toBe('noLimitation');
  });
});

describe('a missing required field is missing', () => {
  it.each([
    ['limitation subject', () => checkLimitation({ warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' } as never), ['subject']],
    ['limitation form', () => checkLimitation({ subject: 'officialMember', violationOn: '2019-03-10', conclusionOn: '2023-08-15' } as never), ['warrantedForm']],
    ['limitation conclusion', () => checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10' } as never), ['conclusionOn']],
    ['checkDiscipline form', () => checkDiscipline({ subject: 'officialMember' } as never), ['form']],
    ['effects subject', () => getDisciplineEffects({ form: 'warning', decidedOn: '2023-01-05' } as never, { on: '2024-01-01' }), ['subject']],
    ['tally outcome', () => tallyDisciplines([{ subject: 'member' }] as never), ['records', 0, 'outcome']],
    ['forms subject', () => listDisciplineForms(undefined as never, { on: '2024-01-01' }), ['subject']],
    ['authority body', () => checkDiscipline({ subject: 'officialMember', form: 'warning' }, { authorityTable: [{ subjects: [], forms: [], source: { vi: 'a', en: 'a' } }] } as never), ['options', 'authorityTable', 0, 'body']],
  ])('%s', (_name, run, path) => {
    expect(brief(issuesOf(run))).toEqual([['missing', path]]);
  });
});

describe('no value is echoed', () => {
  it('a name in any string field stays out of the messages', () => {
    const name = 'Nguyễn Văn An';
    const runs = [
      () => checkLimitation({ ...base, subject: name, warrantedForm: name } as never),
      () => checkLimitation({ ...base, violationOn: name, conclusionOn: name }),
      () => checkLimitation(base, { ruleSet: name }),
      () => checkLimitation(base, { ruleSetId: name }),
      () => checkDiscipline({ subject: 'officialMember', form: name, decidedBy: name } as never),
      () => getDisciplineEffects({ ...decision, form: name } as never, { on: name }),
      () => tallyDisciplines([{ subject: name, outcome: name }] as never),
      () => listDisciplineForms(name as never, { on: name }),
    ];
    for (const run of runs) {
      for (const i of issuesOf(run)) expect(`${i.messageVi} ${i.messageEn}`).not.toContain('Nguyễn');
    }
  });
});
