import { describe, expect, it } from 'vitest';
import { cite, explain, NOT_AN_OFFICIAL_DECISION, PARTY_DOCUMENTS, renderExplanation } from '../../src/index.js';
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
        'Bộ quy tắc áp dụng: QĐ 132 + HD 21.',
        'Căn cứ:',
        '- Bị kỷ luật trong năm. (nguồn: tiểu mục 6 Mục II Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019, của Ban Tổ chức Trung ương)',
        'Điều kiện không cho phép kết quả tốt hơn:',
        '- Vượt tỷ lệ.',
        'Tùy chọn đã ảnh hưởng đến kết quả:',
        '- D2 = perUnit: Tính theo đơn vị.',
        'Lưu ý:',
        `- ${NOT_AN_OFFICIAL_DECISION.vi}`,
      ].join('\n'),
    );
    expect(renderExplanation(e, 'en')).toContain('Outcome: Unsatisfactory.\nRule set applied: QĐ 132 + HD 21.\nReasons:\n- Disciplined in the year. (source: sub-section 6, Section II of Guidance No. 21-HD/BTCTW');
  });

  it('is deeply frozen and leaves the (frozen) input untouched', () => {
    const e = explain(input);
    expect(isDeepFrozen(e)).toBe(true);
    expect(e.reasons).not.toBe(input.reasons);
  });

  it('does not freeze a caller-owned, mutable input', () => {
    const reasons = [{ code: 'x', text: { vi: 'a', en: 'b' }, citations: [] }];
    explain({ outcome: { code: 'ok', label: { vi: 'Được', en: 'OK' } }, reasons });
    expect(Object.isFrozen(reasons)).toBe(false);
    expect(Object.isFrozen(reasons[0])).toBe(false);
  });
});
