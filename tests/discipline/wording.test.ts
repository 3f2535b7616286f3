import { describe, expect, it } from 'vitest';
import { checkDiscipline } from '../../src/discipline/checkDiscipline.js';
import { getDisciplineEffects } from '../../src/discipline/effects.js';
import { LIMITATION_RULE_SETS } from '../../src/discipline/limitationRules.js';
import * as SRC from '../../src/discipline/sources.js';
import type { Citation } from '../../src/legal/citation.js';

const CODES = /\b[OD]-?\d+\b|§|\.md\b/;
const isCitation = (x: unknown): x is Citation => typeof x === 'object' && x !== null && 'document' in x && 'status' in x;

// Issue 13, "what a person reads": no decision codes in citation notes, rule-set labels or result
// texts; the Vietnamese reads as a party office writes it.
describe('discipline texts a person reads', () => {
  it('no citation note or limitation rule-set text carries a decision code or file reference', () => {
    const cites = Object.values(SRC).filter(isCitation);
    expect(cites.length).toBeGreaterThan(30);
    for (const c of cites) for (const t of [c.note?.vi, c.note?.en]) if (t !== undefined) expect(t).not.toMatch(CODES);
    for (const rs of LIMITATION_RULE_SETS) for (const t of [rs.label.vi, rs.label.en, rs.gapReason?.vi, rs.gapReason?.en]) if (t !== undefined) expect(t).not.toMatch(CODES);
  });

  it('a check that breaks rules says so as an office would ("Đề xuất trái … quy định")', () => {
    const r = checkDiscipline({ subject: 'officialMember', form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' });
    expect(r.explanation.outcome.label.vi).toBe('Đề xuất trái 2 quy định');
    expect(r.explanation.textVi).not.toMatch(/quy tắc/);
  });

  // discipline.md §5.1 (QĐ 69 Điều 2 khoản 5, Q2): the decision lapses only "nếu … không khiếu nại,
  // không tái phạm hoặc không có vi phạm mới đến mức phải kỷ luật"; the text keeps the condition.
  it('the expiry sentence keeps the condition of QĐ 69 Điều 2 khoản 5', () => {
    const r = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05' }, { on: '2024-02-01' });
    expect(r.status).toBe('expired');
    expect(r.explanation.textVi).toContain('nếu không khiếu nại, không tái phạm và không có vi phạm mới đến mức phải kỷ luật');
    expect(r.explanation.textVi).toContain('(chưa có ngày công bố, lấy ngày quyết định)');
    const gap = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2021-10-01' }, { on: '2022-03-01' });
    expect(gap.explanation.textVi).toContain('(thời kỳ QĐ 22-QĐ/TW): chưa đối chiếu được quy định');
    expect(gap.explanation.textVi).not.toContain('((');
  });
});
