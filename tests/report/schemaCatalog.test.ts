import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { itAcceptsValidAndRejectsMisspelt, itConvertsToJsonSchema, parse } from '../support/schemaCatalog.js';
import { Nq4Error } from '../../src/errors.js';
import * as reportArea from '../../src/report/index.js';
import {
  buildUnitTree,
  reconcile,
  renderReport,
  rollUp,
  sealReport,
  convertTallyToStatedGroups,
  verifySeal,
  type ReconcileResult,
  type SealedReport,
  type UnitInput,
} from '../../src/report/index.js';
import { reportSchemaCatalog as catalog } from '../../src/report/schemaCatalog.js';

/**
 * The catalog behind `schemas/`: every output schema accepts the real results of the functions
 * (a field a result has and the schema lacks, or a wrong type, fails the parse: the schemas are
 * strict), every input schema accepts a valid argument and rejects a misspelt field, and every
 * schema converts to JSON Schema both ways.
 */


const units: UnitInput[] = [
  { code: 'DK', kind: 'province', name: 'Đảng bộ tỉnh Đắk Nông', validTo: '2025-06-30', successor: 'LD' },
  { code: 'KN', kind: 'district', parent: 'DK', name: 'Đảng bộ huyện Krông Nô', validFrom: '2000-01-01', validTo: '2025-06-30' },
  { code: 'KN-X1', kind: 'grassrootsCommittee', parent: 'KN', members: 120, officialMembers: 110 },
  { code: 'KN-X1-C1', kind: 'directBranch', parent: 'KN-X1', members: 25, officialMembers: 22 },
  { code: 'KN-X1-C2', kind: 'directBranch', parent: 'KN-X1', members: 35, officialMembers: 2, approvedException: true },
  { code: 'KN-X1-C2-T1', kind: 'partyCell', parent: 'KN-X1-C2' },
  { code: 'KN-CB', kind: 'grassrootsBranch', parent: 'KN', members: 12, officialMembers: 10 },
  { code: 'OLD', kind: 'grassrootsBranch', parent: 'KN', validTo: '2010-12-31' },
];
const tree = () => buildUnitTree(units, { on: '2020-12-31', additionalContainment: [{ parent: 'district', child: 'directBranch' }] });

const period = { from: '2020-01-01', to: '2020-12-31', kind: 'year' } as const;
const sealedChild = (unit: string, good: number): SealedReport => sealReport({ unit, period, ruleSets: { rating: 'hd21' }, tally: { ratings: { member: { good } } } });
const sealedParent = (): SealedReport =>
  sealReport({
    unit: 'KN',
    period,
    ruleSets: { rating: 'hd21', discipline: 'qd69' },
    tally: { ratings: { member: { good: 30 } }, disciplines: { member: { reprimand: 1 } }, findingsByItem: { 'G1-1': 2 }, commitments: 3 },
    crossCutting: { dienHuyenUyQuanLy: { reviews: { individual: 4 } } },
    children: [sealedChild('KN-X1', 20), sealedChild('KN-CB', 10)],
  });

const reconcileResults = (): ReconcileResult[] => [
  reconcile({
    groups: [
      {
        total: { measure: 'discipline', subject: 'member', value: 50 },
        parts: [
          { measure: 'discipline', subject: 'member', category: 'reprimand', value: 30, percent: { value: 60 } },
          { measure: 'discipline', subject: 'member', category: 'warning', value: 12, percent: { value: 30, decimals: 0 } },
          { measure: 'discipline', subject: 'probationaryMember', category: 'expulsion', value: 2 },
          { measure: 'nonDisciplinary', subject: 'member', category: 'reminder', value: -1 },
        ],
      },
    ],
  }),
  reconcile(
    {
      unit: 'KN',
      ratingYear: 2020,
      period: { from: '2020-01-01', to: '2020-12-31' },
      groups: [
        {
          id: 'ratings',
          text: '…',
          parts: [
            { id: 'all', measure: 'rating', subject: 'member', category: 'excellent', value: 10, text: '10 đảng viên', span: [0, 12] },
            { measure: 'rating', subject: 'member', category: 'good', value: 20, percent: { value: 66.7, baseFigure: 'all', base: 30 } },
          ],
          complete: false,
          subsets: [{ measure: 'rating', subject: 'member', category: 'good', value: 3, subset: 'dienHuyenUyQuanLy' }],
        },
        { total: { measure: 'rating', subject: 'tccsd', category: 'good', orBetter: true, value: 5 }, parts: [{ measure: 'rating', subject: 'tccsd', category: 'excellent', value: 2 }] },
      ],
      children: [{ groups: convertTallyToStatedGroups({ ratings: { member: { excellent: 4, good: 9 } } }) }, { unit: 'KN-CB', groups: [] }],
    },
    { quotaFormula: 'pool', outstandingUnitException: true, percentRounding: 'halfUp', percentTolerance: 0, missingChildFigures: 'zero' },
  ),
  reconcile({
    ratingYear: 2025,
    groups: [{ parts: [{ measure: 'rating', category: 'excellent', value: 22 }, { measure: 'rating', category: 'good', value: 100 }] }],
  }),
  reconcile({ groups: [] }),
];

describe('reportSchemaCatalog outputs parse real results', () => {
  it('UnitTree: with warnings (approved and not), excluded units and the options applied', () => {
    const t = tree();
    expect(t.warnings.length).toBeGreaterThan(0);
    expect(t.warnings.some((w) => w.approved) && t.warnings.some((w) => w.source !== undefined)).toBe(true);
    expect(t.excluded).toEqual(['OLD']);
    expect(t.options.length).toBeGreaterThan(1);
    parse(catalog.outputs.UnitTree, t);
    parse(catalog.outputs.UnitTree, buildUnitTree([{ code: 'X', kind: 'commune' }], { on: '2025-07-01', communeBranches: 'grassrootsOrDirect', sizeRuleSeverity: 'error' }));
  });

  it('UnitTree: a result with a field the type lacks, or a missing field, is rejected', () => {
    const t = tree();
    expect(z.safeParse(catalog.outputs.UnitTree, { ...t, extra: 1 }).success).toBe(false);
    const { warnings: _dropped, ...withoutWarnings } = t;
    expect(z.safeParse(catalog.outputs.UnitTree, withoutWarnings).success).toBe(false);
  });

  it('RollUp: own, total, counters and cross-cutting subsets', () => {
    const r = rollUp(
      tree(),
      { 'KN-X1-C1': { ratings: { member: { good: 20, satisfactory: 2 } } }, 'KN-X1-C2': { disciplines: { member: { reprimand: 1 } } }, 'KN-CB': { commitments: 3 } },
      { crossCutting: { 'KN-X1-C1': { dienHuyenUyQuanLy: { reviews: { individual: 2 } } } } },
    );
    expect(r.units.KN?.crossCutting.dienHuyenUyQuanLy?.reviews.individual).toBe(2);
    parse(catalog.outputs.RollUp, r);
    expect(z.safeParse(catalog.outputs.RollUp, { ...r, units: { ...r.units, KN: { ...r.units.KN, counters: { units: 1 } } } }).success).toBe(false);
  });

  it('SealedReport: with children and cross-cutting subsets', () => {
    const s = sealedParent();
    expect(s.content.children).toHaveLength(2);
    parse(catalog.outputs.SealedReport, s);
    parse(catalog.outputs.SealedReport, sealReport({ unit: 'X', period: { from: '2024-01-01', to: '2024-03-31' }, ruleSets: {}, tally: {} }));
    expect(z.safeParse(catalog.outputs.SealedReport, { ...s, seal: { ...s.seal, algorithm: 'MD5' } }).success).toBe(false);
  });

  it('VerifySealResult: valid, tampered, unexpected unit and period', () => {
    const s = sealedParent();
    const tampered = { ...s, content: { ...s.content, tally: { ...s.content.tally, commitments: 5 } } };
    const results = [verifySeal(s), verifySeal(tampered), verifySeal(s, { unit: 'X2', period: { from: '2021-01-01', to: '2021-12-31' } })];
    expect(results.map((r) => r.valid)).toEqual([true, false, false]);
    for (const r of results) parse(catalog.outputs.VerifySealResult, r);
  });

  it('ReconcileResult: errors, warnings, notes, quota with its rule set, percentages, children, options', () => {
    const results = reconcileResults();
    const codes = new Set(results.flatMap((r) => r.findings.map((f) => f.code)));
    expect(codes.size).toBeGreaterThan(4);
    expect(new Set(results.flatMap((r) => r.findings.map((f) => f.severity)))).toEqual(new Set(['error', 'warning', 'note']));
    expect(results.some((r) => r.findings.some((f) => f.explanation.ruleSet !== undefined))).toBe(true);
    for (const r of results) parse(catalog.outputs.ReconcileResult, r);
    const r0 = results[0] as ReconcileResult;
    expect(z.safeParse(catalog.outputs.ReconcileResult, { ...r0, findings: r0.findings.map((f) => ({ ...f, code: 'otherCode' })) }).success).toBe(false);
  });

  it('RenderedReport: every sentence kind of the examples', () => {
    const r = renderReport(
      { disciplines: { member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 } }, ratings: { member: { excellent: 20, good: 100, satisfactory: 15 } }, reviews: { individual: 12 }, findingsByItem: { 'G1-1': 2 } },
      { unitName: { vi: 'Đảng bộ huyện A', en: 'The district A party organization' }, period, percentages: { decimals: 1 }, padSmallCounts: true },
    );
    expect(r.sentences.length).toBeGreaterThan(2);
    parse(catalog.outputs.RenderedReport, r);
    parse(catalog.outputs.RenderedReport, renderReport({}));
  });

  it('StatedGroups: convertTallyToStatedGroups', () => {
    const groups = convertTallyToStatedGroups({
      disciplines: { member: { reprimand: 3 }, organization: { warning: 1 } },
      nonDisciplinary: { individual: { reminder: 2 } },
      ratings: { member: { good: 4 }, tccsd: { excellent: 1 } },
      reviews: { collective: 1 },
      commitments: 2,
    });
    expect(groups.length).toBeGreaterThan(3);
    parse(catalog.outputs.StatedGroups, groups);
    parse(catalog.outputs.StatedGroups, convertTallyToStatedGroups({}));
  });
});

/** A valid argument and one with a misspelt field, per input. */
const examples: Record<keyof typeof catalog.inputs, { readonly valid: readonly unknown[]; readonly invalid: unknown }> = {
  'buildUnitTree.units': { valid: [units, []], invalid: [{ code: 'H', kind: 'district', parnet: 'X' }] },
  'buildUnitTree.options': { valid: [{ on: '2020-12-31' }, { on: '2025-07-01', communeBranches: 'grassrootsOrDirect', sizeRules: { directBranchMax: 40 } }], invalid: { on: '2020-12-31', sizeRuleSeverty: 'error' } },
  'rollUp.tree': { valid: [tree()], invalid: { ...tree(), rooot: 'DK' } },
  'rollUp.leafTallies': { valid: [{}, { 'KN-CB': { commitments: 3 } }], invalid: { 'KN-CB': { comitments: 3 } } },
  'rollUp.options': { valid: [{}, { crossCutting: { 'KN-CB': { dien: { reviews: { individual: 1 } } } } }], invalid: { crossCuting: {} } },
  'sealReport.input': { valid: [{ unit: 'X', period, ruleSets: {}, tally: {} }, { unit: 'KN', period, ruleSets: {}, tally: {}, children: [sealedChild('A', 1)] }], invalid: { unit: 'X', period, ruleSet: {}, tally: {} } },
  'verifySeal.sealed': { valid: [sealedParent()], invalid: { ...sealedParent(), sael: {} } },
  'verifySeal.expected': { valid: [{}, { unit: 'KN', period }], invalid: { unitCode: 'KN' } },
  'reconcile.report': { valid: [{ groups: [] }, { unit: 'KN', ratingYear: 2020, groups: [{ total: { measure: 'discipline', value: 1 } }], children: [{ groups: [] }] }], invalid: { groups: [{ totl: { measure: 'discipline', value: 1 } }] } },
  'reconcile.options': { valid: [{}, { quotaFormula: 'pool', percentTolerance: 2 }], invalid: { quotaFormla: 'pool' } },
  'renderReport.tally': { valid: [{}, { disciplines: { member: { reprimand: 1 } } }], invalid: { disciplins: { member: { reprimand: 1 } } } },
  'renderReport.options': { valid: [{}, { period, formOrder: 'descending', percentages: { decimals: 2, rounding: 'truncate' } }], invalid: { formOrdr: 'descending' } },
  'convertTallyToStatedGroups.tally': { valid: [{ commitments: 1 }], invalid: { comitments: 1 } },
  'tallyToStatedGroups.tally': { valid: [{ commitments: 1 }], invalid: { comitments: 1 } },
};

describe('reportSchemaCatalog inputs', () => {
  it('lists every public function of the area that validates its arguments, in argument order', () => {
    // a string or bytes; any JSON value (non-finite numbers are refused by hand). The deprecated
    // alias tallyToStatedGroups is listed under both names for one minor, as every area's renames.
    const notValidated = new Set(['computeSha256Hex', 'serializeCanonicalJson', 'sha256Hex', 'canonicalJson']);
    const functions = Object.entries(reportArea)
      .filter(([name, value]) => typeof value === 'function' && !notValidated.has(name))
      .map(([name]) => name)
      .sort();
    const listed = [...new Set(Object.keys(catalog.inputs).map((k) => k.split('.')[0]))].sort();
    expect(listed).toEqual(functions);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('rollUp.'))).toEqual(['rollUp.tree', 'rollUp.leafTallies', 'rollUp.options']);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('verifySeal.'))).toEqual(['verifySeal.sealed', 'verifySeal.expected']);
  });

  itAcceptsValidAndRejectsMisspelt(catalog.inputs, examples);

  it('the input schemas agree with the functions (a misspelt field is an error there too)', () => {
    const t = tree();
    expect(() => buildUnitTree(examples['buildUnitTree.units'].invalid as never, { on: '2020-12-31' })).toThrow(Nq4Error);
    expect(() => buildUnitTree(units, examples['buildUnitTree.options'].invalid as never)).toThrow(Nq4Error);
    expect(() => rollUp(t, examples['rollUp.leafTallies'].invalid as never)).toThrow(Nq4Error);
    expect(() => rollUp(t, {}, examples['rollUp.options'].invalid as never)).toThrow(Nq4Error);
    expect(() => sealReport(examples['sealReport.input'].invalid as never)).toThrow(Nq4Error);
    expect(() => verifySeal(examples['verifySeal.sealed'].invalid as never)).toThrow(Nq4Error);
    expect(() => verifySeal(sealedParent(), examples['verifySeal.expected'].invalid as never)).toThrow(Nq4Error);
    expect(() => reconcile(examples['reconcile.report'].invalid as never)).toThrow(Nq4Error);
    expect(() => reconcile({ groups: [] }, examples['reconcile.options'].invalid as never)).toThrow(Nq4Error);
    expect(() => renderReport(examples['renderReport.tally'].invalid as never)).toThrow(Nq4Error);
    expect(() => renderReport({}, examples['renderReport.options'].invalid as never)).toThrow(Nq4Error);
    expect(() => convertTallyToStatedGroups(examples['convertTallyToStatedGroups.tally'].invalid as never)).toThrow(Nq4Error);
    // and what the schemas accept, the functions accept
    for (const v of examples['reconcile.report'].valid) expect(reconcile(v as never).groups).toBeDefined();
    for (const v of examples['rollUp.leafTallies'].valid) expect(rollUp(t, v as never).root).toBe('DK');
  });
});

describe('reportSchemaCatalog converts to JSON Schema', () => {
  itConvertsToJsonSchema(catalog);

  it('objects are closed and keep their required fields', () => {
    const options = z.toJSONSchema(catalog.inputs['buildUnitTree.options'], { io: 'input', unrepresentable: 'any' }) as { additionalProperties?: unknown; required?: string[] };
    expect(options.additionalProperties).toBe(false);
    expect(options.required).toEqual(['on']);
    const result = z.toJSONSchema(catalog.outputs.ReconcileResult, { io: 'output', unrepresentable: 'any' }) as { required?: string[] };
    expect(result.required).toEqual(['status', 'consistent', 'findings', 'groups', 'options', 'explanation']);
  });
});
