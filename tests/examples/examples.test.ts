// Every example runs as a user would run it (`npx tsx examples/<name>.ts`, here `node --import
// tsx`), importing `nq4` by the package's own name: tsconfig.json maps `nq4` to src/index.ts, so
// no build is needed. Each must exit 0 and print the lines that show it did its job.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = readdirSync(`${root}examples`).filter((f) => f.endsWith('.ts')).sort();

/** Lines each example must print (computed by the library, so they change only with the rules or the inputs). */
const expected: Record<string, readonly (string | RegExp)[]> = {
  'demo.ts': [
    'nq4 — một năm của Chi bộ thôn 3',
    'Danh mục / catalog: 27 biểu hiện suy thoái',
    '── 1. Kiểm điểm cuối năm / Year-end reviews',
    'G2-7 Tham ô, tham nhũng, lạm dụng chức quyền',
    '── 2. Xếp loại đảng viên năm 2025 / Rating the members for 2025',
    /KHTNV\s+dv-03/,
    'Quota exceeded: 3 "excellent", at most 2.',
    'Within the quota: 2 of 2 "excellent".',
    '── 3. Kỷ luật / Discipline',
    'within the limitation period.',
    'Warning of 26 December 2025: in effect on 30 June 2026.',
    '── 4. Tổng hợp và báo cáo của Đảng bộ xã',
    'Năm 2025, Đảng bộ xã Đông Sơn đã xử lý kỷ luật 2 đảng viên chính thức',
    '── 5. Đọc một báo cáo thật / Reading a real report',
    '661 + 232 + 39 + 28 = 960 = 960: “thi hành kỷ luật 960 trường hợp” (addsUp)',
    'G1-4',
  ],
  'discipline.ts': ['=== Các vụ việc năm 2024 ===', '=== Cases of 2024 ===', 'VV-01', '=== Tallies by form ==='],
  'extract.ts': ['=== sample-report.txt ===', 'thi hành kỷ luật 960 trường hợp', 'Outcome: The parts add up to the total.'],
  'rating.ts': ['=== Chi bộ / Party cell ===', '=== Đảng viên bị khiển trách / Reprimanded member ===', '=== Tỉ lệ HTXSNV / Excellent quota (2025) ==='],
  'report.ts': ['— Cây đơn vị / unit tree:', '— Đối chiếu / reconciliation:', '— Niêm phong / seal:', 'Đảng bộ huyện Krông Nô'],
  'review.ts': ['Kiểm điểm năm 2025 / 2025 review:', '== Tổng hợp / Summary ==', '== Chuyển xem xét kỷ luật / Passed on to discipline =='],
};

const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('examples', () => {
  it('every example has expectations here', () => {
    expect(examples).toEqual(Object.keys(expected).sort());
  });

  it.each(examples)('%s imports only nq4 and node: modules, as a user copies it', (file) => {
    const source = readFileSync(`${root}examples/${file}`, 'utf8');
    const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => s !== 'nq4' && !s?.startsWith('node:'))).toEqual([]);
  });

  it.each(examples)('%s runs and prints what it shows', (file) => {
    const r = run(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const line of expected[file] ?? []) {
      if (typeof line === 'string') expect(r.stdout).toContain(line);
      else expect(r.stdout).toMatch(line);
    }
    if (file === 'demo.ts') expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(80);
  }, 120_000);
});
