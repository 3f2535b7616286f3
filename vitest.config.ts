import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
    // Dates are Vietnamese dates: the suite is also run under other TZ values by .ci/run.
    testTimeout: 30_000,
  },
});
