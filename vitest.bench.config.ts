// `npm run bench`: the built extension against an empty-listener baseline in real Chromium
// (tests/bench/browser). Never part of `npm test`; the tests there hold no timings.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/bench/browser/**/*.budget.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
