/**
 * Text normalization for reading Vietnamese reports (hierarchy-review-reports.md §5 item 18:
 * "both khóa/khoá, hóa/hoá occur (even in one seed); straight and curly quotes; non-breaking
 * spaces"). Everything here is a hand-written, single-pass scanner: no regular expression runs on
 * the caller's text, so time is linear in its length.
 *
 * The canonical tone placement chosen here is the traditional one ("hóa", "khóa", "thủy"): the
 * tone sits on the vowel with a quality mark (â ă ê ô ơ ư), else on the middle of three vowels,
 * else on the second of two vowels when a final consonant follows ("hoàn"), else on the first
 * ("hóa"). Both placements fold to the same canonical form, so matching does not depend on it.
 * @module
 */
import { fail } from '../errors.js';
import { EXTRACT_INPUT_MESSAGES } from './_messages.js';

/** The five Vietnamese tone marks as combining characters, with the code used in match keys. */
const TONE_CODES: ReadonlyMap<number, string> = /* @__PURE__ */ new Map([
  [0x0301, '1'], // sắc
  [0x0341, '1'], // deprecated acute tone mark
  [0x0300, '2'], // huyền
  [0x0340, '2'], // deprecated grave tone mark
  [0x0309, '3'], // hỏi
  [0x0303, '4'], // ngã
  [0x0323, '5'], // nặng
]);

const TONE_CHARS: readonly string[] = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

const QUALITY_MARKS = /* @__PURE__ */ new Set([0x0302, 0x0306, 0x031b]); // circumflex, breve, horn
const VOWELS = /* @__PURE__ */ new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Characters read as a plain space: NBSP, narrow NBSP, figure space, the other Unicode spaces,
 * zero-width space and BOM, soft hyphen.
 * @internal
 */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The straight equivalent of a curly or angle quote (`“ ” „ « »` → `"`, `‘ ’ ‚ ‛` → `'`), or
 * `undefined` for any other character.
 * @internal
 */
export function straightQuote(code: number): '"' | "'" | undefined {
  if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0xab || code === 0xbb) return '"';
  if (code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b) return "'";
  return undefined;
}

let letterTable: Uint8Array | undefined;

/** 1 = letter, 2 = combining mark, 0 = other; BMP table built once on first use. */
function table(): Uint8Array {
  if (letterTable) return letterTable;
  const t = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) t[c] = 1;
    else if (mark.test(ch)) t[c] = 2;
  }
  letterTable = t;
  return t;
}

/**
 * True for a letter or a combining mark of the Basic Multilingual Plane (the characters a word
 * is made of).
 * @internal
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (table()[code] ?? 0) !== 0;
}

/**
 * The BMP class table itself (1 letter, 2 mark, 0 other), for scanners that test many characters.
 * @internal
 */
export function wordCharTable(): Uint8Array {
  return table();
}

/**
 * Put a word's tone mark in the canonical (traditional) place and return it in NFC, keeping case.
 * Words without a tone, and words that are not Vietnamese syllables, come back as NFC.
 * @internal
 */
export function canonicalWord(word: string): string {
  const nfd = word.normalize('NFD');
  let tone = 0;
  // Bases with their quality marks, tone removed.
  const bases: string[] = [];
  const quality: boolean[] = [];
  for (let i = 0; i < nfd.length; i++) {
    const code = nfd.charCodeAt(i);
    const t = TONE_CODES.get(code);
    if (t !== undefined) {
      tone = Number(t);
      continue;
    }
    if (QUALITY_MARKS.has(code) && bases.length > 0) {
      bases[bases.length - 1] = `${bases[bases.length - 1] ?? ''}${nfd[i] ?? ''}`;
      quality[quality.length - 1] = true;
      continue;
    }
    bases.push(nfd[i] ?? '');
    quality.push(false);
  }
  if (tone === 0) return nfd.normalize('NFC');
  const pos = tonePosition(bases, quality);
  if (pos < 0) return nfd.normalize('NFC');
  let out = '';
  for (let i = 0; i < bases.length; i++) out += i === pos ? `${bases[i]}${TONE_CHARS[tone]}` : bases[i];
  return out.normalize('NFC');
}

function isVowelAt(bases: readonly string[], i: number): boolean {
  const b = bases[i];
  return b !== undefined && VOWELS.has((b[0] ?? '').toLowerCase());
}

function tonePosition(bases: readonly string[], quality: readonly boolean[]): number {
  let start = 0;
  while (start < bases.length && !isVowelAt(bases, start)) start++;
  if (start >= bases.length) return -1;
  const lower = (i: number): string => (bases[i]?.[0] ?? '').toLowerCase();
  // "qu" and "gi" + vowel: the u / i belongs to the initial consonant.
  if (start > 0 && lower(start - 1) === 'q' && lower(start) === 'u' && isVowelAt(bases, start + 1)) start++;
  else if (start > 0 && lower(start - 1) === 'g' && lower(start) === 'i' && !quality[start] && isVowelAt(bases, start + 1)) start++;
  let end = start;
  while (end < bases.length && isVowelAt(bases, end)) end++;
  const len = end - start;
  // A vowel with a quality mark carries the tone; ơ/ê/ô/â/ă before ư ("ươ" → ơ).
  let qualityPos = -1;
  for (let i = start; i < end; i++) {
    if (quality[i]) {
      if (qualityPos < 0 || lower(qualityPos) === 'u') qualityPos = i;
    }
  }
  if (qualityPos >= 0) return qualityPos;
  if (len === 1) return start;
  if (len >= 3) return start + 1;
  const hasFinal = end < bases.length;
  return hasFinal ? start + 1 : start;
}

/**
 * The key a word is matched by: canonical tone placement, lower case, NFC.
 * `"Hoá"`, `"hóa"` and the NFD spelling all give the same key.
 * @internal
 */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = canonicalWord(word).toLowerCase();
    // A bounded memo: report vocabulary is small, adversarial text must not grow it without end.
    if (keyCache.size >= 50_000) keyCache.clear();
    if (word.length <= 32) keyCache.set(word, key);
  }
  return key;
}

const keyCache = /* @__PURE__ */ new Map<string, string>();

/**
 * A normalized text and the way back to the original offsets.
 * @category Extract
 */
export interface NormalizedText {
  /** The text in NFC, canonical tone placement, straight quotes, plain spaces for NBSP and friends. */
  readonly text: string;
  /**
   * For each UTF-16 index of `text` (and one past its end), the index in the original string
   * where that character's source begins. A character inside a rewritten word maps to the start
   * of the word.
   */
  readonly offsets: readonly number[];
  /** Map a `[start, end)` span of `text` back to the smallest span of the original covering it. */
  readonly toOriginal: (span: readonly [number, number]) => readonly [number, number];
}

/**
 * Normalize Vietnamese text for matching while keeping a map to the original offsets: NFC
 * (NFD input is composed), one tone placement ("hoá" → "hóa", "khoẻ" → "khỏe"), straight
 * quotes for curly ones, a plain space for non-breaking and zero-width spaces. Letters keep
 * their case. Linear time, no regular expression on the input.
 *
 * @example
 * ```ts
 * import { normalizeVietnameseText } from 'nq4';
 * const n = normalizeVietnameseText('tự chuyển hoá\u00a0“27”');
 * n.text; // 'tự chuyển hóa "27"'
 * n.toOriginal([15, 17]); // [15, 17]
 * ```
 * @throws {@link Nq4Error} `invalid_type` when `original` is not a string.
 * @category Extract
 */
export function normalizeVietnameseText(original: string): NormalizedText {
  // Checked at run time for JavaScript callers: the type says string, a JSON payload may not.
  if (typeof original !== 'string') fail('invalid_type', ['original'], EXTRACT_INPUT_MESSAGES.notString.vi, EXTRACT_INPUT_MESSAGES.notString.en);
  let out = '';
  const offsets: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (isWordChar(code)) {
      let j = i + 1;
      while (j < n && isWordChar(original.charCodeAt(j))) j++;
      const word = canonicalWord(original.slice(i, j));
      for (let k = 0; k < word.length; k++) offsets.push(i);
      out += word;
      i = j;
      continue;
    }
    if (isSpaceLike(code)) {
      offsets.push(i);
      out += ' ';
      i++;
      continue;
    }
    const q = straightQuote(code);
    if (q !== undefined) {
      offsets.push(i);
      out += q;
      i++;
      continue;
    }
    offsets.push(i);
    out += original[i];
    i++;
  }
  offsets.push(n);
  const ends: number[] = new Array<number>(offsets.length);
  // End of the source of each output char: the start of the next different source position.
  let next = n;
  for (let k = offsets.length - 1; k >= 0; k--) {
    const here = offsets[k] ?? n;
    if (k === offsets.length - 1) {
      ends[k] = n;
      next = here;
      continue;
    }
    const after = offsets[k + 1] ?? n;
    if (after !== here) next = after;
    ends[k] = next;
  }
  const toOriginal = (span: readonly [number, number]): readonly [number, number] => {
    const a = Math.max(0, Math.min(span[0], out.length));
    const b = Math.max(a, Math.min(span[1], out.length));
    if (b === a) return [offsets[a] ?? n, offsets[a] ?? n];
    return [offsets[a] ?? n, ends[b - 1] ?? n];
  };
  return Object.freeze({ text: out, offsets: Object.freeze(offsets), toOriginal });
}
