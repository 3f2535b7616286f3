import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built package as users get it: `npm test` builds first, then these load `dist/` in a child
 * Node process by `require` and by `import`, through the package's own `exports` map.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
}

describe('built package', () => {
  it('has been built', () => {
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(existsSync(`${root}/dist/${f}`)).toBe(true);
  });

  it('loads by require (CJS) through the exports map', () => {
    const out = node(['-e', "const n = require('nq4'); console.log(n.manifestations.length, n.getManifestation('G1-1').group, typeof n.Nq4Error)"]);
    expect(out).toBe('27 1 function');
  });

  it('the one-file ESM build for Node and the per-module build for bundlers export the same names', () => {
    expect(existsSync(`${root}/dist/node/index.js`)).toBe(true);
    const names = (file: string) => node(['--input-type=module', '-e', `const m = await import('./dist/${file}'); console.log(Object.keys(m).sort().join(','))`]);
    const perModule = names('index.js');
    expect(perModule.split(',').length).toBeGreaterThan(100);
    expect(names('node/index.js')).toBe(perModule);
    // Node resolves `import 'nq4'` to the one-file build (the exports map's `node` condition).
    expect(node(['--input-type=module', '-e', "console.log(import.meta.resolve('nq4'))"])).toMatch(/\/dist\/node\/index\.js$/);
  });

  it('loads by import (ESM) through the exports map', () => {
    const out = node(['--input-type=module', '-e', "import { manifestations, formatDocumentId, parseDocumentId } from 'nq4'; console.log(manifestations.length, formatDocumentId(parseDocumentId('07-QDi/TW')))"]);
    expect(out).toBe('27 07-QĐi/TW');
  });

  it('imports nothing but its own modules and its declared runtime dependencies, so bundlers and browsers can load it', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { dependencies: Record<string, string> };
    const files = (readdirSync(`${root}/dist`, { recursive: true }) as string[]).filter((f) => /\.(c?js)$/.test(f) && !f.startsWith('cli'));
    expect(files.length).toBeGreaterThan(50);
    let bare = 0;
    for (const file of files) {
      const code = readFileSync(`${root}/dist/${file}`, 'utf8');
      const imported = [...code.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      for (const spec of imported) {
        expect(spec.startsWith('node:'), `${file}: ${spec}`).toBe(false);
        if (spec.startsWith('./') || spec.startsWith('../')) {
          expect(existsSync(`${root}/dist/${join(dirname(file), spec)}`), `${file}: ${spec}`).toBe(true);
          continue;
        }
        bare += 1;
        expect(Object.keys(pkg.dependencies).some((d) => spec === d || spec.startsWith(`${d}/`)), `${file}: ${spec}`).toBe(true);
      }
    }
    expect(bare).toBeGreaterThan(0);
  });

  it('throws the same Nq4Error class from both builds to their own callers', () => {
    const cjs = node(['-e', "const n = require('nq4'); try { n.getManifestation('G9-9') } catch (e) { console.log(e instanceof n.Nq4Error, e.issues[0].code) }"]);
    expect(cjs).toBe('true unknown_id');
  });

  it('recognises an Nq4Error across the ESM and the CJS build (instanceof and isNq4Error)', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "import * as esm from 'nq4';",
      "const cjs = createRequire(process.cwd() + '/package.json')('nq4');",
      "let fromCjs, fromEsm;",
      "try { cjs.getManifestation('G9-9') } catch (e) { fromCjs = e }",
      "try { esm.getManifestation('G9-9') } catch (e) { fromEsm = e }",
      "console.log(esm.Nq4Error === cjs.Nq4Error, fromCjs instanceof esm.Nq4Error, fromEsm instanceof cjs.Nq4Error, esm.isNq4Error(fromCjs), cjs.isNq4Error(fromEsm), esm.isNq4Error(new Error('x')), new Error('x') instanceof esm.Nq4Error)",
    ].join('\n');
    expect(node(['--input-type=module', '-e', script])).toBe('false true true true true false false');
  });
});
