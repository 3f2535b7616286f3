import * as z from 'zod/mini';
import { issue, Nq4Error, parseInput, type Nq4Issue } from '../errors.js';
import type { Label } from '../i18n/label.js';
import { DOCUMENT_KINDS, type DocumentId, type DocumentKind } from './types.js';

export { DOCUMENT_KINDS } from './types.js';
export type { DocumentKind } from './types.js';

/**
 * What each kind abbreviation stands for.
 * @example
 * ```ts
 * import { DOCUMENT_KIND_LABELS } from 'nq4';
 * DOCUMENT_KIND_LABELS.HD.vi; // 'Hướng dẫn'
 * ```
 * @category Legal
 */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Label>> = /* @__PURE__ */ Object.freeze({
  NQ: /* @__PURE__ */ Object.freeze({ vi: 'Nghị quyết', en: 'Resolution' }),
  KL: /* @__PURE__ */ Object.freeze({ vi: 'Kết luận', en: 'Conclusion' }),
  KH: /* @__PURE__ */ Object.freeze({ vi: 'Kế hoạch', en: 'Plan' }),
  HD: /* @__PURE__ */ Object.freeze({ vi: 'Hướng dẫn', en: 'Guidance' }),
  QĐ: /* @__PURE__ */ Object.freeze({ vi: 'Quy định / Quyết định', en: 'Regulation / Decision' }),
  QĐi: /* @__PURE__ */ Object.freeze({ vi: 'Quy định', en: 'Regulation' }),
  CT: /* @__PURE__ */ Object.freeze({ vi: 'Chỉ thị', en: 'Directive' }),
  CV: /* @__PURE__ */ Object.freeze({ vi: 'Công văn', en: 'Official letter' }),
  CTr: /* @__PURE__ */ Object.freeze({ vi: 'Chương trình', en: 'Programme' }),
  TB: /* @__PURE__ */ Object.freeze({ vi: 'Thông báo', en: 'Notice' }),
  BC: /* @__PURE__ */ Object.freeze({ vi: 'Báo cáo', en: 'Report' }),
});

export type { DocumentId } from './types.js';

const KIND_BY_KEY: ReadonlyMap<string, DocumentKind> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ DOCUMENT_KINDS.map((k) => [foldKey(k), k] as const),
);

/** Upper-case and replace Đ by D so that `QD`, `Qđ` and `QĐ` compare equal. */
function foldKey(s: string): string {
  return s.normalize('NFC').replace(/[đĐ]/g, 'D').toUpperCase();
}

/**
 * Issuer codes written with a `Đ` in the official form; input without the stroke is mapped back.
 * Other issuer codes are taken as given (upper-cased).
 */
const ISSUERS_WITH_D_STROKE: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['DU', 'ĐU'],
  ['DUK', 'ĐUK'],
  ['DUQDTW', 'ĐUQĐTW'],
  ['DUCA', 'ĐUCA'],
  ['DUCATW', 'ĐUCATW'],
  ['DUKCCQTW', 'ĐUKCCQTW'],
  ['DUKDN', 'ĐUKDN'],
]);

const ISSUER = /^[A-Za-zĐđ.]{1,16}$/u;

/* Number, kind and issuer, in the two orders seen: "04-NQ/TW" and the older "11/HD-BTCTW".
   Bounded quantifiers on short input only: no catastrophic backtracking. */
const MAIN = /^(?:số\s*)?(\d{1,6})\s*-\s*([A-Za-zĐđ]{1,4})\s*\/\s*([A-Za-zĐđ.]{1,16})$/iu;
const OLD = /^(?:số\s*)?(\d{1,6})\s*\/\s*([A-Za-zĐđ]{1,4})\s*-\s*([A-Za-zĐđ.]{1,16})$/iu;

/** The text argument of {@link parseDocumentId}, built on first use. @internal */
export const documentIdTextSchema = /* @__PURE__ */ z.lazy(() => z.string().check(z.maxLength(64)));

/**
 * Parse a document number and symbol whose type is already known: the id, or the issue saying
 * why the text is not one. Used by {@link parseDocumentId} and by the document table, which
 * needs no schema.
 * @internal
 */
export function parseId(input: string): DocumentId | Nq4Issue {
  const text = input.normalize('NFC').trim();
  const m = MAIN.exec(text) ?? OLD.exec(text);
  if (!m) {
    return issue(
      'invalid_format',
      [],
      'Không phải số và ký hiệu văn bản của Đảng (ví dụ: 04-NQ/TW, 132-QĐ/TW).',
      'Not a party document number and symbol (for example 04-NQ/TW, 132-QĐ/TW).',
    );
  }
  const number = Number(m[1]);
  const kindText = m[2] ?? '';
  // `QĐi` keeps its lower-case i; fold everything else.
  const kind = /^q[dđ]i$/iu.test(kindText) ? 'QĐi' : KIND_BY_KEY.get(foldKey(kindText));
  if (number < 1) return issue('too_small', ['number'], 'Số văn bản phải từ 1 trở lên.', 'The document number must be 1 or more.');
  if (kind === undefined) {
    return issue(
      'invalid_value',
      ['kind'],
      `Loại văn bản không được hỗ trợ; chấp nhận: ${DOCUMENT_KINDS.join(', ')}.`,
      `Unsupported document kind; expected one of: ${DOCUMENT_KINDS.join(', ')}.`,
    );
  }
  return Object.freeze({ number, kind, issuer: normalizeIssuer(m[3] ?? '') });
}

/**
 * Parse a document number and symbol. Tolerant on input: `QD` or `QĐ`, any case of the kind,
 * spaces around `-` and `/`, a leading "số", and the older order `11/HD-BTCTW`.
 *
 * @example
 * ```ts
 * import { parseDocumentId, formatDocumentId } from 'nq4';
 * const id = parseDocumentId('132 - QD/TW'); // { number: 132, kind: 'QĐ', issuer: 'TW' }
 * formatDocumentId(id); // '132-QĐ/TW'
 * ```
 * @throws {@link Nq4Error} `invalid_format` when the text is not a document number and symbol.
 * @category Legal
 */
export function parseDocumentId(input: string): DocumentId {
  const result = parseId(parseInput(documentIdTextSchema, input));
  if ('code' in result) throw new Nq4Error([result]);
  return result;
}

function normalizeIssuer(raw: string): string {
  const upper = raw.normalize('NFC').replace(/\./g, '').toUpperCase();
  const folded = upper.replace(/Đ/g, 'D');
  return ISSUERS_WITH_D_STROKE.get(folded) ?? upper;
}

/** A {@link DocumentId} as {@link formatDocumentId} accepts it, built on first use. @internal */
export const documentIdSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    number: z.number().check(z.int(), z.gte(1), z.lte(999_999)),
    kind: z.enum(DOCUMENT_KINDS),
    issuer: z.string().check(z.regex(ISSUER)),
  }),
);

/** Format an id already known to be valid (the document table's). @internal */
export function formatId(id: DocumentId): string {
  return `${String(id.number).padStart(2, '0')}-${id.kind}/${normalizeIssuer(id.issuer)}`;
}

/**
 * Format a document id in its official form: the number with at least two digits
 * (`04-NQ/TW`, `07-QĐi/TW`, `1825-CV/BTCTW`).
 *
 * @example
 * ```ts
 * import { formatDocumentId } from 'nq4';
 * formatDocumentId({ number: 5, kind: 'HD', issuer: 'UBKTTW' }); // '05-HD/UBKTTW'
 * ```
 * @throws {@link Nq4Error} when a field is missing or malformed.
 * @category Legal
 */
export function formatDocumentId(id: DocumentId): string {
  return formatId(parseInput(documentIdSchema, id));
}

/**
 * True when two ids name the same number and symbol (not necessarily the same document:
 * compare {@link PartyDocument} keys for that).
 *
 * @example
 * ```ts
 * import { parseDocumentId, isSameDocumentId } from 'nq4';
 * isSameDocumentId(parseDocumentId('132-QD/TW'), parseDocumentId('132-QĐ/TW')); // true
 * ```
 * @throws {@link Nq4Error} when either id is missing or malformed (path `a.…` or `b.…`).
 * @category Legal
 */
export function isSameDocumentId(a: DocumentId, b: DocumentId): boolean {
  parseInput(documentIdSchema, a, ['a']);
  parseInput(documentIdSchema, b, ['b']);
  return a.number === b.number && a.kind === b.kind && normalizeIssuer(a.issuer) === normalizeIssuer(b.issuer);
}

/**
 * @deprecated Use {@link isSameDocumentId}: renamed so that every function name starts with a verb
 * (docs/conventions.md). Will be removed in the next minor version.
 * @example
 * ```ts
 * import { sameDocumentId, isSameDocumentId } from 'nq4';
 * sameDocumentId === isSameDocumentId; // true
 * ```
 * @category Legal
 */
export const sameDocumentId: typeof isSameDocumentId = isSameDocumentId;
