import { describe, expectTypeOf, it } from 'vitest';
import type { DisciplineForm, RatingLevel } from '../../src/i18n/vocabulary.js';
import type { Tally } from '../../src/tally/tally.js';
import type { ManifestationId } from '../../src/catalog/manifestations.js';
import type { ReconcileResult } from '../../src/report/reconcile.js';
import type { SafeResult } from '../../src/errors.js';
import type { ManifestationMention } from '../../src/extract/index.js';
import {
  checkStatedBreakdown,
  extractTallies,
  extractionToTally,
  reconcileExtraction,
  findManifestationMentions,
  normalizeVietnameseText,
  safeExtractTallies,
  safeFindManifestationMentions,
  type ExtractionReconcileOptions,
  type ReconcileExtractionOptions,
  type ExtractionToTallyOptions,
  type ConvertExtractionToTallyOptions,
  type ExtractTalliesOptions,
  type FindManifestationMentionsOptions,
  type StatedBreakdownCheckInput,
  type StatedBreakdownStatus,
  type ExtractedTally,
  type ExtractionResult,
  type ExtractedTallyCategory,
  type ExtractedTallyMeasure,
} from '../../src/extract/index.js';

describe('extract types', () => {
  it('takes a string and returns a read-only result', () => {
    expectTypeOf(extractTallies).parameter(0).toEqualTypeOf<string>();
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

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const text = 'Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng.';
  const read = extractTallies(text);

  it('extractTallies and safeExtractTallies', () => {
    expectTypeOf(extractTallies).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(extractTallies).parameter(1).toEqualTypeOf<ExtractTalliesOptions | undefined>();
    expectTypeOf(safeExtractTallies).parameters.toEqualTypeOf<[text: string, options?: ExtractTalliesOptions]>();
    expectTypeOf(safeExtractTallies(text)).toEqualTypeOf<SafeResult<ExtractionResult>>();
    extractTallies(text, { lineBreaks: 'space', truncatedTail: 'keep', maxLength: 100, reconcile: { pendingInTotal: false } });
    // @ts-expect-error wrong option name
    extractTallies('x', { jsonn: true });
    // @ts-expect-error misspelt option
    extractTallies(text, { lineBreak: 'space' });
    // @ts-expect-error wrong enum value
    extractTallies(text, { truncatedTail: 'drop' });
    // @ts-expect-error wrong enum value
    extractTallies(text, { lineBreaks: 'paragraph' });
    // @ts-expect-error misspelt option of reconcile
    extractTallies(text, { reconcile: { pendingInTotals: false } });
    // @ts-expect-error wrong option type
    extractTallies(text, { maxLength: '100' });
    // @ts-expect-error the text is a string, not a number
    extractTallies(42);
    // @ts-expect-error unknown input is not accepted any more
    extractTallies(JSON.parse('"x"') as unknown);
    // @ts-expect-error wrong option name
    safeExtractTallies(text, { linebreaks: 'auto' });
  });

  it('findManifestationMentions and safeFindManifestationMentions', () => {
    expectTypeOf(findManifestationMentions).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(findManifestationMentions).parameter(1).toEqualTypeOf<FindManifestationMentionsOptions | undefined>();
    expectTypeOf(safeFindManifestationMentions).parameters.toEqualTypeOf<[text: string, options?: FindManifestationMentionsOptions]>();
    expectTypeOf(safeFindManifestationMentions(text)).toEqualTypeOf<SafeResult<readonly ManifestationMention[]>>();
    findManifestationMentions(text, { minScore: 0.5, includeGroups: false, maxLength: 10 });
    // @ts-expect-error wrong option name
    findManifestationMentions(text, { minScor: 0.5 });
    // @ts-expect-error wrong option type
    findManifestationMentions(text, { includeGroups: 'yes' });
    // @ts-expect-error the text is a string
    findManifestationMentions(null);
    // @ts-expect-error wrong option name
    safeFindManifestationMentions(text, { groups: true });
  });

  it('checkStatedBreakdown', () => {
    expectTypeOf(checkStatedBreakdown).parameter(0).toEqualTypeOf<StatedBreakdownCheckInput>();
    checkStatedBreakdown({ total: 3, parts: [2, 1], approximate: false, caveats: [{ vi: 'x', en: 'x' }] });
    // @ts-expect-error misspelt field
    checkStatedBreakdown({ totl: 3, parts: [2, 1] });
    // @ts-expect-error wrong field type
    checkStatedBreakdown({ total: 3, parts: ['2', '1'] });
    // @ts-expect-error a caveat is a bilingual label
    checkStatedBreakdown({ total: 3, parts: [3], caveats: [{ vi: 'x' }] });
  });

  it('extractionToTally', () => {
    expectTypeOf(extractionToTally).parameter(0).toEqualTypeOf<ExtractionResult>();
    expectTypeOf(extractionToTally).parameter(1).toEqualTypeOf<ConvertExtractionToTallyOptions | undefined>();
    expectTypeOf<ExtractionToTallyOptions>().toEqualTypeOf<ConvertExtractionToTallyOptions>();
    extractionToTally(read, { includeRepeats: true, goodOrBetter: 'splitWhenExcellentStated', memberStatus: 'asStated' });
    // @ts-expect-error wrong enum value
    extractionToTally(read, { memberStatus: 'probationary' });
    // @ts-expect-error wrong enum value
    extractionToTally(read, { goodOrBetter: 'split' });
    // @ts-expect-error wrong option name
    extractionToTally(read, { includeRepeat: true });
    // @ts-expect-error misspelt field of the reading
    extractionToTally({ tallies: [], breakdowns: [], unclasified: [] });
  });

  it('reconcileExtraction', () => {
    expectTypeOf(reconcileExtraction).parameter(1).toEqualTypeOf<ReconcileExtractionOptions | undefined>();
    expectTypeOf<ExtractionReconcileOptions>().toEqualTypeOf<ReconcileExtractionOptions>();
    reconcileExtraction(read, { unit: 'Huyện ủy', ratingYear: 2025, reconcile: { pendingInTotal: false } });
    // @ts-expect-error wrong option name
    reconcileExtraction(read, { ratingyear: 2025 });
    // @ts-expect-error wrong option type
    reconcileExtraction(read, { ratingYear: '2025' });
    // @ts-expect-error wrong enum value in reconcile's options
    reconcileExtraction(read, { reconcile: { quotaFormula: 'sometimes' } });
  });

  it('normalizeVietnameseText', () => {
    expectTypeOf(normalizeVietnameseText).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error the text is a string
    normalizeVietnameseText(42);
  });
});
