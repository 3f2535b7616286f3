/**
 * Reading tallies out of Vietnamese narrative reports (issue 8; the phrasing is
 * hierarchy-review-reports.md §3.5, the number conventions §3.6, the seed tallies §4, the options
 * §5). A count is a number followed by a subject noun ("50 cán bộ, đảng viên", "hai tổ chức đảng")
 * or directly after a disciplinary form ("khiển trách 57"); what it counts comes from the cue phrase
 * next to it ("xử lý kỷ luật 50 …", "30 đảng viên xử lý bằng hình thức khiển trách"), or is shared
 * along a list ("xử lý kỷ luật 5 tổ chức đảng, 112 đảng viên"). Counts without a cue are reported
 * as unclassified, never guessed.
 *
 * Safety: the text is scanned by hand-written linear passes (no regular expression on the input);
 * every look-around is bounded by a constant window, so time is linear in the length.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parseInput, toSafe, type SafeResult } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { RATING_LEVELS, type RatingLevel } from '../i18n/vocabulary.js';
import { checkExtractedBreakdowns, freezeCheck } from './_checkBreakdowns.js';
import type {
  ExtractedBreakdown,
  ExtractedSubject,
  ExtractedTally,
  ExtractedTallyRole,
  ExtractionResult,
  StatedBreakdownCheck,
  StatedBreakdownKind,
  UnclassifiedCount,
} from './types.js';
import { reconcileOptionsSchema, type ReconcileOptions } from '../report/reconcile.js';
import {
  AFTER_TENS,
  APPROX_WORDS,
  BREAKDOWN_MARKERS,
  cues,
  DETAIL_MARKERS,
  MULTIPLIERS,
  NOT_COUNT_BEFORE,
  NUMBER_WORDS,
  PREDICATE_MARKERS,
  subjects,
  type Cue,
  type ExtractedUnitKind,
  type SubjectNoun,
  type ExtractedTallyCategory,
  type ExtractedTallyMeasure,
  type Trie,
  type LetterGrade,
} from './lexicon.js';
import { wordKey } from './normalize.js';
import { NUMBER_TOKEN, tokenizeClassified, type Token } from './tokenize.js';
import { int32Table } from './_scratch.js';
import { BREAKDOWN_MESSAGES, EXTRACT_INPUT_MESSAGES } from './_messages.js';

// The slots of the reusable tables (_scratch.ts) one reading takes, one per table.
const T_SENTENCE = 0;
const T_DEPTH = 1;
const T_GROUP = 2;
const T_MENTION_AT = 3;

/**
 * The default largest text accepted, in UTF-16 code units (16 MiB of characters).
 * @example
 * ```ts
 * import { EXTRACT_MAX_TEXT_LENGTH } from 'nq4';
 * EXTRACT_MAX_TEXT_LENGTH; // 16777216
 * ```
 * @category Extract
 */
export const EXTRACT_MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/**
 * Options of {@link extractTallies}.
 * @category Extract
 */
export interface ExtractTalliesOptions {
  /** Largest text accepted (UTF-16 code units); longer text throws `too_big`. Default {@link EXTRACT_MAX_TEXT_LENGTH}. */
  readonly maxLength?: number;
  /**
   * What to do with counts in a last sentence that the text cuts off (no final punctuation and no
   * final line break, after at least one other sentence, as in excerpts): `"auto"` (default)
   * reports them as unclassified with reason `truncated`; `"keep"` reads them like any other sentence.
   */
  readonly truncatedTail?: 'auto' | 'keep';
  /**
   * How a single line break is read: `"auto"` (default) ends a sentence unless the line is
   * wrapped mid-sentence (it ends in a letter, digit or comma and the next starts in lower case);
   * `"sentence"` always ends a sentence; `"space"` never does (blank lines still do).
   */
  readonly lineBreaks?: 'auto' | 'sentence' | 'space';
  /**
   * Options of the report area's {@link reconcile} used to check each breakdown (e.g.
   * `pendingInTotal: false` to leave "đang xem xét xử lý" out of the sum, or
   * `extendedOutcomesUnderDiscipline: 'error'`). Default: reconcile's defaults.
   */
  readonly reconcile?: ReconcileOptions;
  /**
   * How the letter grades some provinces print ("xếp loại A") map to the four rating levels, e.g.
   * `{ A: 'excellent', B: 'good', C: 'satisfactory', D: 'unsatisfactory' }`. No national text maps
   * them, so there is no default: without it a letter is read only where the report prints the level
   * beside it ("xếp loại A (hoàn thành xuất sắc nhiệm vụ)"); other letter-grade counts are
   * unclassified with hint `letterGrade`.
   */
  readonly letterGrades?: Readonly<Partial<Record<LetterGrade, RatingLevel>>>;
}

/**
 * The text argument of {@link extractTallies} and {@link findManifestationMentions}, described for
 * the JSON Schema files: a string of at most {@link EXTRACT_MAX_TEXT_LENGTH} code units (the
 * functions check it by hand, against `maxLength`, without this schema).
 * @internal
 */
export const extractTextSchema = /* @__PURE__ */ z.lazy(() => z.string().check(z.maxLength(EXTRACT_MAX_TEXT_LENGTH)));

/** A text length bound (`maxLength`): a whole number from 0. @internal */
export const textLengthBound = () => z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/**
 * The options of {@link extractTallies}, built on first use; `reconcile` with the report area's
 * own schema of {@link ReconcileOptions}, so its issues come up front (a reading without
 * breakdowns never reaches reconcile) under `options.reconcile`.
 * @internal
 */
export const extractTalliesOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    maxLength: z.optional(textLengthBound()),
    truncatedTail: z.optional(z.enum(['auto', 'keep'])),
    lineBreaks: z.optional(z.enum(['auto', 'sentence', 'space'])),
    reconcile: z.optional(reconcileOptionsSchema),
    letterGrades: z.optional(
      z.strictObject({
        A: z.optional(z.enum(RATING_LEVELS)),
        B: z.optional(z.enum(RATING_LEVELS)),
        C: z.optional(z.enum(RATING_LEVELS)),
        D: z.optional(z.enum(RATING_LEVELS)),
      }),
    ),
  }),
);

export type {
  ExtractedSubject,
  ExtractedTallyRole,
  ExtractedTally,
  StatedBreakdownKind,
  ExtractedBreakdown,
  UnclassifiedReason,
  UnclassifiedCount,
  ExtractionResult,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Internal structures

interface CueMatch {
  readonly cue: Cue;
  readonly start: number; // token index
  readonly end: number; // token index, exclusive
}

interface Mention {
  readonly sentence: number;
  /** Token range of the number (or number words). */
  readonly numStart: number;
  readonly numEnd: number;
  /** Token index where the mention begins (approx word included). */
  readonly begin: number;
  /** Token index after the noun (or number when bare). */
  readonly end: number;
  readonly count: number;
  readonly approx: 'under' | 'over' | 'about' | undefined;
  readonly of: number | undefined;
  readonly zero: boolean;
  /** The digits are beyond `Number.MAX_SAFE_INTEGER`: reported as unclassified (`tooLarge`). */
  readonly tooLarge: boolean;
  readonly noun: SubjectNoun | null;
  readonly nounStart: number;
  readonly nounEnd: number;
  readonly bare: boolean;
  readonly depth: number;
  /** Index of the '(' of the enclosing group, -1 at top level. */
  readonly group: number;
  percent: number | undefined;
  left: CueMatch | undefined;
  right: CueMatch | undefined;
  rightStrong: boolean;
  /** The discipline cue is governed by "đề nghị" (proposed, not decided). */
  proposed: boolean | undefined;
  /** A discipline a body was told to consider ("yêu cầu …", "chỉ đạo …"): its outcome is not stated. */
  directed: boolean | undefined;
  resolved: CueMatch | undefined;
  source: 'left' | 'right' | 'forward' | 'backward' | 'owner' | undefined;
  subject: ExtractedSubject;
  unitKind: ExtractedUnitKind | null;
  nounText: string | null;
  measure: ExtractedTallyMeasure | undefined;
  category: ExtractedTallyCategory | undefined;
  role: ExtractedTallyRole;
  partOf: number | undefined; // mention index
  tallyIndex: number | undefined;
}

const SEPARATORS = /* @__PURE__ */ new Set([',', ';', ':', '(', ')', '[', ']', '-', '–', '—', '|', '•', '/', '+', '=']);
/** A sentence end: ".", "!", "?" or "…", by its code unit (segmentation asks this of every punctuation token). */
function isSentenceEnd(key: string): boolean {
  if (key.length !== 1) return false;
  const c = key.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}
const WINDOW = 40;

function isSeparator(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'punct' || !SEPARATORS.has(t.key)) return false;
  // A hyphen or slash separates only when spaced on both sides ("huyện - Nguyễn"), not in "2016 -2020" or "văn hóa-xã hội".
  if (t.key === '-' || t.key === '/') return t.spaceBefore && (tokens[k + 1]?.spaceBefore ?? true);
  return true;
}

/** Longest cue matches, left to right, as an array indexed by token. */
function matchCues(tokens: readonly Token[], sentenceOf: Int32Array, flags: Uint8Array): (CueMatch | undefined)[] {
  const at: (CueMatch | undefined)[] = new Array<CueMatch | undefined>(tokens.length);
  const root = cues();
  let i = 0;
  while (i < tokens.length) {
    if (((flags[i] ?? 0) & W_CUE) === 0) {
      i++;
      continue;
    }
    let node: Trie<Cue> | undefined = root;
    let bestCue: Cue | undefined;
    let bestEnd = i;
    let k = i;
    while (node && k < tokens.length && k - i < 10) {
      const tk = tokens[k];
      if (!tk || (tk.kind !== 'word' && !(tk.kind === 'punct' && (tk.key === ',' || tk.key === '/'))) || sentenceOf[k] !== sentenceOf[i]) break;
      // A word that is in no cue after the first word ends the walk without a lookup.
      if (k > i && tk.kind === 'word' && ((flags[k] ?? 0) & W_CUE_NEXT) === 0) break;
      node = node.next.get(tk.key);
      if (node?.value) {
        bestCue = node.value;
        bestEnd = k + 1;
      }
      k++;
    }
    const best: CueMatch | undefined = bestCue === undefined ? undefined : { cue: bestCue, start: i, end: bestEnd };
    if (best) {
      for (let m = best.start; m < best.end; m++) at[m] = best;
      i = best.end;
    } else i++;
  }
  return at;
}

function matchSubject(tokens: readonly Token[], from: number, sentenceOf: Int32Array): { noun: SubjectNoun; end: number } | undefined {
  // Former holders ("3 cựu cán bộ huyện bị khai trừ Đảng", "khiển trách hai nguyên Bí thư chi bộ"):
  // persons disciplined for what they did in office; "cựu" or "nguyên" before a noun of persons.
  const first = tokens[from]?.key;
  if ((first === CUU || first === NGUYEN) && sentenceOf[from + 1] === sentenceOf[from]) {
    const held = matchSubjectFrom(tokens, from + 1, sentenceOf);
    if (held?.noun.subject === 'individual') return held;
  }
  return matchSubjectFrom(tokens, from, sentenceOf);
}

function matchSubjectFrom(tokens: readonly Token[], from: number, sentenceOf: Int32Array): { noun: SubjectNoun; end: number } | undefined {
  let node: Trie<SubjectNoun> | undefined = subjects();
  let best: { noun: SubjectNoun; end: number } | undefined;
  let k = from;
  while (node && k < tokens.length && k - from < 8) {
    const tk = tokens[k];
    if (!tk || (tk.kind !== 'word' && !(tk.kind === 'punct' && (tk.key === ',' || tk.key === '/'))) || sentenceOf[k] !== sentenceOf[from]) break;
    node = node.next.get(tk.key);
    if (node?.value) best = { noun: node.value, end: k + 1 };
    k++;
  }
  return best;
}

/** Read Vietnamese number words from token `i`; returns value and end, or undefined. */
function readNumberWords(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  let total = 0;
  let hundreds = -1;
  let tens = -1;
  let units = -1;
  let k = i;
  let consumed = 0;
  let lastWasTens = false;
  while (k < tokens.length && k - i < 10) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') break;
    const digit = NUMBER_WORDS.get(t.key);
    if (digit !== undefined && digit < 10) {
      if (units >= 0) break;
      units = digit;
      lastWasTens = false;
    } else if (digit === 10) {
      if (tens >= 0 || units >= 0) break;
      tens = 1;
      lastWasTens = true;
    } else if (lastWasTens && AFTER_TENS.has(t.key)) {
      units = AFTER_TENS.get(t.key) ?? 0;
      lastWasTens = false;
    } else if (MULTIPLIERS.has(t.key) && consumed > 0) {
      const m = MULTIPLIERS.get(t.key) ?? 0;
      if (m === 10) {
        if (units < 0 || tens >= 0) break;
        tens = units;
        units = -1;
        lastWasTens = true;
      } else if (m === 100) {
        if (units < 0 || hundreds >= 0) break;
        hundreds = units;
        units = -1;
      } else if (m === 1000) {
        const group = Math.max(hundreds, 0) * 100 + Math.max(tens, 0) * 10 + Math.max(units, 0);
        if (group === 0) break;
        total += group * 1000;
        hundreds = -1;
        tens = -1;
        units = -1;
      } else {
        // linh / lẻ: zero tens
        if (hundreds < 0 || tens >= 0) break;
        tens = 0;
      }
    } else break;
    consumed++;
    k++;
  }
  if (consumed === 0) return undefined;
  const value = total + Math.max(hundreds, 0) * 100 + Math.max(tens, 0) * 10 + Math.max(units, 0);
  return { value, end: k };
}

const KHONG = /* @__PURE__ */ wordKey('không');
const CO = /* @__PURE__ */ wordKey('có');
const NAO = /* @__PURE__ */ wordKey('nào');
const VA = /* @__PURE__ */ wordKey('và');
const CU = /* @__PURE__ */ wordKey('cử');
const GOM = /* @__PURE__ */ wordKey('gồm');
const DANG = /* @__PURE__ */ wordKey('đảng');
const VIEN = /* @__PURE__ */ wordKey('viên');
const DV = /* @__PURE__ */ wordKey('đv');
const YEU = /* @__PURE__ */ wordKey('yêu');
const CAU = /* @__PURE__ */ wordKey('cầu');
const CHI_ = /* @__PURE__ */ wordKey('chỉ');
const DAO = /* @__PURE__ */ wordKey('đạo');
const XEM = /* @__PURE__ */ wordKey('xem');
const XET = /* @__PURE__ */ wordKey('xét');
const DA = /* @__PURE__ */ wordKey('đã');
const CUA = /* @__PURE__ */ wordKey('của');
/** Words before "chỉ đạo"/"yêu cầu" that make it a noun or a direction received: "Ban Chỉ đạo", "được chỉ đạo", "sự chỉ đạo", "theo chỉ đạo", "dưới sự chỉ đạo". */
const DIRECTION_NOUN_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set(['ban', 'được', 'sự', 'theo', 'của', 'dưới'].map((w) => wordKey(w)));
/** Party organisations named side by side without a count of their own ("chi bộ, đảng bộ"). */
const PARTY_UNITS: ReadonlySet<ExtractedUnitKind | null> = /* @__PURE__ */ new Set<ExtractedUnitKind | null>(['tccsd', 'directBranch', 'partyOrganization']);
/** The last word of a body's name that is not capitalised: "chủ tịch UBND xã", "giám đốc sở". */
const ADMIN_LEVELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['xã', 'huyện', 'tỉnh', 'phường', 'quận', 'trấn', 'phố', 'sở'].map((w) => wordKey(w)));
const CUNG = /* @__PURE__ */ wordKey('cùng');
const SO = /* @__PURE__ */ wordKey('số');
const TONG = /* @__PURE__ */ wordKey('tổng');
const TRONG = /* @__PURE__ */ wordKey('trong');
const MOT = /* @__PURE__ */ wordKey('một');
const CHIEM = /* @__PURE__ */ wordKey('chiếm');
const DAT = /* @__PURE__ */ wordKey('đạt');
const BANG = /* @__PURE__ */ wordKey('bằng');
const LE = /* @__PURE__ */ wordKey('lệ');
const LUOT = /* @__PURE__ */ wordKey('lượt');
const DO = /* @__PURE__ */ wordKey('do');
const BI = /* @__PURE__ */ wordKey('bị');
const VI = /* @__PURE__ */ wordKey('vì');
const DOI = /* @__PURE__ */ wordKey('đối');
const DO_THAT = /* @__PURE__ */ wordKey('đó');
const CUU = /* @__PURE__ */ wordKey('cựu');
const NGUYEN = /* @__PURE__ */ wordKey('nguyên');
const TAI = /* @__PURE__ */ wordKey('tại');
const HOAN = /* @__PURE__ */ wordKey('hoàn');
const DEU = /* @__PURE__ */ wordKey('đều');
const VOI = /* @__PURE__ */ wordKey('với');
const HINH = /* @__PURE__ */ wordKey('hình');
const NAM = /* @__PURE__ */ wordKey('năm');
/** Words before "năm" that make it the noun "year" ("trong năm", "cả năm", "hằng năm"), not the number five. */
const YEAR_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set(['trong', 'cả', 'mỗi', 'hằng', 'hàng', 'cuối', 'đầu', 'giữa', 'nửa'].map((w) => wordKey(w)));
/** Words after a level that make it an honour over years, not the year's rating: "5 năm liền". */
const RUN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['liền', 'liên tục', 'liên tiếp'].map((w) => wordKey(w.split(' ')[0] ?? w)));
/** Multipliers written after digits: "18 nghìn", "1,284 triệu". */
const DIGIT_MULTIPLIERS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  ([['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6]] as const).map(([w, v]) => [wordKey(w), v]),
);

/** The first words of each marker list, so that most tokens are turned away by one lookup. */
const markerFirsts = /* @__PURE__ */ new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();

function startsWithMarker(tokens: readonly Token[], i: number, markers: readonly (readonly string[])[]): number {
  const first = tokens[i]?.key;
  if (first === undefined || tokens[i]?.kind !== 'word') return 0;
  let firsts = markerFirsts.get(markers);
  if (firsts === undefined) {
    firsts = new Set(markers.map((m) => m[0] ?? ''));
    markerFirsts.set(markers, firsts);
  }
  if (!firsts.has(first)) return 0;
  for (const m of markers) {
    if (m[0] !== first) continue;
    let ok = true;
    for (let k = 0; k < m.length; k++) {
      if (tokens[i + k]?.key !== m[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return m.length;
  }
  return 0;
}

// What a word can start, computed once per distinct word by the tokenizer's memo (tokenizeClassified),
// so that the phases turn most tokens away by one read of a typed array instead of a set lookup each.
/** The word is the first word of a cue phrase. */
const W_CUE = 1;
/** A number word ("hai", "mười") or "không". */
const W_NUMBER = 2;
/** The first word of a breakdown marker ("trong đó", "gồm"). */
const W_MARKER = 4;
/** A word of a cue phrase after its first word. */
const W_CUE_NEXT = 8;
let breakdownFirsts: ReadonlySet<string> | undefined;
let cueNextWords: ReadonlySet<string> | undefined;
function classifyWord(key: string): number {
  breakdownFirsts ??= new Set(BREAKDOWN_MARKERS.map((m) => m[0] ?? ''));
  cueNextWords ??= wordsAfterFirst(cues());
  return (
    (cues().next.has(key) ? W_CUE : 0) |
    (key === KHONG || NUMBER_WORDS.has(key) ? W_NUMBER : 0) |
    (breakdownFirsts.has(key) ? W_MARKER : 0) |
    (cueNextWords.has(key) ? W_CUE_NEXT : 0)
  );
}

/** Every word on an edge of the trie below its root (the words a phrase can have after its first). */
function wordsAfterFirst<V>(root: Trie<V>): ReadonlySet<string> {
  const out = new Set<string>();
  const stack: Trie<V>[] = [...root.next.values()];
  while (stack.length > 0) {
    const node = stack.pop() as Trie<V>;
    for (const [word, child] of node.next) {
      out.add(word);
      stack.push(child);
    }
  }
  return out;
}

/**
 * The category a count takes from the count it belongs to: `"total"`, except for the measures
 * whose category is the measure itself (nhắc nhở, xóa tên, đang xem xét …), which have no total.
 */
function inheritedCategory(measure: ExtractedTallyMeasure | undefined, from: ExtractedTallyCategory | undefined): ExtractedTallyCategory {
  return measure === 'reminder' || measure === 'nonDisciplinary' || measure === 'pending' ? (from ?? 'total') : 'total';
}

function specificity(c: Cue): number {
  return c.general ? 0 : 1;
}

/**
 * Whether a count can be a part of a total: same measure (or an outcome of a finding), and a
 * category inside the total's ("trở lên" holds excellent and good; a form holds only itself).
 */
function partFits(total: Mention, part: Mention): boolean {
  if (part.measure === undefined) return true;
  const sameMeasure =
    part.measure === total.measure ||
    (total.measure === 'proposedDiscipline' && part.measure === 'discipline') ||
    // "xử lý kỷ luật 10 đảng viên, trong đó khiển trách 6 …, nhắc nhở 2 …": outcomes that are not
    // discipline listed under a discipline total are parts; reconcile classifies them apart (§5 decision 4).
    (total.measure === 'discipline' && total.category === 'total' && MIXED_UNDER_DISCIPLINE.has(part.measure)) ||
    (total.measure !== undefined && FINDING_MEASURES.has(total.measure) && OUTCOME_MEASURES.has(part.measure));
  if (!sameMeasure) return false;
  if (total.category === 'total' || total.category === undefined || FINDING_MEASURES.has(total.measure as ExtractedTallyMeasure)) return true;
  if (total.category === 'goodOrBetter') return part.category === 'excellent' || part.category === 'good';
  if (total.category === 'satisfactoryOrBetter') {
    return part.category === 'excellent' || part.category === 'good' || part.category === 'goodOrBetter' || part.category === 'satisfactory';
  }
  return part.category === total.category;
}

const OUTCOME_MEASURES: ReadonlySet<ExtractedTallyMeasure> = /* @__PURE__ */ new Set(['discipline', 'reminder', 'pending', 'nonDisciplinary', 'rating']);
// Not "pending": a case still under consideration is not among those "đã thi hành kỷ luật".
/** The rated-subject class of a unit kind (as extractionToTally places ratings). */
function ratingUnitClass(k: ExtractedUnitKind | null): string {
  return k === 'tccsd' || k === 'directBranch' ? k : k === 'collective' || k === 'committee' ? 'leadership' : '';
}

const MIXED_UNDER_DISCIPLINE: ReadonlySet<ExtractedTallyMeasure> = /* @__PURE__ */ new Set(['reminder', 'nonDisciplinary']);
const FINDING_MEASURES: ReadonlySet<ExtractedTallyMeasure> = /* @__PURE__ */ new Set(['degradationFound', 'violationFound']);

/** The cue an honour over years stands for ("hoàn thành xuất sắc nhiệm vụ 5 năm liền"). */
const HONOUR: Cue = { kind: 'other', hint: 'award', length: 0 };
/** Two discipline forms named together before one count ("khiển trách, cảnh cáo 14 người"). */
const FORMS_TOGETHER: Cue = { kind: 'measure', measure: 'discipline', category: 'total', length: 0 };
/** A specific discipline form (not the general "kỷ luật", not a qualifier). */
const isForm = (cue: Cue): boolean => cue.kind === 'measure' && cue.measure === 'discipline' && cue.category !== 'total' && !cue.general && !cue.qualifier;

// The caveats of a check (frozen, so that each explanation shares them) are in ./_messages.ts.
const NOUN_CAVEAT: Label = BREAKDOWN_MESSAGES.nounCaveat;
const DISPOSITION_CAVEAT: Label = BREAKDOWN_MESSAGES.dispositionCaveat;

/**
 * Read every tally a Vietnamese narrative report states, with its measure, category, subject,
 * count and exact span; the stated breakdowns, checked; and the counts it could not classify.
 *
 * @example
 * ```ts
 * import { extractTallies } from 'nq4';
 * const r = extractTallies(
 *   'Huyện đã xử lý kỷ luật 50 cán bộ, đảng viên, trong đó có 30 đảng viên xử lý bằng hình thức khiển trách, 12 đảng viên bị cảnh cáo, 5 đảng viên bị cách chức và 3 đảng viên bị khai trừ.',
 * );
 * r.tallies.map((t) => `${t.measure}/${t.category}/${t.count}`);
 * // ['discipline/total/50', 'discipline/reprimand/30', 'discipline/warning/12', 'discipline/removalFromPost/5', 'discipline/expulsion/3']
 * r.breakdowns[0]?.check.status; // 'addsUp'
 * ```
 * @throws {@link Nq4Error} `invalid_type` when `text` is not a string, `too_big` when it is longer
 * than `maxLength`, and the usual shape codes for bad options.
 * @category Extract
 */
export function extractTallies(text: string, options?: ExtractTalliesOptions): ExtractionResult {
  // Checked at run time for JavaScript callers: the type says string, a JSON payload may not.
  if (typeof text !== 'string') fail('invalid_type', ['text'], EXTRACT_INPUT_MESSAGES.notString.vi, EXTRACT_INPUT_MESSAGES.notString.en);
  // No options (the common call, once per report of an archive): nothing to parse.
  const opts: ExtractTalliesOptions = options === undefined || options === null ? NO_OPTIONS : parseInput(extractTalliesOptionsSchema, options, ['options']);
  const max = opts.maxLength ?? EXTRACT_MAX_TEXT_LENGTH;
  if (text.length > max) {
    const m = EXTRACT_INPUT_MESSAGES.tooLong(max);
    fail('too_big', ['text'], m.vi, m.en);
  }
  return deepFreeze(read(text, opts));
}

/**
 * {@link extractTallies} returning a {@link SafeResult} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeExtractTallies } from 'nq4';
 * safeExtractTallies('Khiển trách 5 đảng viên.', { maxLength: 10 }).success; // false
 * ```
 * @category Extract
 */
export function safeExtractTallies(text: string, options?: ExtractTalliesOptions): SafeResult<ExtractionResult> {
  return toSafe(() => extractTallies(text, options));
}

const NO_OPTIONS: ExtractTalliesOptions = /* @__PURE__ */ Object.freeze({});

/** A record under construction (frozen before it is returned). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A breakdown found, by mention index, before the output numbers the tallies. */
interface Pending {
  total: number;
  parts: number[];
  kind: StatedBreakdownKind;
}

/**
 * The state the phases of one reading share: the text and options, the tokens, and what each
 * phase adds for the next, filled in order (segment → matchCues → findMentions → attachCues →
 * resolveMentions → findBreakdowns → output). Internal and mutable; the result is frozen.
 * @internal
 */
interface ReadContext {
  readonly text: string;
  readonly opts: ExtractTalliesOptions;
  readonly tokens: readonly Token[];
  /** What each word token can start (W_CUE, W_NUMBER, W_MARKER); 0 for other tokens. */
  readonly flags: Uint8Array;
  readonly n: number;
  sentenceOf: Int32Array;
  sentenceStarts: number[];
  sentenceCount: number;
  truncatedSentence: number;
  depth: Int32Array;
  groupOf: Int32Array;
  cueAt: (CueMatch | undefined)[];
  mentions: Mention[];
  mentionAt: Int32Array;
  prevSame: number[];
  siblingOfPrev: boolean[];
  /** The sibling link of a mention passes words completing the previous item's noun. */
  viaComplement: boolean[];
  ownerOf: number[];
  bySentence: number[][];
  pendingBreakdowns: Pending[];
  /** Whether the text defines "ĐV" as "đảng viên (ĐV)", found on first need. */
  dvDefined: boolean | undefined;
}

/** `[start, end)` of sentence `si` in the text. */
function spanOfSentence(c: ReadContext, si: number): readonly [number, number] {
  const a = c.tokens[c.sentenceStarts[si] ?? 0];
  const b = c.tokens[(c.sentenceStarts[si + 1] ?? c.n) - 1];
  return [a?.start ?? 0, b?.end ?? 0];
}

/** The empty table each phase's fields start with. */
const NONE = /* @__PURE__ */ new Int32Array(0);

/** The reading, phase by phase over one {@link ReadContext}. */
function read(text: string, opts: ExtractTalliesOptions): ExtractionResult {
  const { tokens, flags } = tokenizeClassified(text, classifyWord);
  const c: ReadContext = {
    text,
    opts,
    tokens,
    flags,
    n: tokens.length,
    sentenceOf: NONE,
    sentenceStarts: [],
    sentenceCount: 0,
    truncatedSentence: -1,
    depth: NONE,
    groupOf: NONE,
    cueAt: [],
    mentions: [],
    mentionAt: NONE,
    prevSame: [],
    siblingOfPrev: [],
    viaComplement: [],
    ownerOf: [],
    bySentence: [],
    pendingBreakdowns: [],
    dvDefined: undefined,
  };
  segment(c);
  // Phase 2, cues: the longest cue phrase at each token.
  c.cueAt = matchCues(tokens, c.sentenceOf, flags);
  findMentions(c);
  attachCues(c);
  resolveMentions(c);
  findBreakdowns(c);
  return output(c);
}

/** Phase 1, segmentation: sentences (line breaks read as `lineBreaks` says), the cut-off last sentence, parenthesis depth and group. */
function segment(c: ReadContext): void {
  const { text, opts, tokens, n } = c;
  // ---- sentences
  const sentenceOf = int32Table(T_SENTENCE, n, 0);
  const sentenceStarts: number[] = [];
  const lineMode = opts.lineBreaks ?? 'auto';
  let s = -1;
  let pendingEnd = true;
  let endAfterQuote = false;
  // Parenthesis depth and group, in the same pass (one walk over the tokens): an unclosed "(" does
  // not carry into the next sentence.
  const depth = int32Table(T_DEPTH, n, 0);
  const groupOf = int32Table(T_GROUP, n, -1);
  const stack: number[] = [];
  let cur = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    let brk = pendingEnd;
    if (!brk && t.newlineBefore > 0) {
      if (t.newlineBefore > 1 || lineMode === 'sentence') brk = true;
      else if (lineMode === 'auto') {
        const prev = tokens[i - 1];
        const first = text[t.start] ?? '';
        const wrapped =
          prev !== undefined &&
          (prev.kind === 'word' || prev.kind === 'number' || prev.key === ',') &&
          ((t.kind === 'word' && first === first.toLowerCase() && first !== first.toUpperCase()) || (t.kind === 'number' && prev.key === ','));
        brk = !wrapped;
      }
    }
    if (brk) {
      s++;
      sentenceStarts.push(i);
      stack.length = 0;
      cur = -1;
    }
    sentenceOf[i] = s;
    if (t.kind === 'punct') {
      if (t.key === ')' && stack.length > 0) {
        stack.pop();
        cur = stack[stack.length - 1] ?? -1;
      }
      depth[i] = stack.length;
      groupOf[i] = cur;
      if (t.key === '(') {
        if (stack.length < 64) stack.push(i);
        cur = i;
      }
    } else {
      depth[i] = stack.length;
      groupOf[i] = cur;
    }
    pendingEnd = false;
    if (t.kind === 'quote' && endAfterQuote) pendingEnd = true;
    endAfterQuote = false;
    if (t.kind === 'punct' && isSentenceEnd(t.key)) {
      const next = tokens[i + 1];
      // "… khắc phục." ends here; "T.Ư", "2.447" and "./." do not; a glued closing quote ends after itself.
      if (!next || next.spaceBefore || next.newlineBefore > 0) pendingEnd = true;
      else if (next.kind === 'quote') endAfterQuote = true;
      if (next && next.kind === 'punct' && (isSentenceEnd(next.key) || next.key === '/')) pendingEnd = false;
    }
  }
  const sentenceCount = s + 1;

  // ---- truncated tail
  let truncatedSentence = -1;
  if ((opts.truncatedTail ?? 'auto') === 'auto' && sentenceCount > 0) {
    const last = tokens[n - 1];
    const endsWithBreak = text.length > 0 && (text.endsWith('\n') || text.endsWith('\r'));
    const terminal =
      last !== undefined &&
      ((last.kind === 'punct' && (isSentenceEnd(last.key) || last.key === ')' || last.key === '/')) || last.kind === 'quote');
    // A one-sentence text is a snippet, not an excerpt: it is read as it is.
    if (!endsWithBreak && !terminal && sentenceCount > 1) truncatedSentence = sentenceCount - 1;
  }

  c.sentenceOf = sentenceOf;
  c.sentenceStarts = sentenceStarts;
  c.sentenceCount = sentenceCount;
  c.truncatedSentence = truncatedSentence;
  c.depth = depth;
  c.groupOf = groupOf;
}

/** The count a mention starts with at token `i` (digits, number words, a zero by negation), or undefined. */
function countAt(c: ReadContext, i: number): { count: number | undefined; numEnd: number; zero: boolean; of: number | undefined } | undefined {
  const { tokens, flags, sentenceOf } = c;
  const t = tokens[i] as Token;
  const si = sentenceOf[i] ?? 0;
  let count: number | undefined;
  let numEnd = i + 1;
  let zero = false;
  let of: number | undefined;
  if (t.kind === 'number') {
    if (t.notCount || t.percent || (!t.integer && !DIGIT_MULTIPLIERS.has(tokens[i + 1]?.key ?? ''))) return undefined;
    count = t.value;
    of = t.of;
    // "18 nghìn tổ chức Đảng", "hơn 1,284 triệu đảng viên": a number word multiplier after the digits.
    const mul = DIGIT_MULTIPLIERS.get(tokens[i + 1]?.key ?? '');
    if (mul !== undefined && of === undefined && tokens[i + 1]?.kind === 'word' && matchSubject(tokens, i + 2, sentenceOf)) {
      const v = Math.round(t.value * mul);
      if (Math.abs(v - t.value * mul) < 1e-6) {
        count = v;
        numEnd = i + 2;
      }
    }
    // "662 trong tổng số 686 tổ chức cơ sở đảng": x of y, the noun after y.
    const y = tokens[i + 4];
    if (tokens[i + 1]?.key === TRONG && tokens[i + 2]?.key === TONG && tokens[i + 3]?.key === SO && y?.kind === 'number' && y.integer && !y.notCount && !y.percent) {
      if (matchSubject(tokens, i + 5, sentenceOf)) {
        of = y.value;
        numEnd = i + 5;
      }
    }
  } else if (t.kind === 'word') {
    if (((flags[i] ?? 0) & W_NUMBER) === 0) return undefined;
    const prevTok = tokens[i - 1];
    if (prevTok?.kind === 'word' && (NUMBER_WORDS.has(prevTok.key) || MULTIPLIERS.has(prevTok.key)) && sentenceOf[i - 1] === si) return undefined;
    if (t.key === KHONG && tokens[i + 1]?.key === CO) {
      // "không có tổ chức cơ sở đảng nào …": zero by negation.
      const subj = matchSubject(tokens, i + 2, sentenceOf);
      if (!subj) return undefined;
      count = 0;
      zero = true;
      numEnd = i + 2;
    } else if (t.key === KHONG) {
      // "không TCCSĐ nào bị xếp loại …": zero by negation, with "nào" right after the noun.
      const subj = matchSubject(tokens, i + 1, sentenceOf);
      if (!subj || tokens[subj.end]?.key !== NAO) return undefined;
      count = 0;
      zero = true;
      numEnd = i + 1;
    } else {
      if (!NUMBER_WORDS.has(t.key)) return undefined;
      if (t.key === MOT && tokens[i + 1]?.key === SO) return undefined; // "một số" = some
      // "trong năm Ban Thường vụ Huyện ủy đã …", "cả năm", "hằng năm": the year, not five.
      if (t.key === NAM && YEAR_BEFORE.has(tokens[i - 1]?.key ?? '')) return undefined;
      const w = readNumberWords(tokens, i);
      if (!w) return undefined;
      count = w.value;
      numEnd = w.end;
      // A number word needs a subject noun right after it (not an office holder: "năm" is also "year"),
      // or, as digits may, to close a form's list item ("khiển trách 77, cảnh cáo 22, cách chức ba và khai trừ hai đảng viên").
      if (subjectAt(c, numEnd)?.noun.afterDigits !== false && !bareWordsAfterForm(c, i, numEnd)) return undefined;
    }
  } else return undefined;
  return { count, numEnd, zero, of };
}

/**
 * Whether the noun at `[from, end)` heads a clause of its own rather than joining the list before it:
 * a name ("Đảng bộ xã Tân Lập cảnh cáo 1 đảng viên": capitalised, a capitalised word or a level after
 * it), or a cue with a count of its own before the next separator ("chi bộ thi hành kỷ luật 29 đảng viên").
 */
function headsClause(c: ReadContext, from: number, end: number): boolean {
  const { tokens, cueAt } = c;
  if (capitalised(c, from) && tokens[end]?.kind === 'word' && (capitalised(c, end) || ADMIN_LEVELS.has(tokens[end]?.key ?? ''))) return true;
  for (let k = end; k < c.n && k - end < 12 && !isSeparator(tokens, k); k++) {
    const cm = cueAt[k];
    if (cm !== undefined && cm.start === k && cm.cue.kind !== 'neutral' && tokens[cm.end]?.kind === 'number') return true;
  }
  return false;
}

/**
 * "Ban Thường vụ Tỉnh uỷ thi hành kỷ luật 1, huyện uỷ và tương đương thi hành kỷ luật 8, …, chi bộ
 * thi hành kỷ luật 29 trường hợp": counts by deciding body after a general discipline cue, the noun
 * given only at the end of the list. A bare count right after such a cue, closed by "," or ";", is a
 * count when the same cue comes again later in its sentence with a count and a noun of persons or
 * organisations after it.
 */
function nounAtListEnd(c: ReadContext, cue: CueMatch, numEnd: number): SubjectNoun | null | undefined {
  const { tokens, cueAt, sentenceOf, flags } = c;
  if (cue.cue.measure !== 'discipline' || (tokens[numEnd]?.key !== ',' && tokens[numEnd]?.key !== ';')) return undefined;
  const si = sentenceOf[numEnd];
  let marker = false;
  for (let k = numEnd + 1; k < c.n && k - numEnd < 64 && sentenceOf[k] === si; k++) {
    if (((flags[k] ?? 0) & W_MARKER) !== 0 && startsWithMarker(tokens, k, BREAKDOWN_MARKERS) > 0) marker = true;
    const later = cueAt[k];
    if (later === undefined || later.start !== k || later.cue !== cue.cue) continue;
    const num = tokens[later.end];
    const subj = num?.kind === 'number' ? matchSubject(tokens, later.end + 1, sentenceOf) : undefined;
    if (subj !== undefined) {
      // The subject only when that count is one kind ("… 1 tổ chức đảng và 3 đảng viên" is not) and no
      // breakdown of the bare count comes between ("thi hành kỷ luật 2, trong đó …"): null, read but not known.
      const join = tokens[subj.end]?.key;
      const another = (join === ',' || join === VA) && tokens[subj.end + 1]?.kind === 'number';
      return marker || another ? null : subj.noun;
    }
    k = later.end;
  }
  return undefined;
}

/** The subject noun at `from`, an abbreviation only where the text defines it (see {@link SubjectNoun}). */
function subjectAt(c: ReadContext, from: number): { noun: SubjectNoun; end: number } | undefined {
  const subj = matchSubject(c.tokens, from, c.sentenceOf);
  if (subj === undefined || !subj.noun.defined) return subj;
  if (c.dvDefined === undefined) {
    c.dvDefined = false;
    const { tokens } = c;
    // "đảng viên (ĐV)"
    for (let k = 0; k + 4 < c.n; k++) {
      if (tokens[k]?.key === DANG && tokens[k + 1]?.key === VIEN && tokens[k + 2]?.key === '(' && tokens[k + 3]?.key === DV && tokens[k + 4]?.key === ')') {
        c.dvDefined = true;
        break;
      }
    }
  }
  return c.dvDefined ? subj : undefined;
}

/** Number words at `[i, numEnd)` right after a discipline form and before punctuation or "và" (never "năm", also "year"). */
function bareWordsAfterForm(c: ReadContext, i: number, numEnd: number): boolean {
  const { tokens, cueAt, sentenceOf } = c;
  const form = cueAt[i - 1];
  if (form === undefined || form.end !== i || !isForm(form.cue) || tokens[i]?.key === NAM) return false;
  const after = tokens[numEnd];
  // Not "hai, ba lần", "một, hai trường hợp": a range of number words.
  if (after?.key === ',' && ((c.flags[numEnd + 1] ?? 0) & W_NUMBER) !== 0) return false;
  return after === undefined || sentenceOf[numEnd] !== sentenceOf[i] || after.kind === 'punct' || after.key === VA;
}

/** Phase 3, mentions: each count with its number, approximation, fraction, zero by negation and subject noun; then the percentage printed after it. */
function findMentions(c: ReadContext): void {
  const { text, tokens, flags, n, sentenceOf, depth, groupOf, cueAt } = c;
  // ---- mentions
  const mentions: Mention[] = [];
  const mentionAt = int32Table(T_MENTION_AT, n, -1);
  for (let i = 0; i < n; i++) {
    // Only digits and number words start a count (most tokens are turned away here by their flags, without reading the token).
    if (((flags[i] ?? 0) & (W_NUMBER | NUMBER_TOKEN)) === 0) continue;
    const t = tokens[i] as Token;
    const si = sentenceOf[i] ?? 0;
    const at = countAt(c, i);
    if (at === undefined) continue;
    const { count, numEnd, zero, of } = at;
    if (count === undefined || (Number.isFinite(count) && !Number.isInteger(count))) continue;
    // Context before: "năm 2020", "số 04", "nhiệm kỳ", "Chỉ thị 05" …
    const prev = tokens[i - 1];
    if (prev && sentenceOf[i - 1] === si && prev.kind === 'word' && NOT_COUNT_BEFORE.has(prev.key) && !zero) {
      // "tổng số 686 …", "trong số 62 đảng viên": "số" before a count of a subject noun is a total, not an identifier.
      // Not an office holder: "Quyết định số 125 Giám đốc Sở …" is a decision's number.
      if (!(prev.key === SO && (tokens[i - 2]?.key === TONG || matchSubject(tokens, numEnd, sentenceOf)?.noun.afterDigits === false))) continue;
    }
    if (prev?.key === '(' && tokens[numEnd]?.key === ')') continue; // "(1)"
    let begin = i;
    let approx: 'under' | 'over' | 'about' | undefined;
    if (prev?.kind === 'word' && APPROX_WORDS.has(prev.key) && sentenceOf[i - 1] === si) {
      approx = APPROX_WORDS.get(prev.key);
      begin = i - 1;
    }
    const subj = subjectAt(c, numEnd);
    let noun: SubjectNoun | null = null;
    let nounStart = numEnd;
    let nounEnd = numEnd;
    let bare = false;
    let mixedSubject = false;
    // The noun of a list of counts by deciding body, given only at its end (see nounAtListEnd).
    let listNoun: SubjectNoun | null | undefined;
    if (subj && !(subj.noun.unitKind === 'partyOrganization' && tokens[numEnd]?.key === LUOT)) {
      noun = subj.noun;
      nounEnd = subj.end;
      // "cán bộ, đảng viên": a noun list of the same kind without a new number.
      for (let guard = 0; guard < 4; guard++) {
        const sep = tokens[nounEnd];
        if (!sep || !(sep.key === ',' || sep.key === VA)) break;
        const more = matchSubject(tokens, nounEnd + 1, sentenceOf);
        // "41 chi bộ, đảng bộ hoàn thành tốt nhiệm vụ": party organisations of two kinds named together, alike.
        const sameKind =
          more !== undefined &&
          (more.noun.subject === 'individual' ? noun.subject === 'individual' : PARTY_UNITS.has(more.noun.unitKind) && PARTY_UNITS.has(noun.unitKind) && !headsClause(c, nounEnd + 1, more.end));
        if (!more || !sameKind) break;
        nounEnd = more.end;
      }
      // "trên 18 nghìn tổ chức Đảng và Đảng viên": one count of both kinds together, no number of
      // its own for the second noun; the subject is not one kind, so it is not guessed.
      const sep = tokens[nounEnd];
      if (noun.subject === 'collective' && sep && (sep.key === VA || sep.key === ',') && tokens[nounEnd + 1]?.kind === 'word') {
        const more = matchSubject(tokens, nounEnd + 1, sentenceOf);
        if (more && more.noun.subject === 'individual' && tokens[more.end]?.kind !== 'number') {
          mixedSubject = true;
          nounEnd = more.end;
        }
      }
    } else if (t.kind === 'number' || zero || t.kind === 'word') {
      if (zero) continue;
      // Bare count: directly after a specific cue ("khiển trách 57"), or directly before a rating level ("186 HTTNV").
      // "khiển trách 57", and "(cảnh cáo: 3; khiển trách: 5)" with a colon between.
      const colon = tokens[i - 1]?.key === ':' && sentenceOf[i - 1] === si;
      const before = colon ? cueAt[i - 2] : cueAt[i - 1];
      const after = tokens[numEnd];
      const leftOk =
        before !== undefined &&
        before.cue.kind === 'measure' &&
        (!before.cue.general || (!(count !== undefined && count >= 1900 && count <= 2100) && (listNoun = nounAtListEnd(c, before, numEnd)) !== undefined)) &&
        !before.cue.qualifier &&
        before.end === (colon ? i - 1 : i) &&
        // "(khiển trách 260, cảnh cáo 34, cách chức 14 và khai trừ 1)": "và" and the next item's form close it too.
        (after === undefined || after.kind === 'punct' || sentenceOf[numEnd] !== si || (after.key === VA && cueAt[numEnd + 1]?.start === numEnd + 1 && cueAt[numEnd + 1]?.cue.kind === 'measure'));
      const rightCue = cueAt[numEnd];
      // "(5 khiển trách, 3 cảnh cáo, 2 khai trừ)", "gồm: 4 khiển trách, …": a list item "N + outcome",
      // opened by "(", ",", ";", ":" or "và" and closed by punctuation or "và".
      const opener = tokens[i - 1];
      const closer = rightCue === undefined ? undefined : tokens[rightCue.end];
      const listItem =
        rightCue !== undefined &&
        rightCue.cue.kind === 'measure' &&
        !rightCue.cue.general &&
        !rightCue.cue.qualifier &&
        rightCue.cue.measure !== 'rating' &&
        opener !== undefined &&
        sentenceOf[i - 1] === si &&
        (opener.key === '(' || opener.key === ',' || opener.key === ';' || opener.key === ':' || opener.key === VA) &&
        (closer === undefined || sentenceOf[rightCue.end] !== si || closer.kind === 'punct' || closer.key === VA);
      const rightOk =
        rightCue !== undefined && rightCue.start === numEnd && ((rightCue.cue.measure === 'rating' && rightCue.cue.category !== 'total') || listItem);
      if (!leftOk && !rightOk) continue;
      bare = true;
    } else continue;
    // Every field present from the start, in one order (undefined where not known yet), so that all
    // mentions share one shape and the later phases' property reads stay monomorphic.
    const m: Mention = {
      sentence: si,
      numStart: i,
      numEnd,
      begin,
      end: nounEnd,
      count,
      approx: approx ? approx : undefined,
      of,
      zero,
      tooLarge: !Number.isSafeInteger(count) || (of !== undefined && !Number.isSafeInteger(of)),
      noun,
      nounStart,
      nounEnd,
      bare,
      depth: depth[i] ?? 0,
      group: groupOf[i] ?? -1,
      rightStrong: false,
      subject: noun && !mixedSubject ? noun.subject : (listNoun?.subject ?? 'unknown'),
      unitKind: noun && !mixedSubject ? noun.unitKind : (listNoun?.unitKind ?? null),
      nounText: noun ? text.slice(tokens[nounStart]?.start ?? 0, tokens[nounEnd - 1]?.end ?? 0) : null,
      role: 'standalone',
      percent: undefined,
      left: undefined,
      right: undefined,
      proposed: undefined,
      directed: undefined,
      resolved: undefined,
      source: undefined,
      measure: undefined,
      category: undefined,
      partOf: undefined,
      tallyIndex: undefined,
    };
    for (let k = m.begin; k < m.end; k++) mentionAt[k] = mentions.length;
    mentions.push(m);
    i = Math.max(i, nounEnd - 1);
  }

  c.mentions = mentions;
  c.mentionAt = mentionAt;
  attachPercents(c);
}

/** The percentage printed after a mention: "(chiếm 45%)", ", chiếm 72,7%", ", đạt 91,2%". */
function attachPercents(c: ReadContext): void {
  const { tokens, n, sentenceOf, mentions, mentionAt } = c;
  for (const m of mentions) {
    let k = m.end;
    for (let g = 0; g < 14 && k < n; g++, k++) {
      const t = tokens[k] as Token;
      if (sentenceOf[k] !== m.sentence || t.key === ';' || (mentionAt[k] ?? -1) >= 0) break;
      if (t.kind === 'number' && t.percent) {
        const before = tokens[k - 1]?.key;
        if (before === '(' || before === CHIEM || before === DAT || before === LE) m.percent = t.value;
        break;
      }
      if (t.kind === 'number') break;
    }
  }
}

/** An outcome cue (discipline, reminder, pending, procedure) after a qualifier, before ";", a count or the end. */
function outcomeAfterQualifier(c: ReadContext, from: number, endTok: number): CueMatch | undefined {
  const { tokens, cueAt, mentionAt } = c;
  for (let k = from, g = 0; k < endTok && g < WINDOW; g++) {
    const t = tokens[k] as Token;
    if (t.key === ';' || (mentionAt[k] ?? -1) >= 0 || (t.kind === 'punct' && t.key === '(')) return undefined;
    const cm = cueAt[k];
    if (cm) {
      const ms = cm.cue.measure;
      // Only a predicate ("bị xử lý kỷ luật", "đã bị khiển trách"), not a noun phrase ("và xử lý trách nhiệm").
      const pred = tokens[cm.start]?.key === BI || PREDICATE_MARKERS.has(tokens[cm.start - 1]?.key ?? '');
      if (pred && cm.cue.kind === 'measure' && !cm.cue.qualifier && (ms === 'discipline' || ms === 'reminder' || ms === 'pending' || ms === 'disciplineProcedure' || ms === 'proposedDiscipline')) return cm;
      k = cm.end;
      continue;
    }
    k++;
  }
  return undefined;
}

/**
 * "đề nghị (cấp có thẩm quyền) thi hành kỷ luật 3 đảng viên", "đề nghị Ban Chấp hành Trung ương, Bộ
 * Chính trị, Ban Bí thư thi hành kỷ luật 6 tổ chức đảng": whether a discipline cue starting at token
 * `cueStart` is governed by a proposal. The bodies addressed may be a list (commas and names of
 * bodies are passed over; any other cue stops).
 */
function proposedBefore(c: ReadContext, cueStart: number, stopAt: number): boolean {
  const { tokens, cueAt, mentionAt } = c;
  for (let q = cueStart - 1, g = 0; q >= stopAt && g < 16; q--, g++) {
    const pc = cueAt[q];
    if (pc?.cue.hint === 'proposal') return true;
    if (pc !== undefined) {
      if (pc.cue.kind !== 'neutral') return false;
      q = pc.start;
      continue;
    }
    if (tokens[q]?.key === ',') continue;
    if (isSeparator(tokens, q) || (mentionAt[q] ?? -1) >= 0) return false;
  }
  return false;
}

/**
 * Whether a discipline cue at `cueStart` is what a body was told to consider: "yêu cầu" or "chỉ đạo"
 * and then "xem xét" before it in its clause ("chỉ đạo tổ chức Đảng cấp dưới xem xét, thi hành kỷ luật 11 đảng viên",
 * "yêu cầu tổ chức đảng cấp dưới xem xét trách nhiệm, xử lý kỷ luật 118 tổ chức đảng"), with no
 * other cue, count or separator between.
 */
function directedBefore(c: ReadContext, cueStart: number, stopAt: number): boolean {
  const { tokens, cueAt, mentionAt } = c;
  let consider = false;
  for (let q = cueStart - 1, g = 0; q >= stopAt && g < 16; q--, g++) {
    const key = tokens[q]?.key;
    const next = tokens[q + 1]?.key;
    // Only a body told to consider ("… xem xét …") the discipline; never "Ban Chỉ đạo", a body's name.
    if (key === XEM && next === XET) consider = true;
    // "đã" says it was done; "được chỉ đạo", "sự chỉ đạo", "theo chỉ đạo của …" name a direction received, not given.
    if (key === DA) return false;
    if (consider && ((key === YEU && next === CAU) || (key === CHI_ && next === DAO)) && !DIRECTION_NOUN_BEFORE.has(tokens[q - 1]?.key ?? '')) {
      const after = tokens[q + 2]?.key;
      return after !== CUA && after !== ',';
    }
    const pc = cueAt[q];
    if (pc !== undefined) {
      if (pc.cue.kind !== 'neutral') return false;
      q = pc.start;
      continue;
    }
    if (key === ',') continue;
    if (isSeparator(tokens, q) || (mentionAt[q] ?? -1) >= 0) return false;
  }
  return false;
}

/** A mention's own cue on the left, within its sentence: the nearest (past neutral cues), one heading it before a colon, or two forms together. */
function ownLeftCue(c: ReadContext, m: Mention, prevRight: CueMatch | undefined): CueMatch | undefined {
  const { tokens, sentenceStarts, cueAt, mentionAt } = c;
  let k = m.begin - 1;
  const stopAt = sentenceStarts[m.sentence] ?? 0;
  let nearest: CueMatch | undefined;
  let second: CueMatch | undefined;
  let steps = 0;
  while (k >= stopAt && steps < WINDOW) {
    steps++;
    const cm = cueAt[k];
    if (cm) {
      if (cm.cue.kind === 'neutral') {
        k = cm.start - 1;
        continue;
      }
      if (cm === prevRight) break;
      if (!nearest) {
        nearest = cm;
        // "cảnh cáo và điều chuyển công tác …", "phê bình và cắt thi đua …"
        const before = tokens[cm.start - 1];
        const cm2 = cueAt[cm.start - 2];
        if (before?.key === VA && cm2 && cm2.cue.kind !== 'neutral') second = cm2;
        break;
      }
    }
    // "Hoàn thành xuất sắc nhiệm vụ: 120 đảng viên": a specific cue right before a colon heads the count.
    // "Kiểm điểm tự phê bình và phê bình đối với: 310/349 cá nhân": a cue of any measure before a
    // neutral "đối với" and the colon heads it too.
    if (tokens[k]?.key === ':' && k === m.begin - 1) {
      const head = cueAt[k - 1];
      if (head && head.cue.kind === 'measure' && !head.cue.general && !head.cue.qualifier) nearest = head;
      else if (head === undefined && tokens[k - 1]?.key === VOI && tokens[k - 2]?.key === DOI) {
        const over = cueAt[k - 3];
        // A general head gives way to the form or level right after the noun ("Thi hành kỷ luật đối
        // với: 2 đảng viên cảnh cáo, …").
        const own = cueAt[m.end];
        const specificAfter = own !== undefined && own.start === m.end && own.cue.kind === 'measure' && own.cue.measure === over?.cue.measure && !own.cue.general;
        if (over && over.cue.kind === 'measure' && !over.cue.qualifier && !(over.cue.general && specificAfter)) nearest = over;
      }
      break;
    }
    if (isSeparator(tokens, k) || (mentionAt[k] ?? -1) >= 0) break;
    // "Có 100 đảng viên bị kiểm tra vì vi phạm trong kỳ thi gồm 83 người bị thi hành kỷ luật; …": a
    // cue before "gồm" that follows a count of its own belongs to that total, not to the list's items
    // (unless the cue stands right before "gồm" and heads them: "Kiểm tra 20 đảng viên, thi hành kỷ luật gồm 6 đảng viên").
    if (tokens[k]?.key === GOM && (cueAt[k - 1] === undefined || cueAt[k - 1]?.cue.kind === 'neutral') && countBetween(c, Math.max(stopAt, k - 16), k)) break;
    k--;
  }
  // "khiển trách, cảnh cáo 14 người": two forms before one count count both together (a total).
  if (nearest && isForm(nearest.cue) && nearest.end === m.begin) {
    const join = tokens[nearest.start - 1]?.key;
    const other = cueAt[nearest.start - 2];
    // Not when the first form is the predicate of the count before ("18 người bị cách chức và khai trừ 12 người").
    const ownOther = other !== undefined && other !== prevRight && (mentionAt[other.start - 1] ?? -1) < 0 && tokens[other.start - 1]?.key !== BI;
    if ((join === ',' || join === VA) && other && ownOther && isForm(other.cue) && other.cue.category !== nearest.cue.category) {
      nearest = { cue: FORMS_TOGETHER, start: other.start, end: nearest.end };
      second = undefined;
    }
  }
  return nearest?.cue.kind === 'other' && second && second.cue.kind === 'measure' ? second : nearest;
}

/** Whether a count starts in `[from, to)`. */
function countBetween(c: ReadContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((c.mentionAt[k] ?? -1) >= 0) return true;
  return false;
}

/** Mention `mi`'s own cue on the left, and whether it is proposed or directed ({@link proposedBefore}, {@link directedBefore}). */
function attachLeftCue(c: ReadContext, mi: number): void {
  const { mentions, sentenceStarts } = c;
  const m = mentions[mi] as Mention;
  const prevMention = mentions[mi - 1];
  const prevRight = prevMention && prevMention.sentence === m.sentence ? prevMention.right : undefined;
  const stopAt = sentenceStarts[m.sentence] ?? 0;
  const nearest = ownLeftCue(c, m, prevRight);
  if (!nearest) return;
  m.left = nearest;
  if (nearest.cue.measure === 'discipline' && proposedBefore(c, nearest.start, stopAt)) m.proposed = true;
  else if (nearest.cue.measure === 'discipline' && directedBefore(c, nearest.start, stopAt)) m.directed = true;
}

/** Phase 4, cues: each mention's own cue on the left and on the right (with the proposal, reason and honour rules). */
function attachCues(c: ReadContext): void {
  const { tokens, n, sentenceStarts, cueAt, mentions, mentionAt } = c;
  const sentenceEndTok = (si: number): number => sentenceStarts[si + 1] ?? n;

  // ---- own cues
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    // "khoảng 250 đảng viên tại hơn 25 cơ sở Đảng … bị xem xét thi hành kỷ luật": a count right after
    // another's noun and "tại" says where those are; the predicate is the first count's, not its own.
    if (isLocative(mentions, mi, tokens)) continue;
    attachLeftCue(c, mi);
    if (m.bare && m.left === undefined) {
      const rc = cueAt[m.numEnd];
      if (rc) {
        m.right = rc;
        m.rightStrong = true;
      }
      continue;
    }
    // Right scan.
    let k = m.end;
    const endTok = sentenceEndTok(m.sentence);
    let first: CueMatch | undefined;
    let marker = false;
    let pastColon = false;
    let crossedName = false;
    let pastFormMarker = false;
    let steps = 0;
    while (k < endTok && steps < WINDOW) {
      steps++;
      const cm = cueAt[k];
      if (cm) {
        if (cm.cue.kind === 'neutral') {
          // "bằng hình thức", "với hình thức": the form named after the count.
          for (let q = cm.start; q < cm.end; q++) if (tokens[q]?.key === BANG || tokens[q]?.key === HINH) marker = true;
          // "xử lý kỷ luật 29 đảng viên với hình thức khiển trách 23 người, cảnh cáo 4 người …": past the
          // marker, a form that a count follows is that count's, as past a colon.
          if (marker) pastFormMarker = true;
          k = cm.end;
          continue;
        }
        // "… đảng viên do suy thoái về …": the reason of what is counted, not a finding.
        if (cm.cue.qualifier && (tokens[cm.start - 1]?.key === DO || tokens[cm.start - 1]?.key === VI)) {
          k = cm.end;
          continue;
        }
        // Past a name with "và" in it, a cue a count follows is that count's, not this one's
        // ("Khiển trách 3 đảng viên thuộc Đảng bộ Xã Tân Lập và Đảng bộ Thị trấn Phú Xuyên cảnh cáo 2 đảng viên").
        if (!first && crossedName && (tokens[cm.end]?.kind === 'number' || (mentionAt[cm.end] ?? -1) >= 0)) break;
        if (!first && pastFormMarker && (mentionAt[cm.end] ?? -1) >= 0) break;
        if (!first) {
          first = cm;
          if (cm.cue.qualifier) {
            // "N đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống bị xử lý kỷ luật": the
            // qualifier describes who; an outcome later in the clause is what is counted.
            const act = outcomeAfterQualifier(c, cm.end, endTok);
            if (act) {
              first = act;
              marker = true;
            }
          }
          if (!first.cue.general) break;
        } else if (cm.cue.kind === 'measure' && cm.cue.measure === first.cue.measure && specificity(cm.cue) > specificity(first.cue)) {
          // Past a colon, only a level or form that no count follows is this count's own: in "12 đảng
          // viên bị kỷ luật: khiển trách 8 đồng chí, …" the list's items are counts of their own.
          if (pastColon && (tokens[cm.end]?.kind === 'number' || (mentionAt[cm.end] ?? -1) >= 0)) break;
          first = cm;
          break;
        }
        k = cm.end;
        continue;
      }
      const t = tokens[k] as Token;
      // "686 tổ chức cơ sở đảng (TCCSĐ) được đánh giá": an abbreviation in parentheses is transparent.
      if (t.key === '(' && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.key === ')') {
        k += 3;
        continue;
      }
      // "137/137 đồng chí cán bộ … (đạt tỷ lệ 100%) đã thực hiện việc kiểm điểm", "4 đảng viên (2 tại
      // xã Cốc Mỳ, 2 đảng viên tại xã Dền Thàng) bị kỷ luật mức cảnh cáo": before any cue, a short
      // parenthesis (a share, or the count's own breakdown) stands between the count and its predicate.
      // "xem xét thi hành kỷ luật đối với 10 tổ chức Đảng (khiển trách)": a form alone in a parenthesis
      // right after the noun is the outcome of those counted.
      const outcome = t.key === '(' && !first && k === m.end ? parenOutcomeAt(c, mi, k) : undefined;
      if (outcome !== undefined) {
        first = outcome;
        marker = true;
        break;
      }
      if ((t.key === '(' || t.key === '[') && !first) {
        const past = pastAside(c, k, endTok);
        if (past >= 0) {
          k = past;
          continue;
        }
      }
      // "02/10 đồng chí xếp loại: Hoàn thành xuất sắc nhiệm vụ": a colon right after a general cue
      // introduces the specific one.
      if (first !== undefined && first.cue.general === true && t.key === ':' && k === first.end) {
        pastColon = true;
        k++;
        continue;
      }
      const at = mentionAt[k] ?? -1;
      if (at >= 0 && !first && isLocative(mentions, at, tokens) && mentions[at - 1] === m) {
        k = (mentions[at] as Mention).end;
        continue;
      }
      if (isSeparator(tokens, k) || at >= 0) break;
      // "Kỷ luật 11 đảng viên gồm khiển trách 6, cảnh cáo 5": a breakdown marker before any cue opens the
      // list; the form after it is its first item's, not this count's.
      if (!first && ((c.flags[k] ?? 0) & W_MARKER) !== 0 && startsWithMarker(tokens, k, BREAKDOWN_MARKERS) > 0) break;
      // "… 4 cá nhân và nhắc nhở 17 cá nhân": "và" before any cue opens the next item; not inside a
      // name, "1 Trưởng phòng Tài nguyên và Môi trường huyện … bị cách chức", where a capitalised
      // word that starts no cue and no count follows it.
      if (!first && t.key === VA) {
        if (!insideName(c, k)) break;
        crossedName = true;
      }
      if (!first && t.kind === 'word' && PREDICATE_MARKERS.has(t.key)) marker = true;
      k++;
    }
    // A body told to consider a discipline whose forms follow ("Yêu cầu xem xét, thi hành kỷ luật 6
    // đảng viên với hình thức: khiển trách 4, cảnh cáo 2", "… 11 đảng viên gồm khiển trách 6, …") decided it.
    const formAfterGom = tokens[m.end]?.key === GOM ? cueAt[m.end + 1] : undefined;
    if (m.directed && (pastFormMarker || (formAfterGom !== undefined && isForm(formAfterGom.cue)))) m.directed = undefined;
    // "… vi phạm thì trong 1.120 đảng viên bị kỷ luật, có …": a count "among" those of a predicate
    // takes the predicate after its noun, never a cue before "trong".
    if (first && !first.cue.qualifier && m.left && amongBefore(tokens, m.begin)) {
      m.left = undefined;
      m.proposed = false;
      marker = true;
    }
    if (first) {
      // "… đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền": an honour over years, not the year's rating.
      if (first.cue.measure === 'rating' && first.cue.category !== 'total' && tokens[first.end]?.kind === 'number' && tokens[first.end + 1]?.key === NAM && RUN_WORDS.has(tokens[first.end + 2]?.key ?? '')) {
        first = { cue: HONOUR, start: first.start, end: first.end };
      }
      m.right = first;
      // "…, không có đảng viên hoàn thành nhiệm vụ": a zero by negation states its own predicate right after the noun.
      m.rightStrong =
        marker ||
        first.cue.general === true ||
        (first.start === m.end && first.cue.measure === 'rating' && m.noun === null) ||
        (m.zero && m.left === undefined && first.start === m.end && !first.cue.qualifier);
    }
  }

}

/**
 * The predicate a mention's noun is followed by, as "có N …" after a scene-setting cue needs it:
 * right after the noun (or after a general cue of the same measure, "có 30 chi bộ xếp loại hoàn
 * thành tốt nhiệm vụ"), a level, form or other measure, or a title or "not rated"; never what they
 * did at a meeting ("có 1.250 đảng viên tham gia"), a change, or a qualifier under a discipline cue
 * ("Thi hành kỷ luật có 3 đảng viên vi phạm …" are the disciplined).
 */
function ownPredicateAfterNoun(c: ReadContext, m: Mention): boolean {
  const r = m.right;
  const left = m.left;
  if (r === undefined || left === undefined || r.cue.general === true) return false;
  const head = c.cueAt[m.end];
  const adjacent = r.start === m.end || (head !== undefined && head.cue.general === true && head.cue.measure === r.cue.measure && r.start === head.end);
  if (!adjacent) return false;
  if (r.cue.kind === 'other') return r.cue.hint === 'title' || r.cue.hint === 'notRated';
  return r.cue.kind === 'measure' && !(r.cue.qualifier === true && left.cue.measure === 'discipline');
}

/**
 * After a short parenthesis or brackets at `k` (before any cue), the token past the closing one, or
 * -1: "4.336/4.371 đảng viên [tỷ lệ 99,2%] đã thực hiện …". In brackets, only a share or a note:
 * counts in "[khiển trách 8, cảnh cáo 4]" are no breakdown the reader links, so it is not looked past.
 */
function pastAside(c: ReadContext, k: number, endTok: number): number {
  const { tokens, mentionAt } = c;
  const open = tokens[k]?.key;
  const close = open === '(' ? ')' : ']';
  let q = k + 1;
  let counts = false;
  while (q < endTok && q - k <= 24 && tokens[q]?.key !== close && tokens[q]?.key !== open) {
    if ((mentionAt[q] ?? -1) >= 0) counts = true;
    q++;
  }
  return q < endTok && tokens[q]?.key === close && !(close === ']' && counts) ? q + 1 : -1;
}

/** The form alone in the parenthesis at `k`, right after mention `mi`'s noun, when a decided head (its own or its list's) makes it the outcome. */
function parenOutcomeAt(c: ReadContext, mi: number, k: number): CueMatch | undefined {
  const m = c.mentions[mi] as Mention;
  if (!(m.left !== undefined ? decidedHead(c, m.left, m.sentence) : chainedOutcome(c, mi))) return undefined;
  const inner = c.cueAt[k + 1];
  if (inner === undefined || inner.start !== k + 1 || c.tokens[inner.end]?.key !== ')' || !isForm(inner.cue)) return undefined;
  return { cue: inner.cue, start: inner.start, end: inner.end + 1 };
}

/**
 * A list item with no cue of its own after items that took their outcomes from parentheses ("Kỷ
 * luật 5 đảng viên (khiển trách), 2 đảng viên (cảnh cáo), …"): joined to the item before by "," or
 * "và", and that item's head decided. The head of the chain, or undefined.
 */
function chainHead(c: ReadContext, mi: number): CueMatch | undefined {
  const { mentions, tokens } = c;
  let cur = mi;
  for (let guard = 0; guard < 16; guard++) {
    const m = mentions[cur] as Mention;
    const prev = mentions[cur - 1];
    if (prev === undefined || prev.sentence !== m.sentence || prev.depth !== m.depth || !isParenOutcome(c, prev, prev.right)) return undefined;
    const after = prev.right?.end ?? prev.end;
    let k = after;
    while (k < m.begin && (tokens[k]?.key === ',' || tokens[k]?.key === VA)) k++;
    if (k !== m.begin || k === after) return undefined;
    if (prev.left !== undefined) return decidedHead(c, prev.left, prev.sentence) ? prev.left : undefined;
    cur--;
  }
  return undefined;
}
const chainedOutcome = (c: ReadContext, mi: number): boolean => chainHead(c, mi) !== undefined;

/** A form alone in parentheses right after a mention's noun ("10 tổ chức Đảng (khiển trách)"). */
function isParenOutcome(c: ReadContext, m: Mention, r: CueMatch | undefined): boolean {
  return r !== undefined && r.start === m.end + 1 && c.tokens[m.end]?.key === '(' && c.tokens[r.end - 1]?.key === ')' && isForm(r.cue);
}

const OPEN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['chưa', 'chờ', 'dự', 'đang', 'tiến', 'quy'].map((w) => wordKey(w)));
const DU = /* @__PURE__ */ wordKey('dự');
/** "(trước đó bị khiển trách 2, …)", "(đã từng …)": earlier discipline, not the parts of this count. */
const EARLIER: ReadonlySet<string> = /* @__PURE__ */ new Set(['trước', 'đã'].map((w) => wordKey(w)));
const TIEN = /* @__PURE__ */ wordKey('tiến');
const QUY = /* @__PURE__ */ wordKey('quy');
const KIEN = /* @__PURE__ */ wordKey('kiến');
const HANH = /* @__PURE__ */ wordKey('hành');
const TRINH = /* @__PURE__ */ wordKey('trình');

/**
 * Whether a head cue can take the outcome in parentheses as decided: a procedure or a general
 * discipline cue, not proposed ("đề nghị … xem xét kỷ luật 2 đảng viên (cảnh cáo)"), and no word in
 * its sentence or the next saying the outcome is still open ("chưa", "chờ", "dự kiến", "đang",
 * "tiến hành", "quy trình": "Xem xét kỷ luật 3 đảng viên (khiển trách). Đến nay chưa có kết quả.").
 */
function decidedHead(c: ReadContext, head: CueMatch | undefined, si: number): boolean {
  if (head === undefined || !(head.cue.measure === 'disciplineProcedure' || (head.cue.measure === 'discipline' && head.cue.general === true))) return false;
  const from = c.sentenceStarts[si] ?? 0;
  if (proposedBefore(c, head.start, from)) return false;
  const { tokens } = c;
  // Within the sentence and the next, and at most a few hundred tokens around the head, so that a
  // sentence of thousands of such counts stays linear.
  const to = Math.min(c.sentenceStarts[si + 2] ?? c.n, head.end + 192);
  for (let k = Math.max(from, head.start - 64); k < to; k++) {
    const key = tokens[k]?.key ?? '';
    if (!OPEN_WORDS.has(key)) continue;
    const next = tokens[k + 1]?.key;
    if (key === DU ? next === KIEN : key === TIEN ? next === HANH : key === QUY ? next === TRINH : true) return false;
  }
  return true;
}

/** Words of a body's name end right before the separator ahead of token `begin` ("UBND xã", "Sở Nội vụ"), not a verb ("nghỉ hưu"). */
function endsWithBodyName(c: ReadContext, begin: number): boolean {
  const { tokens } = c;
  const q = begin - 1;
  if (tokens[q]?.key !== ',' && tokens[q]?.key !== VA) return false;
  const last = tokens[q - 1];
  if (last?.kind !== 'word') return false;
  return capitalised(c, q - 1) || ADMIN_LEVELS.has(last.key);
}

/** "và" at `k` joins two capitalised words of one name ("Tài nguyên và Môi trường"), not two items. */
function insideName(c: ReadContext, k: number): boolean {
  const { tokens, cueAt, mentionAt } = c;
  if (tokens[k - 1]?.kind !== 'word' || tokens[k + 1]?.kind !== 'word' || cueAt[k + 1] !== undefined || (mentionAt[k + 1] ?? -1) >= 0) return false;
  // The word before "và" ends a capitalised run ("Tài nguyên"): its first word is capitalised.
  let q = k - 1;
  while (q > k - 4 && tokens[q - 1]?.kind === 'word' && !capitalised(c, q)) q--;
  return capitalised(c, k + 1) && capitalised(c, q);
}

/** Whether token `k` starts with a capital letter (a name's word, an abbreviation). */
function capitalised(c: ReadContext, k: number): boolean {
  const ch = c.text[c.tokens[k]?.start ?? 0] ?? '';
  return ch !== ch.toLowerCase();
}

/** The years (1945–2100) written in sentence `si`. */
function yearsIn(c: ReadContext, si: number): Set<number> {
  const years = new Set<number>();
  for (let k = c.sentenceStarts[si] ?? 0, end = c.sentenceStarts[si + 1] ?? c.n; k < end; k++) {
    const t = c.tokens[k] as Token;
    if (t.kind === 'number' && t.integer && t.value >= 1945 && t.value <= 2100) years.add(t.value);
  }
  return years;
}

/** Whether sentences `a` and `b` both name years and share none ("Năm 2022, …" and "Năm 2023, …"). */
function differentYears(c: ReadContext, a: number, b: number): boolean {
  if (a === b) return false;
  const ya = yearsIn(c, a);
  const yb = yearsIn(c, b);
  if (ya.size === 0 || yb.size === 0) return false;
  for (const y of ya) if (yb.has(y)) return false;
  return true;
}

/** Whether mention `mi` says where the count before it is: "… đảng viên tại 25 cơ sở Đảng". */
function isLocative(mentions: readonly Mention[], mi: number, tokens: readonly Token[]): boolean {
  const m = mentions[mi] as Mention;
  const prev = mentions[mi - 1];
  return prev !== undefined && prev.sentence === m.sentence && prev.depth === m.depth && prev.end === m.begin - 1 && tokens[prev.end]?.key === TAI;
}

/** Phase 5, resolution: list siblings, the cue each mention takes (own, forward, backward, parenthesis owner), subjects, then measure and category. */
function resolveMentions(c: ReadContext): void {
  const { mentions } = c;
  findSiblings(c);
  const { prevSame, siblingOfPrev } = c;
  // ---- resolve: own left > own right (strong) > forward > own right (weak) > backward
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    // "… hoàn thành nhiệm vụ và không TCCSĐ nào bị xếp loại không hoàn thành nhiệm vụ": a zero by
    // negation states its predicate after the noun.
    if (m.zero && m.right && m.rightStrong) {
      m.resolved = m.right;
      m.source = 'right';
      continue;
    }
    if (m.left) {
      // "thi hành kỷ luật 5 đảng viên bằng hình thức khiển trách": the specific form after the noun wins.
      const specificRight =
        m.left.cue.general === true &&
        m.right !== undefined &&
        m.rightStrong &&
        m.right.cue.measure === m.left.cue.measure &&
        m.right.cue.general !== true;
      // "Qua đánh giá chất lượng tổ chức Đảng năm 2015 có 24 tổ chức cơ sở Đảng đạt trong sạch vững
      // mạnh": after a general cue that only sets the scene, "có N …" and a predicate right after the
      // noun say what those N are.
      const existentialRight = m.left.cue.general === true && c.tokens[m.begin - 1]?.key === CO && ownPredicateAfterNoun(c, m);
      // "… xem xét thi hành kỷ luật đối với 10 tổ chức Đảng (khiển trách)": the outcome listed says the procedure was decided.
      const outcomeRight = isParenOutcome(c, m, m.right) && decidedHead(c, m.left, m.sentence);
      const byRight = specificRight || existentialRight || outcomeRight;
      m.resolved = byRight ? m.right : m.left;
      m.source = byRight ? 'right' : 'left';
      continue;
    }
    if (m.right && m.rightStrong) {
      m.resolved = m.right;
      m.source = 'right';
      continue;
    }
    const prev = mentions[prevSame[mi] ?? -1];
    // Across words completing the previous noun, only to an item with no predicate of its own ("Xếp
    // loại 28 chi bộ trực thuộc Đảng ủy, 25 chi bộ hoàn thành tốt nhiệm vụ": the 25 keeps its own).
    const forward = siblingOfPrev[mi] && !(c.viaComplement[mi] && m.right !== undefined);
    if (forward && prev?.resolved && (prev.source === 'left' || prev.source === 'forward')) {
      m.resolved = prev.resolved;
      m.source = 'forward';
      continue;
    }
    // "xem xét thi hành kỷ luật đối với 10 tổ chức Đảng (khiển trách) và 46 đảng viên (…)": the items
    // before took their own outcomes; the head before them heads this one too.
    const head = forward && prev?.source === 'right' ? chainHead(c, mi) : undefined;
    if (head !== undefined) {
      m.resolved = head;
      m.source = 'forward';
      continue;
    }
    if (m.right) {
      m.resolved = m.right;
      m.source = 'right';
    }
  }
  // "biểu dương khen thưởng 06 tập thể, 303 đảng viên hoàn thành xuất sắc nhiệm vụ, 22 tập thể hoàn
  // thành tốt nhiệm vụ": in a list of those awarded, a level after an item says who was awarded;
  // the next item, after only that level and a comma or "và", is awarded too.
  const { tokens } = c;
  for (let mi = 1; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    const prev = mentions[prevSame[mi] ?? -1];
    if (!prev || m.source !== 'right' || m.resolved?.cue.measure !== 'rating') continue;
    // "Chi bộ đề cử 02 đồng chí xếp loại hoàn thành xuất sắc nhiệm vụ và 10 đồng chí xếp loại hoàn
    // thành tốt nhiệm vụ": the next item of a nomination ("đề cử", not "đề nghị": "Chi bộ đề nghị 2
    // đồng chí HTXSNV và 20 đồng chí HTTNV được Đảng ủy công nhận" may state results), with a level
    // of its own right after its noun (past at most "xếp loại") as the earlier items had, is nominated too.
    const proposal =
      prev.resolved?.cue.hint === 'proposal' &&
      tokens[prev.resolved.start + 1]?.key === CU &&
      (prev.source === 'left' || prev.source === 'forward') &&
      prev.right?.cue.measure === 'rating' &&
      prev.right.start - prev.end <= 2 &&
      m.right !== undefined &&
      m.right.start - m.end <= 2;
    if (!proposal) {
      if (m.rightStrong) continue;
      if (prev.resolved?.cue.hint !== 'award') continue;
      // Only the levels one is awarded for, and only in a list that names no lower one: in "Khen
      // thưởng 12 … hoàn thành xuất sắc nhiệm vụ, 150 … hoàn thành tốt nhiệm vụ, 8 … hoàn thành nhiệm
      // vụ, …" the later items are the year's ratings.
      const level = m.resolved.cue.category;
      if (level !== 'excellent' && level !== 'good' && level !== 'goodOrBetter') continue;
      let lower = false;
      for (let nj = mi + 1; nj < mentions.length && nj - mi <= 64 && mentions[nj]?.sentence === m.sentence; nj++) {
        const cat = mentions[nj]?.resolved?.cue.measure === 'rating' ? mentions[nj]?.resolved?.cue.category : undefined;
        if (cat === 'satisfactory' || cat === 'unsatisfactory' || cat === 'satisfactoryOrBetter') lower = true;
      }
      if (lower) continue;
    }
    let k = prev.end;
    if (prev.right && (prev.right.start === k || (proposal && prev.right.start > k))) k = prev.right.end;
    let joined = false;
    while (k < m.begin && (tokens[k]?.key === ',' || tokens[k]?.key === VA)) {
      joined = true;
      k++;
    }
    if (!joined || k !== m.begin) continue;
    m.resolved = prev.resolved;
    m.source = 'forward';
  }
  for (let mi = mentions.length - 1; mi >= 1; mi--) {
    const next = mentions[mi] as Mention;
    const pj = prevSame[mi] ?? -1;
    const m = mentions[pj];
    // Backward across words completing a noun only to a predicate all items share ("… và 159 chi bộ
    // đều hoàn thành tốt nhiệm vụ"): "Có 3 đảng viên từ trần, 2 đảng viên bị khai trừ" is two clauses.
    // Shares of one whole ("7/36 …, 12/63 … và 34/159 chi bộ được công nhận …") share theirs too.
    // An office holder's noun is completed by the body it heads ("5 chủ tịch UBND xã, 1 Trưởng phòng … bị cách chức"), never by a predicate.
    const shared =
      !c.viaComplement[mi] ||
      (m?.noun?.afterDigits === true && endsWithBodyName(c, next.begin)) ||
      (next.resolved !== undefined && (tokens[next.resolved.start - 1]?.key === DEU || tokens[next.resolved.start - 1]?.key === CUNG)) ||
      (m !== undefined && m.of !== undefined && next.of !== undefined);
    if (m && !m.resolved && siblingOfPrev[mi] && shared && next.resolved && (next.source === 'right' || next.source === 'backward')) {
      m.resolved = next.resolved;
      m.source = 'backward';
    }
  }

  findOwners(c);
  assignMeasures(c);
}

/** Siblings: the previous mention at the same level of the same sentence, and whether a list joins the two. */
function findSiblings(c: ReadContext): void {
  const { tokens, mentions } = c;
  // ---- siblings
  // The previous mention at the same parenthesis level of the same sentence.
  // Per mention (a few dozen): a plain array costs less than a typed one to make.
  const prevSame = new Array<number>(mentions.length).fill(-1);
  for (let mi = 1; mi < mentions.length; mi++) {
    const b = mentions[mi] as Mention;
    for (let oj = mi - 1; oj >= 0 && mi - oj < 64; oj--) {
      const o = mentions[oj] as Mention;
      if (o.sentence !== b.sentence || o.depth < b.depth) break;
      if (o.depth === b.depth && o.group === b.group) {
        prevSame[mi] = oj;
        break;
      }
    }
  }
  const siblingOfPrev = new Array<boolean>(mentions.length).fill(false);
  const viaComplement = new Array<boolean>(mentions.length).fill(false);
  for (let mi = 1; mi < mentions.length; mi++) {
    const pj = prevSame[mi] ?? -1;
    if (pj < 0) continue;
    const a = mentions[pj] as Mention;
    const b = mentions[mi] as Mention;
    if (a.sentence !== b.sentence || a.depth !== b.depth || a.group !== b.group) continue;
    let k = a.end;
    let ok = true;
    let sawJoin = false;
    let complement = false;
    while (k < b.begin) {
      const t = tokens[k] as Token;
      if (t.key === '(' && t.kind === 'punct') {
        // skip the group
        let d = 0;
        while (k < b.begin) {
          const u = tokens[k] as Token;
          if (u.key === '(') d++;
          else if (u.key === ')') {
            d--;
            if (d === 0) break;
          }
          k++;
        }
        k++;
        continue;
      }
      if (t.key === ',' || t.key === VA || t.key === CUNG) sawJoin = true;
      else if ((t.key === DO || t.key === VI) && !sawJoin) {
        // "459 đảng viên do tham nhũng, 8.863 đảng viên …": the reason of the earlier count, up to the join.
        let q = k + 1;
        while (q < b.begin && q - k < 16 && tokens[q]?.kind === 'word') q++;
        if (tokens[q]?.key !== ',') {
          ok = false;
          break;
        }
        k = q;
        continue;
      } else if (t.kind === 'quote') {
        // transparent
      } else if (m2IsPercent(t)) {
        // "(45%)" handled above
      } else if (!sawJoin && k - a.end < 4 && t.kind === 'word' && c.cueAt[k] === undefined && t.key !== HOAN && t.key !== KHONG) {
        // "36 tổ chức cơ sở đảng trực thuộc Huyện ủy, 63 tập thể quản lý và 159 chi bộ đều …", "3 bí
        // thư huyện ủy, 2 chủ tịch UBND huyện": a few words completing the noun, before the join (not a
        // level cut short: "8 chi bộ hoàn thành xuất sắc và 30 …" names its own).
        complement = true;
      } else {
        ok = false;
        break;
      }
      k++;
    }
    // After a complement, only a count right after the join is the next item.
    siblingOfPrev[mi] = ok && sawJoin && (!complement || tokens[b.begin - 1]?.key === ',' || tokens[b.begin - 1]?.key === VA);
    viaComplement[mi] = siblingOfPrev[mi] === true && complement;
  }
  function m2IsPercent(t: Token): boolean {
    return t.kind === 'number' && t.percent;
  }

  c.prevSame = prevSame;
  c.siblingOfPrev = siblingOfPrev;
  c.viaComplement = viaComplement;
}

/** Parenthetical owners, mentions by sentence, and the subjects inherited from owners and list siblings. */
function findOwners(c: ReadContext): void {
  const { tokens, sentenceCount, mentions, prevSame, siblingOfPrev } = c;
  // ---- parenthetical owners
  // The owner of a group is the last mention one level up before its "(" (searched once per group,
  // over a bounded window, so that long or nested lists stay linear).
  const ownerOf = new Array<number>(mentions.length).fill(-1);
  const groupOwner = new Map<number, number>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    if (m.depth === 0 || m.group < 0) continue;
    let owner = groupOwner.get(m.group);
    if (owner === undefined) {
      owner = -1;
      for (let oj = mi - 1; oj >= 0 && mi - oj <= 64; oj--) {
        const o = mentions[oj] as Mention;
        if (o.sentence !== m.sentence) break;
        if (o.depth === m.depth - 1 && o.numStart < m.group) {
          // No ';' between the owner and the group (bounded look).
          let clean = m.group - o.end <= 4 * WINDOW;
          for (let k = o.end; clean && k < m.group; k++) if (tokens[k]?.key === ';') clean = false;
          if (clean) owner = oj;
          break;
        }
      }
      groupOwner.set(m.group, owner);
    }
    ownerOf[mi] = owner;
  }
  const bySentence: number[][] = [];
  for (let si = 0; si < sentenceCount; si++) bySentence.push([]);
  for (let mi = 0; mi < mentions.length; mi++) bySentence[mentions[mi]?.sentence ?? 0]?.push(mi);

  // Subject and measure for mentions inside a group from their owner.
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    const oi = ownerOf[mi] ?? -1;
    if (oi < 0) continue;
    const o = mentions[oi] as Mention;
    if (m.subject === 'unknown') {
      m.subject = o.subject;
      m.unitKind = o.unitKind;
    }
  }
  // Subject for bare mentions at top level: the nearest earlier noun of the sentence.
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    if (m.subject !== 'unknown' || m.depth > 0) continue;
    const prev = mentions[prevSame[mi] ?? -1];
    if (prev && siblingOfPrev[mi] && prev.subject !== 'unknown') {
      m.subject = prev.subject;
      m.unitKind = prev.unitKind;
    }
  }

  c.ownerOf = ownerOf;
  c.bySentence = bySentence;
}

/** Measure and category of each mention from the cue it resolved to (letter grades, proposals). */
function assignMeasures(c: ReadContext): void {
  const { opts, tokens, cueAt, mentions, prevSame } = c;
  // ---- measures
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    const c = m.resolved?.cue;
    if (c?.letter !== undefined && m.resolved) {
      // "14 đồng chí xếp loại A (hoàn thành xuất sắc nhiệm vụ)": the level printed beside the letter,
      // else the caller's mapping (option letterGrades); else the count stays unclassified.
      const r = m.resolved;
      const inParen = tokens[r.end]?.key === '(' ? cueAt[r.end + 1] : undefined;
      const printed =
        inParen && inParen.start === r.end + 1 && tokens[inParen.end]?.key === ')' && inParen.cue.measure === 'rating' && inParen.cue.category !== 'total'
          ? inParen.cue.category
          : undefined;
      const level = printed ?? opts.letterGrades?.[c.letter];
      if (level !== undefined) {
        m.measure = 'rating';
        m.category = level;
        if (printed && m.source === 'right') m.resolved = { cue: c, start: r.start, end: inParen ? inParen.end + 1 : r.end };
      }
      continue;
    }
    if (c && c.kind === 'measure' && c.measure && c.category) {
      m.measure = c.measure;
      m.category = c.category;
      const from = m.source === 'forward' ? mentions[prevSame[mi] ?? -1] : m;
      if (m.measure === 'discipline' && from?.proposed) {
        m.measure = 'proposedDiscipline';
        m.proposed = true;
      } else if (m.measure === 'discipline' && from?.directed) {
        // "yêu cầu tổ chức đảng cấp dưới xem xét trách nhiệm, xử lý kỷ luật 118 tổ chức đảng": a procedure whose outcome is not stated.
        m.measure = 'disciplineProcedure';
        m.category = 'total';
        m.directed = true;
      }
    }
  }

}

/** Phase 6, breakdowns: parenthetical parts, "trong đó"/"gồm" parts and subsets, "trong số", "Cụ thể" and dispositions. */
function findBreakdowns(c: ReadContext): void {
  const pendingBreakdowns: Pending[] = [];
  parentheticalBreakdowns(c, pendingBreakdowns);
  inSentenceBreakdowns(c, pendingBreakdowns);
  trongSoSubsets(c);
  committeeMembersAmong(c);
  acrossSentenceBreakdowns(c, pendingBreakdowns);
  reasonSubsets(c);
  excellentAmongGood(c);
  // "… khai trừ 4 (trong đó, UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4)": a bare part or subset
  // (no noun) takes the subject of its total, once that total has one (it may itself have taken it
  // from the count before its marker, after the parenthesis was read).
  const { mentions } = c;
  for (const m of mentions) {
    if (m.partOf === undefined || m.subject !== 'unknown' || m.noun !== null) continue;
    const t = mentions[m.partOf];
    if (t === undefined || t.subject === 'unknown') continue;
    m.subject = t.subject;
    m.unitKind = t.unitKind;
  }
  bareAfterTrongDo(c);
  outcomesListed(c, pendingBreakdowns);
  c.pendingBreakdowns = pendingBreakdowns;
}

/**
 * "… đã thi hành kỷ luật 913 đảng viên (0,295%). Trong đó, xử lý hình sự 77 đảng viên, …, khiển
 * trách 287, cách chức 53 …": bare counts (no noun) of a sentence opening with "Trong đó" are of the
 * last count of the sentence before when both are of one measure, even where they are no breakdown
 * that adds up: the subject only, not a role.
 */
function bareAfterTrongDo(c: ReadContext): void {
  const { mentions, tokens, sentenceStarts } = c;
  // The last mention of each sentence so far, as the walk goes.
  let lastOfPrev: Mention | undefined;
  let lastOfCur: Mention | undefined;
  let cur = -1;
  for (const m of mentions) {
    if (m.sentence !== cur) {
      lastOfPrev = lastOfCur !== undefined && lastOfCur.sentence === m.sentence - 1 ? lastOfCur : undefined;
      cur = m.sentence;
    }
    lastOfCur = m;
    if (m.subject !== 'unknown' || m.noun !== null || m.partOf !== undefined || m.measure === undefined) continue;
    const first = sentenceStarts[m.sentence] ?? 0;
    if (tokens[first]?.key !== TRONG || tokens[first + 1]?.key !== DO_THAT) continue;
    const last = lastOfPrev;
    if (last === undefined || last.subject === 'unknown' || last.measure !== m.measure || m.count === undefined || last.count === undefined || m.count > last.count) continue;
    if (!oneSubject(c, last, m)) continue;
    m.subject = last.subject;
    m.unitKind = last.unitKind;
  }
}

/**
 * Whether the sentence of `last` has counts of its measure of one subject only ("… 40 đảng viên và
 * 10 tổ chức đảng. Trong đó, khiển trách 25" is not), and no count of that measure after the bare one
 * `m` in its sentence carries a noun of another subject ("… 40 đảng viên. Trong đó, khiển trách 20, cảnh cáo 10 tổ chức đảng").
 */
function oneSubject(c: ReadContext, last: Mention, m: Mention): boolean {
  const { mentions, bySentence } = c;
  // At most 64 counts of each sentence, so that a sentence of thousands of counts stays linear.
  const prev = bySentence[last.sentence] ?? [];
  for (let j = 0; j < prev.length && j < 64; j++) {
    const o = mentions[prev[j] ?? -1];
    if (o !== undefined && o.measure === last.measure && o.subject !== 'unknown' && o.subject !== last.subject) return false;
  }
  const same = bySentence[m.sentence] ?? [];
  for (let j = 0; j < same.length && j < 64; j++) {
    const o = mentions[same[j] ?? -1];
    if (o !== undefined && o.numStart > m.numStart && o.measure === m.measure && o.noun !== null && o.subject !== last.subject) return false;
  }
  return true;
}

/**
 * A total whose parts are discipline forms: "xem xét thi hành kỷ luật đối với … 46 đảng viên
 * (khiển trách 30, cảnh cáo 15, khai trừ 1)" lists the outcomes of the procedure, so it was
 * decided (issue 14: a procedure, unless its outcomes are listed); and in "cảnh cáo 2 tổ chức
 * Đảng, 19 đảng viên (cách chức 5 đảng viên, khai trừ 14 đảng viên)" the 19, with forms of its own,
 * is a total, not warned like the item before it.
 */
function outcomesListed(c: ReadContext, pending: readonly Pending[]): void {
  const { mentions } = c;
  for (const b of pending) {
    const t = mentions[b.total];
    if (t === undefined || b.parts.length < 2) continue;
    let forms = 0;
    let other = false;
    for (const pi of b.parts) {
      const p = mentions[pi];
      if (p?.measure === 'discipline' && p.category !== 'total' && p.category !== undefined) forms++;
      else other = true;
    }
    // Only parts that add up to the total ("(khiển trách 10, cảnh cáo 3), còn 2 trường hợp chưa có kết quả" leaves it a procedure).
    let sum = 0;
    for (const pi of b.parts) sum += mentions[pi]?.count ?? Number.NaN;
    if (other || forms < 2 || sum !== t.count) continue;
    if (t.measure === 'disciplineProcedure') {
      if (t.resolved === undefined || !decidedHead(c, t.resolved, t.sentence) || c.tokens[t.end]?.key !== '(' || c.tokens[t.end + 1]?.key === DU) continue;
      t.measure = 'discipline';
      t.category = 'total';
    } else if (t.measure === 'discipline' && t.source === 'forward' && t.category !== 'total' && c.tokens[t.end]?.key === '(' && !EARLIER.has(c.tokens[t.end + 1]?.key ?? '')) {
      const own = t.category;
      if (b.parts.some((pi) => mentions[pi]?.category !== own)) t.category = 'total';
    }
  }
}

const UY_VIEN = /* @__PURE__ */ `${wordKey('ủy')} ${wordKey('viên')}`;
const TRUONG_HOP = /* @__PURE__ */ `${wordKey('trường')} ${wordKey('hợp')}`;
/** Whether a noun is "trường hợp" (cases: of persons or of organisations, as the context says). */
const isCases = (noun: string): boolean => noun.split(' ').map((w) => wordKey(w)).join(' ') === TRUONG_HOP;
/** A count of committee members ("cấp ủy viên", "đảng ủy viên", "chi ủy viên"): always some of the members counted, never a kind of them. */
function isCommitteeMember(m: Mention): boolean {
  if (m.unitKind !== 'cadre' || m.nounText === null) return false;
  const words = m.nounText.split(' ').map((w) => wordKey(w));
  return words.length >= 2 && `${words[words.length - 2] ?? ''} ${words[words.length - 1] ?? ''}` === UY_VIEN;
}

/** Whether mention `mi` is already a part or subset of another. */
function partOrSubset(mentions: readonly Mention[], mi: number): boolean {
  const r = mentions[mi]?.role;
  return r === 'part' || r === 'subset';
}

/** Parenthetical groups: the counts inside "(…)" are parts (or one subset) of their owner. */
function parentheticalBreakdowns(c: ReadContext, pendingBreakdowns: Pending[]): void {
  const { tokens, mentions, ownerOf } = c;
  {
    const byOwner = new Map<number, number[]>();
    for (let mi = 0; mi < mentions.length; mi++) {
      const oi = ownerOf[mi] ?? -1;
      const m = mentions[mi] as Mention;
      if (oi < 0 || m.depth !== (mentions[oi]?.depth ?? 0) + 1) continue;
      const list = byOwner.get(oi) ?? [];
      list.push(mi);
      byOwner.set(oi, list);
    }
    for (const [oi, list] of byOwner) {
      const o = mentions[oi] as Mention;
      const first = mentions[list[0] ?? 0] as Mention;
      const opensWithMarker = startsWithMarker(tokens, first.group + 1, BREAKDOWN_MARKERS) > 0 && tokens[first.group + 1]?.key === wordKey('trong');
      for (const pi of list) {
        const p = mentions[pi] as Mention;
        // A count with a cue of its own ("2 chi bộ … mới thành lập") does not take the owner's measure.
        if (p.measure === undefined && p.resolved === undefined && o.measure !== undefined) {
          p.measure = o.measure;
          // "Hoàn thành xuất sắc nhiệm vụ 08 (có 01 đảng bộ và 07 chi bộ)": counts in the parentheses
          // of a count of one level or form are counts of that level or form, broken down another way.
          p.category = o.category ?? inheritedCategory(o.measure, o.category);
          p.source = 'owner';
        }
        if (o.measure === 'proposedDiscipline' && p.measure === 'discipline') p.measure = 'proposedDiscipline';
      }
      // One count in the parentheses, with or without "trong đó": who among them (a subset), not a
      // partition ("4 đảng viên (2 tại xã Cốc Mỳ, 2 đảng viên tại xã Dền Thàng)" has a second count
      // without a noun, which is no mention: one part read of two would be a false sum).
      if (list.length === 1 && (opensWithMarker || groupHasBareNumber(c, first.group, oi))) {
        const p = mentions[list[0] ?? 0] as Mention;
        p.role = 'subset';
        p.partOf = oi;
      } else if (!opensWithMarker || list.length > 1) {
        const parts = list.filter((pi) => mentions[pi]?.measure !== undefined && mentions[pi]?.subject === o.subject);
        if (parts.length > 0 && o.measure !== undefined) {
          for (const pi of parts) {
            (mentions[pi] as Mention).role = 'part';
            (mentions[pi] as Mention).partOf = oi;
          }
          pendingBreakdowns.push({ total: oi, parts, kind: 'parenthetical' });
        }
      }
    }
  }

}

/** Whether the parenthesis opened at token `open` holds a count token that is no mention (a bare "2 tại …"). */
function groupHasBareNumber(c: ReadContext, open: number, owner: number): boolean {
  const { tokens, groupOf, mentionAt, mentions } = c;
  const o = mentions[owner] as Mention;
  for (let k = open + 1; k < tokens.length && k - open < 64; k++) {
    const t = tokens[k] as Token;
    if (t.key === ')' && groupOf[k] === o.group) return false;
    if (groupOf[k] !== open) continue;
    if (t.kind === 'number' && !t.notCount && !t.percent && (mentionAt[k] ?? -1) < 0) return true;
  }
  return false;
}

/** "trong đó" / "gồm" inside a sentence, at top level: parts after the marker, totals before it. */
function inSentenceBreakdowns(c: ReadContext, pendingBreakdowns: Pending[]): void {
  const { tokens, flags, n, sentenceStarts, sentenceCount, depth, bySentence } = c;
  const sentenceEndTok = (si: number): number => sentenceStarts[si + 1] ?? n;
  for (let si = 0; si < sentenceCount; si++) {
    // A sentence without a count has neither parts nor a total: its markers are not read.
    if ((bySentence[si]?.length ?? 0) === 0) continue;
    const a = sentenceStarts[si] ?? 0;
    const b = sentenceEndTok(si);
    for (let k = a; k < b; k++) {
      if (depth[k] !== 0 || ((flags[k] ?? 0) & W_MARKER) === 0) continue;
      const len = startsWithMarker(tokens, k, BREAKDOWN_MARKERS);
      if (len === 0) continue;
      upgradeGoodToGoodOrBetter(c, si, k, k + len, b);
      const { parts: uniqueParts, end: q } = partsAfterMarker(c, k + len, b);
      bareSubjectsFromOwner(c, si, k, uniqueParts);
      linkPartsToTotals(c, si, k, uniqueParts, pendingBreakdowns);
      k = q - 1;
    }
  }
}

/** The top-level mentions after a breakdown marker, up to ';' (unless the list goes on), the next marker or the sentence end. */
function partsAfterMarker(c: ReadContext, from: number, b: number): { parts: number[]; end: number } {
  const { tokens, flags, depth, cueAt, mentions, mentionAt } = c;
  const parts: number[] = [];
  let q = from;
  while (q < b) {
    if (depth[q] === 0 && ((flags[q] ?? 0) & W_MARKER) !== 0 && startsWithMarker(tokens, q, BREAKDOWN_MARKERS) > 0) break;
    if (depth[q] === 0 && tokens[q]?.key === ';') {
      // "…, trong đó: khiển trách 1 tổ chức, 10 đảng viên; cảnh cáo 4 đảng viên": the list goes on
      // past ";" while the next item opens with a count or a specific outcome.
      const nextTok = tokens[q + 1];
      const nextCue = cueAt[q + 1];
      const continues =
        (nextTok?.kind === 'number' && !nextTok.notCount) ||
        (nextCue !== undefined && nextCue.start === q + 1 && nextCue.cue.kind === 'measure' && !nextCue.cue.general && !nextCue.cue.qualifier);
      if (!continues) break;
    }
    const mi = mentionAt[q] ?? -1;
    if (mi >= 0 && mentions[mi]?.depth === 0 && mentions[mi]?.numStart === q) parts.push(mi);
    else if (mi >= 0 && mentions[mi]?.depth === 0 && mentions[mi]?.begin === q) parts.push(mi);
    q++;
  }
  return { parts: [...new Set(parts)], end: q };
}

/** How many of a sentence's mentions (`inS`, in text order) start before token `k` (binary search). */
function countBefore(mentions: readonly Mention[], inS: readonly number[], k: number): number {
  let lo = 0;
  let hi = inS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[inS[mid] ?? 0]?.numStart ?? 0) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bare parts ("trong đó: khiển trách 15, cảnh cáo 8") take the subject of the count before the marker at token `k`. */
function bareSubjectsFromOwner(c: ReadContext, si: number, k: number, uniqueParts: readonly number[]): void {
  const { mentions, bySentence } = c;
  const inS = bySentence[si] ?? [];
  let owner: Mention | undefined;
  for (let q3 = countBefore(mentions, inS, k) - 1, steps = 0; q3 >= 0 && steps < 64; q3--, steps++) {
    const m = mentions[inS[q3] ?? 0] as Mention;
    if (m.depth === 0 && m.measure !== undefined) {
      owner = m;
      break;
    }
  }
  if (owner) {
    for (const pi of uniqueParts) {
      const p = mentions[pi] as Mention;
      if (p.subject === 'unknown' && p.noun === null) {
        p.subject = owner.subject;
        p.unitKind = owner.unitKind;
      }
    }
  }
}

/** Link the parts after the marker at token `k` to their total before it, one subject kind at a time. */
function linkPartsToTotals(c: ReadContext, si: number, k: number, uniqueParts: readonly number[], pendingBreakdowns: Pending[]): void {
  const { mentions, bySentence } = c;
  const isPartOrSubset = (mi: number): boolean => partOrSubset(mentions, mi);
  // "thi hành kỷ luật đối với 10 tổ chức đảng, trong đó khiển trách 9 trường hợp, cảnh cáo 1 trường
  // hợp": "trường hợp" (cases) after a count of organisations are cases of those organisations.
  // The last top-level count before the marker: back from the marker, a bounded number of steps
  // (a sentence of thousands of markers and counts stays linear).
  let before: Mention | undefined;
  const inS = bySentence[si] ?? [];
  for (let q = countBefore(mentions, inS, k) - 1, steps = 0; q >= 0 && steps < 64; q--, steps++) {
    const m = mentions[inS[q] ?? -1] as Mention;
    if (m.depth === 0) {
      before = m;
      break;
    }
  }
  if (before?.subject === 'collective') {
    for (const pi of uniqueParts) {
      const p = mentions[pi] as Mention;
      if (p.unitKind === 'person' && p.nounText !== null && isCases(p.nounText)) {
        p.subject = before.subject;
        p.unitKind = before.unitKind;
      }
    }
  }
  for (const kind of ['individual', 'collective', 'unknown'] as const) {
    let ps = uniqueParts.filter((pi) => mentions[pi]?.subject === kind && !isPartOrSubset(pi) && (mentions[pi]?.measure !== undefined || mentions[pi]?.resolved === undefined));
    if (ps.length === 0) continue;
    let total = -1;
    const inSentence = bySentence[si] ?? [];
    // The last mention of the sentence that starts before the marker.
    const startPos = countBefore(mentions, inSentence, k) - 1;
    let pos = startPos;
    for (let steps = 0; pos >= 0 && steps < 64; pos--, steps++) {
      const mi = inSentence[pos] ?? 0;
      const m = mentions[mi] as Mention;
      if (m.depth !== 0) continue;
      if (m.subject === kind && m.measure !== undefined && !isPartOrSubset(mi)) {
        total = mi;
        break;
      }
    }
    if (total < 0) {
      // "có 1.234 đảng viên, trong đó 120 … hoàn thành xuất sắc nhiệm vụ, 1.000 … hoàn thành tốt
      // nhiệm vụ": a count without a cue of its own is the total of the measure its parts share.
      const shared = ps.map((pi) => mentions[pi]?.measure);
      const measure = shared[0];
      if (ps.length < 2 || measure === undefined || shared.some((x) => x !== measure)) continue;
      for (let q2 = startPos, steps = 0; q2 >= 0 && steps < 64; q2--, steps++) {
        const mi = inSentence[q2] ?? 0;
        const m = mentions[mi] as Mention;
        if (m.depth !== 0 || m.subject !== kind) continue;
        const sharedCategory = inheritedCategory(measure, mentions[ps[0] ?? 0]?.category);
        if (sharedCategory !== 'total' && ps.some((pi) => mentions[pi]?.category !== sharedCategory)) break;
        if (m.measure === undefined && m.resolved === undefined && !isPartOrSubset(mi)) {
          m.measure = measure;
          m.category = sharedCategory;
          m.source = 'owner';
          total = mi;
        }
        break;
      }
      if (total < 0) continue;
    }
    const t = mentions[total] as Mention;
    // "25 đảng viên … bị xử lý kỷ luật, trong đó 10 đảng viên suy thoái về đạo đức, lối sống": a
    // part named only by a finding is the total's outcome broken down by reason, not a finding;
    // reasons may overlap, so such parts are subsets, never summed.
    let byReason = false;
    if (t.measure !== undefined && OUTCOME_MEASURES.has(t.measure) && t.measure !== 'rating') {
      for (const pi of ps) {
        const p = mentions[pi] as Mention;
        if (p.resolved?.cue.qualifier && p.measure !== undefined && FINDING_MEASURES.has(p.measure) && p.source !== 'left') {
          p.measure = t.measure;
          p.category = 'total';
          byReason = true;
        }
      }
    }
    ps = ps.filter((pi) => partFits(t, mentions[pi] as Mention));
    if (ps.length === 0) continue;
    if (byReason) {
      markSubsets(mentions, ps, total);
      continue;
    }
    for (const pi of ps) {
      const p = mentions[pi] as Mention;
      if (p.measure === undefined) {
        p.measure = t.measure;
        p.category = inheritedCategory(t.measure, t.category);
        p.source = 'owner';
      }
      // "210 chi bộ trực thuộc …, trong đó 45 chi bộ …": the generic noun names the same units.
      if (p.unitKind === 'partyOrganization' && (t.unitKind === 'tccsd' || t.unitKind === 'directBranch')) p.unitKind = t.unitKind;
    }
    // One count, or only committee members ("trong đó có 2 đảng ủy viên, 1 chi ủy viên") among a
    // count of members: who among them, not a partition of them.
    if (ps.length === 1 || (t.unitKind !== 'cadre' && ps.every((pi) => isCommitteeMember(mentions[pi] as Mention)))) {
      markSubsets(mentions, ps, total);
      continue;
    }
    for (const pi of ps) {
      const p = mentions[pi] as Mention;
      p.role = 'part';
      p.partOf = total;
      if (t.measure === 'proposedDiscipline' && p.measure === 'discipline') p.measure = 'proposedDiscipline';
    }
    pendingBreakdowns.push({ total, parts: ps, kind: 'inSentence' });
  }
}

/** "Trong số 62 đảng viên bị kỷ luật có 13 cấp ủy viên": the next count of the same subject kind is a subset. */
function trongSoSubsets(c: ReadContext): void {
  const { tokens, mentions } = c;
  const isPartOrSubset = (mi: number): boolean => partOrSubset(mentions, mi);
  // "Trong số 62 đảng viên bị kỷ luật có 13 cấp ủy viên": the next count of the same subject kind
  // in the sentence is a subset of the "trong (tổng) số" count.
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    if (m.depth !== 0 || tokens[m.begin - 1]?.key !== SO) continue;
    const trong = tokens[m.begin - 2]?.key === TRONG || (tokens[m.begin - 2]?.key === TONG && tokens[m.begin - 3]?.key === TRONG);
    if (!trong || m.measure === undefined || isPartOrSubset(mi)) continue;
    const next = mentions[mi + 1];
    if (!next || next.sentence !== m.sentence || next.depth !== 0 || next.subject !== m.subject || isPartOrSubset(mi + 1)) continue;
    if (next.measure === undefined) {
      next.measure = m.measure;
      next.category = inheritedCategory(m.measure, m.category);
      next.source = 'owner';
    }
    if (next.measure !== m.measure) continue;
    next.role = 'subset';
    next.partOf = mi;
  }
  // "trong 1.120 đảng viên bị kỷ luật, có 300 đảng viên vi phạm về …, và có tới 83 đảng viên khác có
  // hành vi tham nhũng": the persons counted after a discipline total "among" which they are, with no
  // outcome of their own (none, or only a finding such as "vi phạm"), are those disciplined by reason:
  // subsets of it, never summed (reasons may overlap).
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    if (m.depth !== 0 || m.measure !== 'discipline' || m.category !== 'total' || m.subject !== 'individual' || m.source !== 'right') continue;
    if (!amongBefore(tokens, m.begin) || isPartOrSubset(mi)) continue;
    // At most 64 mentions on (a sentence of thousands of "trong N …" stays linear).
    for (let nj = mi + 1, from = m.end; nj < mentions.length && nj - mi <= 64; nj++) {
      const next = mentions[nj] as Mention;
      if (next.sentence !== m.sentence) break;
      if (next.depth !== 0) continue;
      // Up to the clause's end (";", unless the next clause goes on with "(và) có …"), and only persons
      // with no cue of another kind ("kết nạp 25 đảng viên"), each no more than the total.
      let clauseEnds = false;
      for (let k = from; k < next.begin; k++) {
        if (tokens[k]?.key !== ';' || c.depth[k] !== 0) continue;
        const after = tokens[k + 1]?.key === VA ? k + 2 : k + 1;
        if (tokens[after]?.key !== CO) clauseEnds = true;
      }
      if (clauseEnds) break;
      from = next.end;
      if (next.subject !== 'individual' || isPartOrSubset(nj) || !(next.measure === undefined || FINDING_MEASURES.has(next.measure))) break;
      if ((next.measure === undefined && next.resolved !== undefined) || next.count > m.count) break;
      next.measure = 'discipline';
      next.category = 'total';
      next.source = 'owner';
      next.role = 'subset';
      next.partOf = mi;
    }
  }
}

/** "trong", "trong số" or "trong tổng số" right before token `i`: a count among those of what follows it. */
function amongBefore(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.key;
  if (a === TRONG) return true;
  if (a !== SO) return false;
  const b = tokens[i - 2]?.key;
  return b === TRONG || (b === TONG && tokens[i - 3]?.key === TRONG);
}

/**
 * "604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%, trong đó có 23,8% xếp loại hoàn thành xuất sắc
 * nhiệm vụ": a "good" count whose share after "trong đó" is excellent counts good or better.
 */
function upgradeGoodToGoodOrBetter(c: ReadContext, si: number, marker: number, from: number, end: number): void {
  const { tokens, cueAt, mentions, bySentence } = c;
  let next: CueMatch | undefined;
  for (let q = from; q < end && q - from < 16; q++) {
    if (tokens[q]?.key === ';') return;
    const cm = cueAt[q];
    if (cm && cm.cue.kind === 'measure' && !cm.cue.general) {
      next = cm;
      break;
    }
  }
  if (next?.cue.measure !== 'rating' || next.cue.category !== 'excellent') return;
  const inS = bySentence[si] ?? [];
  for (let q = inS.length - 1, steps = 0; q >= 0 && steps < 64; q--, steps++) {
    const m = mentions[inS[q] ?? 0] as Mention;
    if (m.numStart >= marker || m.depth !== 0) continue;
    if (m.measure === 'rating' && m.category === 'good') m.category = 'goodOrBetter';
    return;
  }
}

/**
 * "thi hành kỷ luật … 2.894 đảng viên, có 889 cấp ủy viên": committee members counted right after a
 * count of persons, joined by ", có", are some of them (a subset of the same measure), never a part.
 */
function committeeMembersAmong(c: ReadContext): void {
  const { tokens, mentions, prevSame } = c;
  for (let mi = 1; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    if (m.measure !== undefined || m.resolved !== undefined || m.role !== 'standalone' || !isCommitteeMember(m)) continue;
    if (tokens[m.begin - 1]?.key !== CO || tokens[m.begin - 2]?.key !== ',') continue;
    const pi = prevSame[mi] ?? -1;
    const t = mentions[pi];
    if (t === undefined || t.end !== m.begin - 2 || t.subject !== 'individual' || t.measure === undefined || isCommitteeMember(t)) continue;
    m.measure = t.measure;
    m.category = inheritedCategory(t.measure, t.category);
    m.source = 'owner';
    m.role = 'subset';
    m.partOf = pi;
  }
}

/**
 * "Trong số đảng viên bị thi hành kỷ luật, chủ yếu do vi phạm chính sách dân số (15 trường hợp), 3
 * trường hợp vi phạm …", "Các đảng viên này bị kỷ luật do vi phạm … (3 đồng chí); …": a sentence
 * about those disciplined, whose discipline cue comes before any count and takes none, counts them
 * by reason. Its counts of persons without an outcome of their own (none, or only a finding such as
 * "vi phạm") are subsets of the last discipline total of persons in the three sentences before:
 * reasons may overlap, so they are never summed.
 */
function reasonSubsets(c: ReadContext): void {
  const { tokens, sentenceStarts, sentenceCount, cueAt, mentions, bySentence } = c;
  for (let si = 1; si < sentenceCount; si++) {
    const inS = bySentence[si] ?? [];
    const first = mentions[inS[0] ?? -1];
    if (first === undefined) continue;
    let lead: CueMatch | undefined;
    for (let k = sentenceStarts[si] ?? 0; k < first.begin; k++) {
      const cm = cueAt[k];
      if (cm?.cue.kind === 'measure' && cm.cue.measure === 'discipline') lead = cm;
    }
    // "… bị xử lý kỷ luật. Trong đó có 15.101 đảng viên suy thoái về đạo đức, lối sống; 8.281 …": a
    // sentence opening with "Trong đó" breaks down the sentence before, and only that one.
    const s0 = sentenceStarts[si] ?? 0;
    const trongDo = tokens[s0]?.key === TRONG && tokens[s0 + 1]?.key === DO_THAT;
    if (lead === undefined && !trongDo) continue;
    const byReason = inS.filter((mi) => {
      const m = mentions[mi] as Mention;
      return m.subject === 'individual' && m.role === 'standalone' && (m.measure === undefined || FINDING_MEASURES.has(m.measure));
    });
    if (byReason.length === 0 || byReason.length !== inS.length) continue;
    let total = -1;
    if (lead === undefined) {
      // After "Trong đó", only counts by a reason ("vi phạm", "suy thoái" …), none with a cue of
      // another kind ("kết nạp"), and only of the last count of the sentence before, if that count
      // is a discipline total of persons at least as large as each of them.
      if (!byReason.some((mi) => FINDING_MEASURES.has((mentions[mi] as Mention).measure as ExtractedTallyMeasure))) continue;
      if (byReason.some((mi) => (mentions[mi] as Mention).resolved !== undefined && (mentions[mi] as Mention).measure === undefined)) continue;
      const prev = (bySentence[si - 1] ?? []).filter((mi) => mentions[mi]?.depth === 0 && !partOrSubset(mentions, mi));
      const t = mentions[prev[prev.length - 1] ?? -1];
      if (!t || t.measure !== 'discipline' || t.category !== 'total' || t.subject !== 'individual') continue;
      if (byReason.some((mi) => (mentions[mi] as Mention).count > t.count)) continue;
      total = prev[prev.length - 1] ?? -1;
    }
    for (let sj = si - 1; sj >= 0 && sj >= si - 3 && total < 0 && lead !== undefined; sj--) {
      const prev = bySentence[sj] ?? [];
      for (let q = prev.length - 1; q >= 0; q--) {
        const t = mentions[prev[q] ?? -1] as Mention;
        if (t.measure === 'discipline' && t.category === 'total' && t.subject === 'individual' && t.role !== 'part' && t.role !== 'subset') {
          total = prev[q] ?? -1;
          break;
        }
      }
    }
    if (total < 0) continue;
    for (const mi of byReason) {
      const m = mentions[mi] as Mention;
      m.measure = 'discipline';
      m.category = 'total';
      m.source = 'owner';
      m.role = 'subset';
      m.partOf = total;
    }
  }
}

/**
 * "… 36 tổ chức cơ sở đảng …, 63 tập thể quản lý và 159 chi bộ đều hoàn thành tốt nhiệm vụ. Trong
 * đó, có 7/36 tổ chức cơ sở Đảng, 12/63 … và 34/159 chi bộ được công nhận hoàn thành xuất sắc nhiệm
 * vụ": an excellent count "of" a good count of the sentence before (its denominator), after "Trong
 * đó", is some of them, so that count was of good or better (as in one sentence, §3.5 [P8]).
 */
function excellentAmongGood(c: ReadContext): void {
  const { tokens, sentenceStarts, sentenceCount, mentions, bySentence } = c;
  for (let si = 1; si < sentenceCount; si++) {
    const s0 = sentenceStarts[si] ?? 0;
    if (tokens[s0]?.key !== TRONG || tokens[s0 + 1]?.key !== DO_THAT || differentYears(c, si - 1, si)) continue;
    for (const pi of bySentence[si] ?? []) {
      const p = mentions[pi] as Mention;
      if (p.measure !== 'rating' || p.category !== 'excellent' || p.of === undefined || partOrSubset(mentions, pi)) continue;
      const prev = bySentence[si - 1] ?? [];
      for (let q = 0; q < prev.length && q < 64; q++) {
        const ti = prev[q] as number;
        const t = mentions[ti] as Mention;
        if (t.measure !== 'rating' || (t.category !== 'good' && t.category !== 'goodOrBetter') || t.count !== p.of || t.subject !== p.subject) continue;
        if (partOrSubset(mentions, ti)) continue;
        t.category = 'goodOrBetter';
        p.role = 'subset';
        p.partOf = ti;
        break;
      }
    }
  }
}

/** "Cụ thể, …" and dispositions across two sentences. */
function acrossSentenceBreakdowns(c: ReadContext, pendingBreakdowns: Pending[]): void {
  const { tokens, sentenceStarts, sentenceCount, mentions, bySentence } = c;
  const isPartOrSubset = (mi: number): boolean => partOrSubset(mentions, mi);
  const topMentions = (si: number): number[] =>
    (bySentence[si] ?? []).filter((mi) => mentions[mi]?.depth === 0 && mentions[mi]?.measure !== undefined);
  const withBreakdown = new Set(pendingBreakdowns.map((p) => p.total));
  const hasBreakdown = (mi: number): boolean => withBreakdown.has(mi);

  // "Cụ thể, …" and dispositions across two sentences.
  for (let si = 1; si < sentenceCount; si++) {
    const cur = topMentions(si).filter((mi) => !isPartOrSubset(mi));
    if (cur.length < 2) continue;
    const prevTop = topMentions(si - 1).filter((mi) => !isPartOrSubset(mi));
    if (prevTop.length === 0) continue;
    let first = sentenceStarts[si] ?? 0;
    while (tokens[first]?.kind === 'quote') first++;
    const detail = startsWithMarker(tokens, first, DETAIL_MARKERS) > 0;
    const allOutcomes = cur.every((mi) => {
      const m = mentions[mi] as Mention;
      return m.measure !== undefined && OUTCOME_MEASURES.has(m.measure) && m.category !== 'total' && m.category !== 'goodOrBetter' && m.category !== 'satisfactoryOrBetter';
    });
    const prevFindings = prevTop.filter((mi) => FINDING_MEASURES.has((mentions[mi] as Mention).measure as ExtractedTallyMeasure));
    const kind: StatedBreakdownKind | undefined =
      detail && allOutcomes ? 'detail' : allOutcomes && prevFindings.length > 0 ? 'disposition' : undefined;
    if (!kind) continue;
    if (kind === 'detail') {
      // "Về hình thức: khiển trách 28, cảnh cáo 21 …": bare counts take the subject of the last total.
      const last = mentions[prevTop[prevTop.length - 1] ?? -1];
      for (const mi of cur) {
        const p = mentions[mi] as Mention;
        if (p.subject === 'unknown' && p.noun === null && last && last.subject !== 'unknown') {
          p.subject = last.subject;
          p.unitKind = last.unitKind;
        }
      }
    }
    for (const subj of ['individual', 'collective'] as const) {
      const ps = cur.filter((mi) => mentions[mi]?.subject === subj);
      if (ps.length === 0) continue;
      const totals = (kind === 'disposition' ? prevFindings : prevTop).filter((mi) => mentions[mi]?.subject === subj && !hasBreakdown(mi));
      const total = totals[totals.length - 1];
      if (total === undefined) continue;
      const t = mentions[total] as Mention;
      if (kind === 'detail' && !(t.category === 'total' && ps.every((pi) => mentions[pi]?.measure === t.measure))) continue;
      if (ps.length < 2 && kind === 'detail') continue;
      for (const pi of ps) {
        const p = mentions[pi] as Mention;
        p.role = 'part';
        p.partOf = total;
      }
      pendingBreakdowns.push({ total, parts: ps, kind });
      withBreakdown.add(total);
    }
  }

}

/** Phase 7, output: tallies and unclassified counts with spans, roles and repeats, and each breakdown checked by reconcile. */
function output(c: ReadContext): ExtractionResult {
  const { text, opts, tokens, truncatedSentence, mentions, pendingBreakdowns } = c;
  const sentenceSpan = (si: number): readonly [number, number] => spanOfSentence(c, si);
  // ---- output
  const tallies: ExtractedTally[] = [];
  const unclassified: UnclassifiedCount[] = [];
  const sentenceOfTally: number[] = [];
  const amongTally: boolean[] = [];
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi] as Mention;
    const numA = tokens[m.numStart] as Token;
    const numB = tokens[m.numEnd - 1] as Token;
    const endTok = tokens[m.end - 1] as Token;
    const baseSpan: readonly [number, number] = [tokens[m.begin]?.start ?? numA.start, endTok.end];
    if (m.tooLarge || m.sentence === truncatedSentence || m.measure === undefined || m.category === undefined) {
      const other = !m.tooLarge && m.resolved?.cue.kind === 'other';
      // Field by field in the order of the type, without a spread per optional field.
      const u = {} as Mutable<UnclassifiedCount>;
      // A number too large to hold exactly is given by its text only, never as a rounded or infinite count.
      if (!m.tooLarge) u.count = m.count;
      u.subject = m.subject;
      u.noun = m.nounText;
      u.reason = m.tooLarge ? 'tooLarge' : m.sentence === truncatedSentence ? 'truncated' : other ? 'otherMeasure' : 'noCue';
      if (other && m.sentence !== truncatedSentence && m.resolved?.cue.hint) u.hint = m.resolved.cue.hint;
      u.span = baseSpan;
      u.quote = text.slice(baseSpan[0], baseSpan[1]);
      u.sentenceSpan = sentenceSpan(m.sentence);
      unclassified.push(u);
      continue;
    }
    let start = baseSpan[0];
    let end = baseSpan[1];
    if (m.source === 'left' && m.resolved) start = Math.min(start, tokens[m.resolved.start]?.start ?? start);
    if (m.source === 'right' && m.resolved) {
      end = Math.max(end, tokens[m.resolved.end - 1]?.end ?? end);
      if (tokens[m.resolved.end]?.kind === 'quote' && tokens[m.resolved.end]?.spaceBefore === false) end = tokens[m.resolved.end]?.end ?? end;
    }
    m.tallyIndex = tallies.length;
    sentenceOfTally.push(m.sentence);
    amongTally.push(amongBefore(tokens, m.begin));
    // Built field by field, in the order of the type (no spread of a temporary object per optional field).
    const t: Mutable<ExtractedTally> = {
      index: tallies.length,
      measure: m.measure,
      category: m.category,
      subject: m.subject,
      unitKind: m.unitKind,
      noun: m.nounText,
      count: m.count,
    } as Mutable<ExtractedTally>;
    if (m.approx) t.approx = m.approx;
    if (m.of !== undefined) t.of = m.of;
    if (m.percent !== undefined) t.percent = m.percent;
    if (m.zero) t.zeroByNegation = true;
    t.span = [start, end];
    t.quote = text.slice(start, end);
    t.countSpan = [numA.start, numB.end];
    t.sentenceSpan = sentenceSpan(m.sentence);
    t.role = m.role;
    tallies.push(t);
  }
  // Fix roles, partOf and repeats with final indexes.
  const drafts: { total: number; parts: number[]; kind: StatedBreakdownKind; caveats: Label[] }[] = [];
  const final = tallies as Mutable<ExtractedTally>[];
  for (const pb of pendingBreakdowns) {
    const ti = mentions[pb.total]?.tallyIndex;
    const parts = pb.parts.map((pi) => mentions[pi]?.tallyIndex).filter((x): x is number => x !== undefined);
    if (ti === undefined || parts.length === 0) continue;
    const total = final[ti];
    if (!total) continue;
    total.role = total.role === 'standalone' ? 'total' : total.role;
    const caveats: Label[] = [];
    const partKinds = new Set(parts.map((p) => final[p]?.unitKind));
    if (total.unitKind !== null && [...partKinds].some((k) => k !== null && k !== total.unitKind)) caveats.push(NOUN_CAVEAT);
    if (pb.kind === 'disposition') caveats.push(DISPOSITION_CAVEAT);
    drafts.push({ total: ti, parts, kind: pb.kind, caveats });
  }
  for (const m of mentions) {
    if (m.tallyIndex === undefined) continue;
    const t = final[m.tallyIndex];
    if (!t) continue;
    if (m.partOf !== undefined) {
      const pi = mentions[m.partOf]?.tallyIndex;
      if (pi !== undefined) t.partOf = pi;
      else t.role = 'standalone';
    }
  }
  // A subset or part whose total is unclassified keeps its role only with a valid partOf.
  for (const t of final) if ((t.role === 'part' || t.role === 'subset') && t.partOf === undefined) t.role = 'standalone';
  markRepeats(c, final, sentenceOfTally, amongTally);
  // A breakdown stated again (summary and body): its parts repeat the earlier parts.
  const partsOf = new Map<number, readonly number[]>();
  for (const b of drafts) partsOf.set(b.total, b.parts);
  for (const b of drafts) {
    const earlier = final[b.total]?.repeatOf;
    const before = earlier === undefined ? undefined : partsOf.get(earlier);
    if (!before || before.length !== b.parts.length) continue;
    const same = before.every((p, i) => final[p]?.count === final[b.parts[i] ?? -1]?.count && final[p]?.category === final[b.parts[i] ?? -1]?.category);
    if (!same) continue;
    b.parts.forEach((p, i) => {
      const t = final[p];
      if (t) t.repeatOf = before[i];
    });
  }
  // Each breakdown is checked by the report area's reconciliation (one engine for typed-in and
  // read figures), with its measures, forms, subjects and subsets.
  const checks = checkExtractedBreakdowns(final, drafts, opts.reconcile);
  const breakdowns: ExtractedBreakdown[] = drafts.map((d, i) => ({ total: d.total, parts: d.parts, kind: d.kind, check: checks[i] as StatedBreakdownCheck }));
  return freezeResult({ tallies: final, breakdowns, unclassified });
}

/**
 * Repeats (`repeatOf`): the same measure, category, subject and count stated again in another
 * sentence; a title said again as a part of the body; and a count "among" which the next ones are,
 * naming an earlier one again.
 */
function markRepeats(c: ReadContext, final: Mutable<ExtractedTally>[], sentenceOfTally: readonly number[], amongTally: readonly boolean[]): void {
  const { tokens, mentions } = c;
  // Ratings of TCCSĐ, chi bộ trực thuộc and leadership collectives are separate counters (§5 decision 13):
  // "9 tổ chức cơ sở đảng …" and "9 chi bộ trực thuộc …" at the same level are not one statement.
  // One key per tally, made once for the three passes below.
  const keys = final.map((t) => `${t.measure}|${t.category}|${t.subject}|${t.count}|${t.approx ?? ''}|${t.measure === 'rating' ? ratingUnitClass(t.unitKind) : ''}`);
  const seen = new Map<string, number>();
  for (const t of final) {
    if (t.role === 'part' || t.role === 'subset') continue;
    const key = keys[t.index] as string;
    const earlier = seen.get(key);
    if (earlier !== undefined && final[earlier]?.sentenceSpan[0] !== t.sentenceSpan[0]) t.repeatOf = earlier;
    else if (earlier === undefined) seen.set(key, t.index);
  }
  // A headline stated first on its own ("147 đảng viên bị khai trừ khỏi đảng"), then as a part of the
  // body's breakdown ("kỷ luật 1.120 đảng viên, trong đó … khai trừ khỏi đảng 147 đảng viên"): the
  // part states it again (without this, a Tally would count those 147 twice). Only a title: the
  // first sentence, with no full stop, its only count; and not when the two name different years.
  // In a body, the same count of one form recurs for other bodies, units and years ("… kỷ luật 1
  // đảng viên với hình thức khiển trách; …" then "(khiển trách: 1; …)").
  let inTitle = 0;
  for (let mi = 0; mi < mentions.length && (mentions[mi] as Mention).sentence === 0; mi++) inTitle++;
  const lastOfTitle = tokens[(c.sentenceStarts[1] ?? c.n) - 1];
  if (inTitle === 1 && !(lastOfTitle?.kind === 'punct' && isSentenceEnd(lastOfTitle.key))) {
    for (const t of final) {
      if (t.role !== 'part' || t.repeatOf !== undefined) continue;
      const earlier = seen.get(keys[t.index] as string);
      const e = earlier === undefined ? undefined : final[earlier];
      if (e === undefined || e.index >= t.index || e.role !== 'standalone' || sentenceOfTally[e.index] !== 0) continue;
      if (!differentYears(c, 0, sentenceOfTally[t.index] ?? 0)) t.repeatOf = e.index;
    }
  }
  // "Trong 15.101 đảng viên bị kỷ luật về suy thoái đạo đức, lối sống, có …": a count "among" which
  // the next ones are names an earlier count again, whatever that one's place in its breakdown.
  if (!amongTally.includes(true)) return;
  const firstOfKey = new Map<string, number>();
  for (const t of final) {
    const key = keys[t.index] as string;
    const earlier = firstOfKey.get(key);
    if (earlier === undefined) firstOfKey.set(key, t.index);
    else if (
      amongTally[t.index] === true &&
      t.repeatOf === undefined &&
      t.role !== 'part' &&
      t.role !== 'subset' &&
      final[earlier]?.unitKind === t.unitKind &&
      sentenceOfTally[earlier] !== sentenceOfTally[t.index] &&
      !differentYears(c, sentenceOfTally[earlier] ?? 0, sentenceOfTally[t.index] ?? 0)
    ) {
      t.repeatOf = earlier;
    }
  }
}

/**
 * Freeze a result bottom-up, by its known shape: each tally and count with its span arrays, each
 * breakdown with its parts, then the lists and the result. What a generic walk would do, without
 * listing every key of every object; each check by {@link freezeCheck} (reconcile's findings and
 * classification are frozen where they were made, and the explanation, built on first read, by explain).
 */
function freezeResult(r: ExtractionResult): ExtractionResult {
  for (const t of r.tallies) {
    Object.freeze(t.span);
    Object.freeze(t.countSpan);
    Object.freeze(t.sentenceSpan);
    Object.freeze(t);
  }
  for (const u of r.unclassified) {
    Object.freeze(u.span);
    Object.freeze(u.sentenceSpan);
    Object.freeze(u);
  }
  for (const b of r.breakdowns) {
    Object.freeze(b.parts);
    freezeCheck(b.check);
    Object.freeze(b);
  }
  Object.freeze(r.tallies);
  Object.freeze(r.unclassified);
  Object.freeze(r.breakdowns);
  return Object.freeze(r);
}

/** The mentions at `ps` are subsets of the mention at `total` (who among them, not a partition). */
function markSubsets(mentions: readonly Mention[], ps: readonly number[], total: number): void {
  for (const pi of ps) {
    const p = mentions[pi] as Mention;
    p.role = 'subset';
    p.partOf = total;
  }
}
