import { describe, expect, it } from 'vitest';
import { cite, formatCitation, PARTY_DOCUMENTS } from '../../src/index.js';

describe('formatCitation', () => {
  it('writes the smallest unit first, the way party documents do', () => {
    const c = cite(PARTY_DOCUMENTS.qd132of2018, { article: 12, clause: 4, point: 'a' });
    expect(formatCitation(c, 'vi')).toBe('điểm a khoản 4 Điều 12 Quy định số 132-QĐ/TW, ngày 8-3-2018, của Bộ Chính trị');
    expect(formatCitation(c, 'en')).toBe('Article 12(4)(a) of Regulation No. 132-QĐ/TW of 8 March 2018 of the Politburo');
  });

  it('formats section-based guidance', () => {
    const c = cite(PARTY_DOCUMENTS.hd21of2019, { section: 'II', subsection: '6' }, 'quotedSecondHand');
    expect(formatCitation(c, 'vi')).toBe('tiểu mục 6 Mục II Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019, của Ban Tổ chức Trung ương');
    expect(formatCitation(c, 'en')).toBe(
      'sub-section 6, Section II of Guidance No. 21-HD/BTCTW of 18 October 2019 of the Central Organization Commission',
    );
  });

  it('formats the Charter, which has no number', () => {
    const c = cite(PARTY_DOCUMENTS.charter2011, { article: 35, clause: 2 });
    expect(formatCitation(c, 'vi')).toBe('khoản 2 Điều 35 Điều lệ Đảng');
    expect(formatCitation(c, 'en')).toBe('Article 35(2) of the Party Charter (adopted 19 January 2011)');
  });

  it('formats a whole document and a document of unknown issuer', () => {
    expect(formatCitation(cite(PARTY_DOCUMENTS.qd07of2018), 'vi')).toBe('Quy định số 07-QĐi/TW, ngày 28-8-2018, của Bộ Chính trị');
    expect(formatCitation(cite(PARTY_DOCUMENTS.qd132of2023), 'vi')).toBe('Quy định số 132-QĐ/TW, ngày 27-10-2023');
    expect(formatCitation(cite(PARTY_DOCUMENTS.hd05of2022, { point: 'b' }), 'en')).toBe(
      'point b of Guidance No. 05-HD/UBKTTW of 22 November 2022 of the Central Inspection Commission',
    );
  });

  it('writes only the year for a document whose signing day the reference does not give', () => {
    const d = PARTY_DOCUMENTS.qd80of2022;
    expect(d.signedOn).toBeUndefined();
    expect(d.key).toBe('80-QĐ/TW@2022');
    expect(formatCitation(cite(d, { article: 5 }), 'vi')).toBe('Điều 5 Quy định số 80-QĐ/TW, năm 2022, của Bộ Chính trị');
    expect(formatCitation(cite(d, { article: 5 }), 'en')).toBe('Article 5 of Regulation No. 80-QĐ/TW of 2022 of the Politburo');
  });

  it('returns frozen citations', () => {
    const c = cite(PARTY_DOCUMENTS.qd69of2022, { article: 4, note: { vi: 'a', en: 'b' } });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.note)).toBe(true);
  });
});
