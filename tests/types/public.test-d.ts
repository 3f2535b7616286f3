import { describe, expectTypeOf, it } from 'vitest';
import {
  getManifestation,
  manifestations,
  parseDocumentId,
  tally,
  type DocumentId,
  type Explanation,
  type Manifestation,
  type ManifestationId,
  type Nq4Issue,
  type SafeResult,
  type Tally,
} from '../../src/index.js';

describe('public types', () => {
  it('types catalog ids as the 27 literals', () => {
    expectTypeOf<'G1-1'>().toMatchTypeOf<ManifestationId>();
    expectTypeOf<'G4-1'>().not.toMatchTypeOf<ManifestationId>();
    expectTypeOf(getManifestation).returns.toEqualTypeOf<Manifestation>();
    expectTypeOf(manifestations).toEqualTypeOf<readonly Manifestation[]>();
  });

  it('keeps results read-only', () => {
    expectTypeOf<Manifestation['sources']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Explanation['reasons']>().toMatchTypeOf<readonly unknown[]>();
    // @ts-expect-error results are read-only
    manifestations[0].textStatus = 'verified';
  });

  it('types document ids, issues and safe results', () => {
    expectTypeOf(parseDocumentId).returns.toEqualTypeOf<DocumentId>();
    expectTypeOf<Nq4Issue['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<SafeResult<number>>().toMatchTypeOf<{ success: boolean }>();
    expectTypeOf(tally).returns.toEqualTypeOf<Tally>();
  });
});
