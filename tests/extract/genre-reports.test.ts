import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertExtractionToTally, extractTallies, type ExtractionResult } from '../../src/extract/index.js';
import { fixture } from '../support/fixtures.js';
import { score, type AnnotatedText } from './support/score.js';

// Real reports of the genre collected for issue 14 (tests/fixtures/genre/reports.json: each text is
// a verbatim excerpt with its URL and date, the tallies annotated by hand from the text). The
// held-out part was not read while tuning the reader.

interface GenreText extends AnnotatedText {
  readonly split: 'tuned' | 'heldout';
  readonly url: string;
}
const genre = JSON.parse(readFileSync(new URL('../fixtures/genre/reports.json', import.meta.url), 'utf8')) as GenreText[];
// The unseen set (tests/fixtures/genre/unseen.json): annotated by reading before the reader first ran
// on them; F1 0.938 then (the honest unseen figure), its sentences used below only after that.
const unseen = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen.json', import.meta.url), 'utf8')) as GenreText[];
// The second unseen set (unseen2.json), annotated the same way once the first had been read: F1 0.874
// then; its sentences used below only after that.
const unseen2 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen2.json', import.meta.url), 'utf8')) as GenreText[];
// The third (unseen3.json, 2021–2025), annotated and committed before the reader first ran on it: F1
// 0.847 then (P 0.926, R 0.781); its sentences used below only after that.
const unseen3 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen3.json', import.meta.url), 'utf8')) as GenreText[];
// The fourth (unseen4.json, 12 reports), the same way after the third had been used: F1 0.676 then
// (P 0.800, R 0.585); its sentences used below only after that.
const unseen4 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen4.json', import.meta.url), 'utf8')) as GenreText[];
// The fifth (unseen5.json, 10 reports), after two rounds of fixes: F1 0.871 then (P 0.931, R 0.818).
const unseen5 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen5.json', import.meta.url), 'utf8')) as GenreText[];
// The sixth (unseen6.json, 10 reports), after the fifth's fixes and a review of the rules: F1 0.941
// then (P 0.941, R 0.941), the first set above 0.90 on its first run.
const unseen6 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen6.json', import.meta.url), 'utf8')) as GenreText[];
// The seventh (unseen7.json, 10 reports), the same way: F1 0.800 on its first run (P 0.933, R
// 0.700); its sentences used below only after that.
const unseen7 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen7.json', import.meta.url), 'utf8')) as GenreText[];
// The eighth (unseen8.json, 10 reports), the same way: F1 0.588 on its first run (P 0.714, R 0.500;
// the same with the scorer's later convention for pending counts); its sentences used below only after that.
const unseen8 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen8.json', import.meta.url), 'utf8')) as GenreText[];
// The ninth (unseen9.json, 10 reports), read after the eighth set's fixes and their review: F1 0.930
// on its first run (P 0.946, R 0.914); its sentences used below only after that.
const unseen9 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen9.json', import.meta.url), 'utf8')) as GenreText[];
// The tenth (unseen10.json, 10 reports), read after the ninth's fixes and their review: F1 0.904 on
// its first run (P 0.929, R 0.881); its sentences used below only after that.
const unseen10 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen10.json', import.meta.url), 'utf8')) as GenreText[];
// The eleventh (unseen11.json, 10 reports), read after the tenth's fixes and their review: F1 0.795
// on its first run (P 0.833, R 0.761); its sentences used below only after that.
const unseen11 = JSON.parse(readFileSync(new URL('../fixtures/genre/unseen11.json', import.meta.url), 'utf8')) as GenreText[];
const text = (id: string): string => {
  const g = [genre, unseen, unseen2, unseen3, unseen4, unseen5, unseen6, unseen7, unseen8, unseen9, unseen10, unseen11].map((set) => set.find((x) => x.id === id)).find((x) => x !== undefined);
  if (!g) throw new Error(`no genre text ${id}`);
  return g.text;
};
/** The sentence of a genre text that holds `needle` (verbatim). */
const sentence = (id: string, needle: string): string => {
  const t = text(id);
  const at = t.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${id}`);
  let a = at;
  while (a > 0 && !/[.\n]/.test(t[a - 1] ?? '')) a--;
  let b = at + needle.length;
  while (b < t.length && !/[.\n]/.test(t[b] ?? '')) b++;
  return t.slice(a, Math.min(b + 1, t.length)).trim();
};
/** The part of a genre text from `from` to the end of `to` (verbatim; for sentences whose numbers hold dots). */
const between = (id: string, from: string, to: string): string => {
  const t = text(id);
  const a = t.indexOf(from);
  const b = t.indexOf(to, a);
  if (a < 0 || b < 0) throw new Error(`${from} … ${to} not in ${id}`);
  return t.slice(a, b + to.length);
};
const view = (r: ExtractionResult): string[] =>
  r.tallies.filter((t) => t.repeatOf === undefined).map((t) => `${t.measure}/${t.category}/${t.subject}/${t.count}`);

describe('the collected reports', () => {
  it('every fixture is NFC, has a source URL, and every annotated quote is in its text', () => {
    expect(genre.length).toBeGreaterThanOrEqual(15);
    expect(unseen.length).toBeGreaterThanOrEqual(9);
    expect(unseen2.length).toBeGreaterThanOrEqual(6);
    expect(unseen3.length).toBeGreaterThanOrEqual(8);
    expect(unseen4.length).toBeGreaterThanOrEqual(12);
    expect(unseen5.length).toBeGreaterThanOrEqual(10);
    expect(unseen6.length).toBeGreaterThanOrEqual(10);
    expect(unseen7.length).toBeGreaterThanOrEqual(10);
    expect(unseen8.length).toBeGreaterThanOrEqual(10);
    expect(unseen9.length).toBeGreaterThanOrEqual(10);
    expect(unseen10.length).toBeGreaterThanOrEqual(10);
    expect(unseen11.length).toBeGreaterThanOrEqual(10);
    for (const g of [...genre, ...unseen, ...unseen2, ...unseen3, ...unseen4, ...unseen5, ...unseen6, ...unseen7, ...unseen8, ...unseen9, ...unseen10, ...unseen11]) {
      expect(g.text.normalize('NFC')).toBe(g.text);
      expect(g.url).toMatch(/^https?:\/\//);
      for (const t of g.tallies) expect(g.text.includes(t.quote), `${g.id}: ${t.quote}`).toBe(true);
    }
  });

  it('F1 stays at or above the measured floor on each set (shared reports, tuned, held-out)', () => {
    interface SharedFile { readonly file: string; readonly tallies: AnnotatedText['tallies'] }
    const shared = (JSON.parse(fixture('reports/expected.json')) as SharedFile[]).map((e) => ({ id: e.file, text: fixture(`reports/${e.file}`), tallies: e.tallies }));
    expect(score(shared).f1).toBeGreaterThanOrEqual(0.96);
    expect(score(genre.filter((g) => g.split === 'tuned')).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(genre.filter((g) => g.split === 'heldout')).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(unseen).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(unseen2).f1).toBeGreaterThanOrEqual(0.96);
    expect(score(unseen3).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(unseen4).f1).toBeGreaterThanOrEqual(0.87);
    expect(score(unseen5).f1).toBeGreaterThanOrEqual(0.93);
    expect(score(unseen6).f1).toBeGreaterThanOrEqual(0.97);
    expect(score(unseen7).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(unseen8).f1).toBeGreaterThanOrEqual(0.84);
    expect(score(unseen9).f1).toBeGreaterThanOrEqual(0.97);
    expect(score(unseen10).f1).toBeGreaterThanOrEqual(0.95);
    expect(score(unseen11).f1).toBeGreaterThanOrEqual(0.89);
  });
});

describe('phenomena of the genre, on real sentences', () => {
  it('reads the form named after the count: "bằng hình thức khiển trách đối với 2 chi ủy", "với hình thức: Khiển trách 26, cảnh cáo 03"', () => {
    expect(view(extractTallies(sentence('thanhtra-thanhhoa-ubkt', 'khiển trách đối với 2 chi ủy')))).toContain('discipline/reprimand/collective/2');
    const r = extractTallies(sentence('thanhtra-29tochuc', 'với hình thức: Khiển trách 26'));
    expect(view(r).slice(0, 3)).toEqual(['discipline/total/collective/29', 'discipline/reprimand/collective/26', 'discipline/warning/collective/3']);
  });

  it('reads forms listed with colons: "(cảnh cáo: 3; khiển trách: 5)"', () => {
    const r = extractTallies('Năm 2024, Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật 8 đảng viên (cảnh cáo: 3; khiển trách: 5).');
    expect(view(r)).toEqual(['discipline/total/individual/8', 'discipline/warning/individual/3', 'discipline/reprimand/individual/5']);
    expect(r.breakdowns[0]?.check.status).toBe('addsUp');
  });

  it('does not count a change as a tally: "giảm 18 đảng viên so cùng kỳ", "tăng 11 cơ sở đảng so với năm 2011"', () => {
    const a = extractTallies(sentence('baovinhlong-2018-6thang', 'giảm 18 đảng viên'));
    expect(view(a)).toEqual(['discipline/total/individual/62', 'discipline/total/individual/13']);
    expect(a.unclassified.map((u) => [u.count, u.hint])).toEqual([[18, 'change']]);
    expect(view(extractTallies(sentence('dongthap-2013-tccsd', 'tăng 11 cơ sở đảng')))).toEqual([]);
  });

  it('keeps complaints, warranted-but-not-decided and proposals out of discipline', () => {
    const r = extractTallies(
      'Ủy ban Kiểm tra đã giải quyết khiếu nại kỷ luật của 2 đảng viên; kết luận 3 đảng viên vi phạm đến mức phải thi hành kỷ luật; đề nghị cấp trên thi hành kỷ luật 1 tổ chức đảng; xem xét, xử lý 4 tập thể và 19 cá nhân.',
    );
    expect(view(r).filter((v) => v.startsWith('discipline/'))).toEqual([]);
    expect(view(r)).toContain('proposedDiscipline/total/collective/1');
    expect(view(r)).toContain('disciplineProcedure/total/individual/19');
    expect(view(r)).toContain('violationFound/total/individual/3');
    expect(r.unclassified.map((u) => u.hint)).toEqual(['complaint']);
  });

  it('reads what a finding warrants as no discipline: "kết luận … có vi phạm; phải thi hành kỷ luật 194 tổ chức đảng và 3.465 đảng viên"', () => {
    const r = extractTallies(between('plo-2022-ubkt-nam2021', 'Qua kiểm tra', 'cảnh cáo 12);'));
    expect(view(r).filter((v) => v.startsWith('discipline/') && (v.endsWith('/194') || v.endsWith('/3465')))).toEqual([]);
    expect(view(r)).toContain('discipline/total/individual/63');
    expect(view(r)).toContain('discipline/warning/collective/12');
  });

  it('reads a proposal addressed to a list of bodies: "đề nghị Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư thi hành kỷ luật 6 tổ chức đảng"', () => {
    const r = extractTallies(between('plo-2022-ubkt-nam2021', 'Ủy ban Kiểm tra đã đề nghị', '20 đảng viên'));
    expect(view(r)[0]).toBe('proposedDiscipline/total/collective/6');
    expect(view(r).filter((v) => v.startsWith('discipline/'))).toEqual([]);
    // A decision after a body that is not addressed by a proposal stays a decision.
    expect(view(extractTallies('Ban Bí thư, Ủy ban Kiểm tra Trung ương thi hành kỷ luật 5 đảng viên.'))).toEqual(['discipline/total/individual/5']);
  });

  it('reads "cách tất cả các chức vụ trong Đảng" as removal from post', () => {
    const r = extractTallies(sentence('baonghean-hcm-2017', 'cách tất cả các chức vụ'));
    expect(view(r)).toEqual(['discipline/total/individual/7', 'discipline/removalFromPost/individual/3']);
  });

  it('reads the counts in the parentheses of a level as counts of that level: "Hoàn thành xuất sắc nhiệm vụ 08 (có 01 đảng bộ và 07 chi bộ)"', () => {
    const r = extractTallies(sentence('namcan-2019-xeploai', 'Hoàn thành xuất sắc nhiệm vụ 08'));
    expect(view(r)).toEqual(
      expect.arrayContaining(['rating/excellent/collective/8', 'rating/excellent/collective/1', 'rating/excellent/collective/7', 'rating/good/collective/28', 'rating/satisfactory/collective/4']),
    );
    expect(view(r).filter((v) => v.startsWith('rating/total/') && !v.endsWith('/51'))).toEqual([]);
  });

  it('reads "trong năm" as the year, not five: "trong năm Ban Thường vụ Huyện ủy đã thi hành kỷ luật 1 tổ chức đảng"', () => {
    const r = extractTallies(sentence('nongson-2023-xaydungdang', 'Tuy nhiên, trong năm'));
    expect(view(r)[0]).toBe('discipline/reprimand/collective/1');
    expect(view(r).filter((v) => v.endsWith('/5') && v.includes('collective'))).toEqual([]);
    expect(view(extractTallies('Khiển trách năm đảng viên.'))).toEqual(['discipline/reprimand/individual/5']);
  });

  it('reads counts by reason after the discipline they explain as subsets of its total, never summed', () => {
    const r = extractTallies(text('canloc-ubkt-danso'));
    const byReason = r.tallies.filter((t) => t.role === 'subset');
    expect(byReason.map((t) => [t.measure, t.count, r.tallies[t.partOf ?? -1]?.count])).toEqual([
      ['discipline', 15, 20],
      ['discipline', 3, 20],
      ['discipline', 2, 20],
    ]);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp']);
  });

  it('reads committee members among the disciplined as subsets: "trong đó có 2 đảng ủy viên, 1 chi ủy viên"', () => {
    const r = extractTallies(between('doluong-2018-9thang', 'Kết quả, 44', 'Khai trừ 5 đồng chí.'));
    expect(r.tallies.map((t) => [t.count, t.role])).toEqual([
      [44, 'total'],
      [2, 'subset'],
      [1, 'subset'],
      [34, 'part'],
      [4, 'part'],
      [1, 'part'],
      [5, 'part'],
    ]);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp']);
  });

  it('reads committee members counted after ", có" as some of the persons before: "2.894 đảng viên, có 889 cấp ủy viên"', () => {
    const s = extractTallies('Ủy ban kiểm tra các cấp đã thi hành kỷ luật 92 tổ chức Đảng và 2.894 đảng viên, có 889 cấp ủy viên.');
    expect(s.tallies.map((t) => [t.measure, t.count, t.role, t.partOf])).toEqual([
      ['discipline', 92, 'standalone', undefined],
      ['discipline', 2894, 'standalone', undefined],
      ['discipline', 889, 'subset', 1],
    ]);
  });

  it('keeps handling by the State out of party discipline: "kiến nghị xử lý pháp luật 5 đảng viên và xử lý hành chính đối với 1 đảng viên"', () => {
    const r = extractTallies(between('tayninh-2018-6thang', 'Ngoài ra', 'xử lý hành chính đối với 1 đảng viên.'));
    expect(view(r).filter((v) => v.startsWith('discipline/') || v.startsWith('proposedDiscipline/'))).toEqual([]);
  });

  it('reads an honour over years and a title as no rating: "hoàn thành xuất sắc nhiệm vụ 5 năm liền", "đạt trong sạch vững mạnh"', () => {
    const r = extractTallies(sentence('baohaiduong-2020-xeploai', '5 năm liền'));
    expect(r.tallies.filter((t) => t.measure === 'rating')).toEqual([]);
    expect(r.unclassified.find((u) => u.count === 59)?.hint).toBe('award');
    const t = extractTallies(sentence('tanyen-2016-tsvm', '304 Chi bộ đạt TSVM'));
    expect(t.tallies).toEqual([]);
    expect(t.unclassified.map((u) => [u.count, u.hint])).toEqual([[304, 'title']]);
  });

  it('reads a letter grade only with its printed level or the letterGrades option', () => {
    const printed = extractTallies(sentence('baotayninh-2023-xeploai', '14 đồng chí xếp loại A'));
    expect(view(printed)).toEqual(['rating/excellent/individual/14', 'rating/good/individual/114', 'rating/satisfactory/individual/1']);
    const bare = 'Có 12 đồng chí xếp loại A, 30 đồng chí xếp loại B.';
    expect(extractTallies(bare).tallies).toEqual([]);
    expect(extractTallies(bare).unclassified.map((u) => u.hint)).toEqual(['letterGrade', 'letterGrade']);
    expect(view(extractTallies(bare, { letterGrades: { A: 'excellent', B: 'good' } }))).toEqual(['rating/excellent/individual/12', 'rating/good/individual/30']);
  });

  it('reads "tốt … trong đó … xuất sắc" as good or better', () => {
    expect(view(extractTallies(sentence('baohaiduong-2020-xeploai', '604 TCCSĐ')))).toEqual(['rating/goodOrBetter/collective/604']);
  });

  it('reads discipline broken down by reason as discipline, not as degradation found', () => {
    const r = extractTallies(text('nld-2024-dau-tranh'));
    expect(r.tallies.filter((t) => t.measure === 'degradationFound')).toEqual([]);
    expect(view(r)).toContain('discipline/total/individual/8863');
    const s = extractTallies('Có 12 đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống bị xử lý kỷ luật.');
    expect(view(s)).toEqual(['discipline/total/individual/12']);
    // The issue's own wording: the reason breakdown after "trong đó" is a subset of the discipline, not a finding.
    const t = extractTallies('Có 25 đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống bị xử lý kỷ luật, trong đó 10 đảng viên suy thoái về đạo đức, lối sống.');
    expect(t.tallies.map((x) => [x.measure, x.count, x.role, x.partOf])).toEqual([
      ['discipline', 25, 'standalone', undefined],
      ['discipline', 10, 'subset', 0],
    ]);
  });

  it('reads abbreviated units: "TCCS Đảng", "chi, Đảng bộ cơ sở"', () => {
    const r = extractTallies(sentence('dian-2023-tccs-dang', '10 TCCS Đảng'));
    expect(r.tallies.map((t) => [t.unitKind, t.category, t.count])).toEqual([
      ['tccsd', 'excellent', 10],
      ['tccsd', 'good', 37],
      ['tccsd', 'satisfactory', 3],
    ]);
  });

  it('flags approximate counts and reads dot or comma thousands and multipliers', () => {
    const r = extractTallies('Đã thi hành kỷ luật hơn 24.160 đảng viên, khoảng 1,200 cán bộ, gần 3 nghìn cá nhân và trên 18 nghìn tổ chức đảng.');
    expect(r.tallies.map((t) => [t.count, t.approx])).toEqual([
      [24160, 'over'],
      [1200, 'about'],
      [3000, 'under'],
      [18000, 'over'],
    ]);
    // Decimals stay decimals: "1,284 triệu" is 1,284,000; "7,8 tỉ đồng" is no count.
    expect(extractTallies('kiểm tra hơn 1,284 triệu đảng viên; thu hồi 7,8 tỉ đồng.').tallies.map((t) => t.count)).toEqual([1284000]);
  });

  it('does not guess one subject for "tổ chức Đảng và Đảng viên" counted together', () => {
    const r = extractTallies(sentence('thainguyentv-2023-kiemtra', 'trên 18 nghìn'));
    const t = r.tallies.find((x) => x.count === 18000);
    expect([t?.measure, t?.subject, t?.unitKind, t?.approx, t?.noun]).toEqual(['discipline', 'unknown', null, 'over', 'tổ chức Đảng và Đảng viên']);
  });

  it('reads "kỉ luật" (i for y) like "kỷ luật", and "6.659/8.159" as a fraction', () => {
    expect(view(extractTallies('Năm 2023 đã thi hành kỉ luật 18 tổ chức Đảng.'))).toEqual(['discipline/total/collective/18']);
    const r = extractTallies(sentence('tanyen-2016-tsvm', '6.659/8.159'));
    expect(r.tallies.map((t) => [t.count, t.of])).toEqual([[6659, 8159]]);
  });
  it('reads former cadres as persons: "3 cựu cán bộ huyện bị khai trừ Đảng"', () => {
    expect(view(extractTallies(text('danang-2025-ubkt-ky3')))).toEqual(['discipline/expulsion/individual/3', 'discipline/expulsion/individual/4']);
    expect(view(extractTallies('Khiển trách 2 nguyên cán bộ và 1 cựu công chức.'))).toEqual(['discipline/reprimand/individual/2', 'discipline/reprimand/individual/1']);
  });

  it('takes the cue before "đối với:" for the count after the colon', () => {
    const r = extractTallies(sentence('quyettien-laichau-2024', '310/349 cá nhân'));
    expect(r.tallies.map((t) => [t.measure, t.count, t.of])).toEqual([['reviewed', 310, 349]]);
    expect(view(extractTallies('Thi hành kỷ luật đối với: 5 đảng viên.'))).toEqual(['discipline/total/individual/5']);
  });

  it('gives a zero by negation the predicate right after its noun, not the list cue before it', () => {
    const r = extractTallies(between('quyettien-laichau-2024', 'cá nhân hoàn thành xuất sắc', 'không hoàn thành nhiệm vụ'));
    expect(view(r)).toEqual(['rating/excellent/individual/58', 'rating/good/individual/252', 'rating/satisfactory/individual/0']);
    expect(view(extractTallies('Hoàn thành tốt nhiệm vụ 252 đồng chí, không có đảng viên không hoàn thành nhiệm vụ.'))).toEqual([
      'rating/good/individual/252',
      'rating/unsatisfactory/individual/0',
    ]);
  });

  it('reads a headline count stated again as a part of the body\'s breakdown once, and small counts of other bodies as their own', () => {
    const r = extractTallies(text('thanhhoa-2023-nam'));
    const expelled = r.tallies.filter((t) => t.measure === 'discipline' && t.category === 'expulsion');
    expect(expelled.map((t) => [t.count, t.role, t.repeatOf])).toEqual([
      [147, 'standalone', undefined],
      [147, 'part', expelled[0]?.index],
    ]);
    // Without the repeat, a Tally counted those 147 twice.
    expect(convertExtractionToTally(r).tally.disciplines.member).toEqual({ reprimand: 860, warning: 95, removalFromPost: 18, expulsion: 147 });
    // "… kỷ luật 1 đảng viên với hình thức khiển trách; …" then "(khiển trách: 1; cảnh cáo: 2)": other bodies, not a repeat.
    const small = extractTallies(
      'Ban Thường vụ thi hành kỷ luật 1 đảng viên với hình thức khiển trách; Đảng ủy cơ sở thi hành kỷ luật 2 đảng viên với hình thức cảnh cáo.\nUBKT Huyện ủy thi hành kỷ luật 3 đảng viên (khiển trách: 1; cảnh cáo: 2).',
    );
    expect(small.tallies.filter((t) => t.role === 'part').map((t) => t.repeatOf)).toEqual([undefined, undefined]);
  });

  it('reads the persons counted "among" a discipline total as those disciplined by reason (subsets, never summed)', () => {
    const r = extractTallies(text('thanhhoa-2023-nam'));
    const among = r.tallies.filter((t) => t.role === 'subset');
    expect(among.map((t) => [t.measure, t.category, t.count])).toEqual([
      ['discipline', 'total', 300],
      ['discipline', 'total', 83],
    ]);
    const total = r.tallies[among[0]?.partOf ?? -1];
    expect([total?.count, total?.measure, total?.repeatOf]).toEqual([1120, 'discipline', r.tallies.find((t) => t.count === 1120 && t.role === 'total')?.index]);
  });
  it('reads "… bị xử lý kỷ luật. Trong đó có 15.101 đảng viên suy thoái về đạo đức, lối sống; …" as that total by reason, and "Trong 15.101 …" as said again', () => {
    const r = extractTallies(text('toanquoc-2021-nq4-suythoai-kyluat'));
    const byReason = r.tallies.filter((t) => t.role === 'subset' && t.partOf === 0);
    expect(byReason.map((t) => [t.measure, t.count])).toEqual([
      ['discipline', 15101],
      ['discipline', 8281],
      ['discipline', 1722],
    ]);
    expect(r.tallies.some((t) => t.measure === 'degradationFound')).toBe(false);
    const again = r.tallies.find((t) => t.count === 15101 && t.role === 'standalone');
    expect(again?.repeatOf).toBe(byReason[0]?.index);
  });

  it('gives bare counts in a nested parenthesis the subject of their total: "khai trừ 4 (trong đó, UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4)"', () => {
    const r = extractTallies(sentence('quangnam-khoicq-2022-6thang', '8 trường hợp bị thi hành kỷ luật'));
    expect(r.tallies.map((t) => t.subject)).toEqual(['individual', 'individual', 'individual', 'individual', 'individual', 'individual']);
  });

  it('reads the level after "xếp loại:", and "hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ" as good or better', () => {
    expect(view(extractTallies(sentence('hoahuongduong-chibo-2021', '02/10 đồng chí')))).toContain('rating/excellent/individual/2');
    expect(view(extractTallies(sentence('phudien-namsach-2023', '10 chi bộ hoàn thành xuất sắc và hoàn thành tốt')))).toContain('rating/goodOrBetter/collective/10');
  });

  it('looks past a short parenthesis between a count and its predicate, and reads one count of two in it as a subset', () => {
    expect(view(extractTallies(sentence('binhthuan-2017-nq4-kiemdiem', '137/137')))).toEqual(['reviewed/total/individual/137']);
    const r = extractTallies(sentence('batxat-chibo-thon-2023', '2 tại xã Cốc Mỳ'));
    expect(r.tallies.map((t) => [t.category, t.count, t.role])).toEqual([
      ['warning', 4, 'standalone'],
      ['warning', 2, 'subset'],
    ]);
    expect(r.breakdowns).toEqual([]);
  });

  it('reads the whole list of those awarded as awards, levels and all: "biểu dương khen thưởng … 303 Đảng viên hoàn thành xuất sắc nhiệm vụ, 22 tập thể hoàn thành tốt nhiệm vụ"', () => {
    const r = extractTallies(sentence('phucla-hadong-2023', '22 tập thể hoàn thành tốt'));
    expect(r.tallies).toEqual([]);
    expect(r.unclassified.map((u) => [u.count, u.hint])).toEqual([
      [6, 'award'],
      [303, 'award'],
      [22, 'award'],
    ]);
    // Without an award before them, the same items are ratings.
    expect(view(extractTallies('Có 5 tập thể hoàn thành xuất sắc nhiệm vụ, 12 đảng viên hoàn thành xuất sắc nhiệm vụ.'))).toEqual([
      'rating/excellent/collective/5',
      'rating/excellent/individual/12',
    ]);
  });
  it('reads two forms before one count as both together, but not a form that is the count before\'s predicate', () => {
    expect(view(extractTallies(sentence('hoabinh-ca-csgt-2022', 'khiển trách, cảnh cáo 14 người')))).toEqual(['discipline/total/individual/14']);
    expect(view(extractTallies(sentence('baonghean-hcm-2017', 'khai trừ 12 người')))).toEqual([
      'discipline/total/individual/447',
      'discipline/reprimand/individual/312',
      'discipline/warning/individual/105',
      'discipline/removalFromPost/individual/18',
      'discipline/expulsion/individual/12',
    ]);
  });

  it('reads "nguyên" or "cựu" before any noun of persons as former holders: "khiển trách hai nguyên Bí thư chi bộ VII"', () => {
    expect(view(extractTallies(between('hoabinh-ca-csgt-2022', 'khiển trách hai nguyên', 'nhiệm kỳ 2020-2025.')))).toEqual(['discipline/reprimand/individual/2']);
  });

  it('gives a count the predicate after a place counted in between: "khoảng 250 đảng viên tại hơn 25 cơ sở Đảng … bị xem xét thi hành kỷ luật"', () => {
    const r = extractTallies(between('hcm-thuthiem-2020-phebinh', 'có khoảng 250', 'thi hành kỷ luật'));
    expect(r.tallies.map((t) => [t.measure, t.count, t.approx])).toEqual([['disciplineProcedure', 250, 'about']]);
    expect(r.unclassified.map((u) => [u.count, u.reason])).toEqual([[25, 'noCue']]);
    // Without a count before it, "tại" is no place of another count: "Kiểm tra tại 5 chi bộ".
    expect(view(extractTallies('Kiểm tra tại 5 chi bộ.'))).toEqual(['inspected/total/collective/5']);
  });
  // A review of the rules above looked for sentences each would read worse than before; these are
  // the ones it found, now read as they were (or better).
  it('keeps each rule to its phrasing: list items after a colon, other counts after "Trong đó", clauses after ";", lower levels after awards', () => {
    expect(view(extractTallies('Có 12 đảng viên bị kỷ luật: khiển trách 8 đồng chí, cảnh cáo 4 đồng chí.'))).toEqual([
      'discipline/total/individual/12',
      'discipline/reprimand/individual/8',
      'discipline/warning/individual/4',
    ]);
    expect(view(extractTallies('Có 120 đảng viên được đánh giá, xếp loại: hoàn thành xuất sắc nhiệm vụ 20 đồng chí, hoàn thành tốt nhiệm vụ 95 đồng chí.'))).toEqual([
      'rating/total/individual/120',
      'rating/excellent/individual/20',
      'rating/good/individual/95',
    ]);
    // "Trong đó" refers to the last count before it (28 inspected), and a reason needs a finding.
    expect(view(extractTallies('Ủy ban Kiểm tra đã kỷ luật 3 đảng viên, kiểm tra 28 đảng viên khi có dấu hiệu vi phạm. Trong đó có 9 đảng viên có vi phạm.'))).toContain('violationFound/total/individual/9');
    expect(extractTallies('Đảng bộ hiện có 320 đảng viên, trong năm đã kỷ luật 5 đảng viên. Trong đó có 150 đảng viên nữ, 40 đảng viên là người dân tộc thiểu số.').tallies.map((t) => t.count)).toEqual([5]);
    // After "trong N … bị kỷ luật", the subsets end with the clause, at another kind of cue or at a count above N.
    const among = extractTallies('Trong 12 đảng viên bị kỷ luật có 3 cấp ủy viên; toàn Đảng bộ hiện có 450 đảng viên, 38 chi bộ.');
    expect(among.tallies.map((t) => [t.count, t.role])).toEqual([
      [12, 'standalone'],
      [3, 'subset'],
    ]);
    expect(extractTallies('Trong 12 đảng viên bị kỷ luật, có 3 đồng chí là cấp ủy viên, đồng thời Đảng bộ đã kết nạp 25 đảng viên mới.').unclassified.map((u) => u.count)).toEqual([25]);
    expect(view(extractTallies('Khen thưởng 12 đảng viên hoàn thành xuất sắc nhiệm vụ, 150 đảng viên hoàn thành tốt nhiệm vụ, 8 đảng viên hoàn thành nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ.'))).toEqual([
      'rating/good/individual/150',
      'rating/satisfactory/individual/8',
      'rating/unsatisfactory/individual/2',
    ]);
  });

  it('keeps each rule to its phrasing: a general head before "đối với:", a zero headed by its form, "lần lượt", repeats across years', () => {
    expect(view(extractTallies('Thi hành kỷ luật đối với: 2 đảng viên cảnh cáo, 1 đảng viên khai trừ.'))).toEqual(['discipline/warning/individual/2', 'discipline/expulsion/individual/1']);
    expect(view(extractTallies('Hình thức khai trừ: không có đảng viên vi phạm.'))).toEqual(['discipline/expulsion/individual/0']);
    expect(view(extractTallies('Kỷ luật khiển trách trong 2 đảng viên vi phạm.'))).toEqual(['discipline/reprimand/individual/2']);
    expect(view(extractTallies('Kỷ luật khiển trách, cảnh cáo lần lượt là 3 và 2 đảng viên.'))).not.toContain('discipline/total/individual/2');
    // The same count in another year, or a first sentence with a full stop, is no headline said again.
    for (const t of [
      'Năm 2022, cảnh cáo 10 đảng viên. Năm 2023, kỷ luật 35 đảng viên, trong đó khiển trách 20, cảnh cáo 10, khai trừ 5.',
      'Năm 2022: khiển trách 2 đảng viên. Năm 2023: kỷ luật 5 đảng viên, trong đó khiển trách 2, cảnh cáo 3.',
      'Chi bộ Thôn 1 khiển trách 2 đảng viên. Đảng ủy xã kỷ luật 5 đảng viên, trong đó khiển trách 2 đảng viên, cảnh cáo 3 đảng viên.',
    ]) {
      expect(extractTallies(t).tallies.every((x) => x.repeatOf === undefined)).toBe(true);
    }
    const r = extractTallies('Toàn Đảng bộ kỷ luật 30 đảng viên, trong đó có 5 cấp ủy viên. Riêng Đảng bộ xã A, trong 5 đảng viên bị kỷ luật có 2 đảng viên bị khiển trách, 3 đảng viên bị cảnh cáo.');
    expect(r.tallies.every((x) => x.repeatOf === undefined)).toBe(true);
  });
  it('reads "trường hợp" (cases) after a count of organisations as cases of those organisations', () => {
    const r = extractTallies(sentence('hcm-thanhuy-2024-xaydungdang', 'khiển trách 9 trường hợp'));
    expect(view(r)).toEqual([
      'discipline/total/collective/10',
      'discipline/reprimand/collective/9',
      'discipline/warning/collective/1',
      'discipline/total/individual/299',
      'discipline/reprimand/individual/214',
      'discipline/warning/individual/54',
      'discipline/removalFromPost/individual/9',
      'discipline/expulsion/individual/22',
    ]);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp', 'addsUp']);
  });
  it('joins list items whose nouns carry a few words ("trực thuộc Huyện ủy", "quản lý") when they share one predicate', () => {
    const r = extractTallies(text('binhtan-vinhlong-2021-xaydungdang'));
    expect(view(r).slice(0, 6)).toEqual([
      'rating/goodOrBetter/collective/36',
      'rating/goodOrBetter/collective/63',
      'rating/goodOrBetter/collective/159',
      'rating/excellent/collective/7',
      'rating/excellent/collective/12',
      'rating/excellent/collective/34',
    ]);
    // "Trong đó, có 7/36 …": each excellent count is some of the good-or-better count it is "of".
    expect(r.tallies.filter((t) => t.role === 'subset').map((t) => [t.count, r.tallies[t.partOf ?? -1]?.count])).toEqual([
      [7, 36],
      [12, 63],
      [34, 159],
    ]);
    // Not a level cut short: "8 chi bộ hoàn thành xuất sắc và 30 chi bộ hoàn thành tốt nhiệm vụ" keeps the 8 apart.
    expect(view(extractTallies('Có 8 chi bộ hoàn thành xuất sắc và 30 chi bộ hoàn thành tốt nhiệm vụ.'))).toEqual(['rating/good/collective/30']);
    // A later item keeps its own predicate, and a first count that closes its own clause takes none
    // from the next (a review found both read wrong while the rule had no such limits).
    expect(view(extractTallies('Xếp loại 28 chi bộ trực thuộc Đảng ủy, 25 chi bộ hoàn thành tốt nhiệm vụ, 3 chi bộ hoàn thành nhiệm vụ.'))).toEqual([
      'rating/total/collective/28',
      'rating/good/collective/25',
      'rating/satisfactory/collective/3',
    ]);
    expect(view(extractTallies('Có 3 đảng viên từ trần, 2 đảng viên bị khai trừ.'))).toEqual(['discipline/expulsion/individual/2']);
    expect(view(extractTallies('Có 1.245 đảng viên trong Đảng bộ, 1.180 đảng viên hoàn thành tốt nhiệm vụ.'))).toEqual(['rating/good/individual/1180']);
  });

  it('looks past square brackets holding no count: "4.336/4.371 đảng viên [tỷ lệ 99,2%] đã thực hiện hoàn thành kiểm điểm"', () => {
    // Counts in brackets are no breakdown the reader links, so the count before them is not read past them.
    expect(view(extractTallies('Có 12 đảng viên [khiển trách 8, cảnh cáo 4] bị kỷ luật.'))).not.toContain('discipline/total/individual/12');
    const r = extractTallies(between('huyen-2021-kiemdiem-baocao', 'Có 42/42 chi', 'đánh giá năm 2021.'));
    expect(r.tallies.map((t) => [t.measure, t.count, t.of])).toEqual([
      ['reviewed', 336, 336],
      ['reviewed', 4336, 4371],
    ]);
  });

  it('reads the eighth set\'s phrasings: office holders, a name with "và", a nomination\'s list, a scene-setting cue before "có N …", a pending proposal', () => {
    // Office holders after digits, their nouns completed by the body they head; "Tài nguyên và Môi
    // trường" is one name, so the predicate after it is the item's and its list's.
    const r = extractTallies(sentence('hatinh-kyluat-2018', '5 chủ tịch UBND xã'));
    expect(view(r)).toEqual(expect.arrayContaining(['discipline/removalFromPost/individual/5', 'discipline/removalFromPost/individual/1', 'discipline/warning/individual/2']));
    expect(r.tallies.filter((t) => t.category === 'warning').map((t) => t.count)).toEqual([1, 2, 2]);
    // Never after a number word: "năm" is also "year".
    expect(extractTallies('Qua 3 năm chủ tịch xã đã làm tốt. Năm chủ tịch UBND xã bị kỷ luật.').tallies).toEqual([]);
    // "và" still opens the next item when a cue or a count follows it, or the words are not capitalised.
    expect(view(extractTallies('Khiển trách 4 cá nhân và nhắc nhở 17 cá nhân.'))).toEqual(['discipline/reprimand/individual/4', 'reminder/reminder/individual/17']);
    expect(view(extractTallies('Có 3 đảng viên và quần chúng ưu tú tham gia, 2 đảng viên bị khai trừ.'))).toEqual(['discipline/expulsion/individual/2']);
    // A nomination covers each item of its list that has a level of its own as the first had.
    const nominated = extractTallies(sentence('hoathuytien-chibo-2024', 'đề cử 02 đồng chí'));
    expect(view(nominated)).toEqual([]);
    expect(nominated.unclassified.map((u) => [u.count, u.hint])).toEqual([
      [2, 'proposal'],
      [10, 'proposal'],
    ]);
    expect(view(extractTallies('Chi bộ đề nghị khen thưởng 02 đồng chí; 10 đồng chí hoàn thành tốt nhiệm vụ.'))).toEqual(['rating/good/individual/10']);
    // After a cue that only sets the scene, "có N …" with a predicate right after the noun says what the N are.
    expect(view(extractTallies(sentence('tanyen-2016-tsvm', 'có 24 tổ chức cơ sở Đảng')))).not.toContain('rating/total/collective/24');
    expect(view(extractTallies('Kết quả đánh giá xếp loại có 20 đảng viên hoàn thành tốt nhiệm vụ.'))).toEqual(['rating/good/individual/20']);
    expect(view(extractTallies('Được đánh giá, xếp loại có 120 đảng viên.'))).toEqual(['rating/total/individual/120']);
    expect(view(extractTallies(between('bienhoa-danhgia-2013', 'Đến nay', 'đảng viên.')))).toEqual(['rating/total/collective/117', 'rating/total/individual/11917']);
    // A proposal still being considered is pending, not proposed.
    expect(view(extractTallies(sentence('hatinh-kyluat-2018', '1 Tỉnh ủy viên')))).toEqual(['pending/pending/individual/1', 'pending/pending/individual/1']);
  });

  it('keeps the eighth set\'s rules to their phrasings (a review found each reading worse without these limits)', () => {
    // A number after "số" before an office holder is a decision's number.
    expect(view(extractTallies('Theo Quyết định số 125 Giám đốc Sở Nội vụ đã kỷ luật khiển trách 2 công chức.'))).toEqual(['discipline/reprimand/individual/2']);
    // An office holder shares the next item's predicate only across a body's name, not across a verb of its own.
    for (const t of ['1 chủ tịch UBND xã nghỉ hưu, 2 đảng viên bị khiển trách.', 'Công an tỉnh khởi tố 2 Giám đốc doanh nghiệp, 3 đảng viên bị khai trừ.']) {
      expect(view(extractTallies(t))).toHaveLength(1);
    }
    // Past a name with "và", a cue that a count follows is that count's.
    expect(view(extractTallies('Khiển trách 3 đảng viên thuộc Đảng bộ Xã Tân Lập và Đảng bộ Thị trấn Phú Xuyên cảnh cáo 2 đảng viên.'))).toContain('discipline/warning/individual/2');
    expect(view(extractTallies('Có 5 đảng viên ở Xã Đông Sơn và Xã Tây Sơn bị khiển trách.'))).toEqual(['discipline/reprimand/individual/5']);
    // "đề nghị" lists may state results: only a nomination ("đề cử") covers its list.
    expect(view(extractTallies('Chi bộ đề nghị 2 đồng chí hoàn thành xuất sắc nhiệm vụ và 20 đồng chí hoàn thành tốt nhiệm vụ được Đảng ủy công nhận.'))).toContain('rating/good/individual/20');
    // "có N …" after a scene-setting cue: not what they did at a meeting, nor a qualifier of the disciplined.
    expect(view(extractTallies('Qua kiểm điểm có 1.250 đảng viên tham gia.'))).toEqual(['reviewed/total/individual/1250']);
    expect(view(extractTallies('Năm 2022 thi hành kỷ luật có 4 đảng viên vi phạm, trong đó khiển trách 3, cảnh cáo 1.'))).toEqual([
      'discipline/total/individual/4',
      'discipline/reprimand/individual/3',
      'discipline/warning/individual/1',
    ]);
    // The quality of something else is no rating of those counted.
    for (const t of ['Đánh giá chất lượng sinh hoạt chi bộ ở 25 chi bộ.', 'Đánh giá chất lượng công tác kiểm tra tại 15 tổ chức đảng.']) {
      expect(view(extractTallies(t))).toEqual([]);
    }
    expect(view(extractTallies('Đánh giá chất lượng tổ chức đảng có 30 chi bộ xếp loại hoàn thành tốt nhiệm vụ.'))).toEqual(['rating/good/collective/30']);
  });

  it('reads the ninth set\'s phrasings: a procedure whose outcomes are listed, forms of its own after a list item, "và" closing a bare form count', () => {
    // "a procedure, unless its outcomes are listed" (issue 14): a form alone in parentheses, or the forms as parts.
    const r = extractTallies(sentence('angiang-congan-quyche-phoihop', '10 tổ chức Đảng (khiển trách)'));
    expect(view(r)).toEqual([
      'discipline/reprimand/collective/10',
      'discipline/total/individual/46',
      'discipline/reprimand/individual/30',
      'discipline/warning/individual/15',
      'discipline/expulsion/individual/1',
    ]);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp']);
    // A list item with forms of its own is their total, not warned like the item before it.
    expect(view(extractTallies(sentence('toanquoc-6thang-2022-sggp', '19 đảng viên (cách chức 5')))).toEqual(
      expect.arrayContaining(['discipline/warning/collective/2', 'discipline/total/individual/19', 'discipline/removalFromPost/individual/5', 'discipline/expulsion/individual/14']),
    );
    // "cách chức 14 và khai trừ 1": the bare count before "và" and the next form is read.
    const qb = extractTallies(sentence('quangbinh-kyluat-2017', 'cách chức 14 và khai trừ 1'));
    expect(view(qb)).toContain('discipline/removalFromPost/individual/14');
    expect(qb.breakdowns[0]?.check.status).toBe('addsUp');
  });

  it('keeps the ninth set\'s rules to their phrasings', () => {
    // A procedure with no outcome listed stays a procedure; so does one whose parts are not forms.
    expect(view(extractTallies('Đã xem xét, xử lý 4 tập thể và 19 cá nhân.'))).toEqual(['disciplineProcedure/total/collective/4', 'disciplineProcedure/total/individual/19']);
    expect(view(extractTallies('Ủy ban Kiểm tra xem xét thi hành kỷ luật 12 đảng viên (7 đảng viên ở xã, 5 đảng viên ở thị trấn).'))[0]).toBe('disciplineProcedure/total/individual/12');
    // A form in parentheses after another word than the noun, or a level, is no outcome.
    expect(view(extractTallies('Xem xét thi hành kỷ luật 3 đảng viên vi phạm (cảnh cáo).'))[0]).not.toBe('discipline/warning/individual/3');
    // No outcome in parentheses without a decided head (a review found each read worse without the limit):
    // a proposal, an outcome still open, a count with no head whose predicate comes after.
    for (const t of [
      'Đảng ủy đề nghị Ủy ban Kiểm tra Huyện ủy xem xét kỷ luật 2 đảng viên (cảnh cáo).',
      'Ủy ban Kiểm tra đang tiến hành xem xét kỷ luật 3 đảng viên (khiển trách), chưa có kết quả.',
      'Xem xét kỷ luật 3 đảng viên (khiển trách). Đến nay chưa có kết quả.',
      'Tiến hành quy trình xem xét thi hành kỷ luật đối với 2 đảng viên (cách chức), đang chờ cấp có thẩm quyền quyết định.',
    ]) {
      expect(view(extractTallies(t)).filter((x) => x.startsWith('discipline/'))).toEqual([]);
    }
    expect(view(extractTallies('Năm 2023, 3 đảng viên (khiển trách) bị xếp loại không hoàn thành nhiệm vụ.'))).toEqual(['rating/unsatisfactory/individual/3']);
    // The outcomes must add up to the procedure's total, and not be planned.
    expect(view(extractTallies('Xem xét thi hành kỷ luật 15 đảng viên (khiển trách 10, cảnh cáo 3), còn 2 trường hợp chưa có kết quả.'))[0]).toBe('disciplineProcedure/total/individual/15');
    expect(view(extractTallies('Xem xét kỷ luật 12 đảng viên (dự kiến khiển trách 7, cảnh cáo 5).'))[0]).toBe('disciplineProcedure/total/individual/12');
    // A chain of items with their own outcomes, and the item after it.
    expect(view(extractTallies('Kỷ luật 5 đảng viên (khiển trách), 2 đảng viên (cảnh cáo), 1 đảng viên.'))).toEqual([
      'discipline/reprimand/individual/5',
      'discipline/warning/individual/2',
      'discipline/total/individual/1',
    ]);
    // Earlier discipline in the parenthesis is no breakdown of a forwarded form.
    expect(view(extractTallies('Khai trừ 1 đảng viên, 3 đảng viên (trước đó bị khiển trách 2, cảnh cáo 1).'))[1]).toBe('discipline/expulsion/individual/3');
    // A form of its own stays when the parts are of that form.
    expect(view(extractTallies('Khiển trách 2 tổ chức đảng, 5 đảng viên (khiển trách 3 đảng viên ở xã, khiển trách 2 đảng viên ở huyện).'))[1]).toBe('discipline/reprimand/individual/5');
  });

  it('reads counts by deciding body whose noun comes only at the end of the list: "Ban Thường vụ Tỉnh uỷ thi hành kỷ luật 1, …, chi bộ thi hành kỷ luật 29 trường hợp"', () => {
    const r = extractTallies(between('tayninh-2018-6thang', 'Trong đó, cấp uỷ viên', '29 trường hợp.'));
    expect(view(r)).toEqual(['discipline/total/individual/1', 'discipline/total/individual/8', 'discipline/total/individual/18', 'discipline/total/individual/29']);
    // Only the same cue again with a count and a noun: a bare count after a general cue stays unread otherwise.
    expect(view(extractTallies('Đã kiểm tra 5, thi hành kỷ luật 3, kỷ luật 2 đảng viên.'))).toEqual(['discipline/total/individual/2']);
    expect(view(extractTallies('Thi hành kỷ luật 2, cảnh cáo 3 đảng viên.'))).toEqual(['discipline/warning/individual/3']);
  });

  it('reads the tenth set\'s phrasings: forms listed with counts after "với hình thức", party organisations named together, checking how discipline was applied', () => {
    const r = extractTallies(sentence('duyxuyen-quangnam-2018', 'với hình thức khiển trách 23 người'));
    expect(view(r)).toEqual(['discipline/total/individual/29', 'discipline/reprimand/individual/23', 'discipline/warning/individual/4', 'discipline/expulsion/individual/2']);
    expect(r.breakdowns[0]?.check.status).toBe('addsUp');
    expect(view(extractTallies(sentence('quangnam-khoicq-2018-nam', '41 chi bộ, đảng bộ')))).toEqual([
      'rating/excellent/collective/6',
      'rating/good/collective/41',
      'rating/satisfactory/collective/13',
    ]);
    expect(view(extractTallies('Ủy ban Kiểm tra Trung ương đang kiểm tra việc thi hành kỷ luật Đảng với 2 cá nhân này.'))).toEqual(['inspected/total/individual/2']);
    // Kept to their phrasings: a form no count follows is still the count's own; nouns of persons and organisations do not join.
    expect(view(extractTallies('Thi hành kỷ luật 2 chi bộ với hình thức cảnh cáo.'))).toEqual(['discipline/warning/collective/2']);
    expect(view(extractTallies('Kỷ luật 3 tổ chức đảng, đảng viên vi phạm.'))).toEqual(['discipline/total/unknown/3']);
  });

  it('keeps the tenth set\'s rules to their phrasings (a review found each reading worse without these limits)', () => {
    // A party organisation that heads a clause of its own (a cue with its own count, or a name) does not join the list before it.
    expect(view(extractTallies('Đảng uỷ cơ sở thi hành kỷ luật 3 tổ chức đảng, chi bộ thi hành kỷ luật 29 đảng viên.'))).toEqual(['discipline/total/collective/3', 'discipline/total/individual/29']);
    expect(view(extractTallies('Khiển trách 2 chi bộ, Đảng bộ xã Tân Lập cảnh cáo 1 đảng viên.'))).toContain('discipline/warning/individual/1');
    // Past "với hình thức", only a count with a noun (or a bare count of a list) takes the form away.
    expect(view(extractTallies('Kỷ luật 3 đảng viên với hình thức cách chức 2 chức vụ trong Đảng.'))).toEqual(['discipline/removalFromPost/individual/3']);
    // The noun at the end of a list of deciding bodies gives its subject only when that count is of one kind and no breakdown comes between; never a year.
    expect(extractTallies('Uỷ ban kiểm tra Huyện uỷ thi hành kỷ luật 2, Ban Thường vụ Huyện uỷ thi hành kỷ luật 1 tổ chức đảng và 3 đảng viên.').tallies[0]?.subject).toBe('unknown');
    expect(extractTallies('Thi hành kỷ luật 2, trong đó 1 tổ chức đảng và 1 đảng viên; chi bộ thi hành kỷ luật 4 đảng viên.').tallies[0]?.subject).toBe('unknown');
    expect(view(extractTallies('Năm 2015 thi hành kỷ luật 2015, năm 2016 thi hành kỷ luật 12 đảng viên.'))).toEqual(['discipline/total/individual/12']);
  });

  it('reads the eleventh set\'s phrasings: a discipline a body was told to consider, "ĐV", a cue before "gồm", number words closing a form, bare counts after "Trong đó"', () => {
    // "yêu cầu …"/"chỉ đạo …" and "xem xét" before a discipline cue: a procedure whose outcome is not stated.
    expect(view(extractTallies(sentence('ubkttw-nhiemvu-voh', 'xử lý kỷ luật 118 tổ chức đảng')))).toEqual(
      expect.arrayContaining(['disciplineProcedure/total/collective/118', 'disciplineProcedure/total/individual/359', 'discipline/total/collective/156']),
    );
    expect(view(extractTallies(sentence('hanoi-ubkt-6thang-2018', 'xem xét, thi hành kỷ luật 11 đảng viên')))).toContain('disciplineProcedure/total/individual/11');
    expect(view(extractTallies('Ban Chỉ đạo đã thi hành kỷ luật 5 đảng viên.'))).toEqual(['discipline/total/individual/5']);
    expect(view(extractTallies('Huyện ủy lãnh đạo, chỉ đạo thi hành kỷ luật 5 đảng viên.'))).toEqual(['discipline/total/individual/5']);
    // "ĐV" for đảng viên, where the text defines it so; not where it is "đơn vị (ĐV)" or undefined ("đoàn viên").
    expect(view(extractTallies(text('vinhlong-danso-2009-baomoi')))).toContain('discipline/warning/individual/9');
    expect(view(extractTallies('Có 15 đơn vị (ĐV) trực thuộc; Đảng ủy đã kiểm tra 12 ĐV.'))).toEqual([]);
    expect(view(extractTallies('Đoàn xã kiểm tra 20 ĐV, kỷ luật 2 ĐV.'))).toEqual([]);
    // A cue before "gồm" that follows a count of its own is that total's.
    expect(view(extractTallies(sentence('sonla-thithpt-2019-24h', 'gồm 83 người')))).toEqual(expect.arrayContaining(['inspected/total/individual/100', 'discipline/total/individual/83']));
    // Number words close a form's list item as digits do; "năm" never.
    const kg = extractTallies(sentence('kiengiang-9thang-2022-plo', 'cách chức ba'));
    expect(view(kg)).toEqual(['discipline/total/individual/104', 'discipline/reprimand/individual/77', 'discipline/warning/individual/22', 'discipline/removalFromPost/individual/3', 'discipline/expulsion/individual/2']);
    expect(kg.breakdowns[0]?.check.status).toBe('addsUp');
    expect(view(extractTallies('Khiển trách năm 2020 có 3 đảng viên.'))).toEqual(['discipline/reprimand/individual/3']);
    expect(view(extractTallies('Bị khiển trách hai, ba lần.'))).toEqual([]);
    // Bare counts of a sentence opening with "Trong đó" are of the last count before it.
    expect(view(extractTallies(between('hanoi-2008-kyluat-forum', 'Năm 2008, Thành ủy', 'còn lại bị cảnh cáo.')))).toEqual([
      'discipline/total/individual/913',
      'discipline/reprimand/individual/287',
      'discipline/removalFromPost/individual/53',
      'discipline/expulsion/individual/107',
    ]);
  });

  it('keeps the eleventh set\'s rules to their phrasings (a review found each reading worse without these limits)', () => {
    // A direction received ("Được chỉ đạo của …", "Theo chỉ đạo …") or a done deed ("đã") is no procedure.
    for (const t of ['Được chỉ đạo của Huyện uỷ, Đảng uỷ xã đã xem xét, thi hành kỷ luật 7 đảng viên.', 'Theo chỉ đạo của Tỉnh uỷ, chi bộ xem xét, thi hành kỷ luật 5 đảng viên.']) {
      expect(view(extractTallies(t))[0]).toMatch(/^discipline\//);
    }
    // A body told to consider a discipline whose forms follow decided it.
    expect(view(extractTallies('Yêu cầu xem xét, thi hành kỷ luật 6 đảng viên với hình thức: khiển trách 4, cảnh cáo 2.'))).toEqual([
      'discipline/total/individual/6',
      'discipline/reprimand/individual/4',
      'discipline/warning/individual/2',
    ]);
    // A form after "gồm" is its first item's, not the total's predicate ("gồm" opened no list before, and the 6 lost its form).
    const gom = extractTallies('Kỷ luật 11 đảng viên gồm khiển trách 6, cảnh cáo 5.');
    expect(view(gom)).toEqual(['discipline/total/individual/11', 'discipline/reprimand/individual/6', 'discipline/warning/individual/5']);
    expect(gom.breakdowns[0]?.check.status).toBe('addsUp');
    // A cue right before "gồm" heads the list after it.
    expect(view(extractTallies('Kiểm tra 20 đảng viên, thi hành kỷ luật gồm 6 đảng viên.'))).toEqual(['inspected/total/individual/20', 'discipline/total/individual/6']);
    // "Trong đó" passes no subject from a sentence of two subjects, nor to a count above the one before.
    const two = extractTallies('Thi hành kỷ luật 40 đảng viên và 10 tổ chức đảng. Trong đó, khiển trách 25, cảnh cáo 15.');
    expect(two.tallies.filter((t) => t.count === 25 || t.count === 15).map((t) => t.subject)).toEqual(['unknown', 'unknown']);
    expect(extractTallies('Kỷ luật 2 tổ chức đảng.\n\nTrong đó, khiển trách 40 trường hợp.').tallies.find((t) => t.count === 40)?.subject).not.toBe('collective');
  });
});
