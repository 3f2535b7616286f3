import { formatId, parseDocumentId, parseId, isSameDocumentId, type DocumentId } from './documentId.js';
import type { IsoDate } from '../_lib/dates.js';
import type { Label } from '../i18n/label.js';
import type { PartyDocument } from './types.js';

export type { PartyDocument } from './types.js';

const k = (vi: string, en: string): Label => Object.freeze({ vi, en });

const POLITBURO = /* @__PURE__ */ k('Bộ Chính trị', 'the Politburo');
const CENTRAL_COMMITTEE = /* @__PURE__ */ k('Ban Chấp hành Trung ương', 'the Central Committee');
const ORGANIZATION_COMMISSION = /* @__PURE__ */ k('Ban Tổ chức Trung ương', 'the Central Organization Commission');
const INSPECTION_COMMISSION = /* @__PURE__ */ k('Ủy ban Kiểm tra Trung ương', 'the Central Inspection Commission');
const SECRETARIAT = /* @__PURE__ */ k('Ban Bí thư', 'the Secretariat');

const REGULATION = /* @__PURE__ */ k('Quy định', 'Regulation');
const GUIDANCE = /* @__PURE__ */ k('Hướng dẫn', 'Guidance');
const RESOLUTION = /* @__PURE__ */ k('Nghị quyết', 'Resolution');
const PLAN = /* @__PURE__ */ k('Kế hoạch', 'Plan');
const LETTER = /* @__PURE__ */ k('Công văn', 'Official letter');
const CONCLUSION = /* @__PURE__ */ k('Kết luận', 'Conclusion');

/**
 * Define a numbered party document; the key and the year are derived, so they can not disagree
 * with the id and the date. Give `signedYear` instead of `signedOn` when only the year is known.
 * @internal
 */
export function defineDocument(
  idText: string,
  fields: Omit<PartyDocument, 'key' | 'id' | 'signedYear'> & { readonly signedYear?: number },
): PartyDocument {
  const id = parseId(idText);
  if ('code' in id) throw new TypeError(`nq4 internal: ${idText} is not a document id`);
  const signedYear = fields.signedOn !== undefined ? Number(fields.signedOn.slice(0, 4)) : fields.signedYear;
  if (signedYear === undefined) throw new TypeError('nq4 internal: a document needs signedOn or signedYear');
  return Object.freeze({ ...fields, key: `${formatId(id)}@${fields.signedOn ?? signedYear}`, id, signedYear });
}

/**
 * NQ 04-NQ/TW, 12th Central Committee, 4th plenum, signed 30-10-2016 (manifestations.md §1): its
 * own constant so that the catalog cites it without keeping the whole document table in a bundle.
 * @internal
 */
export const NQ04_OF_2016: PartyDocument = /* @__PURE__ */ defineDocument('04-NQ/TW', {
    kind: RESOLUTION,
    titleVi:
      'về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
    issuer: CENTRAL_COMMITTEE,
    termVi: 'khóa XII',
    signedOn: '2016-10-30',
  });

/** Điều lệ Đảng, adopted by the 11th Congress on 19-01-2011 (discipline.md §1.1). */
export const CHARTER_2011 = /* @__PURE__ */ Object.freeze({
  key: 'Điều lệ Đảng@2011-01-19',
  kind: /* @__PURE__ */ k('Điều lệ', 'Charter'),
  name: /* @__PURE__ */ k('Điều lệ Đảng', 'the Party Charter'),
  issuer: /* @__PURE__ */ k('Đại hội đại biểu toàn quốc lần thứ XI', 'the 11th National Party Congress'),
  signedOn: '2011-01-19',
  signedYear: 2011,
} satisfies PartyDocument);

/** KH 04-KH/TW of the Politburo implementing NQ 04, 16-11-2016 (hierarchy-review-reports.md §2.1). */
export const KH04_OF_2016: PartyDocument = /* @__PURE__ */ defineDocument('04-KH/TW', { kind: PLAN, issuer: POLITBURO, termVi: 'khóa XII', signedOn: '2016-11-16' });

/** CV 1825-CV/BTCTW, adding NQ 04 content to the 2016 review, 18-11-2016 (rating.md §1.1). */
export const CV1825_OF_2016: PartyDocument = /* @__PURE__ */ defineDocument('1825-CV/BTCTW', { kind: LETTER, issuer: ORGANIZATION_COMMISSION, signedOn: '2016-11-18' });

/** HD 27-HD/BTCTW, review and classification 2014–2017, 25-9-2014 (rating.md §1.1, V0). */
export const HD27_OF_2014: PartyDocument = /* @__PURE__ */ defineDocument('27-HD/BTCTW', { kind: GUIDANCE, issuer: ORGANIZATION_COMMISSION, signedOn: '2014-09-25' });

/** QĐ 132-QĐ/TW on annual review and rating, 08-3-2018 (rating.md §1.1, V1a). */
export const QD132_OF_2018: PartyDocument = /* @__PURE__ */ defineDocument('132-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
  issuer: POLITBURO,
  termVi: 'khóa XII',
  signedOn: '2018-03-08',
});

/** The other 132-QĐ/TW (27-10-2023), on controlling power in investigation, prosecution and trial: a number collision (rating.md §1.1). */
export const QD132_OF_2023: PartyDocument = /* @__PURE__ */ defineDocument('132-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'kiểm soát quyền lực trong hoạt động điều tra, truy tố, xét xử',
  signedOn: '2023-10-27',
  noteEn: 'Not a rating text; listed so that the number collision with 132-QĐ/TW of 2018 is visible. Issuer not given by the reference.',
});

/** HD 16-HD/BTCTW, 24-9-2018, rating year 2018 (rating.md §1.1, V1b). */
export const HD16_OF_2018: PartyDocument = /* @__PURE__ */ defineDocument('16-HD/BTCTW', { kind: GUIDANCE, issuer: ORGANIZATION_COMMISSION, signedOn: '2018-09-24' });

/** HD 21-HD/BTCTW, 18-10-2019, rating years 2019–2022 (rating.md §1.1, V2). */
export const HD21_OF_2019: PartyDocument = /* @__PURE__ */ defineDocument('21-HD/BTCTW', {
  kind: GUIDANCE,
  issuer: ORGANIZATION_COMMISSION,
  signedOn: '2019-10-18',
  effectiveFrom: '2019-10-18',
});

/** HD 33-HD/BTCTW, 30-10-2020, duties of members where they live (rating.md §1.1, V2+). */
export const HD33_OF_2020: PartyDocument = /* @__PURE__ */ defineDocument('33-HD/BTCTW', { kind: GUIDANCE, issuer: ORGANIZATION_COMMISSION, signedOn: '2020-10-30' });

/** QĐ 124-QĐ/TW, 04-10-2023, rating years 2023–2024 (rating.md §1.1, V3a). */
export const QD124_OF_2023: PartyDocument = /* @__PURE__ */ defineDocument('124-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
  issuer: POLITBURO,
  termVi: 'khóa XIII',
  signedOn: '2023-10-04',
});

/** HD 25-HD/BTCTW, 10-11-2023, applied from that day (rating.md §1.1, V3b). */
export const HD25_OF_2023: PartyDocument = /* @__PURE__ */ defineDocument('25-HD/BTCTW', {
  kind: GUIDANCE,
  issuer: ORGANIZATION_COMMISSION,
  signedOn: '2023-11-10',
  effectiveFrom: '2023-11-10',
});

/** QĐ 366-QĐ/TW, 30-8-2025, in force from signing (Điều 19), rating year 2025 on (rating.md §1.1, V4a). */
export const QD366_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('366-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
  issuer: POLITBURO,
  termVi: 'khóa XIII',
  signedOn: '2025-08-30',
  effectiveFrom: '2025-08-30',
});

/** HD 43-HD/BTCTW, 31-10-2025, in force from signing (rating.md §1.1, V4b). */
export const HD43_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('43-HD/BTCTW', {
  kind: GUIDANCE,
  issuer: ORGANIZATION_COMMISSION,
  signedOn: '2025-10-31',
  effectiveFrom: '2025-10-31',
});

/** CV 10072-CV/BTCTW on the 2025 rating, 06-11-2025 (rating.md §1.1, V4c). */
export const CV10072_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('10072-CV/BTCTW', { kind: LETTER, issuer: ORGANIZATION_COMMISSION, signedOn: '2025-11-06' });

/** KL 198-KL/TW on evaluating leaders and managers, 08-10-2025 (rating.md §1.1, V4c). */
export const KL198_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('198-KL/TW', { kind: CONCLUSION, issuer: CENTRAL_COMMITTEE, signedOn: '2025-10-08' });

/** QĐ 181-QĐ/TW on disciplining members, 30-03-2013, replaced by QĐ 102 (discipline.md §1.3). */
export const QD181_OF_2013: PartyDocument = /* @__PURE__ */ defineDocument('181-QĐ/TW', { kind: REGULATION, issuer: POLITBURO, termVi: 'khóa XI', signedOn: '2013-03-30' });

/** QĐ 102-QĐ/TW on disciplining members, 15-11-2017, in force from issue (discipline.md §1.3). */
export const QD102_OF_2017: PartyDocument = /* @__PURE__ */ defineDocument('102-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về xử lý kỷ luật đảng viên vi phạm',
  issuer: POLITBURO,
  termVi: 'khóa XII',
  signedOn: '2017-11-15',
  effectiveFrom: '2017-11-15',
});

/** QĐ 07-QĐi/TW on disciplining party organizations, 28-08-2018; its effective date is not verified (discipline.md §1.3). */
export const QD07_OF_2018: PartyDocument = /* @__PURE__ */ defineDocument('07-QĐi/TW', {
  kind: REGULATION,
  titleVi: 'về xử lý kỷ luật tổ chức đảng vi phạm',
  issuer: POLITBURO,
  signedOn: '2018-08-28',
});

/** HD 06-HD/UBKTTW on QĐ 07, 18-12-2018 (discipline.md §1.3). */
export const HD06_OF_2018: PartyDocument = /* @__PURE__ */ defineDocument('06-HD/UBKTTW', { kind: GUIDANCE, issuer: INSPECTION_COMMISSION, signedOn: '2018-12-18', effectiveFrom: '2018-12-18' });

/** QĐ 69-QĐ/TW on disciplining organizations and members, 06-07-2022, in force that day (discipline.md §1.3). */
export const QD69_OF_2022: PartyDocument = /* @__PURE__ */ defineDocument('69-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về kỷ luật tổ chức đảng, đảng viên vi phạm',
  issuer: POLITBURO,
  termVi: 'khóa XIII',
  signedOn: '2022-07-06',
  effectiveFrom: '2022-07-06',
});

/** HD 05-HD/UBKTTW on QĐ 69, 22-11-2022 (discipline.md §1.3). */
export const HD05_OF_2022: PartyDocument = /* @__PURE__ */ defineDocument('05-HD/UBKTTW', { kind: GUIDANCE, issuer: INSPECTION_COMMISSION, signedOn: '2022-11-22' });

/** QĐ 264-QĐ/TW amending QĐ 69 (Điều 6, 11, 17, 39 only), 14-02-2025, in force from signing (discipline.md §1.3). */
export const QD264_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('264-QĐ/TW', {
  kind: REGULATION,
  issuer: POLITBURO,
  termVi: 'khóa XIII',
  signedOn: '2025-02-14',
  effectiveFrom: '2025-02-14',
});

/** HD 15-HD/UBKTTW amending HD 05, 20-03-2025 (discipline.md §1.3). */
export const HD15_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('15-HD/UBKTTW', { kind: GUIDANCE, issuer: INSPECTION_COMMISSION, signedOn: '2025-03-20' });

/** QĐ 212-QĐ/TW, 17-08-2026, reported to replace QĐ 69 and QĐ 264; content and effective date not verified (discipline.md §1.3). */
export const QD212_OF_2026: PartyDocument = /* @__PURE__ */ defineDocument('212-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về kỷ luật tổ chức đảng, đảng viên vi phạm',
  issuer: POLITBURO,
  signedOn: '2026-08-17',
  noteEn: 'Reported only: its text, effective date and transitional rules were not seen.',
});

/** QĐ 30-QĐ/TW on inspection, supervision and discipline (Charter chapters VII–VIII), 26-07-2016 (discipline.md §1.2). */
export const QD30_OF_2016: PartyDocument = /* @__PURE__ */ defineDocument('30-QĐ/TW', { kind: REGULATION, issuer: CENTRAL_COMMITTEE, signedOn: '2016-07-26', effectiveFrom: '2016-07-26' });

/** QĐ 22-QĐ/TW on inspection, supervision and discipline, 28-07-2021 (discipline.md §1.2). */
export const QD22_OF_2021: PartyDocument = /* @__PURE__ */ defineDocument('22-QĐ/TW', { kind: REGULATION, issuer: CENTRAL_COMMITTEE, termVi: 'khóa XIII', signedOn: '2021-07-28' });

/** QĐ 296-QĐ/TW on inspection, supervision and discipline, 30-05-2025 (discipline.md §1.2). */
export const QD296_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('296-QĐ/TW', { kind: REGULATION, issuer: CENTRAL_COMMITTEE, termVi: 'khóa XIII', signedOn: '2025-05-30' });

/** QĐ 294-QĐ/TW implementing the Charter, 26-05-2025, in force 01-07-2025: no district level (discipline.md §1.1). */
export const QD294_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('294-QĐ/TW', { kind: REGULATION, signedOn: '2025-05-26', effectiveFrom: '2025-07-01' });

/** HD 06-HD/TW of the Secretariat on applying the Charter, 09-06-2025, from signing (discipline.md §1.1). */
export const HD06_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('06-HD/TW', { kind: GUIDANCE, issuer: SECRETARIAT, signedOn: '2025-06-09', effectiveFrom: '2025-06-09' });

/** QĐ 24-QĐ/TW implementing the Charter, 30-7-2021, replaced by QĐ 232 (hierarchy-review-reports.md §1.2; discipline.md §1.1). */
export const QD24_OF_2021: PartyDocument = /* @__PURE__ */ defineDocument('24-QĐ/TW', {
  kind: REGULATION,
  issuer: CENTRAL_COMMITTEE,
  termVi: 'khóa XIII',
  signedOn: '2021-07-30',
  noteEn: 'Replaced by QĐ 232-QĐ/TW (20-01-2025); only a machine-reworded summary was seen (hierarchy-review-reports.md [H7]).',
});

/** QĐ 232-QĐ/TW implementing the Charter, 20-01-2025, cited in QĐ 264's preamble (discipline.md §1.1). */
export const QD232_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('232-QĐ/TW', {
  kind: REGULATION,
  issuer: CENTRAL_COMMITTEE,
  signedOn: '2025-01-20',
});

/** QĐ 105-QĐ/TW on cadre management and appointment, 19-12-2017, replaced by QĐ 80 (discipline.md §1.4). */
export const QD105_OF_2017: PartyDocument = /* @__PURE__ */ defineDocument('105-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
  issuer: POLITBURO,
  signedOn: '2017-12-19',
});

/** QĐ 80-QĐ/TW on cadre management and appointment (2022); its signing day was not captured (discipline.md §1.4). */
export const QD80_OF_2022: PartyDocument = /* @__PURE__ */ defineDocument('80-QĐ/TW', {
  kind: REGULATION,
  titleVi: 'về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
  issuer: POLITBURO,
  signedYear: 2022,
  noteEn:
    'The reference gives only the year (discipline.md §1.4: "2022 (day not captured)"). The discipline area dates its planning rules from 06-09-2022, the day a news report called it new (option O-15).',
});

/** QĐ 377-QĐ/TW on cadre management, planning and appointment, 08-10-2025 (discipline.md §1.4). */
export const QD377_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('377-QĐ/TW', { kind: REGULATION, issuer: POLITBURO, signedOn: '2025-10-08', effectiveFrom: '2025-10-08' });

/** HD 45-HD/BTCTW on QĐ 377, 21-11-2025 (discipline.md §1.4). */
export const HD45_OF_2025: PartyDocument = /* @__PURE__ */ defineDocument('45-HD/BTCTW', { kind: GUIDANCE, issuer: ORGANIZATION_COMMISSION, signedOn: '2025-11-21' });

/** HD 11-HD/BTCTW, basic statistical forms, 13-12-2021 (hierarchy-review-reports.md §3.1). */
export const HD11_OF_2021: PartyDocument = /* @__PURE__ */ defineDocument('11-HD/BTCTW', { kind: GUIDANCE, issuer: ORGANIZATION_COMMISSION, signedOn: '2021-12-13' });

/** NQ 12-NQ/TW of the 11th Central Committee, 4th plenum, 16-01-2012: the predecessor "NQ TW4" (hierarchy-review-reports.md §2.1). */
export const NQ12_OF_2012: PartyDocument = /* @__PURE__ */ defineDocument('12-NQ/TW', { kind: RESOLUTION, issuer: CENTRAL_COMMITTEE, termVi: 'khóa XI', signedOn: '2012-01-16' });

/** KL 21-KL/TW of the 13th Central Committee, 4th plenum, 25-10-2021, follow-up to NQ 04 (hierarchy-review-reports.md §2.1). */
export const KL21_OF_2021: PartyDocument = /* @__PURE__ */ defineDocument('21-KL/TW', { kind: CONCLUSION, issuer: CENTRAL_COMMITTEE, termVi: 'khóa XIII', signedOn: '2021-10-25' });

/** KH 03-KH/TW of the Politburo implementing KL 21, 01-12-2021 (hierarchy-review-reports.md §2.1). */
export const KH03_OF_2021: PartyDocument = /* @__PURE__ */ defineDocument('03-KH/TW', { kind: PLAN, issuer: POLITBURO, signedOn: '2021-12-01' });

/**
 * The party documents the domain reference cites, each with its signing date and issuer as the
 * reference gives them (`../shared/domain/*.md`, lineage tables). Areas cite these constants.
 * @example
 * ```ts
 * import { PARTY_DOCUMENTS } from 'nq4';
 * PARTY_DOCUMENTS.qd69of2022.key; // '69-QĐ/TW@2022-07-06'
 * PARTY_DOCUMENTS.qd69of2022.effectiveFrom; // '2022-07-06'
 * ```
 * @category Legal
 */
export const PARTY_DOCUMENTS = /* @__PURE__ */ Object.freeze({
  charter2011: CHARTER_2011,
  nq04of2016: NQ04_OF_2016,
  kh04of2016: KH04_OF_2016,
  cv1825of2016: CV1825_OF_2016,
  hd27of2014: HD27_OF_2014,
  qd132of2018: QD132_OF_2018,
  qd132of2023: QD132_OF_2023,
  hd16of2018: HD16_OF_2018,
  hd21of2019: HD21_OF_2019,
  hd33of2020: HD33_OF_2020,
  qd124of2023: QD124_OF_2023,
  hd25of2023: HD25_OF_2023,
  qd366of2025: QD366_OF_2025,
  hd43of2025: HD43_OF_2025,
  cv10072of2025: CV10072_OF_2025,
  kl198of2025: KL198_OF_2025,
  qd181of2013: QD181_OF_2013,
  qd102of2017: QD102_OF_2017,
  qd07of2018: QD07_OF_2018,
  hd06of2018: HD06_OF_2018,
  qd69of2022: QD69_OF_2022,
  hd05of2022: HD05_OF_2022,
  qd264of2025: QD264_OF_2025,
  hd15of2025: HD15_OF_2025,
  qd212of2026: QD212_OF_2026,
  qd30of2016: QD30_OF_2016,
  qd22of2021: QD22_OF_2021,
  qd296of2025: QD296_OF_2025,
  qd294of2025: QD294_OF_2025,
  hd06of2025: HD06_OF_2025,
  qd24of2021: QD24_OF_2021,
  qd232of2025: QD232_OF_2025,
  qd105of2017: QD105_OF_2017,
  qd80of2022: QD80_OF_2022,
  qd377of2025: QD377_OF_2025,
  hd45of2025: HD45_OF_2025,
  hd11of2021: HD11_OF_2021,
  nq12of2012: NQ12_OF_2012,
  kl21of2021: KL21_OF_2021,
  kh03of2021: KH03_OF_2021,
});

/**
 * The name of a document in {@link PARTY_DOCUMENTS}.
 * @category Legal
 */
export type PartyDocumentName = keyof typeof PARTY_DOCUMENTS;

/**
 * Every known document sharing a number and symbol: more than one means the number was reused
 * (there are two 132-QĐ/TW), and the signing date tells them apart.
 *
 * @example
 * ```ts
 * import { findPartyDocuments } from 'nq4';
 * findPartyDocuments('132-QD/TW').map((d) => d.signedOn); // ['2018-03-08', '2023-10-27']
 * ```
 * @throws {@link Nq4Error} when `numberAndSymbol` is not a document id.
 * @category Legal
 */
export function findPartyDocuments(numberAndSymbol: string): readonly PartyDocument[] {
  const id = parseDocumentId(numberAndSymbol);
  return Object.freeze(
    Object.values(PARTY_DOCUMENTS)
      .filter((d: PartyDocument) => d.id !== undefined && isSameDocumentId(d.id, id))
      .sort((a, b) => ((a.signedOn ?? String(a.signedYear)) < (b.signedOn ?? String(b.signedYear)) ? -1 : 1)),
  );
}
