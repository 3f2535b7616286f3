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
});
