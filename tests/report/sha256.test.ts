import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSha256Hex, sha256Hex } from '../../src/report/index.js';

const utf8Bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('computeSha256Hex (@noble/hashes)', () => {
  it('matches the FIPS 180-4 / NIST example vectors', () => {
    expect(computeSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(computeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(computeSha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      computeSha256Hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(computeSha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes bytes and strings alike, across block boundaries (55, 56, 64 bytes)', () => {
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120]) {
      const s = 'x'.repeat(n);
      expect(computeSha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
      expect(computeSha256Hex(utf8Bytes(s))).toBe(computeSha256Hex(s));
    }
  });

  it('agrees with node:crypto on any string, including Vietnamese and astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        expect(computeSha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
    );
    expect(computeSha256Hex('Đảng bộ huyện Krông Nô 😀')).toBe(createHash('sha256').update('Đảng bộ huyện Krông Nô 😀').digest('hex'));
  });

  it('encodes lone surrogates as U+FFFD like TextEncoder', () => {
    expect(computeSha256Hex('\ud800')).toBe(createHash('sha256').update(new TextEncoder().encode('\ud800')).digest('hex'));
    expect(computeSha256Hex('a\udc00b')).toBe(computeSha256Hex(new TextEncoder().encode('a\ufffdb')));
  });
});

describe('computeSha256Hex input', () => {
  it('refuses what is neither text nor a Uint8Array with an invalid_type Nq4Error, and hashes a Uint8Array of another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const { Nq4Error } = await import('../../src/errors.js');
    expect(() => computeSha256Hex(42 as never)).toThrow(Nq4Error);
    expect(() => computeSha256Hex([97, 98, 99] as never)).toThrow(Nq4Error);
    const foreign = runInNewContext('new Uint8Array([97, 98, 99])') as Uint8Array;
    expect(computeSha256Hex(foreign)).toBe(computeSha256Hex('abc'));
  });
});

describe('sha256Hex (deprecated alias, issue 16)', () => {
  it('still works and is the same function as computeSha256Hex', () => {
    expect(sha256Hex).toBe(computeSha256Hex);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
