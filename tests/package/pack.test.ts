import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What `npm publish` would put in the tarball, so that nothing appears or disappears unnoticed.
 * `npm test` builds dist/ first; `--ignore-scripts` keeps `prepack` from building again here.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let files: string[] = [];

beforeAll(() => {
  if (!existsSync(`${root}/dist/index.js`)) throw new Error('dist/ is missing: run `npx tsup` (npm test builds it first)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  files = (pack?.files ?? []).map((f) => f.path).sort();
}, 120_000);

describe('npm pack', () => {
  it('packs exactly these top-level entries', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'conformance', 'dist', 'package.json', 'schemas']);
  });

  it('packs the entry points, the command, the schemas, the conformance suite and the legal files', () => {
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli/nq4.js',
      'schemas/index.json',
      'conformance/README.md',
    ]) {
      expect(files, f).toContain(f);
    }
  });

  it('packs in dist/ only built modules, their types and source maps', () => {
    const unexpected = files.filter((f) => f.startsWith('dist/') && !/\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/.test(f));
    expect(unexpected).toEqual([]);
    // One ES module per source module (tsup bundle: false), so a bundler can drop what an app does not reach.
    expect(files.filter((f) => /^dist\/.+\/.+\.js$/.test(f)).length).toBeGreaterThan(20);
  });

  it('packs no sources, tests, benchmarks, examples or scripts', () => {
    const leaked = files.filter((f) => /^(src|tests|bench|examples|scripts|docs|node_modules|\.changeset|\.github)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.cts'));
    expect(leaked).toEqual([]);
  });

  it('the JSON schemas and the conformance cases are all JSON or markdown', () => {
    const other = files.filter((f) => /^(schemas|conformance)\//.test(f) && !/\.(json|md|txt)$/.test(f));
    expect(other).toEqual([]);
  });
});
