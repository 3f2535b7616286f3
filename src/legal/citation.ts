import { isIsoDate, type IsoDate } from '../_lib/dates.js';
import { issue, missingFieldIssue, Nq4Error, pathKey, unknownFieldIssue, type Nq4Issue } from '../errors.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Label, Language } from '../i18n/label.js';
import { formatId } from './documentId.js';
import type { Citation, CitationLocator, PartyDocument, SourceStatus } from './types.js';

export type { Citation, CitationLocator, SourceStatus } from './types.js';

/**
 * Build a frozen {@link Citation} without checking it: the library's own citations, built at
 * import from literals (the public `cite` is {@link checkedCite}). @internal
 */
export function cite(
  document: PartyDocument,
  locator: CitationLocator & Partial<Pick<Citation, 'effectiveFrom' | 'effectiveTo' | 'quoteVi' | 'note'>> = {},
  status: SourceStatus = 'quoted',
): Citation {
  const c: Citation = { document, status, ...locator };
  if (c.item) Object.freeze(c.item);
  if (c.note) Object.freeze(c.note);
  return Object.freeze(c);
}

const STATUSES: readonly SourceStatus[] = ['quoted', 'quotedSecondHand', 'quotedPartial', 'paraphrased', 'reported', 'secondaryPractice', 'inferred', 'unverified'];
const TEXT_FIELDS = ['part', 'section', 'subsection', 'point'] as const;
const NUMBER_OR_TEXT = ['article', 'clause'] as const;
const LOCATOR_KEYS = new Set<string>([...TEXT_FIELDS, ...NUMBER_OR_TEXT, 'item', 'effectiveFrom', 'effectiveTo', 'quoteVi', 'note']);

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);
const wrongType = (path: Path, vi: string, en: string, v: unknown): Nq4Issue =>
  v === undefined ? missingFieldIssue(path) : issue('invalid_type', path, `Sai kiểu dữ liệu: cần ${vi}.`, `Wrong type: expected ${en}.`);

function checkText(v: unknown, path: Path, max: number, out: Nq4Issue[]): void {
  if (typeof v !== 'string') out.push(wrongType(path, 'chuỗi ký tự', 'text', v));
  else if (v.length > max) out.push(issue('too_big', path, `Tối đa ${max} ký tự.`, `At most ${max} characters.`));
}

function checkLabel(v: unknown, path: Path, max: number, out: Nq4Issue[]): void {
  if (!isObject(v)) {
    out.push(wrongType(path, 'đối tượng { vi, en }', 'an object { vi, en }', v));
    return;
  }
  for (const k of Object.keys(v)) if (k !== 'vi' && k !== 'en') out.push(unknownFieldIssue([...path, pathKey(k, v)]));
  checkText(v.vi, [...path, 'vi'], max, out);
  checkText(v.en, [...path, 'en'], max, out);
}

function checkDate(v: unknown, path: Path, out: Nq4Issue[]): void {
  if (typeof v !== 'string') out.push(wrongType(path, 'ngày', 'a date', v));
  else if (!isIsoDate(v)) out.push(issue('invalid_date', path, 'Ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).', 'Not a valid date (expected a real calendar day, YYYY-MM-DD).'));
}

/** The issues of a party document as {@link formatCitation} reads it. */
function checkDocument(d: unknown, path: Path, out: Nq4Issue[]): void {
  if (!isObject(d)) {
    out.push(wrongType(path, 'văn bản (PARTY_DOCUMENTS)', 'a party document (PARTY_DOCUMENTS)', d));
    return;
  }
  checkLabel(d.kind, [...path, 'kind'], 200, out);
  if (d.name !== undefined) checkLabel(d.name, [...path, 'name'], 500, out);
  if (d.issuer !== undefined) checkLabel(d.issuer, [...path, 'issuer'], 500, out);
  if (d.termVi !== undefined) checkText(d.termVi, [...path, 'termVi'], 50, out);
  if (d.signedOn !== undefined) checkDate(d.signedOn, [...path, 'signedOn'], out);
  if (!(typeof d.signedYear === 'number' && Number.isInteger(d.signedYear) && d.signedYear >= 1930 && d.signedYear <= 9999)) {
    out.push(typeof d.signedYear === 'number' ? issue('invalid_value', [...path, 'signedYear'], 'Năm phải là số nguyên từ 1930 đến 9999.', 'The year must be a whole number from 1930 to 9999.') : wrongType([...path, 'signedYear'], 'số nguyên', 'a whole number', d.signedYear));
  }
  if (d.id !== undefined) {
    const id = d.id;
    if (!isObject(id)) out.push(wrongType([...path, 'id'], 'đối tượng', 'an object', id));
    else {
      if (!(typeof id.number === 'number' && Number.isSafeInteger(id.number) && id.number > 0)) out.push(wrongType([...path, 'id', 'number'], 'số nguyên dương', 'a positive whole number', id.number === undefined ? undefined : 0));
      checkText(id.kind, [...path, 'id', 'kind'], 20, out);
      checkText(id.issuer, [...path, 'id', 'issuer'], 50, out);
    }
  }
}

/** The issues of a locator (and the optional dates, quote and note beside it), at `path`. */
function checkLocator(l: unknown, path: Path, out: Nq4Issue[], allowed: ReadonlySet<string>): void {
  if (!isObject(l)) {
    out.push(wrongType(path, 'đối tượng', 'an object', l));
    return;
  }
  for (const k of Object.keys(l)) if (!allowed.has(k)) out.push(unknownFieldIssue([...path, pathKey(k, l)]));
  for (const k of TEXT_FIELDS) if (l[k] !== undefined) checkText(l[k], [...path, k], 50, out);
  for (const k of NUMBER_OR_TEXT) {
    const v = l[k];
    if (v !== undefined && !(typeof v === 'number' && Number.isSafeInteger(v) && v > 0)) checkText(v, [...path, k], 50, out);
  }
  if (l.item !== undefined) checkLabel(l.item, [...path, 'item'], 500, out);
  if (l.note !== undefined) checkLabel(l.note, [...path, 'note'], 2000, out);
  if (l.quoteVi !== undefined) checkText(l.quoteVi, [...path, 'quoteVi'], 5000, out);
  if (l.effectiveFrom !== undefined) checkDate(l.effectiveFrom, [...path, 'effectiveFrom'], out);
  if (l.effectiveTo !== undefined) checkDate(l.effectiveTo, [...path, 'effectiveTo'], out);
}

function checkStatus(v: unknown, path: Path, out: Nq4Issue[]): void {
  if (!STATUSES.includes(v as SourceStatus)) {
    out.push(v === undefined ? wrongType(path, '', '', v) : issue('invalid_value', path, `Giá trị không hợp lệ; chấp nhận: ${STATUSES.join(', ')}.`, `Invalid value; expected one of: ${STATUSES.join(', ')}.`));
  }
}

const copyLabel = (l: Label | undefined): Label | undefined => (l === undefined ? undefined : Object.freeze({ vi: l.vi, en: l.en }));

/**
 * Build a frozen {@link Citation}. The arguments are checked and copied: the caller's objects are
 * never frozen or kept.
 *
 * @example
 * ```ts
 * import { cite, formatCitation, PARTY_DOCUMENTS } from 'nq4';
 * const c = cite(PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' }, 'quoted');
 * formatCitation(c, 'vi'); // 'điểm a khoản 4 Điều 12 Quy định số 132-QĐ/TW, ngày 8-3-2018, của Bộ Chính trị'
 * ```
 * @throws {@link Nq4Error} naming the argument and field (`document`, `locator.point`, `status`)
 * when a document, locator or status is missing or malformed.
 * @category Legal
 */
export function checkedCite(
  document: PartyDocument,
  locator: CitationLocator & Partial<Pick<Citation, 'effectiveFrom' | 'effectiveTo' | 'quoteVi' | 'note'>> = {},
  status: SourceStatus = 'quoted',
): Citation {
  const out: Nq4Issue[] = [];
  checkDocument(document, ['document'], out);
  checkLocator(locator, ['locator'], out, LOCATOR_KEYS);
  checkStatus(status, ['status'], out);
  if (out.length > 0) throw new Nq4Error(out as [Nq4Issue, ...Nq4Issue[]]);
  const l = locator as Record<string, unknown>;
  const c: Record<string, unknown> = { document, status };
  for (const k of LOCATOR_KEYS) if (l[k] !== undefined) c[k] = k === 'item' || k === 'note' ? copyLabel(l[k] as Label) : l[k];
  return Object.freeze(c) as unknown as Citation;
}

const CITATION_KEYS = new Set<string>([...LOCATOR_KEYS, 'document', 'status']);

/**
 * The issues of a citation as {@link formatCitation} reads it, at `path` (for the explanation
 * validator of src/_lib). @internal
 */
export function citationIssues(c: unknown, path: Path, out: Nq4Issue[]): void {
  checkLocator(c, path, out, CITATION_KEYS);
  if (!isObject(c)) return;
  checkDocument(c.document, [...path, 'document'], out);
  checkStatus(c.status, [...path, 'status'], out);
}

function documentNameVi(d: PartyDocument): string {
  if (!d.id) return d.name?.vi ?? d.kind.vi;
  const issuer = d.issuer ? `, của ${d.issuer.vi}${d.termVi && d.issuer.vi === 'Ban Chấp hành Trung ương' ? ` Đảng ${d.termVi}` : ''}` : '';
  const when = d.signedOn !== undefined ? `ngày ${formatDateVi(d.signedOn)}` : `năm ${d.signedYear}`;
  return `${d.kind.vi} số ${formatId(d.id)}, ${when}${issuer}`;
}

function documentNameEn(d: PartyDocument): string {
  const when = d.signedOn !== undefined ? formatDateEn(d.signedOn) : String(d.signedYear);
  if (!d.id) return `${d.name?.en ?? d.kind.en} (adopted ${when})`;
  const issuer = d.issuer ? ` of ${d.issuer.en}` : '';
  return `${d.kind.en} No. ${formatId(d.id)} of ${when}${issuer}`;
}

/**
 * Write a citation the way party documents do: smallest unit first, then the document with its
 * number, date and issuer ("điểm a khoản 4 Điều 12 Quy định số 132-QĐ/TW, ngày 8-3-2018, của
 * Bộ Chính trị"); or in English ("Article 12(4)(a) of Regulation No. 132-QĐ/TW of 8 March 2018
 * of the Politburo").
 *
 * @example
 * ```ts
 * import { cite, formatCitation, PARTY_DOCUMENTS } from 'nq4';
 * const c = cite(PARTY_DOCUMENTS.charter2011, { article: 35 });
 * formatCitation(c, 'vi'); // 'Điều 35 Điều lệ Đảng'
 * formatCitation(c, 'en'); // 'Article 35 of the Party Charter (adopted 19 January 2011)'
 * ```
 * @throws {@link Nq4Error} when the citation or the language is missing or malformed (path
 * `citation.…` or `language`).
 * @category Legal
 */
export function formatCitation(citation: Citation, language: Language = 'vi'): string {
  const out: Nq4Issue[] = [];
  citationIssues(citation, ['citation'], out);
  if (language !== 'vi' && language !== 'en') out.push(issue('invalid_value', ['language'], 'Giá trị không hợp lệ; chấp nhận: "vi", "en".', 'Invalid value; expected one of: "vi", "en".'));
  if (out.length > 0) throw new Nq4Error(out as [Nq4Issue, ...Nq4Issue[]]);
  return language === 'vi' ? formatVi(citation) : formatEn(citation);
}

function formatVi(c: Citation): string {
  const units: string[] = [];
  if (c.item) units.push(c.item.vi);
  if (c.point !== undefined) units.push(`điểm ${c.point}`);
  if (c.clause !== undefined) units.push(`khoản ${c.clause}`);
  if (c.article !== undefined) units.push(`Điều ${c.article}`);
  if (c.subsection !== undefined) units.push(`tiểu mục ${c.subsection}`);
  if (c.section !== undefined) units.push(`Mục ${c.section}`);
  if (c.part !== undefined) units.push(`Phần ${c.part}`);
  units.push(documentNameVi(c.document));
  return units.join(' ');
}

function formatEn(c: Citation): string {
  const units: string[] = [];
  if (c.item) units.push(c.item.en);
  if (c.article !== undefined) {
    let a = `Article ${c.article}`;
    if (c.clause !== undefined) a += `(${c.clause})`;
    if (c.point !== undefined) a += `(${c.point})`;
    units.push(a);
  } else {
    if (c.point !== undefined) units.push(`point ${c.point}`);
    if (c.clause !== undefined) units.push(`clause ${c.clause}`);
  }
  if (c.subsection !== undefined) units.push(`sub-section ${c.subsection}`);
  if (c.section !== undefined) units.push(`Section ${c.section}`);
  if (c.part !== undefined) units.push(`Part ${c.part}`);
  const where = units.join(', ');
  return where ? `${where} of ${documentNameEn(c.document)}` : documentNameEn(c.document);
}
