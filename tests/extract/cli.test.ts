import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/nq4.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('nq4 extract (command line)', () => {
  it('prints a table with the tallies, breakdown checks and mentions', () => {
    const r = run('extract', 'examples/sample-report.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== examples/sample-report.txt');
    expect(r.stdout).toMatch(/discipline\s+reprimand\s+individual\s+member\s+25/);
    expect(r.stdout).toContain('Outcome: The parts add up to the total.');
    expect(r.stdout).toContain('G1-6');
  });

  it('prints JSON with --json', () => {
    const r = run('extract', 'examples/sample-report.txt', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { file: string; tallies: { count: number }[]; breakdowns: { status: string; consistent: boolean; findings: unknown[] }[] }[];
    expect(doc[0]?.file).toBe('examples/sample-report.txt');
    expect(doc[0]?.tallies.some((t) => t.count === 3127)).toBe(true);
    expect(doc[0]?.breakdowns.every((b) => b.status === 'addsUp' && b.consistent && Array.isArray(b.findings))).toBe(true);
  });

  it('says when reconcile finds a breakdown inconsistent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nq4-cli-'));
    try {
      const file = join(dir, 'bad.txt');
      writeFileSync(file, 'Huyện đã xử lý kỷ luật 3 tổ chức đảng, trong đó khiển trách 2 tổ chức đảng, cách chức 1 tổ chức đảng.\n');
      const r = run('extract', file);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('addsUp, inconsistent (formImpossibleForSubject)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a message on a missing file or no file', () => {
    const missing = run('extract', 'no/such/file.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such/file.txt');
    const none = run('extract');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Usage: nq4 extract');
  });
});
