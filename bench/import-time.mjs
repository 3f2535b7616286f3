#!/usr/bin/env node
// Cold import time of nq4 next to a cold import of zod (its one dependency), in the same run:
// each sample is a fresh Node process that times `await import(...)` with performance.now(),
// so process start-up is not counted and the module cache is always cold. The two are sampled
// alternately so that machine noise falls on both. Budget (issue 11): nq4 ≤ 1.5 × zod, medians.
// Usage: node bench/import-time.mjs [--samples N] [--check]   (`npm run build` first)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'node', 'index.js');
if (!existsSync(dist)) {
  console.error('bench/import-time: dist/node/index.js is missing; run `npm run build` first.');
  process.exit(2);
}
const argSamples = process.argv.indexOf('--samples');
const samples = argSamples > 0 ? Number(process.argv[argSamples + 1]) : 21;
// Both by package name, resolved as an app resolves them (nq4 through its own exports map, whose
// `node` condition picks the one-file ESM build; zod from node_modules).
const targets = { nq4: 'nq4', zod: 'zod' };

function once(specifier) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const times = { nq4: [], zod: [] };
once(targets.nq4); // warm the file-system cache, not the module cache
once(targets.zod);
for (let i = 0; i < samples; i++) {
  times.nq4.push(once(targets.nq4));
  times.zod.push(once(targets.zod));
}
const m = { nq4: median(times.nq4), zod: median(times.zod) };
const ratio = m.nq4 / m.zod;
console.log(`cold import, median of ${samples} fresh processes each`);
console.log(`  import('nq4')  ${m.nq4.toFixed(1)} ms`);
console.log(`  import('zod')  ${m.zod.toFixed(1)} ms   (baseline, same run)`);
console.log(`  ratio          ${ratio.toFixed(2)} × (budget 1.5 ×)`);
if (process.argv.includes('--check') && ratio > 1.5) {
  console.error('bench/import-time: nq4 cold import exceeds 1.5 × zod');
  process.exitCode = 1;
}
