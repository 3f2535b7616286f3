import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { normalizeVietnameseText } from '../../src/extract/index.js';
import { canonicalWord, wordKey } from '../../src/extract/normalize.js';

describe('normalizeVietnameseText', () => {
  it('folds both tone placements to the traditional one', () => {
    for (const [a, b] of [
      ['hoá', 'hóa'],
      ['khoá', 'khóa'],
      ['khoẻ', 'khỏe'],
      ['thuỷ', 'thủy'],
      ['Hoà', 'Hòa'],
    ] as const) {
      expect(canonicalWord(a)).toBe(b);
      expect(canonicalWord(b)).toBe(b);
    }
    // With a final consonant, on a vowel with a quality mark, after qu/gi: unchanged.
    for (const w of ['hoàn', 'người', 'quá', 'giá', 'khuỷu', 'ngoài', 'thuyền']) expect(canonicalWord(w)).toBe(w);
  });

  it('matches NFD and NFC and case alike', () => {
    expect(wordKey('Khiển'.normalize('NFD'))).toBe(wordKey('khiển'));
    expect(wordKey('TCCSĐ')).toBe('tccsđ');
  });

  it('straightens quotes, turns NBSP into spaces, composes NFD, with a map to the original', () => {
    const original = `tự chuyển hoá\u00a0“${'Khiển trách'.normalize('NFD')}”`;
    const n = normalizeVietnameseText(original);
    expect(n.text).toBe('tự chuyển hóa "Khiển trách"');
    const at = n.text.indexOf('Khiển trách');
    const [s, e] = n.toOriginal([at, at + 'Khiển trách'.length]);
    expect(original.slice(s, e)).toBe('Khiển trách'.normalize('NFD'));
    expect(n.offsets).toHaveLength(n.text.length + 1);
  });

  it('refuses a text that is not a string (JavaScript callers), naming the argument', () => {
    for (const bad of [undefined, null, 42, ['x']]) {
      let caught: unknown;
      try {
        normalizeVietnameseText(bad as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(Nq4Error);
      expect((caught as Nq4Error).issues).toEqual([
        { code: 'invalid_type', path: ['original'], messageVi: 'Sai kiểu dữ liệu: cần chuỗi ký tự.', messageEn: 'Wrong type: expected string.' },
      ]);
    }
  });
});
