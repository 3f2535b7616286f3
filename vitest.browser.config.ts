import { defineConfig } from 'vitest/config';

// The browser proof: examples/browser/ opened in headless Chromium (Debian's `chromium`, installed
// by scripts/setup-browser.sh) against the ESM build in dist/. Run `npm run build` first.
// Its files end in `.browser-test.ts`, which the default `tests/**/*.test.ts` of
// vitest.config.ts does not match: `npm test` never needs a browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser-test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one server: the tests of the file share them and run in order.
    fileParallelism: false,
  },
});
