import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkStatedBreakdown, extractionToTally, extractTallies, findManifestationMentions } from '../../src/extract/index.js';
import { extractSchemaCatalog } from '../../src/extract/schemaCatalog.js';
import { fixture, fixtureTexts } from '../support/fixtures.js';

// The catalog the JSON Schema files are generated from: each output schema must accept what the
// functions really return (the seeds and the annotated report excerpts the other tests read), and
// each input schema must accept a valid argument and refuse a misspelt field.
const texts = [
  ...fixtureTexts('seeds').map((f) => fixture(`seeds/${f}`)),
  ...fixtureTexts('reports').map((f) => fixture(`reports/${f}`)),
  // A breakdown with an impossible form, an approximate one and a negated zero.
  'Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng. Gần 20 đảng viên bị nhắc nhở, trong đó có 5 đảng viên dự bị.',
  'Không có tổ chức cơ sở đảng nào bị kỷ luật. Đã khen thưởng 12 tập thể',
];
const { inputs, outputs } = extractSchemaCatalog;

/** `z.parse` that fails the test with the issues' paths, not a bare throw. */
function accepts(schema: z.ZodMiniType, value: unknown): void {
  const r = z.safeParse(schema, value);
  expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
}

describe('extractSchemaCatalog outputs describe real results', () => {
  it('has texts to read, with tallies, breakdowns, unclassified counts and mentions among them', () => {
    expect(texts.length).toBeGreaterThanOrEqual(17);
    const all = texts.map((t) => extractTallies(t));
    expect(all.some((r) => r.breakdowns.some((b) => b.check.findings.length > 0))).toBe(true);
    expect(all.some((r) => r.unclassified.length > 0)).toBe(true);
    expect(all.some((r) => r.tallies.some((t) => t.approx !== undefined))).toBe(true);
    expect(texts.some((t) => findManifestationMentions(t).some((m) => m.kind === 'item'))).toBe(true);
  });

  it('ExtractionResult, ExtractionTally and StatedBreakdownCheck', () => {
    for (const text of texts) {
      const r = extractTallies(text);
      accepts(outputs.ExtractionResult, r);
      expect(z.parse(outputs.ExtractionResult, r)).toEqual(r);
      accepts(outputs.ExtractionTally, extractionToTally(r));
      accepts(outputs.ExtractionTally, extractionToTally(r, { includeRepeats: true, memberStatus: 'asStated', goodOrBetter: 'splitWhenExcellentStated' }));
      for (const b of r.breakdowns) accepts(outputs.StatedBreakdownCheck, b.check);
    }
    accepts(outputs.StatedBreakdownCheck, checkStatedBreakdown({ total: 50, parts: [30, 12, 5, 3] }));
    accepts(outputs.StatedBreakdownCheck, checkStatedBreakdown({ total: 50, parts: [30, 12], approximate: true, caveats: [{ vi: 'a', en: 'b' }] }));
  });

  it('ManifestationMention and ManifestationMentions', () => {
    for (const text of texts) {
      const found = findManifestationMentions(text);
      accepts(outputs.ManifestationMentions, found);
      for (const m of found) accepts(outputs.ManifestationMention, m);
    }
  });

  it('refuses a result with a field it does not know or a wrong value', () => {
    const r = extractTallies(texts[0] as string);
    const t = r.tallies[0];
    expect(t).toBeDefined();
    expect(z.safeParse(outputs.ExtractionResult, { ...r, talies: [] }).success).toBe(false);
    expect(z.safeParse(outputs.ExtractionResult, { ...r, tallies: [{ ...t, measure: 'award' }] }).success).toBe(false);
    expect(z.safeParse(outputs.ExtractionResult, { ...r, tallies: [{ ...t, span: [1, 2, 3] }] }).success).toBe(false);
    const m = findManifestationMentions('(3) Trong tự phê bình và phê bình thì nể nang, né tránh, ngại va chạm;')[0];
    expect(m).toBeDefined();
    expect(z.safeParse(outputs.ManifestationMention, { ...m, ids: ['G4-1'] }).success).toBe(false);
  });

  it('converts to JSON Schema both ways', () => {
    for (const schema of [...Object.values(inputs), ...Object.values(outputs)]) {
      for (const io of ['input', 'output'] as const) {
        expect(typeof z.toJSONSchema(schema, { io, unrepresentable: 'any' })).toBe('object');
      }
    }
  });
});

describe('extractSchemaCatalog inputs', () => {
  const valid: Record<keyof typeof inputs, unknown> = {
    'extractTallies.text': 'Khiển trách 2 đảng viên.',
    'extractTallies.options': { maxLength: 100, truncatedTail: 'keep', lineBreaks: 'space', reconcile: { pendingInTotal: false } },
    'safeExtractTallies.text': '',
    'safeExtractTallies.options': {},
    'findManifestationMentions.text': 'nể nang, né tránh',
    'findManifestationMentions.options': { minScore: 0.5, maxLength: 10, includeGroups: false },
    'safeFindManifestationMentions.text': 'x',
    'safeFindManifestationMentions.options': { includeGroups: true },
    'checkStatedBreakdown.input': { total: 3, parts: [2, 1], approximate: false, caveats: [{ vi: 'a', en: 'b' }] },
    'convertExtractionToTally.options': { includeRepeats: true, goodOrBetter: 'leaveOut', memberStatus: 'asStated' },
    'extractionToTally.options': { includeRepeats: true, goodOrBetter: 'leaveOut', memberStatus: 'asStated' },
    'reconcileExtraction.options': { unit: 'Huyện ủy', ratingYear: 2025, reconcile: {} },
  };
  // A text has no fields: its wrong example is a value of the wrong type.
  const misspelt: Record<keyof typeof inputs, unknown> = {
    'extractTallies.text': 42,
    'extractTallies.options': { lineBreak: 'space' },
    'safeExtractTallies.text': null,
    'safeExtractTallies.options': { truncatedtail: 'keep' },
    'findManifestationMentions.text': ['x'],
    'findManifestationMentions.options': { minScor: 0.5 },
    'safeFindManifestationMentions.text': {},
    'safeFindManifestationMentions.options': { includeGroup: true },
    'checkStatedBreakdown.input': { totl: 3, parts: [2, 1] },
    'convertExtractionToTally.options': { includeRepeat: true },
    'extractionToTally.options': { includeRepeat: true },
    'reconcileExtraction.options': { ratingyear: 2025 },
  };

  it('covers every argument of the area that a schema validates', () => {
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(valid).sort());
  });

  for (const key of Object.keys(valid) as (keyof typeof inputs)[]) {
    it(`${key}: accepts a valid example, refuses a misspelt field (a wrong type for a text)`, () => {
      accepts(inputs[key], valid[key]);
      const bad = z.safeParse(inputs[key], misspelt[key]);
      expect(bad.success).toBe(false);
      if (!bad.success) expect(bad.error.issues.map((i) => i.code)).toContain(key.endsWith('.text') ? 'invalid_type' : 'unrecognized_keys');
    });
  }

  it('a wrong enum value and a value out of range are refused too', () => {
    expect(z.safeParse(inputs['extractTallies.options'], { truncatedTail: 'drop' }).success).toBe(false);
    expect(z.safeParse(inputs['extractTallies.options'], { maxLength: -1 }).success).toBe(false);
    expect(z.safeParse(inputs['extractionToTally.options'], { memberStatus: 'probationary' }).success).toBe(false);
    expect(z.safeParse(inputs['findManifestationMentions.options'], { minScore: 2 }).success).toBe(false);
    expect(z.safeParse(inputs['checkStatedBreakdown.input'], { total: 3, parts: [-1] }).success).toBe(false);
    expect(z.safeParse(inputs['reconcileExtraction.options'], { ratingYear: 1929 }).success).toBe(false);
    // reconcile's own options are described by the report area's schema, not left open.
    expect(z.safeParse(inputs['extractTallies.options'], { reconcile: { pendingInTotals: false } }).success).toBe(false);
    expect(z.safeParse(inputs['reconcileExtraction.options'], { reconcile: { quotaFormula: 'sometimes' } }).success).toBe(false);
    expect(z.toJSONSchema(inputs['extractTallies.options'], { io: 'input', unrepresentable: 'any' })).toMatchObject({
      properties: { reconcile: { properties: { pendingInTotal: { type: 'boolean' } } } },
    });
  });
});
