import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { itAcceptsValidAndRejectsMisspelt, itConvertsToJsonSchema, parse } from '../support/schemaCatalog.js';
import * as disciplineArea from '../../src/discipline/index.js';
import { checkDiscipline, getDisciplineEffects, listDisciplineForms, checkLimitation, tallyDisciplines, type DisciplineDecision } from '../../src/discipline/index.js';
import { disciplineSchemaCatalog as catalog } from '../../src/discipline/schemaCatalog.js';

/**
 * The catalog behind `schemas/`: every output schema accepts the real results of the functions
 * (the schemas are strict, so a field a result has and the schema lacks fails the parse), every
 * input schema accepts a valid argument and rejects a misspelt field, and every schema converts
 * to JSON Schema both ways.
 */


describe('disciplineSchemaCatalog outputs parse real results', () => {
  it('AllowedDisciplineForms: disciplineForms for every subject and era', () => {
    const lists = [
      listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: false }),
      listDisciplineForms('officialMember', { on: '2015-06-01' }),
      listDisciplineForms('probationaryMember', { on: '2024-01-01' }),
      listDisciplineForms('organization', { on: '2024-01-01' }),
    ];
    expect(lists.some((l) => l.some((f) => f.requiresPost))).toBe(true);
    for (const l of lists) parse(catalog.outputs.AllowedDisciplineForms, l);
  });

  it('LimitationResult: within, time-barred, no checkLimitation, unknown, restarts and excluded periods', () => {
    const member = { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15' } as const;
    const results = [
      checkLimitation(member),
      checkLimitation({ ...member, violationOn: '2017-03-10', conclusionOn: '2022-09-20' }),
      checkLimitation({ subject: 'organization', warrantedForm: 'dissolution', violationOn: '2010-01-01', conclusionOn: '2023-06-30' }),
      checkLimitation({ ...member, violationOn: '2012-03-01', conclusionOn: '2016-09-01' }),
      checkLimitation({ ...member, violationOn: '2012-03-01', conclusionOn: '2016-09-01' }, { assumeContinuity: true, monthEnd: 'nextDay' }),
      checkLimitation({ ...member, violationOn: '2016-02-01', laterViolationsOn: ['2020-12-01', '2024-12-01'], conclusionOn: '2024-10-01' }),
      checkLimitation({ ...member, excludedPeriods: [{ from: '2020-02-01', to: '2020-04-30' }], exemptions: { internalPolitics: false } }),
    ];
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['within', 'timeBarred', 'noLimitation', 'unknown']));
    expect(results.some((r) => r.restarts.length > 0)).toBe(true);
    expect(results.some((r) => r.excludedDays > 0)).toBe(true);
    for (const r of results) parse(catalog.outputs.LimitationResult, r);
  });

  it('DisciplineCheckResult: broken rules with and without a path instead, unknowns, an injected authority table', () => {
    const results = [
      checkDiscipline({ subject: 'probationaryMember', form: 'expulsion' }),
      checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' }),
      checkDiscipline({ subject: 'officialMember', form: 'reminder' }),
      checkDiscipline({ subject: 'organization', form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-05-01' }),
      checkDiscipline(
        { subject: 'organization', form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-05-01' },
        { authorityTable: [{ body: 'provincialOrDistrictCommittee', subjects: ['organization'], forms: ['warning'], from: '2011-01-19', source: { vi: 'Điều lệ', en: 'Charter' } }] },
      ),
    ];
    expect(results.some((r) => r.broken.some((b) => b.instead !== undefined))).toBe(true);
    expect(new Set(results.map((r) => r.authority))).toEqual(new Set(['notChecked', 'rejected', 'unknown', 'confirmed']));
    for (const r of results) parse(catalog.outputs.DisciplineCheckResult, r);
  });

  it('DisciplineEffectsResult: in effect, expired, permanent, not yet, unknown (no inEffect field), with bars', () => {
    const reprimand: DisciplineDecision = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' };
    const results = [
      getDisciplineEffects(reprimand, { on: '2023-06-01' }),
      getDisciplineEffects(reprimand, { on: '2024-01-06', endsOnAnniversary: false }),
      getDisciplineEffects(reprimand, { on: '2023-01-04' }),
      getDisciplineEffects({ subject: 'organization', form: 'dissolution', decidedOn: '2023-01-05' }, { on: '2030-01-01' }),
      getDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2021-10-01' }, { on: '2023-01-01' }),
      getDisciplineEffects({ ...reprimand, form: 'removalFromPost', complaint: { filedOn: '2023-01-20' }, violationOn: '2022-05-01', relatedToOfficialDuty: true, countedInYear: 2022 }, { on: '2023-06-01' }),
    ];
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['inEffect', 'expired', 'notYetInEffect', 'permanent', 'unknown']));
    const unknown = results.find((r) => r.status === 'unknown')!;
    expect('inEffect' in unknown).toBe(false);
    expect(results.some((r) => r.barsInForce.length > 0)).toBe(true);
    for (const r of results) parse(catalog.outputs.DisciplineEffectsResult, r);
  });

  it('DisciplineTallyResult: tallyDisciplines (Cần Thơ 2019, seed 004) and an empty list', () => {
    const r = tallyDisciplines([
      { subject: 'organization', outcome: 'reprimand', count: 1 },
      { subject: 'organization', outcome: 'reminder', count: 5 },
      { subject: 'member', outcome: 'warning', count: 2 },
      { subject: 'member', outcome: 'reprimand', count: 9 },
      { subject: 'member', outcome: 'unsatisfactoryRating', count: 4 },
      { subject: 'member', outcome: 'reminder', count: 17 },
    ]);
    expect(r.total).toBe(38);
    parse(catalog.outputs.DisciplineTallyResult, r);
    parse(catalog.outputs.DisciplineTallyResult, tallyDisciplines([]));
    expect(z.safeParse(catalog.outputs.DisciplineTallyResult, { ...r, totals: 1 }).success).toBe(false);
  });
});

/** A valid argument and one with a misspelt field (or, for a scalar, a wrong value), per input. */
const examples: Record<keyof typeof catalog.inputs, { readonly valid: readonly unknown[]; readonly invalid: unknown }> = {
  'disciplineForms.subject': { valid: ['officialMember', 'organization'], invalid: 'officalMember' },
  'listDisciplineForms.subject': { valid: ['officialMember', 'organization'], invalid: 'officalMember' },
  'disciplineForms.options': { valid: [{ on: '2024-01-01', holdsPost: true }], invalid: { on: '2024-01-01', holdPost: true } },
  'listDisciplineForms.options': { valid: [{ on: '2024-01-01', holdsPost: true }], invalid: { on: '2024-01-01', holdPost: true } },
  'limitation.input': {
    valid: [{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15', excludedPeriods: [{ from: '2020-01-01', to: '2020-02-01' }] }],
    invalid: { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', concludedOn: '2023-08-15' },
  },
  'checkLimitation.input': {
    valid: [{ subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2023-08-15', excludedPeriods: [{ from: '2020-01-01', to: '2020-02-01' }] }],
    invalid: { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', concludedOn: '2023-08-15' },
  },
  'limitation.options': { valid: [undefined, { assumeContinuity: true, ruleSet: 'qd69' }, { ruleSetId: 'qd69', versionBy: 'violationDate' }], invalid: { assumeContinuty: true } },
  'checkLimitation.options': { valid: [undefined, { assumeContinuity: true, ruleSet: 'qd69' }, { ruleSetId: 'qd69', versionBy: 'violationDate' }], invalid: { assumeContinuty: true } },
  'checkDiscipline.input': { valid: [{ subject: 'officialMember', form: 'reminder', decidedBy: 'branch' }], invalid: { subject: 'officialMember', form: 'reprimand', decidedby: 'branch' } },
  'checkDiscipline.options': {
    valid: [undefined, { authorityTable: [{ body: 'branch', subjects: ['officialMember'], forms: ['reprimand'], source: { vi: 'x', en: 'x' } }] }],
    invalid: { authorityTable: [{ body: 'branch', subjects: ['officialMember'], forms: ['reprimand'], sources: { vi: 'x', en: 'x' } }] },
  },
  'disciplineEffects.decision': { valid: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', complaint: { filedOn: '2023-02-01' } }], invalid: { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', anouncedOn: '2023-01-05' } },
  'getDisciplineEffects.decision': { valid: [{ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', complaint: { filedOn: '2023-02-01' } }], invalid: { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', anouncedOn: '2023-01-05' } },
  'disciplineEffects.options': { valid: [{ on: '2024-01-05' }], invalid: { on: '2024-01-05', endOnAnniversary: true } },
  'getDisciplineEffects.options': { valid: [{ on: '2024-01-05' }], invalid: { on: '2024-01-05', endOnAnniversary: true } },
  'tallyDisciplines.records': { valid: [[{ subject: 'member', outcome: 'reminder', count: 2 }], []], invalid: [{ subject: 'member', outcome: 'reprimand', cuont: 2 }] },
};

describe('disciplineSchemaCatalog inputs', () => {
  it('lists every public function of the area that validates its arguments, in argument order', () => {
    const notValidated = new Set(['isDisciplineForm', 'isNonDisciplinaryMeasure']); // type guards over any value
    const wrappers = /^safe[A-Z]/; // same arguments as the function they wrap
    // The renamed functions of issue 16 are listed under both names for one minor (the deprecated
    // aliases are the same functions).
    const functions = Object.entries(disciplineArea)
      .filter(([name, value]) => typeof value === 'function' && !notValidated.has(name) && !wrappers.test(name))
      .map(([name]) => name)
      .sort();
    const listed = [...new Set(Object.keys(catalog.inputs).map((k) => k.split('.')[0]))].sort();
    expect(listed).toEqual(functions);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('limitation.'))).toEqual(['limitation.input', 'limitation.options']);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('disciplineEffects.'))).toEqual(['disciplineEffects.decision', 'disciplineEffects.options']);
  });

  itAcceptsValidAndRejectsMisspelt(catalog.inputs, examples);

  it('the input schemas are the ones the functions parse with (a misspelt field is an error there too)', () => {
    expect(() => checkLimitation(examples['limitation.input'].invalid as never)).toThrow();
    expect(() => getDisciplineEffects(examples['disciplineEffects.decision'].invalid as never, { on: '2024-01-05' })).toThrow();
    expect(() => tallyDisciplines(examples['tallyDisciplines.records'].invalid as never)).toThrow();
  });
});

describe('disciplineSchemaCatalog converts to JSON Schema', () => {
  itConvertsToJsonSchema(catalog);

  it('a result field that can be absent is not required in JSON', () => {
    const effects = z.toJSONSchema(catalog.outputs.DisciplineEffectsResult, { io: 'output', unrepresentable: 'any' }) as { required?: string[] };
    expect(effects.required).toEqual(['status', 'effectiveFrom', 'bars', 'barsInForce', 'forRating', 'options', 'explanation']);
    const input = z.toJSONSchema(catalog.inputs['limitation.input'], { io: 'input', unrepresentable: 'any' }) as { required?: string[]; additionalProperties?: unknown };
    expect(input.required).toEqual(['subject', 'warrantedForm', 'violationOn', 'conclusionOn']);
    expect(input.additionalProperties).toBe(false);
  });
});
