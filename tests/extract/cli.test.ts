// The command line as a user runs it: the built dist/cli/nq4.js in a child process (`npm test`
// builds dist/ first). The sample report is a real published excerpt (see examples/demo.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, formatProgress, langFromEnv, progress, renderTable, truncate } from '../../src/cli/nq4.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/nq4.js');
// The child sees no locale and no COLUMNS of the developer's shell: English, 120 columns, unless a
// test gives them. Standard error is a pipe, never a terminal (no progress).
const LOCALE_FREE = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'COLUMNS'].includes(k)),
);
const run = (args: readonly string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...LOCALE_FREE, ...env },
    ...(input !== undefined ? { input } : {}),
  });

const SAMPLE = 'examples/sample-report.txt';
const sample = readFileSync(join(root, SAMPLE), 'utf8');
let dir = '';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/nq4.js is missing: run `npx tsup` (npm test builds it first)');
  dir = mkdtempSync(join(tmpdir(), 'nq4-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('nq4 extract: reading', () => {
  it('prints a table with the tallies, breakdown checks and mentions', () => {
    const r = run(['extract', SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`== ${SAMPLE}`);
    expect(r.stdout).toMatch(/discipline\s+reprimand\s+individual\s+person\s+661/);
    expect(r.stdout).toContain('Outcome: The parts add up to the total.');
    expect(r.stdout).toContain('G1-4');
  });

  it('prints JSON with --json, before or after the files', () => {
    for (const args of [['extract', SAMPLE, '--json'], ['extract', '--json', SAMPLE]]) {
      const r = run(args);
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout) as { file: string; tallies: { count: number }[]; breakdowns: { status: string; consistent: boolean }[] }[];
      expect(doc[0]?.file).toBe(SAMPLE);
      expect(doc[0]?.tallies.some((t) => t.count === 1330)).toBe(true);
      expect(doc[0]?.breakdowns.every((b) => b.status === 'addsUp' && b.consistent)).toBe(true);
    }
  });

  it('says when reconcile finds a breakdown inconsistent', () => {
    const bad = file('bad.txt', 'Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng.\n');
    const r = run(['extract', bad]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('addsUp, inconsistent (formImpossibleForSubject)');
  });

  it('reads standard input for -', () => {
    const r = run(['extract', '-'], sample);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== - (standard input)');
    expect(r.stdout).toMatch(/discipline\s+reprimand\s+individual\s+person\s+661/);
    const j = run(['extract', '--json', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
    expect(j.status).toBe(0);
    expect((JSON.parse(j.stdout) as { file: string; tallies: unknown[] }[])[0]).toMatchObject({ file: '-' });
  });

  it('a text that states no tallies is read, not an error', () => {
    const r = run(['extract', file('none.txt', 'Chi bộ thôn 3 sinh hoạt thường kỳ.\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(no tallies)');
    expect(r.stderr).toBe('');
  });
});

describe('nq4 extract: encodings', () => {
  const utf8 = run(['extract', '--json', SAMPLE]).stdout;
  const tallies = (stdout: string) => (JSON.parse(stdout) as { tallies: unknown[] }[])[0]?.tallies;

  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()])],
  ])('%s reads the same tallies as UTF-8', (_name, bytes) => {
    const r = run(['extract', '--json', file('enc.txt', bytes)]);
    expect(r.status).toBe(0);
    expect(tallies(r.stdout)).toEqual(tallies(utf8));
  });

  it.each([
    ['UTF-16 LE without a byte-order mark', Buffer.from(sample, 'utf16le'), 'not valid UTF-8 text'],
    ['Windows-1258 bytes', Buffer.from([0x48, 0x75, 0x79, 0xea, 0xf2, 0x6e]), 'not valid UTF-8 text'],
    ['ASCII text as UTF-16 without a byte-order mark', Buffer.from('Khong co so lieu', 'utf16le'), 'contains NUL characters'],
    ['a truncated UTF-16 LE file', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Chi bộ', 'utf16le').subarray(0, 5)]), 'not valid UTF-16 LE text'],
    ['an odd-length UTF-16 BE file', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x00, 0x43, 0x00])]), 'not valid UTF-16 BE text'],
  ])('%s is an error naming the file, exit 1', (_name, bytes, message) => {
    const path = file('bad-enc.txt', bytes);
    const r = run(['extract', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`nq4 extract: ${path}: ${message}`);
    expect(r.stdout).not.toContain('(no tallies)');
  });

  it('reads the good files and still exits 1 when one cannot be read', () => {
    const r = run(['extract', SAMPLE, 'no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`== ${SAMPLE}`);
    expect(r.stderr).toContain('nq4 extract: cannot read no/such/file.txt: no such file');
  });
});

describe('nq4: usage', () => {
  it.each([['--help'], ['-h'], ['help'], ['extract', '--help'], ['extract', '-h'], ['extract', SAMPLE, '--help']])('%s prints the usage, exit 0', (...args) => {
    const r = run(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: nq4 extract [--json] [--lang vi|en] FILE...');
    expect(r.stdout).toContain('--lang vi|en');
    expect(r.stdout).toContain('LC_ALL, else LC_MESSAGES, else\n                  LANG');
    expect(r.stdout).toContain('Exit status:');
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(version);
  });

  it.each([
    [[], 'nq4: no command given'],
    [['extract'], 'nq4 extract: no FILE given'],
    [['extract', '--jsn', SAMPLE], "nq4 extract: unknown option '--jsn'"],
    [['extract', '-x', SAMPLE], "nq4 extract: unknown option '-x'"],
    [['extrakt', SAMPLE], "nq4: unknown command 'extrakt'"],
    [['--json'], "nq4: unknown option '--json'"],
  ])('%j is a usage error: message and usage on stderr, exit 2', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).toContain('Usage: nq4 extract');
    expect(r.stdout).toBe('');
  });

  it('-- ends the options', () => {
    const r = run(['extract', '--', SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`== ${SAMPLE}`);
  });
});

// ---------------------------------------------------------------------------------------------
// The readable table

/** A line as the terminal shows it: one entry per column (a wide character's second column is ''). */
function screenColumns(line: string): string[] {
  const cols: string[] = [];
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)) {
    const w = displayWidth(segment);
    if (w > 0) cols.push(segment, ...Array<string>(w - 1).fill(''));
  }
  return cols;
}

/** Where the header's cells start (cells are two or more spaces apart; a name may hold one space). */
function headerOffsets(header: string): number[] {
  const cols = screenColumns(header);
  const offsets: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    if (cols[i] !== ' ' && (i === 0 || (cols[i - 1] === ' ' && cols[i - 2] === ' '))) offsets.push(i);
  }
  return offsets;
}

/** The rows of the first tally table of the output: the header and the lines after it up to the next section. */
function tallyTable(stdout: string, firstColumn = '#'): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${firstColumn}  `));
  const end = lines.findIndex((l, i) => i > start && !/^\d/.test(l));
  return lines.slice(start, end);
}

/** Every row has a cell starting at each of the header's offsets, with at least two spaces before it. */
function expectAligned(rows: readonly string[], columns: number): void {
  const [header = '', ...body] = rows;
  const offsets = headerOffsets(header);
  expect(offsets.length).toBe(columns);
  expect(body.length).toBeGreaterThan(0);
  for (const row of body) {
    const cols = screenColumns(row);
    for (const o of offsets.slice(1)) {
      expect([cols[o - 2], cols[o - 1]], `${row}\n${header}`).toEqual([' ', ' ']);
      expect(cols[o] !== ' ' && cols[o] !== undefined, `${row}\n${header}`).toBe(true);
    }
    expect(headerOffsets(row).slice(0, offsets.length)).toEqual(offsets);
  }
}

const LONG =
  'Ban Thường vụ thi hành kỷ luật 8 người (cảnh cáo 2 trường hợp, cách chức tất cả chức vụ trong Đảng và trong chính quyền ' +
  'và trong các đoàn thể chính trị xã hội ở địa phương của huyện miền núi phía Bắc 5 trường hợp, khai trừ 1 trường hợp).\n';

describe('nq4 extract: the table keeps its columns apart', () => {
  it('a very long quote is cut with … and every row starts its cells at the header offsets', () => {
    const r = run(['extract', file('long.txt', LONG)]);
    expect(r.status).toBe(0);
    const rows = tallyTable(r.stdout);
    expectAligned(rows, 8);
    expect(rows.some((l) => l.endsWith('…'))).toBe(true);
    for (const l of rows) expect(displayWidth(l)).toBeLessThanOrEqual(120);
  });

  it('Vietnamese written decomposed (NFD) and Vietnamese headings (--lang vi) line up too', () => {
    const r = run(['extract', '--lang', 'vi', file('nfd.txt', LONG.normalize('NFD')), SAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('#  biện pháp   loại             đối tượng   đơn vị  số lượng  vai trò  trích dẫn');
    for (const table of r.stdout.split('\n\n== ')) expectAligned(tallyTable(table), 8);
    expect(r.stdout).toContain('cách chức tất cả chức vụ trong Đảng'); // printed NFC
  });

  it('fits the width given by COLUMNS (the terminal width when standard output is one)', () => {
    const r = run(['extract', SAMPLE, file('long.txt', LONG)], undefined, { COLUMNS: '80' });
    expect(r.status).toBe(0);
    for (const table of r.stdout.split('\n\n== ')) {
      const rows = tallyTable(table);
      expectAligned(rows, 8);
      for (const l of rows) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    }
  });

  it('display width: marks take no column, wide characters two; cuts fall between graphemes', () => {
    expect(displayWidth('Đảng viên')).toBe(9);
    expect(displayWidth('Đảng viên'.normalize('NFD'))).toBe(9);
    expect(displayWidth('中文')).toBe(4);
    expect(truncate('kỷ luật', 4)).toBe('kỷ …');
    expect(truncate('kỷ luật'.normalize('NFD'), 2)).toBe('k…');
    expect(truncate('ngắn', 10)).toBe('ngắn');
    expect(renderTable(['a', 'b'], [['中文中文', 'x']], 120)).toEqual(['a         b', '中文中文  x']);
  });
});

// ---------------------------------------------------------------------------------------------
// Language

describe('nq4: --lang and the language of the environment', () => {
  it('--lang vi: headings, column names, messages and help in Vietnamese', () => {
    const r = run(['extract', '--lang', 'vi', SAMPLE, file('none.txt', 'Chi bộ thôn 3 sinh hoạt thường kỳ.\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^#\s+biện pháp\s+loại\s+đối tượng\s+đơn vị\s+số lượng\s+vai trò\s+trích dẫn$/m);
    expect(r.stdout).toContain('(không có con số nào)');
    expect(r.stdout).toContain('Kết quả: Các số thành phần cộng lại bằng tổng.');
    expect(r.stdout).not.toContain('Outcome:');
    expect(r.stdout).toMatch(/discipline\s+reprimand\s+individual\s+person\s+661/); // codes stay codes
    expect(run(['--lang=vi', '--help']).stdout).toContain('Cách dùng: nq4 extract');
    const missing = run(['extract', 'khong/co/tep.txt', '--lang', 'vi']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nq4 extract: không đọc được khong/co/tep.txt: không có tệp này');
    const misuse = run(['--lang', 'vi', 'extract']);
    expect(misuse.status).toBe(2);
    expect(misuse.stderr.startsWith('nq4 extract: chưa nêu TỆP')).toBe(true);
    expect(misuse.stderr).toContain('Cách dùng: nq4 extract');
    const notText = run(['extract', '--lang', 'vi', file('w1258.txt', Buffer.from([0x48, 0x75, 0x79, 0xea, 0xf2, 0x6e]))]);
    expect(notText.stderr).toContain('không phải văn bản UTF-8 hợp lệ');
  });

  it('--lang en wins over a Vietnamese environment', () => {
    const r = run(['extract', SAMPLE, '--lang', 'en'], undefined, { LANG: 'vi_VN.UTF-8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^#\s+measure\s+category\s+subject\s+unit\s+count\s+role\s+quote$/m);
    expect(r.stdout).toContain('Outcome: The parts add up to the total.');
    expect(r.stdout).not.toContain('Kết quả:');
  });

  it('LANG=vi_VN.UTF-8 makes Vietnamese the default; LC_ALL and LC_MESSAGES come first', () => {
    expect(run(['extract', SAMPLE], undefined, { LANG: 'vi_VN.UTF-8' }).stdout).toContain('Chia nhỏ tổng số #5');
    expect(run(['--help'], undefined, { LANG: 'vi_VN.UTF-8' }).stdout).toContain('Cách dùng:');
    expect(run(['--help'], undefined, { LANG: 'vi_VN.UTF-8', LC_ALL: 'C' }).stdout).toContain('Usage:');
    expect(run(['--help'], undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN' }).stdout).toContain('Cách dùng:');
    expect(langFromEnv({ LC_ALL: '', LANG: 'vi' })).toBe('vi');
    expect(langFromEnv({ LANG: 'vietnamese' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('JSON is the same in every language', () => {
    const en = run(['extract', '--json', SAMPLE, '--lang', 'en']);
    const vi = run(['extract', '--json', SAMPLE, '--lang', 'vi']);
    expect(vi.stdout).toBe(en.stdout);
    expect(Object.keys((JSON.parse(vi.stdout) as object[])[0] ?? {})).toEqual(['file', 'tallies', 'breakdowns', 'unclassified', 'mentions']);
  });

  it.each([[['extract', '--lang', 'fr', SAMPLE]], [['--lang=vn', '--help']], [['extract', SAMPLE, '--lang']]])(
    '%j is misuse: exit 2, said in English and Vietnamese',
    (args) => {
      const r = run(args, undefined, { LANG: 'vi_VN.UTF-8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^nq4: (unknown language '\w+' for --lang \(use vi or en\)|--lang needs a value: vi or en)\n/);
      expect(r.stderr).toMatch(/\nnq4: (không có ngôn ngữ '\w+' cho --lang \(dùng vi hoặc en\)|--lang cần một giá trị: vi hoặc en)\n/);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Progress

describe('nq4 extract: progress', () => {
  it('nothing on standard error when it is not a terminal, however many files', () => {
    const many = Array.from({ length: 8 }, (_, i) => file(`many-${i}.txt`, sample));
    const r = run(['extract', ...many]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^== /gm)).toHaveLength(8);
  });

  it('on a terminal: past 5 files or 5 MB, one overwritten line per file, erased at the end', () => {
    const written: string[] = [];
    const tty = { isTTY: true, columns: 30, write: (s: string) => written.push(s) };
    const few = progress(tty, 3);
    few.show(1, 'a.txt', 100);
    few.clear();
    expect(written).toEqual([]);
    const many = progress(tty, 340);
    many.show(12, 'báo-cáo-huyện-miền-núi-phía-Bắc-2020.txt', 100);
    many.clear();
    expect(written).toEqual(['\r[12/340] báo-cáo-huyện-miền-…\x1b[K', '\r\x1b[K']);
    const big = progress({ ...tty, write: (s: string) => written.push(`big:${s}`) }, 1);
    big.show(1, 'big.txt', 6 * 1024 * 1024);
    expect(written.at(-1)).toBe('big:\r[1/1] big.txt\x1b[K');
    const noWidth = progress({ isTTY: true, columns: 0, write: (s: string) => written.push(`w0:${s}`) }, 9); // some terminals report 0
    noWidth.show(1, 'a.txt', 1);
    expect(written.at(-1)).toBe('w0:\r[1/9] a.txt\x1b[K');
    const pipe = progress({ isTTY: false, write: (s: string) => written.push(`pipe:${s}`) }, 340);
    pipe.show(1, 'a.txt', 1);
    pipe.clear();
    expect(written.some((s) => s.startsWith('pipe:'))).toBe(false);
    expect(displayWidth(formatProgress(1, 2, 'x'.repeat(200), 40))).toBe(39);
  });
});
