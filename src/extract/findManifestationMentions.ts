/**
 * Finding where a report speaks of the 27 manifestations of NQ 04-NQ/TW (Part I; catalog in
 * src/catalog). Each clause of the text is compared with the catalog's wording: the verified or
 * partial official text (`textVi`), nq4's short label and the unofficial topic hints (`gistVi`,
 * never official text). The comparison uses pairs of consecutive syllables (Vietnamese words are
 * mostly two syllables), weighted by how few catalog items share them, after normalization (NFC,
 * tone placement, case). A clause that matches enough of an item's wording is a mention of it;
 * a list like "(1) … (5)" gives one mention per item.
 *
 * Scores are a reading aid, not a finding: where the catalog wording is unverified (8 items carry
 * only a hint) a paraphrase may be missed, and a clause that praises the opposite behaviour
 * ("nói đi đôi với làm") matches the item it negates.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parseInput, toSafe, type SafeResult } from '../errors.js';
import { manifestations, type ManifestationGroupNumber, type ManifestationId } from '../catalog/manifestations.js';
import { EXTRACT_MAX_TEXT_LENGTH, textLengthBound } from './extractTallies.js';
import { wordKey } from './normalize.js';
import { tokenize, type Token } from './tokenize.js';
import { EXTRACT_INPUT_MESSAGES } from './_messages.js';

/**
 * What a mention is of: one or more catalog `item`s, a `group` heading ("suy thoái về đạo đức,
 * lối sống"), or the `list` as a whole ("27 biểu hiện").
 * @category Extract
 */
export type ManifestationMentionKind = 'item' | 'group' | 'list';

/**
 * A place where the text speaks of the manifestations.
 * @category Extract
 */
export interface ManifestationMention {
  /** Item, group or the whole list. */
  readonly kind: ManifestationMentionKind;
  /** For `item`: the catalog ids matched, best first. Empty for `group` and `list`. */
  readonly ids: readonly ManifestationId[];
  /** The groups concerned (of the ids, or named by a group heading). */
  readonly groups: readonly ManifestationGroupNumber[];
  /** Strength of the match in [0, 1]; 1 for `list` and `group` phrases. */
  readonly score: number;
  /** Per id, its own score, best first (same order as `ids`). */
  readonly scores: readonly { readonly id: ManifestationId; readonly score: number }[];
  /** `[start, end)` in the original string: the clause that matched. */
  readonly span: readonly [number, number];
  /** `text.slice(span[0], span[1])`. */
  readonly quote: string;
  /** The number of the list item when the clause opens an enumeration ("(3)", "3."). */
  readonly listItem?: number;
  /** True when the clause says the manifestation is gone ("không còn tình trạng …"). */
  readonly negated: boolean;
}

/**
 * Options of {@link findManifestationMentions}.
 * @category Extract
 */
export interface FindManifestationMentionsOptions {
  /** Lowest item score reported, in [0, 1]. Default 0.4. */
  readonly minScore?: number;
  /** Largest text accepted (UTF-16 code units). Default {@link EXTRACT_MAX_TEXT_LENGTH}. */
  readonly maxLength?: number;
  /** Report `group` and `list` mentions too (default `true`). */
  readonly includeGroups?: boolean;
}

/**
 * The options of {@link findManifestationMentions}, built on first use.
 * @internal
 */
export const findManifestationMentionsOptionsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    minScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
    maxLength: z.optional(textLengthBound()),
    includeGroups: z.optional(z.boolean()),
  }),
);

/** Common report bigrams that say nothing about a particular item. */
const STOP_BIGRAMS = [
  'cán bộ',
  'đảng viên',
  'của đảng',
  'nhà nước',
  'của nhà',
  'tổ chức',
  'thực hiện',
  'nhiệm vụ',
  'được giao',
  'chủ nghĩa',
  'xã hội',
  'đối với',
  'các cấp',
  'cơ quan',
  'đơn vị',
  'lãnh đạo',
  'trong đảng',
  'nhân dân',
  'của nhân',
  'và nhà',
  'đảng và',
  'với đảng',
  'nghị quyết',
  'quyết của',
  'chính trị',
  'tư tưởng',
  'tưởng hồ',
  'hồ chí',
  'chí minh',
  'tự phê',
  'phê bình',
  'bình và',
  'và phê',
  'tập thể',
  'cá nhân',
  'công tác',
  'học tập',
  'làm theo',
  'xây dựng',
  'tổ quốc',
  'nội bộ',
  'nhận thức',
  'trách nhiệm',
  'vai trò',
  'kiểm tra',
  'giám sát',
  'tình hình',
  'địa phương',
  'thực tế',
  'đạo đức',
  'lối sống',
  'kinh tế',
  'phát triển',
  'dân chủ',
  'nguyên tắc',
  'tắc tổ',
  'chức của',
  'hiệu quả',
  'quản lý',
  'cơ sở',
  'người đứng',
  'đứng đầu',
  'cấp ủy',
  'tầng lớp',
  'thời gian',
  'gắn với',
  'đấu tranh',
  'khuyết điểm',
  'nghĩa xã',
  'hội chủ',
  'nghĩa mác',
  'của các',
  'trong công',
  'pháp luật',
  'luật của',
  'chính sách',
  'trong cán',
  'viên và',
  'và nhân',
  'và xã',
  'với nhân',
  'hội nghị',
  'trong hội',
  'vi phạm',
  'đi lên',
  'lên chủ',
  'tự giác',
];

/** Group headings and their short forms as they appear in reports. */
const GROUP_PHRASES: readonly (readonly [string, ManifestationGroupNumber])[] = [
  ['suy thoái về tư tưởng chính trị', 1],
  ['tư tưởng chính trị', 1],
  ['đạo đức, lối sống', 2],
  ['đạo đức lối sống', 2],
  ['rèn luyện đạo đức', 2],
  ['tự diễn biến', 3],
  ['tự chuyển hóa', 3],
];

interface Index {
  readonly byBigram: Map<string, { id: ManifestationId; group: ManifestationGroupNumber }[]>;
  readonly weight: Map<string, number>;
  /** Best achievable weight per item (sum over its distinct bigrams), for normalization. */
  readonly itemWeight: Map<ManifestationId, number>;
  readonly groupTrie: Map<string, unknown>;
}

function syllables(text: string): string[][] {
  // Phrases split on punctuation; each a list of syllable keys.
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'word') cur.push(t.key);
    else {
      if (cur.length > 0) out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function quotedParts(gist: string): string {
  // The poem lines and quoted prose inside “…”; the source descriptions around them are left out.
  let out = '';
  let inside = false;
  for (const ch of gist) {
    if (ch === '“') {
      inside = true;
      out += ' ; ';
    } else if (ch === '”') {
      inside = false;
      out += ' ; ';
    } else if (inside) out += ch;
  }
  return out;
}

let index: Index | undefined;

function buildIndex(): Index {
  const stop = new Set(STOP_BIGRAMS.map((b) => b.split(' ').map(wordKey).join(' ')));
  const byBigram = new Map<string, { id: ManifestationId; group: ManifestationGroupNumber }[]>();
  const perItem = new Map<ManifestationId, Set<string>>();
  for (const m of manifestations) {
    const sources = [m.textVi ?? '', m.label.vi, m.gistVi ? quotedParts(m.gistVi) : ''].join(' ; ');
    const set = new Set<string>();
    for (const phrase of syllables(sources.replaceAll('[…]', ' ; '))) {
      for (let i = 0; i + 1 < phrase.length; i++) {
        const bg = `${phrase[i]} ${phrase[i + 1]}`;
        if (!stop.has(bg)) set.add(bg);
      }
    }
    perItem.set(m.id, set);
    for (const bg of set) {
      const list = byBigram.get(bg) ?? [];
      list.push({ id: m.id, group: m.group });
      byBigram.set(bg, list);
    }
  }
  const n = manifestations.length;
  const weight = new Map<string, number>();
  for (const [bg, list] of byBigram) weight.set(bg, Math.log(1 + n / list.length));
  const itemWeight = new Map<ManifestationId, number>();
  for (const [id, set] of perItem) {
    let w = 0;
    for (const bg of set) w += weight.get(bg) ?? 0;
    itemWeight.set(id, w);
  }
  const groupTrie = new Map<string, unknown>();
  return { byBigram, weight, itemWeight, groupTrie };
}

const GROUP_KEYS: readonly (readonly [readonly string[], ManifestationGroupNumber])[] = /* @__PURE__ */ GROUP_PHRASES.map(
  ([p, g]) => [p.replaceAll(',', ' ,').split(' ').filter((w) => w !== '').map((w) => (w === ',' ? ',' : wordKey(w))), g] as const,
);

const KHONG = /* @__PURE__ */ wordKey('không');
const CON = /* @__PURE__ */ wordKey('còn');
const BIEU = /* @__PURE__ */ wordKey('biểu');
const HIEN = /* @__PURE__ */ wordKey('hiện');

/** Score needed, in matched weight, for a full score of 1. */
const FULL_WEIGHT = 14;

/**
 * Find where a text speaks of the 27 manifestations: clauses that paraphrase catalog items (with
 * ids and a score), group headings and the list as a whole.
 *
 * @example
 * ```ts
 * import { findManifestationMentions } from 'nq4';
 * const found = findManifestationMentions('(3) Trong tự phê bình và phê bình thì nể nang, né tránh, ngại va chạm; nói không đi đôi với làm, hứa nhiều làm ít;');
 * found.filter((m) => m.kind === 'item').map((m) => m.ids[0]); // ['G1-5', 'G1-6']
 * ```
 * @throws {@link Nq4Error} `invalid_type` when `text` is not a string, `too_big` past `maxLength`.
 * @category Extract
 */
export function findManifestationMentions(text: string, options?: FindManifestationMentionsOptions): readonly ManifestationMention[] {
  // Checked at run time for JavaScript callers: the type says string, a JSON payload may not.
  if (typeof text !== 'string') fail('invalid_type', ['text'], EXTRACT_INPUT_MESSAGES.notString.vi, EXTRACT_INPUT_MESSAGES.notString.en);
  const opts: FindManifestationMentionsOptions = parseInput(findManifestationMentionsOptionsSchema, options ?? {}, ['options']);
  const max = opts.maxLength ?? EXTRACT_MAX_TEXT_LENGTH;
  if (text.length > max) {
    const m = EXTRACT_INPUT_MESSAGES.tooLong(max);
    fail('too_big', ['text'], m.vi, m.en);
  }
  index ??= buildIndex();
  const idx = index;
  const minScore = opts.minScore ?? 0.4;
  const includeGroups = opts.includeGroups ?? true;
  const tokens = tokenize(text);
  const out: ManifestationMention[] = [];

  // Clauses: split at ; . ! ? : line breaks and enumerators "(n)".
  let a = 0;
  let currentItem: number | undefined;
  const flush = (b: number, endsSentence: boolean): void => {
    if (b > a) scanClause(tokens, a, b);
    a = b;
    if (endsSentence) currentItem = undefined;
  };
  const scanClause = (toks: readonly Token[], from: number, to: number): void => {
    let start = from;
    let listItem: number | undefined = currentItem;
    const t0 = toks[start];
    if (t0?.key === '(' && toks[start + 1]?.kind === 'number' && toks[start + 2]?.key === ')') {
      listItem = toks[start + 1]?.value;
      start += 3;
    } else if (t0?.kind === 'number' && (toks[start + 1]?.key === '.' || toks[start + 1]?.key === ')') && t0.value < 100 && t0.newlineBefore > 0) {
      listItem = t0.value;
      start += 2;
    }
    currentItem = listItem;
    const words: { key: string; tok: number }[] = [];
    for (let k = start; k < to; k++) {
      const t = toks[k] as Token;
      if (t.kind === 'word') words.push({ key: t.key, tok: k });
      else if (t.key === ',') words.push({ key: ',', tok: k });
    }
    // Group and list phrases.
    if (includeGroups) {
      for (let w = 0; w < words.length; w++) {
        for (const [keys, g] of GROUP_KEYS) {
          let ok = true;
          for (let q = 0; q < keys.length; q++) {
            if (words[w + q]?.key !== keys[q]) {
              ok = false;
              break;
            }
          }
          if (ok) {
            const s = toks[words[w]?.tok ?? 0]?.start ?? 0;
            const e = toks[words[w + keys.length - 1]?.tok ?? 0]?.end ?? 0;
            out.push({ kind: 'group', ids: [], groups: [g], score: 1, scores: [], span: [s, e], quote: text.slice(s, e), negated: false });
            w += keys.length - 1;
            break;
          }
        }
      }
      for (let k = start; k + 2 < to; k++) {
        const t = toks[k] as Token;
        if (t.kind === 'number' && t.value === 27 && toks[k + 1]?.key === BIEU && toks[k + 2]?.key === HIEN) {
          const s = t.start;
          const e = toks[k + 2]?.end ?? s;
          out.push({ kind: 'list', ids: [], groups: [1, 2, 3], score: 1, scores: [], span: [s, e], quote: text.slice(s, e), negated: false });
        }
      }
    }
    // Items.
    const weightBy = new Map<ManifestationId, number>();
    const firstTok = new Map<ManifestationId, number>();
    const lastTok = new Map<ManifestationId, number>();
    const hits = new Map<ManifestationId, number>();
    const seen = new Set<string>();
    const distinctive = new Set<ManifestationId>();
    for (let w = 0; w + 1 < words.length; w++) {
      const x = words[w] as { key: string; tok: number };
      const y = words[w + 1] as { key: string; tok: number };
      if (x.key === ',' || y.key === ',') continue;
      const bg = `${x.key} ${y.key}`;
      if (seen.has(bg)) continue;
      seen.add(bg);
      const list = idx.byBigram.get(bg);
      if (!list) continue;
      const wt = idx.weight.get(bg) ?? 0;
      for (const { id } of list) {
        if (list.length <= 2) distinctive.add(id);
        weightBy.set(id, (weightBy.get(id) ?? 0) + wt);
        hits.set(id, (hits.get(id) ?? 0) + 1);
        if (!firstTok.has(id)) firstTok.set(id, x.tok);
        lastTok.set(id, y.tok);
      }
    }
    const scored: { id: ManifestationId; score: number }[] = [];
    for (const [id, wt] of weightBy) {
      if ((hits.get(id) ?? 0) < 2 || !distinctive.has(id)) continue;
      const score = Math.min(1, wt / FULL_WEIGHT);
      if (score >= minScore) scored.push({ id, score: Math.round(score * 1000) / 1000 });
    }
    if (scored.length === 0) return;
    scored.sort((p, q) => q.score - p.score || (p.id < q.id ? -1 : 1));
    const best = scored[0]?.score ?? 0;
    const kept = scored.filter((x) => x.score >= best * 0.6).slice(0, 3);
    let s = Number.POSITIVE_INFINITY;
    let e = 0;
    for (const k of kept) {
      s = Math.min(s, toks[firstTok.get(k.id) ?? 0]?.start ?? 0);
      e = Math.max(e, toks[lastTok.get(k.id) ?? 0]?.end ?? 0);
    }
    let negated = false;
    for (let k = start; k + 1 < to; k++) {
      if (toks[k]?.key === KHONG && toks[k + 1]?.key === CON && (toks[k]?.start ?? 0) <= s) negated = true;
    }
    const ids = kept.map((k) => k.id);
    const groups = [...new Set(ids.map((id) => Number(id[1]) as ManifestationGroupNumber))].sort();
    out.push({
      kind: 'item',
      ids,
      groups,
      score: best,
      scores: kept,
      span: [s, e],
      quote: text.slice(s, e),
      ...(listItem !== undefined ? { listItem } : {}),
      negated,
    });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.newlineBefore > 0 && k > a) flush(k, true);
    if (t.kind === 'punct' && (t.key === ';' || t.key === '.' || t.key === '!' || t.key === '?' || t.key === ':' || t.key === '…')) {
      const next = tokens[k + 1];
      if (t.key === '.' && next && !next.spaceBefore && next.newlineBefore === 0) continue;
      flush(k, t.key !== ';' && t.key !== ':');
      a = k + 1;
    } else if (t.key === '(' && tokens[k + 1]?.kind === 'number' && tokens[k + 2]?.key === ')' && k > a) flush(k, false);
  }
  flush(tokens.length, true);
  out.sort((p, q) => p.span[0] - q.span[0] || p.span[1] - q.span[1]);
  return deepFreeze(out);
}

/**
 * {@link findManifestationMentions} returning a {@link SafeResult} instead of throwing.
 *
 * @example
 * ```ts
 * import { safeFindManifestationMentions } from 'nq4';
 * safeFindManifestationMentions('nể nang, né tránh', { minScore: 2 }).success; // false
 * ```
 * @category Extract
 */
export function safeFindManifestationMentions(text: string, options?: FindManifestationMentionsOptions): SafeResult<readonly ManifestationMention[]> {
  return toSafe(() => findManifestationMentions(text, options));
}
