import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/report/index.js';
import { utf8Bytes } from '../../src/report/sha256.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 / NIST example vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes bytes and strings alike, across block boundaries (55, 56, 64 bytes)', () => {
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120]) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
      expect(sha256Hex(utf8Bytes(s))).toBe(sha256Hex(s));
    }
  });

  it('agrees with node:crypto on any string, including Vietnamese and astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
    );
    expect(sha256Hex('Đảng bộ huyện Krông Nô 😀')).toBe(createHash('sha256').update('Đảng bộ huyện Krông Nô 😀').digest('hex'));
  });

  it('encodes lone surrogates as U+FFFD like TextEncoder', () => {
    expect([...utf8Bytes('\ud800')]).toEqual([...new TextEncoder().encode('\ud800')]);
    expect([...utf8Bytes('a\udc00b')]).toEqual([...new TextEncoder().encode('a\udc00b')]);
  });
});
