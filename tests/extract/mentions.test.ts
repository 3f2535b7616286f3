import { describe, expect, it } from 'vitest';
import { findManifestationMentions } from '../../src/extract/index.js';
import { fixture } from '../support/fixtures.js';


describe('findManifestationMentions', () => {
  const text = fixture('seeds/003_5c695452df66635a.txt');
  const mentions = findManifestationMentions(text);

  it('maps Giang Thành\'s "5 biểu hiện cơ bản" (1)–(4) to the catalog items they paraphrase', () => {
    const byItem = new Map<number, string[]>();
    for (const m of mentions) {
      if (m.kind !== 'item' || m.listItem === undefined) continue;
      byItem.set(m.listItem, [...(byItem.get(m.listItem) ?? []), ...m.ids]);
    }
    // (1) study of theory and resolutions → G1-3; (2) not exemplary, shirking responsibility → G1-4;
    // (3) indulgent self-criticism → G1-5 and words not matching deeds → G1-6;
    // (4) not close to the grassroots, indifferent to people's difficulties → G2-5.
    expect(byItem.get(1)).toContain('G1-3');
    expect(byItem.get(2)).toContain('G1-4');
    expect(byItem.get(3)).toEqual(expect.arrayContaining(['G1-5', 'G1-6']));
    expect(byItem.get(4)).toContain('G2-5');
  });

  it('maps item (5), "thiếu tu dưỡng rèn luyện đạo đức", to group 2 only (no item paraphrased)', () => {
    const five = text.indexOf('(5)');
    const after = mentions.filter((m) => m.span[0] > five && m.span[0] < five + 120);
    expect(after.map((m) => [m.kind, m.groups])).toEqual([['group', [2]]]);
  });

  it('gives exact spans and scores in [0, 1]', () => {
    for (const m of mentions) {
      expect(text.slice(m.span[0], m.span[1])).toBe(m.quote);
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });

  it('finds "27 biểu hiện" as the list, and group headings', () => {
    const found = findManifestationMentions('Soi cho được các biểu hiện trong 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”.');
    expect(found.map((m) => [m.kind, m.groups])).toEqual([
      ['list', [1, 2, 3]],
      ['group', [1]],
      ['group', [2]],
      ['group', [3]],
    ]);
  });

  it('reads tone placement and NFD the same, and flags "không còn"', () => {
    const a = findManifestationMentions('Đảng bộ không còn tình trạng nói không đi đôi với làm, hứa nhiều làm ít.');
    const b = findManifestationMentions('Đảng bộ không còn tình trạng nói không đi đôi với làm, hứa nhiều làm ít.'.normalize('NFD'));
    expect(a.map((m) => m.ids)).toEqual([['G1-6']]);
    expect(b.map((m) => m.ids)).toEqual([['G1-6']]);
    expect(a[0]?.negated).toBe(true);
    expect(findManifestationMentions('Tham ô, tham nhũng, lợi dụng chức vụ, quyền hạn để trục lợi.', { includeGroups: false })[0]?.ids[0]).toBe('G2-7');
  });

  it('stays quiet on prose about other matters', () => {
    expect(findManifestationMentions('Giá trị sản xuất đạt 790 tỷ đồng, thu ngân sách tăng 14% so với cùng kỳ.')).toEqual([]);
  });
});

describe('manifestation mentions in the annotated reports', () => {
  it('finds "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao" (report 05) as G1-4, as the annotators suggest', () => {
    const text = fixture('reports/05_hcm-giuanhiemky-2018.txt');
    const m = findManifestationMentions(text).find((x) => x.kind === 'item' && x.quote.startsWith('Thiếu trách nhiệm'));
    expect(m?.ids[0]).toBe('G1-4');
    expect(findManifestationMentions(text).some((x) => x.kind === 'group' && x.quote === 'đạo đức, lối sống')).toBe(true);
  });
});
