import { describe, expectTypeOf, it } from 'vitest';
import {
  buildUnitTree,
  canonicalJson,
  sha256Hex,
  tallyToStatedGroups,
  computeSha256Hex,
  serializeCanonicalJson,
  convertTallyToStatedGroups,
  reconcile,
  renderReport,
  rollUp,
  sealReport,
  verifySeal,
  type ReconcileFinding,
  type ReconcileReportInput,
  type RenderedReport,
  type RollUp,
  type SealedReport,
  type StatedFigure,
  type StatedGroup,
  type StatedPercent,
  type ReconcileOptions,
  type RenderReportOptions,
  type BuildUnitTreeOptions,
  type UnitInput,
  type ReportPeriod,
  type Seal,
  type SealedChildRef,
  type UnitKind,
  type UnitTree,
  type VerifySealResult,
  type CanonicalValue,
  type RollUpOptions,
  type SealReportInput,
  type VerifySealExpectation,
  type ReconcileResult,
  type ReconcileStatus,
  type VerifySealStatus,
} from '../../src/report/index.js';
import type { Tally, TallyInput } from '../../src/tally/tally.js';

describe('report types', () => {
  it('public functions have the documented shapes', () => {
    expectTypeOf(buildUnitTree).returns.toEqualTypeOf<UnitTree>();
    expectTypeOf(rollUp).returns.toEqualTypeOf<RollUp>();
    expectTypeOf<RollUp['total']>().toEqualTypeOf<Tally>();
    expectTypeOf(sealReport).returns.toEqualTypeOf<SealedReport>();
    expectTypeOf(verifySeal).returns.toEqualTypeOf<VerifySealResult>();
    expectTypeOf(renderReport).returns.toEqualTypeOf<RenderedReport>();
    expectTypeOf<ReconcileFinding['severity']>().toEqualTypeOf<'error' | 'warning' | 'note'>();
    expectTypeOf<'district'>().toMatchTypeOf<UnitKind>();
  });

  it('rejects misspelt codes at compile time', () => {
    // @ts-expect-error 'village' is not a unit kind
    buildUnitTree([{ code: 'A', kind: 'village' }], { on: '2020-01-01' });
    // @ts-expect-error 'fine' is not a figure category
    const f: StatedFigure = { measure: 'discipline', value: 1, category: 'fine' };
    expectTypeOf(f).toEqualTypeOf<StatedFigure>();
    // @ts-expect-error groups are required
    const r: ReconcileReportInput = { unit: 'X' };
    expectTypeOf(reconcile).parameter(0).toEqualTypeOf<ReconcileReportInput>();
    expectTypeOf(r).toEqualTypeOf<ReconcileReportInput>();
  });

  it('public input types are written out, readonly, with their literal unions', () => {
    expectTypeOf<StatedFigure['percent']>().toEqualTypeOf<StatedPercent | undefined>();
    expectTypeOf<StatedFigure['span']>().toEqualTypeOf<readonly [number, number] | undefined>();
    expectTypeOf<StatedGroup['parts']>().toEqualTypeOf<readonly StatedFigure[] | undefined>();
    expectTypeOf<ReconcileOptions['quotaFormula']>().toEqualTypeOf<'literal' | 'pool' | undefined>();
    expectTypeOf(reconcile).parameter(1).toEqualTypeOf<ReconcileOptions | undefined>();
    expectTypeOf(renderReport).parameter(1).toEqualTypeOf<RenderReportOptions | undefined>();
    expectTypeOf<RenderReportOptions['period']>().toEqualTypeOf<ReportPeriod | undefined>();
    expectTypeOf(buildUnitTree).parameter(1).toEqualTypeOf<BuildUnitTreeOptions>();
    expectTypeOf(buildUnitTree).parameter(0).toEqualTypeOf<readonly UnitInput[]>();
    expectTypeOf<Seal['algorithm']>().toEqualTypeOf<'SHA-256'>();
    expectTypeOf<SealedReport['seal']>().toEqualTypeOf<Seal>();
    expectTypeOf<SealedReport['content']['children']>().toEqualTypeOf<readonly SealedChildRef[]>();
    // @ts-expect-error the options are readonly
    const o: ReconcileOptions = { quotaFormula: 'pool' }; o.quotaFormula = 'literal';
    expectTypeOf(o).toEqualTypeOf<ReconcileOptions>();
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const units: readonly UnitInput[] = [{ code: 'H', kind: 'district' }];
  const tree = buildUnitTree(units, { on: '2020-12-31' });
  const period: ReportPeriod = { from: '2020-01-01', to: '2020-12-31', kind: 'year' };
  const sealed = sealReport({ unit: 'H', period, ruleSets: {}, tally: {} });

  it('buildUnitTree', () => {
    expectTypeOf(buildUnitTree).parameter(0).toEqualTypeOf<readonly UnitInput[]>();
    expectTypeOf(buildUnitTree).parameter(1).toEqualTypeOf<BuildUnitTreeOptions>();
    // @ts-expect-error misspelt field
    buildUnitTree([{ code: 'H', kind: 'district', parnet: 'X' }], { on: '2020-12-31' });
    // @ts-expect-error wrong enum value
    buildUnitTree([{ code: 'H', kind: 'ward' }], { on: '2020-12-31' });
    // @ts-expect-error wrong option name
    buildUnitTree(units, { on: '2020-12-31', sizeRuleSeverty: 'error' });
    // @ts-expect-error wrong option value
    buildUnitTree(units, { on: '2020-12-31', communeBranches: 'direct' });
    // @ts-expect-error the day is required
    buildUnitTree(units, {});
    // @ts-expect-error unknown input is not accepted
    buildUnitTree(JSON.parse('[]') as unknown, { on: '2020-12-31' });
  });

  it('rollUp', () => {
    expectTypeOf(rollUp).parameter(0).toEqualTypeOf<UnitTree>();
    expectTypeOf(rollUp).parameter(1).toEqualTypeOf<Readonly<Record<string, TallyInput | Tally>>>();
    expectTypeOf(rollUp).parameter(2).toEqualTypeOf<RollUpOptions | undefined>();
    // @ts-expect-error misspelt field
    rollUp(tree, { H: { disciplins: { member: { reprimand: 1 } } } });
    // @ts-expect-error wrong enum value
    rollUp(tree, { H: { disciplines: { member: { fine: 1 } } } });
    // @ts-expect-error wrong option name
    rollUp(tree, {}, { crossCuting: {} });
    // @ts-expect-error a tree comes from buildUnitTree
    rollUp({ root: 'H' }, {});
  });

  it('reconcile', () => {
    expectTypeOf(reconcile).parameter(0).toEqualTypeOf<ReconcileReportInput>();
    expectTypeOf(reconcile).parameter(1).toEqualTypeOf<ReconcileOptions | undefined>();
    // @ts-expect-error misspelt field
    reconcile({ groups: [{ totl: { measure: 'discipline', value: 1 } }] });
    // @ts-expect-error wrong enum value
    reconcile({ groups: [{ total: { measure: 'fines', value: 1 } }] });
    // @ts-expect-error wrong option name
    reconcile({ groups: [] }, { quotaFormla: 'pool' });
    // @ts-expect-error wrong option value
    reconcile({ groups: [] }, { percentRounding: 'up' });
    // @ts-expect-error unknown input is not accepted
    reconcile(JSON.parse('{}') as unknown);
  });

  it('sealReport and verifySeal', () => {
    expectTypeOf(sealReport).parameter(0).toEqualTypeOf<SealReportInput>();
    expectTypeOf(verifySeal).parameter(0).toEqualTypeOf<SealedReport>();
    expectTypeOf(verifySeal).parameter(1).toEqualTypeOf<VerifySealExpectation | undefined>();
    // @ts-expect-error misspelt field
    sealReport({ unit: 'H', period, ruleSet: {}, tally: {} });
    // @ts-expect-error wrong enum value
    sealReport({ unit: 'H', period: { from: '2020-01-01', to: '2020-12-31', kind: 'decade' }, ruleSets: {}, tally: {} });
    // @ts-expect-error misspelt tally field
    sealReport({ unit: 'H', period, ruleSets: {}, tally: { review: { individual: 1 } } });
    // @ts-expect-error wrong option name
    verifySeal(sealed, { unitCode: 'H' });
    // @ts-expect-error a sealed report has a seal
    verifySeal({ content: sealed.content });
  });

  it('renderReport and tallyToStatedGroups', () => {
    expectTypeOf(renderReport).parameter(0).toEqualTypeOf<Tally | TallyInput>();
    expectTypeOf(renderReport).parameter(1).toEqualTypeOf<RenderReportOptions | undefined>();
    expectTypeOf(convertTallyToStatedGroups).parameter(0).toEqualTypeOf<Tally | TallyInput>();
    expectTypeOf(convertTallyToStatedGroups).returns.toEqualTypeOf<readonly StatedGroup[]>();
    // @ts-expect-error misspelt field
    renderReport({ disciplins: { member: { reprimand: 1 } } });
    // @ts-expect-error wrong enum value
    renderReport({ ratings: { member: { great: 1 } } });
    // @ts-expect-error wrong option name
    renderReport({}, { formOrdr: 'descending' });
    // @ts-expect-error wrong option value
    renderReport({}, { ratingPhrasing: 'cumulativ' });
    // @ts-expect-error misspelt field
    convertTallyToStatedGroups({ comitments: 1 });
    // @ts-expect-error wrong enum value
    convertTallyToStatedGroups({ reviews: { person: 1 } });
  });

  it('serializeCanonicalJson and computeSha256Hex', () => {
    expectTypeOf(serializeCanonicalJson).parameter(0).toEqualTypeOf<CanonicalValue>();
    expectTypeOf(computeSha256Hex).parameter(0).toEqualTypeOf<string | Uint8Array>();
    // @ts-expect-error a function is not JSON
    serializeCanonicalJson({ f: () => 1 });
    // @ts-expect-error a number is not hashed as text
    computeSha256Hex(42);
  });

  it('the verdicts are a status union (issue 16); the deprecated booleans stay', () => {
    expectTypeOf<ReconcileResult['status']>().toEqualTypeOf<ReconcileStatus>();
    expectTypeOf<ReconcileStatus>().toEqualTypeOf<'consistent' | 'inconsistent'>();
    expectTypeOf<ReconcileResult['consistent']>().toEqualTypeOf<boolean>();
    expectTypeOf<VerifySealResult['status']>().toEqualTypeOf<VerifySealStatus>();
    expectTypeOf<VerifySealStatus>().toEqualTypeOf<'valid' | 'invalid'>();
    expectTypeOf<VerifySealResult['valid']>().toEqualTypeOf<boolean>();
  });

  it('the deprecated names keep their types (issue 16)', () => {
    expectTypeOf(canonicalJson).toEqualTypeOf(serializeCanonicalJson);
    expectTypeOf(sha256Hex).toEqualTypeOf(computeSha256Hex);
    expectTypeOf(tallyToStatedGroups).toEqualTypeOf(convertTallyToStatedGroups);
  });
});
