import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import {
  extractTallies,
  findManifestationMentions,
  normalizeVietnameseText,
  safeExtractTallies,
  safeFindManifestationMentions,
} from '../../src/extract/index.js';

// Any string gives a result or a typed Nq4Error, never a crash; results are frozen and their
// spans point into the input.
const genreWords = [
  'khiển trách', 'cảnh cáo', 'kỷ luật', 'trong đó', 'có', 'và', ',', ';', '.', '(', ')', '“', '”', 'đảng viên', 'tổ chức đảng',
  'hoàn thành tốt nhiệm vụ', 'trở lên', 'không có', 'nào', 'hai', 'mười lăm', '2.447', '98,46%', '02', '32/44', '23-KH/TU', 'năm',
  '2020-2025', 'Cụ thể', '\n', '\n\n', '\u00a0', 'gợi ý kiểm điểm', 'tập thể', 'cá nhân', 'nhắc nhở', 'đang xem xét', 'trường hợp',
];
const genreText = fc.array(fc.constantFrom(...genreWords), { maxLength: 80 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), genreText);

describe('extractTallies on arbitrary strings', () => {
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = extractTallies(text);
        expect(Object.isFrozen(r)).toBe(true);
        for (const t of r.tallies) {
          expect(t.span[0]).toBeGreaterThanOrEqual(0);
          expect(t.span[1]).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.span[0], t.span[1])).toBe(t.quote);
          expect(Number.isInteger(t.count) && t.count >= 0).toBe(true);
          if (t.partOf !== undefined) expect(r.tallies[t.partOf]).toBeDefined();
          if (t.repeatOf !== undefined) expect(t.repeatOf).toBeLessThan(t.index);
        }
        for (const b of r.breakdowns) {
          expect(b.check.sum).toBe(b.parts.reduce((s, p) => s + (r.tallies[p]?.count ?? 0), 0));
          expect(b.check.explanation.textVi.length).toBeGreaterThan(0);
        }
        for (const u of r.unclassified) expect(text.slice(u.span[0], u.span[1])).toBe(u.quote);
      }),
      { numRuns: 300 },
    );
  });

  it('reads NFD input like NFC input', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        const a = extractTallies(text.normalize('NFC')).tallies.map((t) => [t.measure, t.category, t.count]);
        const b = extractTallies(text.normalize('NFD')).tallies.map((t) => [t.measure, t.category, t.count]);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('handles adversarial repetition without error', () => {
    for (const unit of ['((((', '1.', 'khiển trách 1 ', 'trong đó ', ',', '1/', 'hai mươi ', '\u0301', '\ud800', 'a'.repeat(1000), 'kỷ luật 5 đảng viên, ']) {
      const text = unit.repeat(Math.ceil(20_000 / unit.length));
      expect(() => extractTallies(text)).not.toThrow();
      expect(() => findManifestationMentions(text)).not.toThrow();
    }
  });
});

describe('findManifestationMentions on arbitrary strings', () => {
  it('never throws; spans point into the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const m of findManifestationMentions(text)) {
          expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalizeVietnameseText', () => {
  it('maps every span back inside the original and is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalizeVietnameseText(text);
        expect(normalizeVietnameseText(n.text).text).toBe(n.text);
        const lo = Math.min(a, b) % (n.text.length + 1);
        const hi = Math.max(a, b) % (n.text.length + 1);
        const [s, e] = n.toOriginal([Math.min(lo, hi), Math.max(lo, hi)]);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(s).toBeLessThanOrEqual(e);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  it('throws invalid_type on a non-string text, naming the field', () => {
    for (const bad of [undefined, null, 42, {}, ['x']]) {
      try {
        extractTallies(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(Nq4Error);
        expect((error as Nq4Error).issues[0]).toMatchObject({ code: 'invalid_type', path: ['text'] });
      }
    }
    expect(safeFindManifestationMentions(7 as never).success).toBe(false);
  });

  it('throws too_big past maxLength, without echoing the text', () => {
    const r = safeExtractTallies('khiển trách 5 đảng viên bí mật', { maxLength: 10 });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues[0]).toMatchObject({ code: 'too_big', path: ['text'] });
      expect(r.error.message).not.toContain('bí mật');
    }
  });

  it('rejects unknown and ill-typed options with their path', () => {
    const r = safeExtractTallies('x', { lineBreak: 'auto' } as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]).toMatchObject({ code: 'unknown_key', path: ['options', 'lineBreak'] });
    const s = safeExtractTallies('x', { truncatedTail: 'drop' } as never);
    if (!s.success) expect(s.error.issues[0]).toMatchObject({ code: 'invalid_value', path: ['options', 'truncatedTail'] });
    expect(s.success).toBe(false);
    expect(safeFindManifestationMentions('x', { minScore: 2 }).success).toBe(false);
  });

  it('does not mutate frozen options and returns deeply frozen results', () => {
    const options = Object.freeze({ truncatedTail: 'keep' as const });
    const r = extractTallies('Khiển trách 2 đảng viên, cảnh cáo 1 đảng viên', options);
    expect(options).toEqual({ truncatedTail: 'keep' });
    expect(Object.isFrozen(r.tallies[0]?.span)).toBe(true);
    expect(Object.isFrozen(r.unclassified)).toBe(true);
  });

  it('returns an empty reading for empty text', () => {
    expect(extractTallies('')).toEqual({ tallies: [], breakdowns: [], unclassified: [] });
    expect(findManifestationMentions('')).toEqual([]);
  });
});

describe('checkStatedBreakdown input', () => {
  it('rejects negative or fractional counts with the field path', async () => {
    const { checkStatedBreakdown } = await import('../../src/extract/index.js');
    try {
      checkStatedBreakdown({ total: 5, parts: [2, -1] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      expect((error as Nq4Error).issues[0]).toMatchObject({ code: 'too_small', path: ['parts', 1] });
    }
    expect(checkStatedBreakdown({ total: 5, parts: [2, 3], approximate: true }).status).toBe('approximate');
  });
});
