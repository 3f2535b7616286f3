import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCitation,
  getManifestation,
  getManifestationGroup,
  isManifestationId,
  manifestationGroups,
  manifestationIdSchema,
  manifestations,
  Nq4Error,
} from '../../src/index.js';
import { isDeepFrozen } from '../support/freeze.js';

describe('manifestations', () => {
  it('lists 27 items, 9 per group, ids unique and in official order', () => {
    expect(manifestations).toHaveLength(27);
    const ids = manifestations.map((m) => m.id);
    expect(new Set(ids).size).toBe(27);
    const expected = [1, 2, 3].flatMap((g) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `G${g}-${n}`));
    expect(ids).toEqual(expected);
    for (const g of manifestationGroups) expect(g.ids).toHaveLength(9);
  });

  it('counts 12 verified, 7 partial and 8 unverified texts, as the reference says', () => {
    const count = (s: string) => manifestations.filter((m) => m.textStatus === s).length;
    expect([count('verified'), count('partial'), count('unverified')]).toEqual([12, 7, 8]);
  });

  it('never shows text for unverified items and marks unseen text in partial ones', () => {
    for (const m of manifestations) {
      if (m.textStatus === 'unverified') expect(m.textVi).toBeNull();
      if (m.textStatus === 'verified') expect(m.textVi).not.toContain('[…]');
      expect(m.label.vi.length).toBeGreaterThan(0);
      expect(m.label.en.length).toBeGreaterThan(0);
      expect(m.textEn.length).toBeGreaterThan(0);
    }
    // Partial items whose source ends mid-text carry the gap marker.
    expect(getManifestation('G3-6').textVi).toBe('Móc nối, cấu kết với các thế lực thù địch, phản […]');
    expect(getManifestation('G2-4').textVi).toContain('[…]');
  });

  it('is deeply frozen, as are groups', () => {
    expect(isDeepFrozen(manifestations)).toBe(true);
    expect(isDeepFrozen(manifestationGroups)).toBe(true);
    expect(() => {
      (manifestations as unknown as { push: (x: unknown) => void }).push({});
    }).toThrow(TypeError);
  });

  it('cites Part I of NQ 04-NQ/TW, 30-10-2016, in both languages', () => {
    const m = getManifestation('G2-7');
    expect(formatCitation(m.citation, 'vi')).toBe(
      'biểu hiện 7 thuộc nhóm 2 Phần I Nghị quyết số 04-NQ/TW, ngày 30-10-2016, của Ban Chấp hành Trung ương Đảng khóa XII',
    );
    expect(formatCitation(m.citation, 'en')).toBe(
      'item 7 of group 2, Part I of Resolution No. 04-NQ/TW of 30 October 2016 of the Central Committee',
    );
    expect(m.groupHeadingVi).toBe('Biểu hiện suy thoái về đạo đức, lối sống');
    expect(m.citation.status).toBe('quotedSecondHand');
    expect(getManifestation('G1-7').citation.status).toBe('unverified');
  });

  it('looks up by id, tolerant of case and spaces', () => {
    expect(getManifestation('G3-9').number).toBe(9);
    expect(getManifestation(' g1-2 ').id).toBe('G1-2');
    expect(getManifestationGroup(2).label.en).toBe('Ethical and lifestyle degradation');
  });

  it('rejects unknown ids with an Nq4Error naming the id', () => {
    try {
      getManifestation('G4-1');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      const e = error as Nq4Error;
      expect(e.issues[0].code).toBe('unknown_id');
      expect(e.issues[0].path).toEqual(['id']);
      expect(e.issues[0].messageEn).toContain('"G4-1"');
      expect(e.issues[0].messageVi).toContain('"G4-1"');
    }
  });

  it('does not echo arbitrary text (possibly personal data) in the message', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 30 }).filter((s) => !/^\s*G\d/i.test(s)), (text) => {
        try {
          getManifestation(text);
          return isManifestationId(text.trim().toUpperCase());
        } catch (error) {
          return error instanceof Nq4Error && !error.message.includes(text) && !error.messageVi.includes(text);
        }
      }),
    );
  });

  it('rejects non-string ids and bad group numbers with typed issues', () => {
    expect(() => getManifestation(42 as never)).toThrowError(Nq4Error);
    try {
      getManifestationGroup(4 as never);
      expect.unreachable();
    } catch (error) {
      expect((error as Nq4Error).issues[0].path).toEqual(['group']);
    }
    expect(isManifestationId('G1-1')).toBe(true);
    expect(isManifestationId('G1-0')).toBe(false);
    expect(isManifestationId(null)).toBe(false);
  });

  it('checks ids without a schema, with the issues a schema gave', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Nq4Error).issues;
      }
      throw new Error('no error');
    };
    expect(issuesOf(() => getManifestation(42 as never))).toEqual([
      { code: 'invalid_type', path: ['id'], messageVi: 'Sai kiểu dữ liệu: cần chuỗi ký tự.', messageEn: 'Wrong type: expected text.' },
    ]);
    expect(issuesOf(() => getManifestation(undefined as never))).toEqual([
      { code: 'missing', path: ['id'], messageVi: 'Thiếu trường bắt buộc.', messageEn: 'Required field is missing.' },
    ]);
    expect(issuesOf(() => getManifestation('G'.repeat(33)))).toEqual([
      { code: 'too_big', path: ['id'], messageVi: 'Tối đa 32 ký tự.', messageEn: 'At most 32 characters.' },
    ]);
    expect(getManifestation(' g1-1 ').id).toBe('G1-1');
  });

  it('names all three group numbers when the group is wrong (a union of literals named only 1)', () => {
    for (const bad of [0, 4, 1.5, '1']) {
      try {
        getManifestationGroup(bad as never);
        expect.unreachable();
      } catch (error) {
        expect((error as Nq4Error).issues).toEqual([
          { code: 'invalid_value', path: ['group'], messageVi: 'Giá trị không hợp lệ; chấp nhận: 1, 2, 3.', messageEn: 'Invalid value; expected one of: 1, 2, 3.' },
        ]);
      }
    }
    expect(() => getManifestationGroup(undefined as never)).toThrowError(/group: Required field is missing/);
  });

  it('keeps manifestationIdSchema a zod/mini enum of the 27 ids', () => {
    expect(manifestationIdSchema.options).toEqual(manifestations.map((m) => m.id));
  });
});
