/**
 * The types of legal sources (documents, their ids, citations), apart from the code that builds
 * and checks them, so that errors.ts can name a Citation without importing legal/ (no import
 * cycle, issue 16). Imports nothing but other types.
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import type { Label } from '../i18n/label.js';

/**
 * The kind abbreviations of party documents seen in the domain reference
 * (hierarchy-review-reports.md §1.6; discipline.md §1 for `QĐi`).
 * `QĐ` is used for both quy định and quyết định; `QĐi` is the form of some Politburo
 * regulations (07-QĐi/TW).
 * @example
 * ```ts
 * import { DOCUMENT_KINDS } from 'nq4';
 * DOCUMENT_KINDS.includes('QĐi'); // true
 * ```
 * @category Legal
 */
export const DOCUMENT_KINDS = ['NQ', 'KL', 'KH', 'HD', 'QĐ', 'QĐi', 'CT', 'CV', 'CTr', 'TB', 'BC'] as const;

/**
 * A party document kind abbreviation.
 * @category Legal
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The number and symbol of a party document ("số và ký hiệu"), such as `132-QĐ/TW`:
 * the number, the kind of document and the issuing body's code.
 *
 * A number alone does not identify a document: numbers restart with each term (there are two
 * 132-QĐ/TW, of 2018 and of 2023). See {@link PartyDocument} for the full identity.
 * @category Legal
 */
export interface DocumentId {
  /** The document number, a positive integer (`4` for `04-NQ/TW`). */
  readonly number: number;
  /** The kind abbreviation (`NQ`, `QĐ`, `HD`, …). */
  readonly kind: DocumentKind;
  /** The issuer code after the slash: `TW`, `BTCTW`, `UBKTTW`, `TU`, `HU`, `ĐU`, … */
  readonly issuer: string;
}

/**
 * A party document, identified by its number and symbol **and** its signing date and issuer,
 * because numbers repeat across terms (two different 132-QĐ/TW exist: 08-3-2018 and 27-10-2023).
 * The Party Charter has no number; it is identified by name and adoption date.
 * @category Legal
 */
export interface PartyDocument {
  /** Stable key: the formatted id (or the name) and the signing date (or year, when only that is known), `132-QĐ/TW@2018-03-08`. */
  readonly key: string;
  /** Number and symbol, absent for the Charter. */
  readonly id?: DocumentId;
  /** The kind spelled out in Vietnamese as the document calls itself ("Quy định", "Hướng dẫn"). */
  readonly kind: Label;
  /** A name for documents cited by name rather than number ("Điều lệ Đảng"). */
  readonly name?: Label;
  /** Short title or subject in Vietnamese, as the reference gives it. */
  readonly titleVi?: string;
  /** Issuing body ("Bộ Chính trị" / "the Politburo"); absent where the reference does not give it. */
  readonly issuer?: Label;
  /** The term (khóa) of the issuing body, where known ("khóa XII"). */
  readonly termVi?: string;
  /** Date signed or adopted; absent when the reference gives only the year (QĐ 80-QĐ/TW of 2022). */
  readonly signedOn?: IsoDate;
  /** Year signed or adopted: always known. */
  readonly signedYear: number;
  /** Date in force from, where the reference states it. */
  readonly effectiveFrom?: IsoDate;
  /** What the reference knows of the document beyond its existence, in English. */
  readonly noteEn?: string;
}

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
