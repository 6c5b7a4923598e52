// Unit tests: core, recognisers over saved fixtures (happy-dom), worker with an in-memory
// `browser`. Kept apart from vite.config.ts so the crx plugin never loads in tests.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('./tests/unit/support/fake-browser.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/support/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
