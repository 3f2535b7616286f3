/**
 * The main walkthrough: `npm run demo`.
 * Prints the catalog of the 27 manifestations grouped by heading, in Vietnamese and English,
 * with the status of each official text and its citation.
 */
import {
  formatCitation,
  getManifestation,
  manifestationGroups,
  TEXT_STATUS_LABELS,
} from '../src/index.js';

const line = (s = '') => console.log(s);

line('nq4 — 27 biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” (Nghị quyết 04-NQ/TW)');
line('nq4 — the 27 manifestations of degradation (Resolution 04-NQ/TW)');
line();
for (const group of manifestationGroups) {
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
  line();
}
