/** Reader cases: extractTallies and findManifestationMentions (conformance/extract, conformance/mentions). See _lib.ts. */
// genre-texts.json: the simple text → tallies goldens of tests/extract/genre.test.ts, mined once from that file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Case, type Json, write } from './_lib.js';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const text = (p: string): string => readFileSync(`${shared}${p}`, 'utf8');
const ROWS = 'tallies[?repeatOf=null][]{measure,category,subject,count,unitKind}';
const row = (measure: string, category: string, subject: string, count: number, unitKind: string) => ({ measure, category, subject, count, unitKind });

const ex: Case[] = [];
const seeds: [string, string, string, Record<string, Json>][] = [
  ['000_966d660263fac988.txt', 'seed-000-krong-no-2018', 'Krông Nô 2018: the two discipline breakdowns and nothing else; 30 + 12 + 5 + 3 = 50 and 2 + 2 = 4 add up.', {
    [ROWS]: [row('discipline', 'total', 'individual', 50, 'cadre'), row('discipline', 'reprimand', 'individual', 30, 'member'), row('discipline', 'warning', 'individual', 12, 'member'), row('discipline', 'removalFromPost', 'individual', 5, 'member'), row('discipline', 'expulsion', 'individual', 3, 'member'), row('discipline', 'total', 'collective', 4, 'partyOrganization'), row('discipline', 'reprimand', 'collective', 2, 'partyOrganization'), row('discipline', 'warning', 'collective', 2, 'partyOrganization')],
    unclassified: [],
    'breakdowns[]{kind}': [{ kind: 'inSentence' }, { kind: 'inSentence' }],
    'breakdowns[].check.status': ['addsUp', 'addsUp'],
    'tallies[0].quote': 'xử lý kỷ luật 50 cán bộ, đảng viên',
    'tallies[1].quote': '30 đảng viên xử lý bằng hình thức khiển trách',
  }],
  ['001_eeaf8759887ce700.txt', 'seed-001-krong-no-2021', 'Krông Nô 2021: referrals, the discipline procedure, discipline totals and ratings by unit kind; no breakdown.', {
    [ROWS]: [row('suggestedReview', 'total', 'collective', 8, 'collective'), row('suggestedReview', 'total', 'individual', 13, 'person'), row('disciplineProcedure', 'total', 'collective', 2, 'collective'), row('disciplineProcedure', 'total', 'individual', 5, 'person'), row('discipline', 'total', 'collective', 5, 'partyOrganization'), row('discipline', 'total', 'individual', 112, 'member'), row('rating', 'goodOrBetter', 'collective', 30, 'tccsd'), row('rating', 'goodOrBetter', 'collective', 165, 'directBranch'), row('rating', 'satisfactory', 'collective', 5, 'tccsd'), row('rating', 'satisfactory', 'collective', 25, 'directBranch'), row('rating', 'goodOrBetter', 'individual', 2447, 'member'), row('rating', 'satisfactory', 'individual', 220, 'member')],
    breakdowns: [],
    unclassified: [],
  }],
  ['002_90f6c5527f8496a5.txt', 'seed-002-bac-giang-2017', 'Bắc Giang 2017: province- and district-level referrals, not the phone, dates or document numbers.', {
    [ROWS]: [row('suggestedReview', 'total', 'collective', 11, 'collective'), row('suggestedReview', 'total', 'individual', 12, 'person'), row('suggestedReview', 'total', 'collective', 47, 'collective'), row('suggestedReview', 'total', 'individual', 45, 'person')],
    breakdowns: [],
    unclassified: [],
  }],
  ['003_5c695452df66635a.txt', 'seed-003-giang-thanh-2019', 'Giang Thành 2019: no person or organization counts.', { tallies: [], unclassified: [] }],
  ['004_26c33ccc72d710b1.txt', 'seed-004-can-tho-2017', 'Cần Thơ: findings and outcomes (discipline, reminders, rating, pending) and the "diện Thành ủy quản lý" subset; three dispositions add up; 45.245 participants left unclassified.', {
    [ROWS]: [row('degradationFound', 'total', 'collective', 6, 'collective'), row('degradationFound', 'total', 'individual', 32, 'person'), row('discipline', 'reprimand', 'collective', 1, 'collective'), row('reminder', 'reminder', 'collective', 5, 'collective'), row('discipline', 'warning', 'individual', 2, 'person'), row('discipline', 'reprimand', 'individual', 9, 'person'), row('rating', 'unsatisfactory', 'individual', 4, 'person'), row('reminder', 'reminder', 'individual', 17, 'person'), row('violationFound', 'total', 'individual', 22, 'member'), row('violationFound', 'total', 'individual', 7, 'cadre'), row('discipline', 'reprimand', 'individual', 15, 'person'), row('discipline', 'warning', 'individual', 5, 'person'), row('discipline', 'removalFromPost', 'individual', 1, 'person'), row('pending', 'pending', 'individual', 1, 'person')],
    'breakdowns[]{kind}': [{ kind: 'disposition' }, { kind: 'disposition' }, { kind: 'disposition' }],
    'breakdowns[].check.status': ['addsUp', 'addsUp', 'addsUp'],
    'tallies[?count=7][].role': ['subset'],
    'unclassified[]{count,reason}': [{ count: 45245, reason: 'noCue' }],
  }],
];
for (const [file, id, description, expect] of seeds) {
  const first = text(`seeds/${file}`).split('\n')[0]!.trim();
  ex.push({
    id: `extract-${id}`,
    description: `${description} Text: seed ${file} ("${first}"), a public news report, copied whole.`,
    source: `hierarchy-review-reports.md §4 (golden tallies of the seeds), seed ${file}; discipline.md §7. tests/extract/seeds.test.ts`,
    args: [text(`seeds/${file}`)],
    expect,
  });
}

// The twelve annotated report excerpts (../shared/reports/expected.json)
interface Annot { quote: string; subject: string; measure: string; category: string; count: number | null }
const expected = JSON.parse(text('reports/expected.json')) as { file: string; url: string; tallies: Annot[] }[];
const MEASURES: Record<string, string> = { discipline: 'discipline', discipline_procedure: 'disciplineProcedure', reminder: 'reminder', pending: 'pending', rating: 'rating', reviewed: 'reviewed', suggested_review: 'suggestedReview', manifestation_found: 'degradationFound' };
const CATEGORIES: Record<string, string> = { khiển_trách: 'reprimand', cảnh_cáo: 'warning', cách_chức: 'removalFromPost', khai_trừ: 'expulsion', giải_tán: 'dissolution', htxs: 'excellent', htt: 'good', ht: 'satisfactory', khtnv: 'unsatisfactory', htt_tro_len: 'goodOrBetter', total: 'total', subtotal: 'total', phê_bình: 'criticism', nhắc_nhở: 'reminder' };
const machineCategory = (c: string): string => c.split(/[ (:]/)[0]!;
const subjectKind = (s: string): string => (s === 'member' || s === 'individual' ? 'individual' : 'collective');
/** Reviewed deviations kept out (tests/extract/expected-deviations.md): see conformance/KNOWN-DEVIATIONS.md. */
const DEVIATIONS: Record<string, string[]> = {
  '01_binhthanh-10tapthe-63canhan.txt': ['hai đội kiểm tra liên ngành văn hóa-xã hội quận'],
  '03_toanquoc-6thang-2023.txt': ['có 889 cấp ủy viên'],
  '12_kimthanh-haiduong-2021.txt': ['huyện Kim Thành có 32/44 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 72,7%'],
};
for (const e of expected) {
  const withCat = new Map<string, Json>();
  const noCat = new Map<string, Json>();
  for (const t of e.tallies) {
    const measure = MEASURES[t.measure];
    if (measure === undefined || t.count === null || (DEVIATIONS[e.file] ?? []).includes(t.quote)) continue;
    const cat = CATEGORIES[machineCategory(t.category)];
    const v = cat === undefined ? { measure, subject: subjectKind(t.subject), count: t.count } : { measure, category: cat, subject: subjectKind(t.subject), count: t.count };
    (cat === undefined ? noCat : withCat).set(JSON.stringify(v), v as Json);
  }
  const contains: Record<string, Json[]> = {};
  if (withCat.size > 0) contains['tallies[]{measure,category,subject,count}'] = [...withCat.values()];
  if (noCat.size > 0) contains['tallies[]{measure,subject,count}'] = [...noCat.values()];
  if (Object.keys(contains).length === 0) continue;
  ex.push({
    id: `extract-report-${e.file.replace(/\.txt$/, '').replace(/_/g, '-').toLowerCase()}`,
    description: `Every hand-annotated tally under a target measure is found (measure, category, subject, count). Text: the public page ${e.url}, opening excerpt, copied whole.`,
    source: `shared/reports/expected.json annotations of ${e.file} (hierarchy-review-reports.md §3.5 measures); reviewed deviations excluded, see KNOWN-DEVIATIONS.md. tests/extract/reports.test.ts`,
    args: [text(`reports/${e.file}`)],
    expectContains: contains,
  });
}

// Our own genre texts (tests/extract/genre.test.ts), one phenomenon each
const genre = JSON.parse(readFileSync(new URL('./genre-texts.json', import.meta.url), 'utf8')) as { name: string; text: string; rows: string[] }[];
genre.forEach((g, i) => {
  ex.push({
    id: `extract-genre-${i + 1}`,
    description: `Genre text: ${g.name}.`,
    source: 'hierarchy-review-reports.md §3.5 (patterns of the genre). tests/extract/genre.test.ts',
    args: [g.text],
    expect: { 'tallies[?repeatOf=null][]{measure,category,subject,count}': g.rows.map((r) => { const [measure, category, subject, count] = r.split('/'); return { measure: measure!, category: category!, subject: subject!, count: Number(count) }; }) },
  });
});
// Real sentences of the genre collected for issue 14 (tests/fixtures/genre/reports.json, each with
// its URL), one phenomenon each; the rows are the hand annotations of that file.
const collected: [string, string, string, string[]][] = [
  ['form-after-count', 'the forms named after the counts ("với hình thức: Khiển trách 26, cảnh cáo 03"), by subject', 'https://thanhtra.com.vn/phong-chong-tham-nhung/tin-tuc/thi-hanh-ky-luat-29-to-chuc-dang-va-tren-1-000-dang-vien-vi-pham-189719.html',
    ['Qua kiểm tra, giám sát, đã thi hành kỷ luật 29 tổ chức Đảng, với hình thức: Khiển trách 26, cảnh cáo 03; kỷ luật 1.090 đảng viên vi phạm, với hình thức: Khiển trách 789 đảng viên, cảnh cáo 207 đảng viên, cách chức 31 đảng viên, khai trừ 63 đảng viên.',
      'discipline/total/collective/29', 'discipline/reprimand/collective/26', 'discipline/warning/collective/3', 'discipline/total/individual/1090', 'discipline/reprimand/individual/789', 'discipline/warning/individual/207', 'discipline/removalFromPost/individual/31', 'discipline/expulsion/individual/63']],
  ['honour-over-years', 'awards and "hoàn thành xuất sắc nhiệm vụ 5 năm liền" are not the year\'s rating', 'http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280',
    ['Ban Thường vụ Tỉnh ủy đã tặng cờ cho Đảng bộ TP Chí Linh, Đảng bộ Quân sự tỉnh và 6 TCCSĐ; tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, Công an tỉnh, Gia Lộc, 45 TCCSĐ, 8 chi bộ trực thuộc đảng ủy cơ sở; 5 bí thư chi bộ, đảng bộ cơ sở và 59 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền.']],
  ['good-or-better', '"hoàn thành tốt nhiệm vụ …, trong đó … hoàn thành xuất sắc nhiệm vụ" is good or better', 'http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280',
    ['Qua đánh giá, có 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%, trong đó có 23,8% xếp loại hoàn thành xuất sắc nhiệm vụ.', 'rating/goodOrBetter/collective/604']],
  ['letter-grade-printed', 'a letter grade with its level printed beside it', 'https://baotayninh.vn/xep-loai-dang-bo-huyen-va-tuong-duong-nam-2022-dang-bo-cong-an-tinh-va-thanh-pho-tay-ninh-hoan-thanh-xuat-sac-nhiem-vu-a154435.html',
    ['Về xếp loại chất lượng cán bộ lãnh đạo, quản lý khối huyện và tương đương, có 14 đồng chí xếp loại A (hoàn thành xuất sắc nhiệm vụ); 114 đồng chí xếp loại B (hoàn thành tốt nhiệm vụ) và 1 đồng chí xếp loại C (hoàn thành nhiệm vụ).',
      'rating/excellent/individual/14', 'rating/good/individual/114', 'rating/satisfactory/individual/1']],
  ['tccs-dang', 'the abbreviation "TCCS Đảng" and "chi, Đảng bộ cơ sở"', 'http://dian.binhduong.gov.vn/Trang-chu/Thoi-su-Chinh-tri/ctl/Detail/ttId/47969/mid/426',
    ['Kết quả năm 2022, đối với chi, Đảng bộ cơ sở, toàn Đảng bộ có 10 TCCS Đảng hoàn thành xuất sắc nhiệm vụ, 37 TCCS Đảng hoàn thành tốt nhiệm vụ và 03 TCCS Đảng hoàn thành nhiệm vụ.',
      'rating/excellent/collective/10', 'rating/good/collective/37', 'rating/satisfactory/collective/3']],
  ['discipline-by-reason', 'discipline broken down by reason stays discipline ("… đảng viên do suy thoái …")', 'https://nld.com.vn/dau-tranh-de-phat-trien-196240310203459128.htm',
    ['Trong đó, thi hành kỷ luật 459 đảng viên do tham nhũng, 8.863 đảng viên do suy thoái về tư tưởng chính trị, đạo đức, lối sống, vi phạm những điều đảng viên không được làm.',
      'discipline/total/individual/459', 'discipline/total/individual/8863']],
];
for (const [id, what, url, [sentence, ...rows]] of collected) {
  ex.push({
    id: `extract-collected-${id}`,
    description: `Real report sentence: ${what}.`,
    source: `${url} (tests/fixtures/genre/reports.json); issue 14. tests/extract/genre-reports.test.ts`,
    args: [sentence as string],
    expect: { 'tallies[?repeatOf=null][]{measure,category,subject,count}': rows.map((r) => { const [measure, category, subject, count] = r.split('/'); return { measure: measure!, category: category!, subject: subject!, count: Number(count) }; }) },
  });
}
ex.push(
  {
    id: 'extract-genre-ignores-non-counts',
    description: 'Years, dates, times, terms, document numbers, phones, money, percentages and the "27 biểu hiện" list name are not tallies.',
    source: 'hierarchy-review-reports.md §3.5. tests/extract/genre.test.ts',
    args: [['Cập nhật ngày: 17/09/2018 | 09:49 GMT+7', 'Thực hiện Kế hoạch số 23-KH/TU ngày 7-12-2016 và Quy định số 433/QĐ-Thu, nhiệm kỳ 2020-2025, giai đoạn 2016 - 2018, Nghị quyết Trung ương 4 khóa XII.', 'Giá trị sản xuất đạt 790 tỷ đồng, đạt 111,3%; thu nhập bình quân 39,9 triệu đồng.', 'Cán bộ phải soi rọi 27 biểu hiện suy thoái.', 'Liên hệ tòa soạn: +84.0204.3 856 624', '3,731'].join('\n')],
    expect: { tallies: [], unclassified: [] },
  },
  {
    id: 'extract-genre-approx-fraction-percent',
    description: 'Approximations, fractions and percentages stay with the count.',
    source: 'hierarchy-review-reports.md §3.5. tests/extract/genre.test.ts',
    args: ['Có gần 120 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ; 32/44 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 72,7%.'],
    expect: { 'tallies[]{count,approx,of,percent}': [{ count: 120, approx: 'under', of: null, percent: null }, { count: 32, approx: null, of: 44, percent: 72.7 }] },
  },
  {
    id: 'extract-genre-zero-by-negation',
    description: 'A zero stated by negation.',
    source: 'hierarchy-review-reports.md §3.5. tests/extract/genre.test.ts',
    args: ['Không có tổ chức cơ sở đảng nào bị xếp loại không hoàn thành nhiệm vụ.'],
    expect: { 'tallies[]{measure,category,count,zeroByNegation}': [{ measure: 'rating', category: 'unsatisfactory', count: 0, zeroByNegation: true }] },
  },
);

// ================================================================== mentions
const men: Case[] = [];
const giang = text('seeds/003_5c695452df66635a.txt');
for (const [item, ids] of [[1, ['G1-3']], [2, ['G1-4']], [3, ['G1-5', 'G1-6']], [4, ['G2-5']]] as const) {
  men.push({
    id: `mentions-seed-003-item-${item}`,
    description: `Giang Thành's "5 biểu hiện cơ bản", list item (${item}), is mapped to ${ids.join(' and ')}.`,
    source: 'manifestations.md (the 27 items); seed 003_5c695452df66635a (Giang Thành 2019), a public report copied whole. tests/extract/mentions.test.ts',
    args: [giang],
    expectContains: { [`[?listItem=${item}][*].ids`]: [...ids] },
  });
}
men.push(
  {
    id: 'mentions-27-list-and-groups',
    description: '"27 biểu hiện" is the list; the three group headings follow.',
    source: 'manifestations.md (three groups: tư tưởng chính trị; đạo đức, lối sống; "tự diễn biến", "tự chuyển hóa"). tests/extract/mentions.test.ts',
    args: ['Soi cho được các biểu hiện trong 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”.'],
    expect: { '[]{kind,groups}': [{ kind: 'list', groups: [1, 2, 3] }, { kind: 'group', groups: [1] }, { kind: 'group', groups: [2] }, { kind: 'group', groups: [3] }] },
  },
  {
    id: 'mentions-negated-g1-6',
    description: '"nói không đi đôi với làm, hứa nhiều làm ít" is G1-6; "không còn" marks it negated.',
    source: 'manifestations.md G1-6. tests/extract/mentions.test.ts',
    args: ['Đảng bộ không còn tình trạng nói không đi đôi với làm, hứa nhiều làm ít.'],
    expect: { '[].ids': [['G1-6']], '[0].negated': true },
  },
  {
    id: 'mentions-g2-7-without-groups',
    description: 'Corruption and abuse of position → G2-7 (groups off).',
    source: 'manifestations.md G2-7. tests/extract/mentions.test.ts',
    args: ['Tham ô, tham nhũng, lợi dụng chức vụ, quyền hạn để trục lợi.', { includeGroups: false }],
    expect: { '[0].ids[0]': 'G2-7' },
  },
  {
    id: 'mentions-quiet-on-other-prose',
    description: 'Prose about other matters gives no mention.',
    source: 'manifestations.md. tests/extract/mentions.test.ts',
    args: ['Giá trị sản xuất đạt 790 tỷ đồng, thu ngân sách tăng 14% so với cùng kỳ.'],
    expect: { '[]': [] },
  },
  {
    id: 'mentions-report-05-g1-4',
    description: '"Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao" (report 05) is G1-4, as the annotators suggest; "đạo đức, lối sống" is a group mention.',
    source: `manifestations.md G1-4; shared/reports/expected.json (05_hcm-giuanhiemky-2018, ${expected.find((e) => e.file.startsWith('05'))?.url ?? ''}), copied whole. tests/extract/mentions.test.ts`,
    args: [text('reports/05_hcm-giuanhiemky-2018.txt')],
    expectContains: { '[?kind="group"][].quote': ['đạo đức, lối sống'] },
  },
);
write('extract/extractTallies.json', { function: 'extractTallies', description: 'Tallies read from Vietnamese narrative reports (hierarchy-review-reports.md §3.5, §4). args = [text, options?]. Texts are public reports, copied whole.', cases: ex });
write('mentions/findManifestationMentions.json', { function: 'findManifestationMentions', description: 'Mentions of the 27 manifestations (manifestations.md) in report prose. args = [text, options?]. The result is an array.', cases: men });
