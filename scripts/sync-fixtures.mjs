#!/usr/bin/env node
// Refreshes tests/fixtures/shared/ from ../shared (the domain reference, the seed reports and the
// annotated report excerpts beside the repository), byte for byte. What is copied is listed in
// tests/fixtures/sources.json; a folder's files that are gone from ../shared are removed from the
// copy. Run it when tests/support/fixtures.test.ts says "tests/fixtures is stale", then review the
// diff (a changed reference usually means a change to src/ too: tests/catalog/drift.test.ts says
// where) and commit both.
// Usage: node scripts/sync-fixtures.mjs
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const live = join(root, '..', 'shared');
const copy = join(root, 'tests', 'fixtures', 'shared');
const sources = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'sources.json'), 'utf8'));

if (!existsSync(live) || !statSync(live).isDirectory()) {
  console.error(`../shared not found (looked for ${live}): nothing to sync tests/fixtures from`);
  process.exit(1);
}

/** The selected files under `base`, as sorted paths relative to it. */
function selected(base, { missingOk }) {
  const out = [];
  for (const { path, ext } of sources.folders) {
    const dir = join(base, path);
    if (!existsSync(dir)) {
      if (missingOk) continue;
      console.error(`../shared/${path}/ not found: tests/fixtures/sources.json lists it`);
      process.exit(1);
    }
    for (const name of readdirSync(dir)) if (name.endsWith(ext)) out.push(`${path}/${name}`);
  }
  for (const path of sources.files) {
    if (existsSync(join(base, path))) out.push(path);
    else if (!missingOk) {
      console.error(`../shared/${path} not found: tests/fixtures/sources.json lists it`);
      process.exit(1);
    }
  }
  return [...new Set(out)].sort();
}

const want = selected(live, { missingOk: false });
const have = selected(copy, { missingOk: true });
let changed = 0;
for (const path of want) {
  const bytes = readFileSync(join(live, path));
  const dest = join(copy, path);
  if (existsSync(dest) && readFileSync(dest).equals(bytes)) continue;
  mkdirSync(dirname(dest), { recursive: true });
  // ../shared is read-only: remove, then write, so the copy is a plain writable file.
  rmSync(dest, { force: true });
  writeFileSync(dest, bytes);
  changed += 1;
  console.log(`updated ${path}`);
}
const removed = have.filter((p) => !want.includes(p));
for (const path of removed) {
  rmSync(join(copy, path));
  console.log(`removed ${path}`);
}
console.log(`tests/fixtures/shared: ${want.length} files from ../shared, ${changed} updated, ${removed.length} removed`);
