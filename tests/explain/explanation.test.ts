import { describe, expect, it } from 'vitest';
import { cite, explain, NOT_AN_OFFICIAL_DECISION, PARTY_DOCUMENTS, renderExplanation } from '../../src/index.js';
import { explain as explainUnchecked } from '../../src/explain/explanation.js';
import { isNq4Error } from '../../src/index.js';
import { frozen, isDeepFrozen } from '../support/freeze.js';

describe('explain', () => {
  const source = cite(PARTY_DOCUMENTS.hd21of2019, { section: 'II', subsection: '6' }, 'quotedSecondHand');
  const input = frozen({
    outcome: { code: 'unsatisfactory', label: { vi: 'Không hoàn thành nhiệm vụ', en: 'Unsatisfactory' } },
    ruleSet: { id: 'hd21', label: { vi: 'QĐ 132 + HD 21', en: 'QĐ 132 + HD 21' } },
    reasons: [{ code: 'disciplined', text: { vi: 'Bị kỷ luật trong năm.', en: 'Disciplined in the year.' }, citations: [source] }],
    blockedBy: [{ code: 'quota', text: { vi: 'Vượt tỷ lệ.', en: 'Over the quota.' }, citations: [] }],
    options: [{ name: 'D2', value: 'perUnit', effect: { vi: 'Tính theo đơn vị.', en: 'Counted per unit.' } }],
    caveats: [NOT_AN_OFFICIAL_DECISION],
  });

  it('renders every part in Vietnamese and English, citing the source', () => {
    const e = explain(input);
    expect(e.textVi).toBe(
      [
        'Kết quả: Không hoàn thành nhiệm vụ.',
        'Áp dụng: QĐ 132 + HD 21.',
        'Căn cứ:',
        '- Bị kỷ luật trong năm. (theo nguyên văn (trích lại) tiểu mục 6 Mục II Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019, của Ban Tổ chức Trung ương)',
        'Lý do không đạt mức cao hơn:',
        '- Vượt tỷ lệ.',
        'Lựa chọn đã dùng:',
        '- Tính theo đơn vị.',
        'Lưu ý:',
        `- ${NOT_AN_OFFICIAL_DECISION.vi}`,
      ].join('\n'),
    );
    expect(renderExplanation(e, 'en')).toContain('Outcome: Unsatisfactory.\nApplied: QĐ 132 + HD 21.\nGrounds:\n- Disciplined in the year. (as worded (quoted second-hand) in sub-section 6, Section II of Guidance No. 21-HD/BTCTW');
  });

  // Issue 13, "What a person reads": the firmness of each source is in the text, and decision
  // codes (D2, O-17) stay in the data only; an option a caller passes by name is written out.
  it('says how firm each source is, in words, and writes no decision code', () => {
    const paraphrase = cite(PARTY_DOCUMENTS.qd124of2023, { article: 12, clause: 4 }, 'paraphrased');
    const inference = cite(PARTY_DOCUMENTS.charter2011, { article: 35 }, 'inferred');
    const e = explain({
      outcome: { code: 'x', label: { vi: 'X', en: 'X' } },
      reasons: [{ code: 'r', text: { vi: 'Lý do.', en: 'Reason.' }, citations: [paraphrase, inference] }],
      options: [
        { name: 'O-17', value: true, effect: { vi: 'Cộng thêm thời gian loại trừ.', en: 'Excluded time added.' } },
        { name: 'acceptParaphrasedCriteria', value: true, effect: { vi: 'Áp dụng bản diễn giải.', en: 'Paraphrase applied.' } },
      ],
    });
    expect(e.textVi).toContain('- Lý do. (theo bản diễn giải khoản 4 Điều 12 Quy định số 124-QĐ/TW');
    expect(e.textVi).toContain('; suy ra từ Điều 35 Điều lệ Đảng)');
    expect(e.textEn).toContain('- Reason. (as paraphrased from Article 12(4) of Regulation No. 124-QĐ/TW');
    expect(e.textEn).toContain('; inferred from Article 35 of the Party Charter');
    expect(e.textVi).toContain('- Cộng thêm thời gian loại trừ.\n- Áp dụng bản diễn giải. (acceptParaphrasedCriteria: true)');
    expect(e.textVi).not.toMatch(/O-17/);
    expect(e.textEn).not.toMatch(/O-17/);
  });

  it('is deeply frozen and leaves the (frozen) input untouched', () => {
    const before = JSON.stringify(input);
    const e = explain(input);
    expect(isDeepFrozen(e)).toBe(true);
    expect(e.reasons[0]!.citations[0]).toBe(source);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('keeps to the documented fields: extra keys of a reason do not reach the result', () => {
    // The library's own (unchecked) explain; the public one refuses the unknown key.
    const reason = { code: 'r', text: { vi: 'a', en: 'b' }, citations: [], internal: 42 };
    const e = explainUnchecked({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons: [reason] });
    expect(Object.keys(e.reasons[0]!)).toEqual(['code', 'text', 'citations']);
    expect(() => explain({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons: [reason] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'unknown_key', path: ['reasons', 0, 'internal'] })] }),
    );
  });

  it('does not freeze a caller-owned, mutable input', () => {
    const reasons = [{ code: 'x', text: { vi: 'a', en: 'b' }, citations: [] }];
    explain({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons });
    expect(Object.isFrozen(reasons)).toBe(false);
    expect(Object.isFrozen(reasons[0])).toBe(false);
  });
});

describe('explain leaves what the caller owns alone (issue 15)', () => {
  it('does not freeze a caller-made citation, label or option, at any depth', () => {
    const citation = { document: { ...PARTY_DOCUMENTS.charter2011 }, status: 'quoted' as const, article: 35, note: { vi: 'ghi chú', en: 'note' } };
    const caveat = { vi: 'Lưu ý.', en: 'Caveat.' };
    const e = explain({
      outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } },
      reasons: [{ code: 'r', text: { vi: 'a', en: 'b' }, citations: [citation] }],
      caveats: [caveat],
    });
    expect(Object.isFrozen(citation)).toBe(false);
    expect(Object.isFrozen(citation.note)).toBe(false);
    expect(Object.isFrozen(citation.document)).toBe(false);
    expect(Object.isFrozen(caveat)).toBe(false);
    expect(isDeepFrozen(e)).toBe(true);
    expect(e.reasons[0]!.citations[0]).toEqual(citation);
    expect(e.textVi).toContain('theo nguyên văn Điều 35 Điều lệ Đảng');
  });

  it('shares the library\'s own frozen citations instead of copying them', () => {
    const c = cite(PARTY_DOCUMENTS.charter2011, { article: 35 });
    const e = explain({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons: [{ code: 'r', text: { vi: 'a', en: 'b' }, citations: [c] }] });
    expect(e.reasons[0]!.citations[0]).toBe(c);
  });

  it('keeps an own "__proto__" key of a JSON-made label as data, never as a prototype', () => {
    const label = JSON.parse('{"vi":"Được","en":"OK","__proto__":{"polluted":true}}') as { vi: string; en: string };
    let thrown: unknown;
    try {
      explain({ outcome: { code: 'ok', label } });
    } catch (error) {
      thrown = error;
    }
    expect(isNq4Error(thrown)).toBe(true);
    const e = explainUnchecked({ outcome: { code: 'ok', label } });
    expect(Object.getPrototypeOf(e.outcome.label)).toBe(Object.prototype);
    expect((e.outcome.label as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('explain names a clause once per reason', () => {
  it('writes two citations of the same clause (two quotes of it) once', () => {
    const q1 = cite(PARTY_DOCUMENTS.charter2011, { article: 35, quoteVi: 'a' });
    const q2 = cite(PARTY_DOCUMENTS.charter2011, { article: 35, quoteVi: 'b' });
    const e = explain({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons: [{ code: 'r', text: { vi: 'Lý do.', en: 'Reason.' }, citations: [q1, q2] }] });
    expect(e.textVi).toBe('Kết quả: Được.\nCăn cứ:\n- Lý do. (theo nguyên văn Điều 35 Điều lệ Đảng)');
    expect(e.reasons[0]!.citations).toHaveLength(2);
  });
});

describe('a check names what it lists under blockedBy in its own words (issue 13, what a person reads)', () => {
  it('uses blockedByHeading in both texts, and the rating heading otherwise', () => {
    const input = {
      outcome: { code: 'notOk', label: { vi: 'Đề xuất chưa đúng quy định', en: 'Proposal not in accordance' } },
      blockedBy: [{ code: 'form', text: { vi: 'Hình thức không áp dụng.', en: 'Form does not apply.' }, citations: [] }],
    };
    const heading = { vi: 'Chưa đúng quy định', en: 'Not in accordance with the rules' };
    expect(explain({ ...input, blockedByHeading: heading }).textVi).toContain('\nChưa đúng quy định:\n- Hình thức không áp dụng.');
    expect(explain({ ...input, blockedByHeading: heading }).textEn).toContain('\nNot in accordance with the rules:\n- Form does not apply.');
    expect(explain(input).textVi).toContain('\nLý do không đạt mức cao hơn:\n');
    expect(() => explain({ ...input, blockedByHeading: { vi: 'x' } as never })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['blockedByHeading', 'en'] })] }));
  });
});
