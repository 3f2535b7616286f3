import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sources from '../fixtures/sources.json';

/**
 * The files the tests read: copies of the domain reference, the seed reports and the annotated
 * report excerpts of `../shared`, kept in the repository (tests/fixtures/README.md) so that the
 * suite runs in a clone with nothing beside it. Tests always read the copy; where `../shared` is
 * present (CI has it), tests/support/fixtures.test.ts checks that the copy is still the same.
 */
export const fixturesDir: string = fileURLToPath(new URL('../fixtures/shared/', import.meta.url));

/** The absolute path of a fixture, named as in `../shared`: `fixturePath('seeds/000_966d660263fac988.txt')`. */
export function fixturePath(name: string): string {
  return join(fixturesDir, name);
}

/** A fixture's text (UTF-8, as stored): `fixture('seeds/000_966d660263fac988.txt')`. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A fixture parsed as JSON: `fixtureJson<Ref>('domain/manifestations.json')`. */
export function fixtureJson<T>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}

/** The names of a fixture folder's `.txt` files, sorted: `fixtureTexts('seeds')`. */
export function fixtureTexts(folder: 'seeds' | 'reports'): string[] {
  return readdirSync(join(fixturesDir, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The live reference `../shared` beside the repository, or `undefined` where there is none. */
export function liveShared(): string | undefined {
  const dir = fileURLToPath(new URL('../../../shared', import.meta.url));
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/**
 * The files tests/fixtures/sources.json selects under `base` (the copy or `../shared`), as sorted
 * paths relative to it: every file of a listed folder with the listed extension, and each listed
 * file that exists. scripts/sync-fixtures.mjs copies the same selection.
 */
export function selectedFiles(base: string): string[] {
  const out = new Set<string>();
  for (const { path, ext } of sources.folders) {
    const dir = join(base, path);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith(ext)) out.add(`${path}/${name}`);
  }
  for (const path of sources.files) if (existsSync(join(base, path))) out.add(path);
  return [...out].sort();
}

/** The paths tests/fixtures/sources.json names one by one. */
export const listedFiles: readonly string[] = sources.files;
