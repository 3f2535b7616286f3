/**
 * SHA-256 (FIPS 180-4) for sealing reports, from `@noble/hashes` (audited, synchronous, no I/O,
 * the same code in Node and browsers), so that a sealed report gets the same hash on every
 * machine. Tested against the NIST vectors and `node:crypto`.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { issue, Nq4Error } from '../errors.js';
import { SHA256_MESSAGES } from './_messages.js';

/**
 * The SHA-256 digest of a string (as UTF-8; lone surrogates become U+FFFD, as `TextEncoder` does)
 * or of bytes, as 64 lowercase hex digits.
 *
 * @throws {@link Nq4Error} `invalid_type` when the input is neither text nor a Uint8Array.
 * @example
 * ```ts
 * import { computeSha256Hex } from 'nq4';
 * computeSha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 * @category Report
 */
export function computeSha256Hex(input: string | Uint8Array): string {
  if (typeof input === 'string') return bytesToHex(sha256(utf8ToBytes(input)));
  if (Object.prototype.toString.call(input) !== '[object Uint8Array]') {
    throw new Nq4Error([issue('invalid_type', [], SHA256_MESSAGES.wrongType.vi, SHA256_MESSAGES.wrongType.en)]);
  }
  // @noble/hashes accepts a Uint8Array from another realm (an iframe, a vm context) too.
  return bytesToHex(sha256(input));
}

/**
 * The SHA-256 digest as 64 lowercase hex digits.
 * @deprecated Use {@link computeSha256Hex}. Will be removed in the next minor.
 * @example
 * ```ts
 * import { sha256Hex, computeSha256Hex } from 'nq4';
 * sha256Hex === computeSha256Hex; // true
 * ```
 * @category Report
 */
export const sha256Hex: typeof computeSha256Hex = computeSha256Hex;
