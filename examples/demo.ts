/**
 * The main walkthrough: `npm run demo`.
 *
 * 1. The catalog of the 27 manifestations, grouped by heading, in Vietnamese and English.
 * 2. The seed reports (../shared/seeds beside the project, else examples/sample-report.txt):
 *    the tallies each one states, whether its breakdowns add up, and the manifestations it speaks of.
 * 3. From prose back to a report: one reading turned into the shared Tally, rendered the way a
 *    district office writes it, and sealed for the level above.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  extractTallies,
  extractionToTally,
  findManifestationMentions,
  formatCitation,
  getManifestation,
  manifestationGroups,
  reconcileExtraction,
  renderReport,
  sealReport,
  TEXT_STATUS_LABELS,
  type ExtractionResult,
} from '../src/index.js';

const line = (s = '') => console.log(s);
const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const heading = (vi: string, en: string) => {
  line();
  line('='.repeat(100));
  line(`${vi} / ${en}`);
  line('='.repeat(100));
};

// 1. The catalog ------------------------------------------------------------------------------
heading('1. 27 biểu hiện suy thoái (Nghị quyết 04-NQ/TW)', 'The 27 manifestations of degradation (Resolution 04-NQ/TW)');
for (const group of manifestationGroups) {
  line();
  line(`== ${group.group}. ${group.headingVi}`);
  line(`   ${group.headingEn}`);
  line(`   (${formatCitation(group.citation, 'vi')})`);
  for (const id of group.ids) {
    const m = getManifestation(id);
    const status = TEXT_STATUS_LABELS[m.textStatus];
    line();
    line(`  ${m.id}  ${m.label.vi} — ${m.label.en}  [${status.vi} / ${status.en}]`);
    if (m.textVi) line(`        VI: ${m.textVi}`);
    else line(`        VI: (chưa có nguyên văn được đối chiếu; gợi ý chủ đề, không phải văn bản chính thức: ${m.gistVi ?? '—'})`);
    line(`        EN: ${m.textEn}`);
  }
}

// 2. The seed reports --------------------------------------------------------------------------
const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const files = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `${seedsDir}${f}`)
  : [fileURLToPath(new URL('./sample-report.txt', import.meta.url))];

heading('2. Đọc số liệu từ các báo cáo', 'Reading the figures out of the reports');
const readings = new Map<string, ExtractionResult>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const reading = extractTallies(text);
  readings.set(file, reading);
  line();
  line(`--- ${basename(file)}: ${pad(text.trim().split('\n')[0] ?? '', 80)}`);
  if (reading.tallies.length === 0) line('    (không có số liệu thống kê / no tallies stated)');
  else line(`    ${pad('#', 4)}${pad('measure', 20)}${pad('category', 16)}${pad('subject', 11)}${pad('count', 7)}${pad('role', 11)}quote`);
  reading.tallies.forEach((t, i) => {
    const role = t.repeatOf !== undefined ? `repeat#${t.repeatOf}` : t.role;
    line(`    ${pad(String(i), 4)}${pad(t.measure, 20)}${pad(t.category, 16)}${pad(t.subject, 11)}${pad(String(t.count), 7)}${pad(role, 11)}${pad(t.quote.replace(/\s+/g, ' '), 60)}`);
  });
  for (const b of reading.breakdowns) {
    const c = b.check.classification;
    const mix = c && (c.nonDisciplinary > 0 || c.pending > 0 || c.rating > 0) && c.discipline > 0
      ? ` — kỷ luật ${c.discipline}, hình thức khác ${c.nonDisciplinary + c.rating}, đang xem xét ${c.pending} / discipline ${c.discipline}, other outcomes ${c.nonDisciplinary + c.rating}, pending ${c.pending}`
      : '';
    line(`    Tổng #${b.total} / total #${b.total}: ${b.check.consistent ? 'khớp / consistent' : 'KHÔNG KHỚP / INCONSISTENT'} (${b.check.sum} / ${reading.tallies[b.total]?.count})${mix}`);
  }
  // The whole reading through the same reconciliation engine as a typed-in report.
  for (const f of reconcileExtraction(reading).findings) {
    if (f.finding.severity === 'note') continue;
    line(`    ${f.finding.severity}: ${f.finding.explanation.textVi.split('\n').slice(0, 3).join(' ')}`);
    line(`    ${f.finding.severity}: ${f.finding.explanation.textEn.split('\n').slice(0, 3).join(' ')}`);
  }
  if (reading.unclassified.length > 0) {
    line(`    Số không phải số liệu thống kê hoặc chưa phân loại / numbers left out as not tallies: ${reading.unclassified.length}`);
  }
  const mentions = findManifestationMentions(text).filter((m) => m.kind === 'item');
  for (const m of mentions) {
    const labels = m.ids.map((id) => `${id} ${getManifestation(id).label.vi} (${getManifestation(id).label.en})`).join('; ');
    line(`    Biểu hiện / manifestation ${m.listItem !== undefined ? `(${m.listItem}) ` : ''}${labels} — score ${m.score.toFixed(2)}`);
  }
}

// 3. From prose back to a report ---------------------------------------------------------------
const first = [...readings.entries()].find(([, r]) => r.tallies.some((t) => t.measure === 'discipline'));
if (first) {
  const [file, reading] = first;
  heading('3. Từ văn bản tường thuật đến báo cáo', 'From narrative text back to a report');
  const { tally } = extractionToTally(reading);
  const rendered = renderReport(tally, { unitName: { vi: 'Đơn vị', en: 'The unit' } });
  line(`Nguồn / source: ${basename(file)}`);
  line();
  line(rendered.vi);
  line();
  line(rendered.en);
  const sealed = sealReport({
    unit: basename(file, '.txt'),
    period: { from: '2016-10-30', to: '2018-09-17', kind: 'cumulative' },
    ruleSets: { discipline: 'qd102' },
    tally,
  });
  line();
  line(`Niêm phong để gửi cấp trên / seal for the level above: ${sealed.seal.hash}`);
}
