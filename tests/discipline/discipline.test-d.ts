import { describe, expectTypeOf, it } from 'vitest';
import type { DisciplineForm, NonDisciplinaryMeasure } from '../../src/i18n/vocabulary.js';
import type { Tally } from '../../src/tally/tally.js';
import type { Explanation } from '../../src/explain/explanation.js';
import {
  checkDiscipline,
  disciplineEffects,
  disciplineForms,
  isDisciplineForm,
  limitation,
  tallyDisciplines,
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
