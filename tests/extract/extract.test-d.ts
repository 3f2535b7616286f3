import { describe, expectTypeOf, it } from 'vitest';
import type { DisciplineForm, RatingLevel } from '../../src/i18n/vocabulary.js';
import type { Tally } from '../../src/tally/tally.js';
import type { ManifestationId } from '../../src/catalog/manifestations.js';
import type { ReconcileResult } from '../../src/report/reconcile.js';
import {
  checkStatedBreakdown,
  extractTallies,
  extractionToTally,
  reconcileExtraction,
  findManifestationMentions,
  normalizeVietnameseText,
  safeExtractTallies,
  type StatedBreakdownStatus,
  type ExtractedTally,
  type ExtractionResult,
  type ExtractedTallyCategory,
  type ExtractedTallyMeasure,
} from '../../src/extract/index.js';

describe('extract types', () => {
  it('takes unknown input and returns a read-only result', () => {
    expectTypeOf(extractTallies).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(extractTallies('x')).toEqualTypeOf<ExtractionResult>();
    expectTypeOf<ExtractionResult['tallies']>().toEqualTypeOf<readonly ExtractedTally[]>();
    expectTypeOf<ExtractedTally['span']>().toEqualTypeOf<readonly [number, number]>();
  });

  it('uses the shared vocabulary for categories', () => {
    expectTypeOf<DisciplineForm>().toMatchTypeOf<ExtractedTallyCategory>();
    expectTypeOf<RatingLevel>().toMatchTypeOf<ExtractedTallyCategory>();
    expectTypeOf<'goodOrBetter'>().toMatchTypeOf<ExtractedTallyCategory>();
    expectTypeOf<'discipline'>().toMatchTypeOf<ExtractedTallyMeasure>();
    expectTypeOf<'other'>().not.toMatchTypeOf<ExtractedTallyMeasure>();
  });

  it('returns SafeResult, Tally, mentions with catalog ids and a normalized text', () => {
    const safe = safeExtractTallies('x');
    if (safe.success) expectTypeOf(safe.data).toEqualTypeOf<ExtractionResult>();
    expectTypeOf(extractionToTally(extractTallies('x')).tally).toEqualTypeOf<Tally>();
    expectTypeOf(findManifestationMentions('x')[0]?.ids).toEqualTypeOf<readonly ManifestationId[] | undefined>();
    expectTypeOf(normalizeVietnameseText('x').text).toBeString();
    expectTypeOf(checkStatedBreakdown({ total: 1, parts: [1] }).status).toEqualTypeOf<StatedBreakdownStatus>();
  });
});

describe('reconcileExtraction types', () => {
  it('takes a reading and returns reconcile\'s result with the tallies of each finding', () => {
    type R = ReturnType<typeof reconcileExtraction>;
    expectTypeOf<R['result']>().toEqualTypeOf<ReconcileResult>();
    expectTypeOf<R['findings'][number]['tallies']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf(reconcileExtraction).parameter(0).toEqualTypeOf<ExtractionResult>();
    expectTypeOf<ReturnType<typeof checkStatedBreakdown>['consistent']>().toEqualTypeOf<boolean>();
  });
});
