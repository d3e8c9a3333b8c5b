import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'e2e/support/**/*.test.ts',
    ],
    environment: 'node',
    // content/ is built once per run and handed to the test files that check it.
    globalSetup: ['scripts/test/provide-content.ts'],
    // The machine is shared and noisy; property tests must not fail on a slow moment.
    testTimeout: 30_000,
  },
});
