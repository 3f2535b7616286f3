import { describe, expectTypeOf, it } from 'vitest';
import {
  cite,
  createRuleSetRegistry,
  explain,
  formatCitation,
  formatDocumentId,
  getManifestation,
  getManifestationGroup,
  mergeTallies,
  parseDocumentId,
  PARTY_DOCUMENTS,
  renderExplanation,
  tally,
  type Citation,
  type CitationLocator,
  type DocumentId,
  type Explanation,
  type ExplanationInput,
  type ForYearOptions,
  type Manifestation,
  type ManifestationGroupNumber,
  type ManifestationId,
  type PartyDocument,
  type RuleSetInfo,
  type RuleSetRegistry,
  type SourceStatus,
  type Tally,
  type TallyInput,
} from '../../src/index.js';

describe('core functions take their input types, not unknown', () => {
  it('parameters', () => {
    expectTypeOf(getManifestation).parameter(0).toEqualTypeOf<ManifestationId | string>();
    expectTypeOf(getManifestationGroup).parameter(0).toEqualTypeOf<ManifestationGroupNumber>();
    expectTypeOf(parseDocumentId).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(formatDocumentId).parameter(0).toEqualTypeOf<DocumentId>();
    expectTypeOf(cite).parameter(0).toEqualTypeOf<PartyDocument>();
    expectTypeOf(cite).parameter(2).toEqualTypeOf<SourceStatus | undefined>();
    expectTypeOf(explain).parameter(0).toEqualTypeOf<ExplanationInput>();
    expectTypeOf(renderExplanation).parameter(0).toEqualTypeOf<Explanation>();
    expectTypeOf(tally).parameter(0).toEqualTypeOf<TallyInput>();
    expectTypeOf(mergeTallies).toEqualTypeOf<(...tallies: readonly Tally[]) => Tally>();
    expectTypeOf(createRuleSetRegistry<RuleSetInfo>).parameters.toEqualTypeOf<[string, readonly RuleSetInfo[]]>();
    expectTypeOf<RuleSetRegistry<RuleSetInfo>['forYear']>().parameter(1).toEqualTypeOf<ForYearOptions | undefined>();
    expectTypeOf<Parameters<typeof cite>[1]>().toMatchTypeOf<CitationLocator | undefined>();
  });

  it('results', () => {
    expectTypeOf(getManifestation('G1-1')).toEqualTypeOf<Manifestation>();
    expectTypeOf(cite(PARTY_DOCUMENTS.charter2011)).toEqualTypeOf<Citation>();
    expectTypeOf(tally({})).toEqualTypeOf<Tally>();
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const label = { vi: 'a', en: 'b' };

  it('tally', () => {
    tally({ reviews: { individual: 2 }, findingsByItem: { 'G2-7': 1 } });
    // @ts-expect-error misspelt field
    tally({ reveiws: { individual: 2 } });
    // @ts-expect-error wrong enum value (a subject kind)
    tally({ reviews: { persons: 2 } });
    // @ts-expect-error wrong enum value (a rating level)
    tally({ ratings: { member: { great: 1 } } });
    // @ts-expect-error a catalog id that does not exist
    tally({ findingsByItem: { 'G4-1': 1 } });
    // @ts-expect-error a count is a number
    tally({ commitments: '3' });
    // @ts-expect-error unknown input is not accepted
    tally(JSON.parse('{}') as unknown);
  });

  it('cite', () => {
    cite(PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' }, 'quoted');
    // @ts-expect-error misspelt locator field
    cite(PARTY_DOCUMENTS.qd132of2018, { artcle: 12 });
    // @ts-expect-error wrong enum value (source status)
    cite(PARTY_DOCUMENTS.qd132of2018, { article: 12 }, 'quotd');
    // @ts-expect-error a document is a PartyDocument, not its key
    cite('132-QĐ/TW@2018-03-08', { article: 12 });
    // @ts-expect-error wrong option value (language)
    formatCitation(cite(PARTY_DOCUMENTS.charter2011), 'fr');
  });

  it('explain', () => {
    explain({ outcome: { code: 'ok', label }, reasons: [{ code: 'r', text: label, citations: [] }] });
    // @ts-expect-error misspelt field
    explain({ outcome: { code: 'ok', label }, reason: [] });
    // @ts-expect-error misspelt nested field
    explain({ outcome: { code: 'ok', lable: label } });
    // @ts-expect-error wrong value type of an applied option
    explain({ outcome: { code: 'ok', label }, options: [{ name: 'x', value: null, effect: label }] });
    // @ts-expect-error wrong option value (language)
    renderExplanation(explain({ outcome: { code: 'ok', label } }), 'de');
  });

  it('createRuleSetRegistry', () => {
    const set = { id: 'a', area: 'demo', label, validFrom: '2018-01-01', sources: [] };
    const registry = createRuleSetRegistry('demo', [set]);
    registry.forYear(2020, { at: 'yearStart' });
    // @ts-expect-error misspelt field (validFrom)
    createRuleSetRegistry('demo', [{ id: 'a', area: 'demo', label, validFom: '2018-01-01', sources: [] }]);
    // @ts-expect-error wrong enum value inside a source (citation status)
    createRuleSetRegistry('demo', [{ ...set, sources: [{ document: PARTY_DOCUMENTS.charter2011, status: 'quotd' }] }]);
    // @ts-expect-error wrong option name
    registry.forYear(2020, { att: 'yearStart' });
    // @ts-expect-error wrong option value
    registry.forYear(2020, { at: 'midYear' });
    // @ts-expect-error the area is a string
    createRuleSetRegistry(1, [set]);
  });

  it('parseDocumentId and formatDocumentId', () => {
    formatDocumentId({ number: 5, kind: 'HD', issuer: 'UBKTTW' });
    // @ts-expect-error misspelt field
    formatDocumentId({ numbr: 5, kind: 'HD', issuer: 'UBKTTW' });
    // @ts-expect-error wrong enum value (document kind)
    formatDocumentId({ number: 5, kind: 'QD', issuer: 'UBKTTW' });
    // @ts-expect-error parseDocumentId takes the text, not an options object
    parseDocumentId({ text: '04-NQ/TW' });
    // @ts-expect-error parseDocumentId has no options
    parseDocumentId('04-NQ/TW', { strict: true });
  });

  it('getManifestationGroup', () => {
    getManifestationGroup(2);
    // @ts-expect-error wrong enum value (group number)
    getManifestationGroup(4);
  });
});
