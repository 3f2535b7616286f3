/**
 * A hand-written tokenizer for Vietnamese report prose: one linear pass over the original string,
 * every token carrying its exact `[start, end)` offsets into it. No regular expression ever runs
 * on the caller's text (hierarchy-review-reports.md §3.6 for the number conventions read here:
 * thousands ".", decimal ",", "%" attached, zero padding "02").
 * @module
 */
import { isSpaceLike, straightQuote, wordCharTable, wordKey } from './normalize.js';
import { uint8Table } from './_scratch.js';

/** Token kinds. @internal */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'url';

/** One token. @internal */
export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the original string. */
  readonly start: number;
  readonly end: number;
  /** Match key: canonical lower-case word, the punctuation char, the number as written. */
  readonly key: string;
  /** For numbers: the value; for others NaN. */
  readonly value: number;
  /** For numbers: whether the value is a whole number written without a decimal part. */
  readonly integer: boolean;
  /** For numbers: a "%" follows directly. */
  readonly percent: boolean;
  /** For numbers: the denominator of "x/y" (`undefined` otherwise; always present so all tokens share one shape). */
  readonly of: number | undefined;
  /** For numbers: part of a date, time, range or identifier (never a count). */
  readonly notCount: boolean;
  /** Whitespace before this token contained a line break. */
  readonly newlineBefore: number;
  /** Whitespace (or nothing) separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

// Two record shapes only (the reader's property accesses stay at most bimorphic): a number token
// carries all its fields; every other token (~98% of report prose) carries six, and reads the
// number-only fields (`value` NaN, `integer`/`percent`/`notCount` false, `of` undefined) from its
// prototype. Node keeps 8-byte fields, so this halves the memory of the token stream (~35 → ~18
// MB per MB of prose), which was the tokenizer's main cost (allocation, GC, page faults).
interface RawToken {
  readonly kind: 'word' | 'digits' | 'punct' | 'quote' | 'url' | 'number';
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly value: number;
  readonly integer: boolean;
  readonly percent: boolean;
  readonly of: number | undefined;
  readonly notCount: boolean;
  readonly newlineBefore: number;
  readonly spaceBefore: boolean;
}

class PlainToken implements RawToken {
  declare readonly value: number;
  declare readonly integer: boolean;
  declare readonly percent: boolean;
  declare readonly of: number | undefined;
  declare readonly notCount: boolean;
  constructor(
    readonly kind: RawToken['kind'],
    readonly start: number,
    readonly end: number,
    readonly key: string,
    readonly newlineBefore: number,
    readonly spaceBefore: boolean,
  ) {}
}
Object.assign(PlainToken.prototype, { value: Number.NaN, integer: false, percent: false, of: undefined, notCount: false });

function make(
  kind: RawToken['kind'],
  start: number,
  end: number,
  key: string,
  value: number,
  integer: boolean,
  percent: boolean,
  of: number | undefined,
  notCount: boolean,
  newlineBefore: number,
  spaceBefore: boolean,
): RawToken {
  return { kind, start, end, key, value, integer, percent, of, notCount, newlineBefore, spaceBefore };
}


/** "http", "https" or "www" in any case, without allocating. */
function urlPrefix(text: string, start: number, end: number): 'http' | 'www' | undefined {
  const len = end - start;
  if (len === 3) {
    return (text.charCodeAt(start) | 0x20) === 0x77 && (text.charCodeAt(start + 1) | 0x20) === 0x77 && (text.charCodeAt(start + 2) | 0x20) === 0x77
      ? 'www'
      : undefined;
  }
  if (len !== 4 && len !== 5) return undefined;
  if (
    (text.charCodeAt(start) | 0x20) !== 0x68 ||
    (text.charCodeAt(start + 1) | 0x20) !== 0x74 ||
    (text.charCodeAt(start + 2) | 0x20) !== 0x74 ||
    (text.charCodeAt(start + 3) | 0x20) !== 0x70
  ) {
    return undefined;
  }
  return len === 4 || (text.charCodeAt(start + 4) | 0x20) === 0x73 ? 'http' : undefined;
}

// A direct-mapped memo of word keys, looked up by a hash of the word's code units computed while
// scanning and checked against the text in place: a word seen before costs no `slice` (one short
// string per word of 1 MB of prose otherwise). Fixed size, so adversarial text cannot grow it; a
// miss falls back to `wordKey`, which is pure, so the keys are the same either way.
const KEY_SLOTS = 16384;
const SLOT_CHARS = 16;
let slotChars: Uint16Array | undefined;
const slotLen: Uint8Array = /* @__PURE__ */ new Uint8Array(KEY_SLOTS);
const slotKey: string[] = /* @__PURE__ */ new Array<string>(KEY_SLOTS).fill('');
// The classification of each memoized key (see {@link tokenizeClassified}), -1 when not yet known.
// Only one classifier is memoized at a time: another one clears these first.
const slotFlags: Int16Array = /* @__PURE__ */ new Int16Array(KEY_SLOTS).fill(-1);
let memoClassifier: ((key: string) => number) | undefined;

/**
 * The match key of the word `[start, end)`; with `classify`, also writes its flags at `flags[at]`.
 */
function keyOf(text: string, start: number, end: number, hash: number, classify: ((key: string) => number) | undefined, flags: Uint8Array | undefined, at: number): string {
  const len = end - start;
  if (len > SLOT_CHARS) {
    const key = wordKey(text.slice(start, end));
    if (classify !== undefined && flags !== undefined) flags[at] = classify(key);
    return key;
  }
  const slot = (hash ^ (hash >>> 13)) & (KEY_SLOTS - 1);
  const chars = slotChars ?? (slotChars = new Uint16Array(KEY_SLOTS * SLOT_CHARS));
  const base = slot * SLOT_CHARS;
  let key: string;
  let same = slotLen[slot] === len;
  if (same) {
    for (let k = 0; k < len; k++) {
      if (chars[base + k] !== text.charCodeAt(start + k)) {
        same = false;
        break;
      }
    }
  }
  if (same) key = slotKey[slot] as string;
  else {
    key = wordKey(text.slice(start, end));
    for (let k = 0; k < len; k++) chars[base + k] = text.charCodeAt(start + k);
    slotLen[slot] = len;
    slotKey[slot] = key;
    slotFlags[slot] = -1;
  }
  if (classify !== undefined && flags !== undefined) {
    let f = slotFlags[slot] as number;
    if (f < 0) {
      f = classify(key);
      slotFlags[slot] = f;
    }
    flags[at] = f;
  }
  return key;
}

// One class per BMP code unit, so that the scanner reads one typed array per character instead of
// a chain of comparisons and calls: the same precedence as the tests it replaces (line break, then
// space, then digit, then letter or mark, then the high half of a surrogate pair, then a quote, else punctuation).
const C_PUNCT = 0;
const C_WORD = 1;
const C_SPACE = 2;
const C_NEWLINE = 3;
const C_DIGIT = 4;
const C_HIGH = 5;
const C_QUOTE = 6;
let classTable: Uint8Array | undefined;
function charClasses(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const letters = wordCharTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) t[c] = C_NEWLINE;
    else if (c === 0x20 || isSpaceLike(c)) t[c] = C_SPACE;
    else if (isDigit(c)) t[c] = C_DIGIT;
    else if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) : letters[c] !== 0) t[c] = C_WORD;
    else if (c >= 0xd800 && c <= 0xdbff) t[c] = C_HIGH;
    else if (straightQuote(c) !== undefined) t[c] = C_QUOTE;
  }
  classTable = t;
  return t;
}

function rawTokens(text: string, classify: ((key: string) => number) | undefined, flags: Uint8Array | undefined): RawToken[] {
  const out: RawToken[] = [];
  const cls = charClasses();
  const n = text.length;
  let i = 0;
  let newlines = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c] as number;
    if (k === C_SPACE) {
      space = true;
      i++;
      continue;
    }
    if (k === C_NEWLINE) {
      if (c === 0x0a || c !== 0x0d || text.charCodeAt(i + 1) !== 0x0a) newlines++;
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (k === C_WORD) {
      let hash = 0;
      for (let w = c; ; ) {
        hash = (Math.imul(hash, 31) + w) | 0;
        i++;
        if (i >= n) break;
        w = text.charCodeAt(i);
        if (cls[w] !== C_WORD) break;
      }
      // URLs: "http://…", "https://…", "www.…" run to the next space.
      const prefix = i - start <= 5 ? urlPrefix(text, start, i) : undefined;
      if (
        (prefix === 'http' && text.charCodeAt(i) === 0x3a && text.charCodeAt(i + 1) === 0x2f) ||
        (prefix === 'www' && text.charCodeAt(i) === 0x2e)
      ) {
        while (i < n && !isSpaceLike(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
        out.push(new PlainToken('url', start, i, 'url', newlines, space));
      } else {
        out.push(new PlainToken('word', start, i, keyOf(text, start, i, hash, classify, flags, out.length), newlines, space));
      }
    } else if (k === C_DIGIT) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      out.push(new PlainToken('digits', start, i, text.slice(start, i), newlines, space));
    } else if (k === C_HIGH && i + 1 < n) {
      i += 2;
      out.push(new PlainToken('punct', start, i, text.slice(start, i), newlines, space));
    } else {
      i++;
      const q = k === C_QUOTE ? straightQuote(c) : undefined;
      if (q !== undefined) out.push(new PlainToken('quote', start, i, q, newlines, space));
      else out.push(new PlainToken('punct', start, i, text[start] ?? '', newlines, space));
    }
    newlines = 0;
    space = false;
  }
  return out;
}

/** Units and multipliers after which "1,284" is a decimal ("1,284 triệu", "7,8 tỉ", "22,004 ha"). */
const NOT_THOUSANDS_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set(
  ['triệu', 'nghìn', 'ngàn', 'tỷ', 'tỉ', 'trăm', 'vạn', 'km', 'ha', 'm', 'kg', 'tấn', 'lít', 'đồng', 'usd', 'lần', 'điểm', 'giờ', 'phút'].map((w) => wordKey(w)),
);

/**
 * Tokenize: words (with match keys), numbers read the Vietnamese way ("2.447" = 2447,
 * "98,46" = 98.46, "02" = 2, "32/44" = 32 of 44), punctuation, quotes and URLs.
 * Numbers inside dates ("17/09/2018", "22-02-2019"), times ("09:49"), ranges ("2020-2025",
 * "2005 - 2010"), identifiers ("23-KH/TU", "433/QĐ-Thu") and phone numbers ("+84.0204.3 856 624")
 * are marked `notCount`.
 * @internal
 */
export function tokenize(text: string): Token[] {
  return merge(text, rawTokens(text, undefined, undefined), undefined);
}

/** Flags of one word (0–127): what {@link tokenizeClassified}'s classifier returns. @internal */
export type WordFlags = number;

/** The flag {@link tokenizeClassified} gives a number token (a word's flags stay below it), so that a reader can skip words by their flags alone. @internal */
export const NUMBER_TOKEN = 128;

/**
 * {@link tokenize}, with a classification of each word token: `flags[i]` is `classify(key)` for a
 * word token `i`, {@link NUMBER_TOKEN} for a number token, 0 for other tokens. Each distinct word is classified once per memo slot, not
 * once per occurrence, so a reader's per-token lookups (is this word the first of a cue, a number
 * word …) become one read of a typed array. The flags are a reused table (_scratch.ts): valid
 * until the next call.
 * @internal
 */
export function tokenizeClassified(text: string, classify: (key: string) => WordFlags): { tokens: Token[]; flags: Uint8Array } {
  if (classify !== memoClassifier) {
    slotFlags.fill(-1);
    memoClassifier = classify;
  }
  // At most one token per code unit; the flags are compacted in place as the numbers are merged.
  const flags = uint8Table(text.length + 1);
  const tokens = merge(text, rawTokens(text, classify, flags), flags);
  return { tokens, flags: new Uint8Array(flags.buffer, flags.byteOffset, tokens.length) };
}

function merge(text: string, raw: RawToken[], flags: Uint8Array | undefined): Token[] {
  const n = raw.length;
  // Numbers are merged in place: the output is written back into `raw` at `w` (never ahead of the
  // read position `i`, so every look-ahead below still sees raw tokens), then `raw` is cut to `w`.
  let w = 0;
  let i = 0;
  const at = (k: number): RawToken | undefined => raw[k];
  const adjacent = (a: RawToken | undefined, b: RawToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  while (i < n) {
    const t = raw[i] as RawToken;
    if (t.kind !== 'digits') {
      // Same shape as a Token: reused as is, no second allocation (and nothing to move until a number has merged tokens).
      if (w !== i) {
        if (flags !== undefined) flags[w] = flags[i] ?? 0;
        raw[w] = t;
      }
      w++;
      i++;
      continue;
    }
    const start = t.start;
    let end = t.end;
    let digits = t.key;
    let j = i + 1;
    let notCount = false;
    let integer = true;
    // Thousands groups: "." followed by exactly three digits, glued.
    let grouped = false;
    while (
      at(j)?.key === '.' &&
      adjacent(at(j - 1), at(j)) &&
      at(j + 1)?.kind === 'digits' &&
      adjacent(at(j), at(j + 1)) &&
      at(j + 1)?.key.length === 3
    ) {
      digits += at(j + 1)?.key ?? '';
      end = at(j + 1)?.end ?? end;
      grouped = true;
      j += 2;
    }
    // "." followed by digits that are not a group of three: a dotted date, phone or version.
    if (at(j)?.key === '.' && adjacent(at(j - 1), at(j)) && at(j + 1)?.kind === 'digits' && adjacent(at(j), at(j + 1))) {
      notCount = true;
      while (at(j)?.key === '.' && at(j + 1)?.kind === 'digits' && adjacent(at(j), at(j + 1))) {
        end = at(j + 1)?.end ?? end;
        j += 2;
      }
    }
    let value = Number(digits);
    // Decimal part: "," glued to digits on both sides.
    if (!notCount && at(j)?.key === ',' && adjacent(at(j - 1), at(j)) && at(j + 1)?.kind === 'digits' && adjacent(at(j), at(j + 1))) {
      const frac = at(j + 1)?.key ?? '0';
      // "hơn 24,160 đảng viên", "1,234,567": a comma as the thousands separator (English style) when
      // the groups are of three digits, the lead of at most three, and a word other than a unit or
      // multiplier follows ("1,284 triệu" and "7,8 tỉ" stay decimals).
      let k2 = j;
      let grp = digits;
      // At most six groups (past 2^53 anyway), so a long run of groups is never scanned again from each of them.
      while (k2 - j < 12 && at(k2)?.key === ',' && adjacent(at(k2 - 1), at(k2)) && at(k2 + 1)?.kind === 'digits' && adjacent(at(k2), at(k2 + 1)) && at(k2 + 1)?.key.length === 3) {
        grp += at(k2 + 1)?.key ?? '';
        k2 += 2;
      }
      const follow = at(k2);
      const thousands =
        !grouped &&
        digits.length <= 3 &&
        digits[0] !== '0' &&
        k2 > j &&
        !(at(k2)?.key === ',' && adjacent(at(k2 - 1), at(k2)) && at(k2 + 1)?.kind === 'digits') &&
        (k2 > j + 2 || (follow?.kind === 'word' && follow.start > (at(k2 - 1)?.end ?? 0) && !NOT_THOUSANDS_BEFORE.has(follow.key)));
      if (thousands) {
        value = Number(grp);
        end = at(k2 - 1)?.end ?? end;
        j = k2;
      } else {
        value = Number(`${digits}.${frac}`);
        integer = false;
        end = at(j + 1)?.end ?? end;
        j += 2;
      }
    }
    let percent = false;
    if (at(j)?.key === '%' && (adjacent(at(j - 1), at(j)) || at(j)?.start === end + 1)) {
      percent = true;
      end = at(j)?.end ?? end;
      j++;
    }
    let of: number | undefined;
    const prev = w > 0 ? raw[w - 1] : undefined;
    // Preceded by "+" (phone), "/" or "-" glued (the tail of a date, range or identifier), ":" (time).
    if (prev && prev.end === start && (prev.key === '+' || prev.key === '/' || prev.key === '-' || prev.key === ':' || prev.key === '.' || prev.key === '–')) notCount = true;
    if (prev && (prev.key === '-' || prev.key === '–') && prev.end + 1 >= start && (w > 1 ? raw[w - 2] : undefined)?.kind === 'number') notCount = true;
    if (prev && prev.kind === 'word' && prev.end === start) notCount = true; // "GDTX2", "F5"
    const next = at(j);
    if (!percent && next && end === next.start) {
      if (next.key === '/' && at(j + 1)?.kind === 'digits' && adjacent(next, at(j + 1))) {
        // "x/y": a fraction ("32/44 tổ chức") unless a second "/" makes it a date.
        const after = at(j + 2);
        // "6.659/8.159 đảng viên": a fraction of two numbers with thousands groups.
        let k2 = j + 2;
        let den = at(j + 1)?.key ?? '';
        while (grouped && k2 - j < 14 && at(k2)?.key === '.' && adjacent(at(k2 - 1), at(k2)) && at(k2 + 1)?.kind === 'digits' && adjacent(at(k2), at(k2 + 1)) && at(k2 + 1)?.key.length === 3) {
          den += at(k2 + 1)?.key ?? '';
          k2 += 2;
        }
        if (grouped && integer && k2 > j + 2 && at(k2)?.key !== '/' && at(k2)?.key !== '.' && at(k2)?.key !== '-') {
          of = Number(den);
          end = at(k2 - 1)?.end ?? end;
          j = k2;
        } else if (after?.key === '/' || after?.key === '-' || after?.key === '.') notCount = true;
        else if (!grouped && integer) {
          of = Number(at(j + 1)?.key ?? 'NaN');
          end = at(j + 1)?.end ?? end;
          j += 2;
        } else notCount = true;
      } else if (next.key === '/' || next.key === ':' || next.key === '-' || next.key === '–' || next.key === '.' && at(j + 1)?.kind === 'word' && adjacent(next, at(j + 1))) {
        notCount = true; // "23-KH/TU", "433/QĐ", "09:49", "6-8", "19.1"
      } else if (next.kind === 'word') {
        notCount = true; // "4.435m", "8h", "2A"
      }
    }
    // "2005 - 2010", "2016 -2020": a spaced range between two numbers.
    if (next && (next.key === '-' || next.key === '–') && at(j + 1)?.kind === 'digits' && (at(j + 1)?.start ?? 0) - next.end <= 1) notCount = true;
    // Phone-like runs of digit groups separated by single spaces ("3 856 624").
    if (next?.kind === 'digits' && next.start === end + 1 && next.key.length === 3) notCount = true;
    if (prev?.kind === 'number' && prev.notCount && prev.end + 1 === start && t.key.length === 3) notCount = true;
    if (flags !== undefined) flags[w] = NUMBER_TOKEN;
    raw[w++] = make('number', start, end, text.slice(start, end), value, integer, percent, of, notCount, t.newlineBefore, t.spaceBefore);
    i = j;
  }
  raw.length = w;
  return raw as Token[];
}
