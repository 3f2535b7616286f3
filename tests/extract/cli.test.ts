// The command line as a user runs it: the built dist/cli/nq4.js in a child process (`npm test`
// builds dist/ first). The sample report is a real published excerpt (see examples/demo.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/nq4.js');
const run = (args: readonly string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, ...(input !== undefined ? { input } : {}) });

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
    expect(r.stdout).toContain('Usage: nq4 extract [--json] FILE...');
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
