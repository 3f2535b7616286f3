import { describe, expectTypeOf, it } from 'vitest';
import type { DisciplineForm, NonDisciplinaryMeasure } from '../../src/i18n/vocabulary.js';
import type { Tally } from '../../src/tally/tally.js';
import type { Explanation } from '../../src/explain/explanation.js';
import type { DisciplineSubject } from '../../src/i18n/vocabulary.js';
import type { SafeResult } from '../../src/errors.js';
import type { Label } from '../../src/i18n/label.js';
import type { RatingDisciplineFact } from '../../src/rating/index.js';
import {
  checkDiscipline,
  disciplineRuleSets,
  type DisciplineRuleSet,
  type DisciplineRuleSetId,
  type LimitationRules,
  getDisciplineEffects,
  listDisciplineForms,
  isDisciplineForm,
  checkLimitation,
  safeCheckDiscipline,
  safeGetDisciplineEffects,
  safeCheckLimitation,
  safeTallyDisciplines,
  tallyDisciplines,
  type DisciplineCheckInput,
  type CheckDisciplineOptions,
  type DisciplineCheckOptions,
  type DisciplineCheckResult,
  type DisciplineCheckStatus,
  type DisciplineDecision,
  type GetDisciplineEffectsOptions,
  type DisciplineEffectsOptions,
  type DisciplineEffectsResult,
  type ListDisciplineFormsOptions,
  type DisciplineFormsOptions,
  type DisciplineRecord,
  type DisciplineTallyResult,
  type LimitationInput,
  type CheckLimitationOptions,
  type LimitationOptions,
  type LimitationResult,
  type LimitationStatus,
  type DisciplineFactForRating,
} from '../../src/discipline/index.js';

describe('discipline types', () => {
  it('limitation returns a typed status and explanation', () => {
    const r = checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    expectTypeOf(r).toEqualTypeOf<LimitationResult>();
    expectTypeOf(r.status).toEqualTypeOf<LimitationStatus>();
    expectTypeOf<LimitationStatus>().toEqualTypeOf<'within' | 'timeBarred' | 'noLimitation' | 'unknown'>();
    expectTypeOf(r.explanation).toEqualTypeOf<Explanation>();
    expectTypeOf(checkLimitation).parameter(0).toHaveProperty('warrantedForm').toEqualTypeOf<DisciplineForm>();
  });

  it('a non-disciplinary measure is not a warranted form at compile time', () => {
    // @ts-expect-error xóa tên is not a disciplinary form
    checkLimitation({ subject: 'officialMember', warrantedForm: 'removalFromRolls', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    expectTypeOf<NonDisciplinaryMeasure>().not.toMatchTypeOf<DisciplineForm>();
  });

  it('checkDiscipline accepts both vocabularies as the proposed form', () => {
    expectTypeOf(checkDiscipline).parameter(0).toHaveProperty('form').toEqualTypeOf<DisciplineForm | NonDisciplinaryMeasure>();
    expectTypeOf(checkDiscipline({ subject: 'organization', form: 'warning' }).authority).toEqualTypeOf<'confirmed' | 'rejected' | 'unknown' | 'notChecked'>();
  });

  it('effects hand the rating area its fact shape; tallies are the shared Tally', () => {
    const e = getDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2023-01-01' }, { on: '2023-06-01' });
    expectTypeOf(e.forRating).toEqualTypeOf<DisciplineFactForRating>();
    expectTypeOf(e.forRating.form).toEqualTypeOf<DisciplineForm>();
    // One shape with rating's: what a decision hands over is what a rating reads.
    expectTypeOf<DisciplineFactForRating>().toEqualTypeOf<RatingDisciplineFact>();
    expectTypeOf(tallyDisciplines([]).tally).toEqualTypeOf<Tally>();
    expectTypeOf<ReturnType<typeof listDisciplineForms>[number]['form']>().toEqualTypeOf<DisciplineForm>();
  });

  it('results carry the result base: status, ruleSet, options, explanation', () => {
    expectTypeOf(checkDiscipline({ subject: 'organization', form: 'warning' }).status).toEqualTypeOf<DisciplineCheckStatus>();
    expectTypeOf<DisciplineCheckStatus>().toEqualTypeOf<'allowed' | 'broken'>();
    expectTypeOf<LimitationResult['options']>().toEqualTypeOf<DisciplineEffectsResult['options']>();
    expectTypeOf<LimitationResult['ruleSet']>().toEqualTypeOf<{ readonly id: string; readonly label: Label } | undefined>();
  });

  it('the discipline rule sets: the id union is derived from the registered modules, the sets are data', () => {
    expectTypeOf<DisciplineRuleSetId>().toEqualTypeOf<
      'charter2011' | 'qd30' | 'qd102' | 'qd105' | 'qd07' | 'qd22' | 'qd69' | 'qd80' | 'qd264' | 'qd294' | 'qd377' | 'qd212'
    >();
    expectTypeOf(disciplineRuleSets.forDate('2023-01-01').id).toEqualTypeOf<DisciplineRuleSetId>();
    expectTypeOf(disciplineRuleSets.forDate('2023-01-01').limitation).toEqualTypeOf<LimitationRules | undefined>();
    expectTypeOf<DisciplineRuleSet['decidingBodies']['table'][number]['kind']>().toEqualTypeOf<'broken' | 'confirmed' | 'missing'>();
  });

  it('isDisciplineForm narrows', () => {
    const x: unknown = 'warning';
    if (isDisciplineForm(x)) expectTypeOf(x).toEqualTypeOf<DisciplineForm>();
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const lim: LimitationInput = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' };
  const decision: DisciplineDecision = { subject: 'officialMember', form: 'warning', decidedOn: '2023-01-01' };

  it('checkLimitation and safeCheckLimitation', () => {
    expectTypeOf(checkLimitation).parameter(0).toEqualTypeOf<LimitationInput>();
    expectTypeOf(checkLimitation).parameter(1).toEqualTypeOf<CheckLimitationOptions | undefined>();
    expectTypeOf(safeCheckLimitation).parameter(0).toEqualTypeOf<LimitationInput>();
    expectTypeOf(safeCheckLimitation).parameter(1).toEqualTypeOf<CheckLimitationOptions | undefined>();
    expectTypeOf(safeCheckLimitation(lim)).toEqualTypeOf<SafeResult<LimitationResult>>();
    // @ts-expect-error misspelt field
    checkLimitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOnn: '2019-03-10', conclusionOn: '2023-08-15' });
    // @ts-expect-error wrong enum value
    checkLimitation({ subject: 'member', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    // @ts-expect-error wrong option name
    checkLimitation(lim, { monthEnds: 'clamp' });
    // @ts-expect-error wrong option value
    checkLimitation(lim, { monthEnd: 'round' });
    // @ts-expect-error misspelt field
    safeCheckLimitation({ ...lim, conclusion: '2023-08-15' });
    // @ts-expect-error wrong option name
    safeCheckLimitation(lim, { ruleSetID: 'qd69' });
    // the new option names, and the deprecated ones for one minor
    checkLimitation(lim, { ruleSet: 'qd69', ruleSetBy: 'violationDate' });
    checkLimitation(lim, { ruleSetId: 'qd69', versionBy: 'violationDate' });
  });

  it('checkDiscipline and safeCheckDiscipline', () => {
    expectTypeOf(checkDiscipline).parameter(0).toEqualTypeOf<DisciplineCheckInput>();
    expectTypeOf(checkDiscipline).parameter(1).toEqualTypeOf<CheckDisciplineOptions | undefined>();
    expectTypeOf(safeCheckDiscipline).parameter(0).toEqualTypeOf<DisciplineCheckInput>();
    expectTypeOf(safeCheckDiscipline).parameter(1).toEqualTypeOf<CheckDisciplineOptions | undefined>();
    expectTypeOf(safeCheckDiscipline({ subject: 'organization', form: 'warning' })).toEqualTypeOf<SafeResult<DisciplineCheckResult>>();
    // @ts-expect-error misspelt field
    checkDiscipline({ subject: 'officialMember', form: 'warning', holdPost: true });
    // @ts-expect-error wrong enum value
    checkDiscipline({ subject: 'officialMember', form: 'fine' });
    // @ts-expect-error wrong option name
    checkDiscipline({ subject: 'officialMember', form: 'warning' }, { authorities: [] });
    // @ts-expect-error wrong enum value
    safeCheckDiscipline({ subject: 'officialMember', form: 'warning', decidedBy: 'mayor' });
    // @ts-expect-error wrong option name
    safeCheckDiscipline({ subject: 'officialMember', form: 'warning' }, { authorityTables: [] });
  });

  it('disciplineEffects and safeGetDisciplineEffects', () => {
    expectTypeOf(getDisciplineEffects).parameter(0).toEqualTypeOf<DisciplineDecision>();
    expectTypeOf(getDisciplineEffects).parameter(1).toEqualTypeOf<GetDisciplineEffectsOptions>();
    expectTypeOf(safeGetDisciplineEffects).parameter(0).toEqualTypeOf<DisciplineDecision>();
    expectTypeOf(safeGetDisciplineEffects).parameter(1).toEqualTypeOf<GetDisciplineEffectsOptions>();
    expectTypeOf(safeGetDisciplineEffects(decision, { on: '2024-01-01' })).toEqualTypeOf<SafeResult<DisciplineEffectsResult>>();
    // @ts-expect-error misspelt field
    getDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOnn: '2023-01-01' }, { on: '2023-06-01' });
    // @ts-expect-error wrong enum value
    getDisciplineEffects({ subject: 'officialMember', form: 'reminder', decidedOn: '2023-01-01' }, { on: '2023-06-01' });
    // @ts-expect-error wrong option name
    getDisciplineEffects(decision, { on: '2023-06-01', endOnAnniversary: true });
    // @ts-expect-error the day asked about is required
    getDisciplineEffects(decision, {});
    // @ts-expect-error wrong option name
    safeGetDisciplineEffects(decision, { at: '2023-06-01' });
  });

  it('tallyDisciplines and safeTallyDisciplines', () => {
    expectTypeOf(tallyDisciplines).parameter(0).toEqualTypeOf<readonly DisciplineRecord[]>();
    expectTypeOf(safeTallyDisciplines).parameter(0).toEqualTypeOf<readonly DisciplineRecord[]>();
    expectTypeOf(safeTallyDisciplines([])).toEqualTypeOf<SafeResult<DisciplineTallyResult>>();
    // @ts-expect-error misspelt field
    tallyDisciplines([{ subject: 'member', outcome: 'warning', cnt: 2 }]);
    // @ts-expect-error wrong enum value
    tallyDisciplines([{ subject: 'member', outcome: 'fine' }]);
    // @ts-expect-error wrong enum value
    safeTallyDisciplines([{ subject: 'person', outcome: 'warning' }]);
  });

  it('disciplineForms', () => {
    expectTypeOf(listDisciplineForms).parameter(0).toEqualTypeOf<DisciplineSubject>();
    expectTypeOf(listDisciplineForms).parameter(1).toEqualTypeOf<ListDisciplineFormsOptions>();
    // @ts-expect-error wrong enum value
    listDisciplineForms('member', { on: '2024-01-01' });
    // @ts-expect-error wrong option name
    listDisciplineForms('officialMember', { on: '2024-01-01', holdPost: false });
    // @ts-expect-error misspelt required option
    listDisciplineForms('officialMember', { onn: '2024-01-01' });
  });

  it('the options types are named <Function>Options; the former names are the same types for one minor', () => {
    expectTypeOf<LimitationOptions>().toEqualTypeOf<CheckLimitationOptions>();
    expectTypeOf<DisciplineCheckOptions>().toEqualTypeOf<CheckDisciplineOptions>();
    expectTypeOf<DisciplineEffectsOptions>().toEqualTypeOf<GetDisciplineEffectsOptions>();
    expectTypeOf<DisciplineFormsOptions>().toEqualTypeOf<ListDisciplineFormsOptions>();
    // The check can fail: two different options types are not equal.
    expectTypeOf<CheckLimitationOptions>().not.toEqualTypeOf<GetDisciplineEffectsOptions>();
  });
});
