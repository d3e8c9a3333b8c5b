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
    // Test files share their workers' modules instead of importing everything afresh per file:
    // 29 s instead of 87 s on a 2-core machine. So no test may rely on another file's leftovers:
    // stores and mocks are reset by the tests that use them (checked with --sequence.shuffle).
    isolate: false,
  },
});
