import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/legal/citation.js';
import { getDisciplineEffects } from '../../src/discipline/effects.js';
import { NON_FORM_SOURCES } from '../../src/discipline/sources.js';
import * as SRC from '../../src/discipline/sources.js';
import { checkLimitation } from '../../src/discipline/limitation.js';
import { Nq4Error } from '../../src/errors.js';
import { NON_DISCIPLINARY_MEASURES } from '../../src/i18n/vocabulary.js';

describe('citations whose location or strength the reference qualifies', () => {
  it('QĐ 366 year attribution: Điều 11 at article level, paraphrased, location flagged unverified (rating.md §6.5)', () => {
    const c = SRC.qd366art11;
    expect(c.article).toBe(11);
    expect(c.clause).toBeUndefined();
    expect(c.item).toBeUndefined();
    expect(c.point).toBeUndefined();
    expect(['paraphrased', 'inferred']).toContain(c.status);
    expect(c.note?.en).toContain('Location unverified');
    expect(c.note?.en).toContain('43-HD/BTCTW');
    expect(c.note?.vi).toContain('Hướng dẫn 43-HD/BTCTW');
    expect(c.note?.vi).toContain('chưa được xác minh');
    expect(formatCitation(c, 'vi')).not.toContain('4.3');
    expect(formatCitation(c, 'en')).not.toContain('4.3');
  });

  it('the effects explanation cites QĐ 366 without the unverified "4.3"', () => {
    const r = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-10-01' }, { on: '2025-12-01' });
    expect(r.explanation.textVi).toContain('Điều 11 Quy định số 366-QĐ/TW');
    expect(r.explanation.textVi).not.toContain('4.3');
    expect(r.explanation.textEn).not.toContain('4.3');
  });

  // Issue 13 items 13 and 8; rating.md §7.1 ("count once": quoted in HD 21 only, not seen for QĐ 124
  // or QĐ 366) and §4.1 (printed "Tiết 2 Điểm B Mục II").
  it('"một vi phạm chỉ tính một lần" is quoted from HD 21 in its years and carried over by inference elsewhere', () => {
    const rating = (decidedOn: string) => getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn }, { on: '2026-06-01' }).explanation.reasons.find((x) => x.code === 'rating');
    const in2021 = rating('2021-05-01');
    expect(in2021?.citations.map((c) => c.status)).toEqual(['quotedSecondHand']);
    expect(in2021?.citations[0]?.quoteVi).toContain('chỉ tính một lần');
    expect(formatCitation(in2021!.citations[0]!, 'vi')).toMatch(/^tiết 2 điểm B Mục II Hướng dẫn số 21-HD\/BTCTW/);
    for (const d of ['2024-05-01', '2025-10-01', '2018-05-01']) {
      const r = rating(d);
      expect(r?.citations.map((c) => c.status)).toEqual(['inferred']);
      expect(r?.citations[0]?.note?.vi).toContain('suy luận của thư viện');
    }
    const text = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-10-01' }, { on: '2026-06-01' }).explanation.textVi;
    expect(text).toContain('một vi phạm bị xử lý kỷ luật chỉ tính một lần. (suy ra từ tiết 2 điểm B Mục II Hướng dẫn số 21-HD/BTCTW');
  });
});

describe('"not a disciplinary form" rests on the Charter', () => {
  it('a measure code given as a form is rejected citing Điều lệ Điều 35 khoản 2 (quoted)', () => {
    try {
      checkLimitation({ subject: 'officialMember', warrantedForm: 'reminder' as never, violationOn: '2020-01-01', conclusionOn: '2021-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      const issue = (error as Nq4Error).issues[0]!;
      expect(issue.code).toBe('rule_violation');
      expect(issue.source).toBe(SRC.charter35);
      expect(issue.source?.status).toBe('quoted');
    }
  });

  it('every measure keeps at least one §2.3 per-measure source', () => {
    for (const m of NON_DISCIPLINARY_MEASURES) expect(NON_FORM_SOURCES[m].length).toBeGreaterThan(0);
    expect(Object.isFrozen(NON_FORM_SOURCES)).toBe(true);
  });
});
