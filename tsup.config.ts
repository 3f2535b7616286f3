import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with .d.ts/.d.cts, no I/O.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
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
