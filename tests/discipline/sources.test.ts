import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/legal/citation.js';
import { disciplineEffects } from '../../src/discipline/effects.js';
import { SRC } from '../../src/discipline/sources.js';

describe('citations whose location or strength the reference qualifies', () => {
  it('QĐ 366 year attribution: Điều 11 at article level, paraphrased, location flagged unverified (rating.md §6.5)', () => {
    const c = SRC.qd366art11;
    expect(c.article).toBe(11);
    expect(c.clause).toBeUndefined();
    expect(c.item).toBeUndefined();
    expect(c.point).toBeUndefined();
    expect(['paraphrased', 'inferred']).toContain(c.status);
    expect(c.note?.en).toContain('Location unverified');
    expect(c.note?.en).toContain('43-HD/TW');
    expect(c.note?.vi).toContain('chưa được xác minh');
    expect(formatCitation(c, 'vi')).not.toContain('4.3');
    expect(formatCitation(c, 'en')).not.toContain('4.3');
  });

  it('the effects explanation cites QĐ 366 without the unverified "4.3"', () => {
    const r = disciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-03-01' }, { on: '2025-12-01' });
    expect(r.explanation.textVi).toContain('Điều 11');
    expect(r.explanation.textVi).not.toContain('4.3');
    expect(r.explanation.textEn).not.toContain('4.3');
  });
});
