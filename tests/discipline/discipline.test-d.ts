import { describe, expectTypeOf, it } from 'vitest';
import type { DisciplineForm, NonDisciplinaryMeasure } from '../../src/i18n/vocabulary.js';
import type { Tally } from '../../src/tally/tally.js';
import type { Explanation } from '../../src/explain/explanation.js';
import type { DisciplineSubject } from '../../src/i18n/vocabulary.js';
import type { SafeResult } from '../../src/errors.js';
import {
  checkDiscipline,
  disciplineEffects,
  disciplineForms,
  isDisciplineForm,
  limitation,
  safeCheckDiscipline,
  safeDisciplineEffects,
  safeLimitation,
  safeTallyDisciplines,
  tallyDisciplines,
  type DisciplineCheckInput,
  type DisciplineCheckOptions,
  type DisciplineCheckResult,
  type DisciplineDecision,
  type DisciplineEffectsOptions,
  type DisciplineEffectsResult,
  type DisciplineFormsOptions,
  type DisciplineRecord,
  type DisciplineTallyResult,
  type LimitationInput,
  type LimitationOptions,
  type LimitationResult,
  type LimitationStatus,
  type DisciplineFactForRating,
} from '../../src/discipline/index.js';

describe('discipline types', () => {
  it('limitation returns a typed status and explanation', () => {
    const r = limitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    expectTypeOf(r).toEqualTypeOf<LimitationResult>();
    expectTypeOf(r.status).toEqualTypeOf<LimitationStatus>();
    expectTypeOf<LimitationStatus>().toEqualTypeOf<'within' | 'timeBarred' | 'noLimitation' | 'unknown'>();
    expectTypeOf(r.explanation).toEqualTypeOf<Explanation>();
    expectTypeOf(limitation).parameter(0).toHaveProperty('warrantedForm').toEqualTypeOf<DisciplineForm>();
  });

  it('a non-disciplinary measure is not a warranted form at compile time', () => {
    // @ts-expect-error xóa tên is not a disciplinary form
    limitation({ subject: 'officialMember', warrantedForm: 'removalFromRolls', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    expectTypeOf<NonDisciplinaryMeasure>().not.toMatchTypeOf<DisciplineForm>();
  });

  it('checkDiscipline accepts both vocabularies as the proposed form', () => {
    expectTypeOf(checkDiscipline).parameter(0).toHaveProperty('form').toEqualTypeOf<DisciplineForm | NonDisciplinaryMeasure>();
    expectTypeOf(checkDiscipline({ subject: 'organization', form: 'warning' }).authority).toEqualTypeOf<'confirmed' | 'rejected' | 'unknown' | 'notChecked'>();
  });

  it('effects hand the rating area its fact shape; tallies are the shared Tally', () => {
    const e = disciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2023-01-01' }, { on: '2023-06-01' });
    expectTypeOf(e.forRating).toEqualTypeOf<DisciplineFactForRating>();
    expectTypeOf(e.forRating.form).toEqualTypeOf<DisciplineForm>();
    expectTypeOf(tallyDisciplines([]).tally).toEqualTypeOf<Tally>();
    expectTypeOf<ReturnType<typeof disciplineForms>[number]['form']>().toEqualTypeOf<DisciplineForm>();
  });

  it('isDisciplineForm narrows', () => {
    const x: unknown = 'warning';
    if (isDisciplineForm(x)) expectTypeOf(x).toEqualTypeOf<DisciplineForm>();
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const lim: LimitationInput = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' };
  const decision: DisciplineDecision = { subject: 'officialMember', form: 'warning', decidedOn: '2023-01-01' };

  it('limitation and safeLimitation', () => {
    expectTypeOf(limitation).parameter(0).toEqualTypeOf<LimitationInput>();
    expectTypeOf(limitation).parameter(1).toEqualTypeOf<LimitationOptions | undefined>();
    expectTypeOf(safeLimitation).parameter(0).toEqualTypeOf<LimitationInput>();
    expectTypeOf(safeLimitation).parameter(1).toEqualTypeOf<LimitationOptions | undefined>();
    expectTypeOf(safeLimitation(lim)).toEqualTypeOf<SafeResult<LimitationResult>>();
    // @ts-expect-error misspelt field
    limitation({ subject: 'officialMember', warrantedForm: 'reprimand', violationOnn: '2019-03-10', conclusionOn: '2023-08-15' });
    // @ts-expect-error wrong enum value
    limitation({ subject: 'member', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' });
    // @ts-expect-error wrong option name
    limitation(lim, { monthEnds: 'clamp' });
    // @ts-expect-error wrong option value
    limitation(lim, { monthEnd: 'round' });
    // @ts-expect-error misspelt field
    safeLimitation({ ...lim, conclusion: '2023-08-15' });
    // @ts-expect-error wrong option name
    safeLimitation(lim, { ruleSet: 'qd69' });
  });

  it('checkDiscipline and safeCheckDiscipline', () => {
    expectTypeOf(checkDiscipline).parameter(0).toEqualTypeOf<DisciplineCheckInput>();
    expectTypeOf(checkDiscipline).parameter(1).toEqualTypeOf<DisciplineCheckOptions | undefined>();
    expectTypeOf(safeCheckDiscipline).parameter(0).toEqualTypeOf<DisciplineCheckInput>();
    expectTypeOf(safeCheckDiscipline).parameter(1).toEqualTypeOf<DisciplineCheckOptions | undefined>();
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

  it('disciplineEffects and safeDisciplineEffects', () => {
    expectTypeOf(disciplineEffects).parameter(0).toEqualTypeOf<DisciplineDecision>();
    expectTypeOf(disciplineEffects).parameter(1).toEqualTypeOf<DisciplineEffectsOptions>();
    expectTypeOf(safeDisciplineEffects).parameter(0).toEqualTypeOf<DisciplineDecision>();
    expectTypeOf(safeDisciplineEffects).parameter(1).toEqualTypeOf<DisciplineEffectsOptions>();
    expectTypeOf(safeDisciplineEffects(decision, { on: '2024-01-01' })).toEqualTypeOf<SafeResult<DisciplineEffectsResult>>();
    // @ts-expect-error misspelt field
    disciplineEffects({ subject: 'officialMember', form: 'warning', decidedOnn: '2023-01-01' }, { on: '2023-06-01' });
    // @ts-expect-error wrong enum value
    disciplineEffects({ subject: 'officialMember', form: 'reminder', decidedOn: '2023-01-01' }, { on: '2023-06-01' });
    // @ts-expect-error wrong option name
    disciplineEffects(decision, { on: '2023-06-01', endOnAnniversary: true });
    // @ts-expect-error the day asked about is required
    disciplineEffects(decision, {});
    // @ts-expect-error wrong option name
    safeDisciplineEffects(decision, { at: '2023-06-01' });
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
    expectTypeOf(disciplineForms).parameter(0).toEqualTypeOf<DisciplineSubject>();
    expectTypeOf(disciplineForms).parameter(1).toEqualTypeOf<DisciplineFormsOptions>();
    // @ts-expect-error wrong enum value
    disciplineForms('member', { on: '2024-01-01' });
    // @ts-expect-error wrong option name
    disciplineForms('officialMember', { on: '2024-01-01', holdPost: false });
    // @ts-expect-error misspelt required option
    disciplineForms('officialMember', { onn: '2024-01-01' });
  });
});
