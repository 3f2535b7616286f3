import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureJson, fixturePath, fixturesDir, fixtureTexts, listedFiles, liveShared, selectedFiles } from './fixtures.js';

// tests/fixtures/shared is the suite's copy of ../shared (tests/fixtures/README.md). The copy is
// checked whole and well formed everywhere; where ../shared is present (CI has it), it must also be
// ../shared byte for byte, so a changed reference fails CI until the copy is refreshed.
const STALE = 'tests/fixtures is stale: run node scripts/sync-fixtures.mjs';
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every file of the copy is UTF-8, NFC, with LF line ends (no checkout conversion), not empty. */
function checkWellFormed(): void {
  const files = selectedFiles(fixturesDir);
  expect(files).toEqual(expect.arrayContaining([...listedFiles]));
  expect(fixtureTexts('seeds').length).toBeGreaterThanOrEqual(5);
  expect(fixtureTexts('reports').length).toBeGreaterThanOrEqual(12);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bad = files.filter((f) => {
    const bytes = readFileSync(fixturePath(f));
    const text = decoder.decode(bytes);
    return bytes.length === 0 || text.includes('\r') || text !== text.normalize('NFC');
  });
  expect(bad, 'fixtures that are empty, not NFC or with CR line ends').toEqual([]);

  const ref = fixtureJson<{ groups: { group: number }[]; items: { id: string; group: number; number: number }[] }>('domain/manifestations.json');
  expect(ref.groups.map((g) => g.group)).toEqual([1, 2, 3]);
  expect(ref.items).toHaveLength(27);
  expect(new Set(ref.items.map((i) => i.id)).size).toBe(27);
  expect(ref.items.every((i) => i.id === `G${i.group}-${i.number}`)).toBe(true);

  const expected = fixtureJson<{ file: string; tallies: unknown[] }[]>('reports/expected.json');
  expect(expected.map((e) => e.file).sort()).toEqual(fixtureTexts('reports'));
  expect(expected.every((e) => Array.isArray(e.tallies))).toBe(true);
}

describe('tests/fixtures/shared, the copy of ../shared the tests read', () => {
  it('holds every file tests/fixtures/sources.json selects, well formed', () => {
    checkWellFormed();
    expect(fixture('seeds/000_966d660263fac988.txt')).toBe(readFileSync(join(fixturesDir, 'seeds', '000_966d660263fac988.txt'), 'utf8'));
  });

  const live = liveShared();
  if (live === undefined) {
    it('is checked alone: ../shared is not beside the repository', () => {
      console.info('../shared not found: compared with the snapshot in tests/fixtures only');
      expect(existsSync(join(root, '..', 'shared'))).toBe(false);
      checkWellFormed();
    });
  } else {
    it('is ../shared byte for byte', () => {
      const copy = selectedFiles(fixturesDir);
      const want = selectedFiles(live);
      const stale = [
        ...want.filter((f) => !copy.includes(f)).map((f) => `missing from tests/fixtures: ${f}`),
        ...copy.filter((f) => !want.includes(f)).map((f) => `gone from ../shared: ${f}`),
        ...want.filter((f) => copy.includes(f) && !readFileSync(join(live, f)).equals(readFileSync(fixturePath(f)))).map((f) => `changed in ../shared: ${f}`),
      ];
      expect(stale, STALE).toEqual([]);
      expect(want).toEqual(expect.arrayContaining([...listedFiles]));
    });
  }
});

describe('scripts/sync-fixtures.mjs', () => {
  /** A scratch repository (the script and sources.json) in a fresh folder, with nothing beside it. */
  function scratch(): { dir: string; repo: string; run: () => { status: number; out: string } } {
    const dir = mkdtempSync(join(tmpdir(), 'nq4-sync-'));
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'scripts'), { recursive: true });
    mkdirSync(join(repo, 'tests', 'fixtures'), { recursive: true });
    cpSync(join(root, 'scripts', 'sync-fixtures.mjs'), join(repo, 'scripts', 'sync-fixtures.mjs'));
    cpSync(join(root, 'tests', 'fixtures', 'sources.json'), join(repo, 'tests', 'fixtures', 'sources.json'));
    const run = () => {
      try {
        return { status: 0, out: execFileSync(process.execPath, [join(repo, 'scripts', 'sync-fixtures.mjs')], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { status: err.status, out: err.stderr };
      }
    };
    return { dir, repo, run };
  }

  it('exits 1 with one line when ../shared is absent', () => {
    const { dir, run } = scratch();
    try {
      const r = run();
      expect(r.status).toBe(1);
      expect(r.out.trimEnd().split('\n')).toHaveLength(1);
      expect(r.out).toMatch(/^\.\.\/shared not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('copies the selection byte for byte, refreshes changed files and drops files gone from ../shared', () => {
    const { dir, repo, run } = scratch();
    try {
      const shared = join(dir, 'shared');
      cpSync(fixturesDir, shared, { recursive: true });
      writeFileSync(join(shared, 'domain', 'rating.md'), '# not selected\n');
      expect(run().status).toBe(0);
      const copy = join(repo, 'tests', 'fixtures', 'shared');
      expect(selectedFiles(copy)).toEqual(selectedFiles(fixturesDir));
      expect(selectedFiles(copy).every((f) => readFileSync(join(copy, f)).equals(readFileSync(fixturePath(f))))).toBe(true);
      expect(existsSync(join(copy, 'domain', 'rating.md'))).toBe(false);

      writeFileSync(join(shared, 'seeds', '000_966d660263fac988.txt'), 'đổi');
      rmSync(join(shared, 'seeds', '001_eeaf8759887ce700.txt'));
      const r = run();
      expect(r.status).toBe(0);
      expect(r.out).toContain('1 updated, 1 removed');
      expect(readFileSync(join(copy, 'seeds', '000_966d660263fac988.txt'), 'utf8')).toBe('đổi');
      expect(existsSync(join(copy, 'seeds', '001_eeaf8759887ce700.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
