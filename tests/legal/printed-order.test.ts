/**
 * Citations as printed (issue 13 item 8): a sub-point inside a point of a section is written
 * smallest unit first, "tiết 2 điểm B Mục II", as HD 21 itself is cited (rating.md §4, HD 21
 * Mục II.B tiết 2), never "điểm B tiết 2"; guidance is named "Hướng dẫn số 43-HD/BTCTW".
 */
import { describe, expect, it } from 'vitest';
import { cite, formatCitation, PARTY_DOCUMENTS } from '../../src/index.js';

describe('formatCitation writes units in printed order', () => {
  it('item, point, section, then the document', () => {
    const c = cite(PARTY_DOCUMENTS.hd21of2019, { section: 'II', point: 'B', item: { vi: 'tiết 2', en: 'item 2' } });
    expect(formatCitation(c, 'vi')).toBe('tiết 2 điểm B Mục II Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019, của Ban Tổ chức Trung ương');
    expect(formatCitation(c, 'en')).toMatch(/^item 2, point B, Section II of Guidance No\. 21-HD\/BTCTW/);
  });

  it('names a guidance "Hướng dẫn số 43-HD/BTCTW"', () => {
    expect(formatCitation(cite(PARTY_DOCUMENTS.hd43of2025, { section: '4', item: { vi: 'tiết 4.1', en: 'item 4.1' } }), 'vi')).toMatch(/^tiết 4\.1 Mục 4 Hướng dẫn số 43-HD\/BTCTW/);
  });
});
