import type { IsoDate } from '../_lib/dates.js';
import { formatDateEn, formatDateVi } from '../i18n/format.js';
import type { Label, Language } from '../i18n/label.js';
import { formatId } from './documentId.js';
import type { PartyDocument } from './documents.js';

/**
 * How the domain reference knows the cited text, normalised across its three notations
 * (rating.md: quoted / quoted-partial / paraphrased / secondary-practice / unverified;
 * discipline.md: Q1 / Q2 / P / R / U / I; hierarchy-review-reports.md: Q / P / U).
 * - `quoted`: wording copied from a reproduction of the document itself (Q1, quoted, Q);
 * - `quotedSecondHand`: wording quoted inside a secondary source (Q2);
 * - `quotedPartial`: quoted, but cut off;
 * - `paraphrased`: content in a source's own words (P);
 * - `reported`: existence, number or date reported, content not seen (R);
 * - `secondaryPractice`: seen only in local forms, plans or apps;
 * - `inferred`: an inference or a library choice, not a source statement (I);
 * - `unverified`: not seen (U): never encoded as fact.
 * @category Legal
 */
export type SourceStatus =
  | 'quoted'
  | 'quotedSecondHand'
  | 'quotedPartial'
  | 'paraphrased'
  | 'reported'
  | 'secondaryPractice'
  | 'inferred'
  | 'unverified';

/**
 * Where in a document a rule sits, smallest unit last in the object but first when written:
 * "điểm a khoản 4 Điều 12". Use the units the document has: articles for a quy định, parts and
 * sections for a nghị quyết or hướng dẫn.
 * @category Legal
 */
export interface CitationLocator {
  /** Phần (Part), usually a Roman numeral: `"I"`. */
  readonly part?: string;
  /** Mục (Section): `"II"`. */
  readonly section?: string;
  /** Tiểu mục (sub-section): `"6"`. */
  readonly subsection?: string;
  /** Điều (Article): `12`. */
  readonly article?: number | string;
  /** Khoản (Clause): `4`. */
  readonly clause?: number | string;
  /** Điểm (Point): `"a"`. */
  readonly point?: string;
  /** A smaller unit without a standard name, written in both languages ("biểu hiện 1, nhóm 1"). */
  readonly item?: Label;
}

/**
 * A legal source: the document, the place in it, how well the reference knows the text, and
 * from when the rule applies.
 * @category Legal
 */
export interface Citation extends CitationLocator {
  /** The document cited. */
  readonly document: PartyDocument;
  /** How the reference knows the text (see {@link SourceStatus}). */
  readonly status: SourceStatus;
  /** First day the cited rule applies, where known. */
  readonly effectiveFrom?: IsoDate;
  /** Last day the cited rule applies, where it was replaced. */
  readonly effectiveTo?: IsoDate;
  /** The cited words, exactly as the reference quotes them. */
  readonly quoteVi?: string;
  /** A short note on the citation (a caveat, the reference section). */
  readonly note?: Label;
}

/**
 * Build a frozen {@link Citation}.
 *
 * @example
 * ```ts
 * import { cite, formatCitation, PARTY_DOCUMENTS } from 'nq4';
 * const c = cite(PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' }, 'quoted');
 * formatCitation(c, 'vi'); // 'điểm a khoản 4 Điều 12 Quy định số 132-QĐ/TW, ngày 8-3-2018, của Bộ Chính trị'
 * ```
 * @category Legal
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
 * @category Legal
 */
export function formatCitation(citation: Citation, language: Language = 'vi'): string {
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
