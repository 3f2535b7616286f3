import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library as ES modules, one output file per source module (as date-fns ships): with
    // `sideEffects: false`, a bundler drops every module an app does not reach. A single bundled
    // file kept ~3× more in a one-function bundle (45 kB instead of 11 kB gzip for
    // `{ getManifestation }`), since module-level statements of unused modules stayed.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/schemaCatalog.ts', '!src/_lib/outputSchemas.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The library for require(): one bundled CommonJS file with its .d.cts (no I/O).
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The same ESM library as one file, for Node (the `node` condition of the exports map): a
    // cold `import('nq4')` then reads one file instead of ~150, which is what Node's load time
    // is made of. Bundlers and browsers take the per-module build above.
    entry: { 'node/index': 'src/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    minify: true,
    // Vietnamese text as UTF-8, not \uXXXX escapes: a smaller file for Node to read and parse.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    clean: false,
    treeshake: true,
    target: 'node20',
    platform: 'neutral',
  },
  {
    // The command-line entry `nq4` (the only module that does I/O; not exported by the library).
    entry: { 'cli/nq4': 'src/cli/nq4.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
