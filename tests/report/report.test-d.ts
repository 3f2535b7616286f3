import { describe, expectTypeOf, it } from 'vitest';
import {
  buildUnitTree,
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
} from '../../src/report/index.js';
import type { Tally } from '../../src/tally/tally.js';

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
