import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { coreSchemaCatalog } from '../../src/legal/schemaCatalog.js';
import { MANIFESTATION_IDS } from '../../src/catalog/ids.js';
import {
  cite,
  createRuleSetRegistry,
  explain,
  findPartyDocuments,
  getManifestation,
  manifestationGroups,
  manifestations,
  mergeTallies,
  parseDocumentId,
  PARTY_DOCUMENTS,
  tally,
} from '../../src/index.js';

const { inputs, outputs } = coreSchemaCatalog;
const ok = (schema: z.ZodMiniType, value: unknown) => {
  const r = z.safeParse(schema, value);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
};

describe('core schema catalog: real results parse with the output schemas', () => {
  it('Manifestation and ManifestationGroup', () => {
    for (const m of manifestations) ok(outputs.Manifestation, m);
    for (const g of manifestationGroups) ok(outputs.ManifestationGroup, g);
    ok(outputs.Manifestation, getManifestation('G3-9'));
    expect(z.safeParse(outputs.Manifestation, { ...manifestations[0], id: 'G4-1' }).success).toBe(false);
  });

  it('DocumentId, PartyDocument and Citation', () => {
    ok(outputs.DocumentId, parseDocumentId('11/HD-BTCTW'));
    ok(outputs.DocumentId, parseDocumentId('07-QĐi/TW'));
    for (const d of Object.values(PARTY_DOCUMENTS)) ok(outputs.PartyDocument, d);
    for (const d of findPartyDocuments('132-QD/TW')) ok(outputs.PartyDocument, d);
    for (const m of manifestations) ok(outputs.Citation, m.citation);
    ok(outputs.Citation, cite(PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a', quoteVi: 'x' }, 'quoted'));
  });

  it('Explanation, Reason and Label', () => {
    const source = cite(PARTY_DOCUMENTS.qd366of2025, { article: 5 });
    const input = {
      outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } },
      ruleSet: { id: 'qd366', label: { vi: 'QĐ 366', en: 'QĐ 366' } },
      reasons: [{ code: 'r', text: { vi: 'a', en: 'b' }, citations: [source] }],
      options: [{ name: 'bandReading', value: 'strict', effect: { vi: 'c', en: 'd' } }],
      caveats: [{ vi: 'e', en: 'f' }],
    };
    ok(inputs['explain.input'], input);
    const e = explain(input);
    ok(outputs.Explanation, e);
    ok(outputs.Reason, e.reasons[0]);
    ok(outputs.Label, e.caveats[0]);
    expect(z.safeParse(inputs['explain.input'], { outcome: { code: 'x', label: { vi: 'a' } } }).success).toBe(false);
  });

  it('Tally, from tally and mergeTallies', () => {
    const t = tally({ ratings: { member: { good: 3 } }, findingsByItem: { 'G2-7': 2 }, findingsByGroupOnly: { '1': 1 }, commitments: 4 });
    ok(outputs.Tally, t);
    ok(inputs['mergeTallies.tallies'], [t, t]);
    ok(outputs.Tally, mergeTallies(t, t));
  });
});

describe('core schema catalog: inputs', () => {
  it('accepts what the functions accept and rejects what they reject', () => {
    ok(inputs['getManifestation.id'], 'G1-1');
    expect(z.safeParse(inputs['getManifestation.id'], 'G4-1').success).toBe(false);
    ok(inputs['getManifestationGroup.group'], 3);
    expect(z.safeParse(inputs['getManifestationGroup.group'], 4).success).toBe(false);
    ok(inputs['parseDocumentId.input'], '04-NQ/TW');
    expect(z.safeParse(inputs['parseDocumentId.input'], 'x'.repeat(65)).success).toBe(false);
    ok(inputs['formatDocumentId.id'], { number: 5, kind: 'HD', issuer: 'UBKTTW' });
    expect(z.safeParse(inputs['formatDocumentId.id'], { number: 5, kind: 'XX', issuer: 'UBKTTW' }).success).toBe(false);
    ok(inputs['cite.document'], PARTY_DOCUMENTS.charter2011);
    ok(inputs['cite.locator'], { article: 35, effectiveFrom: '2011-01-19' });
    expect(z.safeParse(inputs['cite.locator'], { artcle: 35 }).success).toBe(false);
    ok(inputs['cite.status'], 'quotedPartial');
    expect(z.safeParse(inputs['cite.status'], 'quotd').success).toBe(false);
    ok(inputs['tally.input'], { reviews: { individual: 2 } });
    expect(z.safeParse(inputs['tally.input'], { reviews: { individual: -1 } }).success).toBe(false);
    ok(inputs['createRuleSetRegistry.area'], 'demo');
    const ruleSets = [{ id: 'a', area: 'demo', label: { vi: 'A', en: 'A' }, validFrom: '2018-01-01', sources: [], rate: () => 1 }];
    ok(inputs['createRuleSetRegistry.ruleSets'], ruleSets);
    expect(createRuleSetRegistry('demo', ruleSets).ruleSets[0]?.rate()).toBe(1);
    expect(z.safeParse(inputs['createRuleSetRegistry.ruleSets'], [{ id: 'a' }]).success).toBe(false);
  });

  it('names each input "function.argument" and every schema converts to JSON Schema', () => {
    for (const key of Object.keys(inputs)) expect(key).toMatch(/^[A-Za-z]+\.[A-Za-z]+$/);
    for (const schema of [...Object.values(inputs), ...Object.values(outputs)]) {
      expect(() => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })).not.toThrow();
    }
  });

  it('the catalog ids are the ids of the catalog data', () => {
    expect([...MANIFESTATION_IDS]).toEqual(manifestations.map((m) => m.id));
  });
});
