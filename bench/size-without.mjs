#!/usr/bin/env node
// What `import * as nq4` would weigh without some modules (issue 11's full-import budget): bundles
// src/index.ts as scripts/size-check.mjs --src does (esbuild --bundle --minify --format=esm
// --platform=browser, gzip -9), once as it is and once with every module whose path matches the
// given regular expression replaced by a stub exporting the same names as `undefined`. The stubbed
// bundle is not meant to run: it prices a split (e.g. rule sets behind a subpath of their own).
// On 2026-12-07 the full import was 160.8 kB; without the rating and review rule sets before 2025
// (the pattern below), 143.7 kB.
// Run: node bench/size-without.mjs ['(rating/ruleSets/(hd21|qd124|hd27|hd16|_qd132)|review/ruleSets/(hd16|hd21|hd25|hd27))\.ts$']
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pattern = new RegExp(process.argv[2] ?? '(rating/ruleSets/(hd21|qd124|hd27|hd16|_qd132)|review/ruleSets/(hd16|hd21|hd25|hd27))\\.ts$');

const stub = {
  name: 'stub',
  setup(b) {
    b.onLoad({ filter: pattern }, (args) => {
      const names = [...readFileSync(args.path, 'utf8').matchAll(/^export (?:const|function|let|class) (\w+)/gm)].map((m) => m[1]);
      return { contents: names.map((n) => `export const ${n} = undefined;`).join('\n'), loader: 'ts' };
    });
  },
};

async function gzipOf(plugins) {
  const r = await build({
    stdin: { contents: 'import * as nq4 from "./src/index.ts"; globalThis.nq4 = nq4;', resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    plugins,
    logLevel: 'silent',
  });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
}

const full = await gzipOf([]);
const without = await gzipOf([stub]);
console.log(`import * as nq4: ${(full / 1000).toFixed(1)} kB gzip; without modules matching ${pattern}: ${(without / 1000).toFixed(1)} kB (${((full - without) / 1000).toFixed(1)} kB less)`);
