import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { deployBase } from './scripts/vite/base-path.ts';

/** Debian's Chromium where Playwright cannot download its own (see scripts/ensure-chromium.mjs). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

const port = Number(process.env.E2E_PORT ?? 4317);
const base = deployBase();
/** The built site to serve: dist, or dist-subpath for the sub-path run (npm run test:e2e:subpath). */
const distDir = process.env.E2E_DIST ?? 'dist';
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  // Specs only: e2e/support holds unit tests of the helpers too, which Vitest runs.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  // Two workers fit a 2-core machine (Playwright's default would be one); E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'retain-on-failure',
    // The offline worker precaches the whole site: only the specs about it let it run.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Built with BASE_PATH, the site runs the sub-path checks; otherwise the full suite.
  projects:
    base === '/'
      ? [
          {
            name: 'desktop',
            use: { ...devices['Desktop Chrome'] },
            testIgnore: [/mobile\.spec\.ts/, /subpath\.spec\.ts/],
          },
          { name: 'mobile', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
        ]
      : [
          {
            name: 'subpath',
            use: { ...devices['Desktop Chrome'] },
            testMatch: [/subpath\.spec\.ts/, /build-output\.spec\.ts/],
          },
        ],
  // The suite runs against the production build (`npm run build` first), never the dev server.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
