// Finds a Chromium for the end-to-end tests, or installs one, and says which it did.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, Playwright's own browser; if none is there,
// install Debian's chromium with apt-get when running as root, else Playwright's own browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command) {
  console.log(`ensure-chromium: running: ${command}`);
  execSync(command, { stdio: 'inherit' });
}

function found() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return `CHROME_PATH (${process.env.CHROME_PATH})`;
    console.warn(
      `ensure-chromium: CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist; looking elsewhere.`,
    );
  }
  if (existsSync(SYSTEM_CHROMIUM)) return `the system Chromium (${SYSTEM_CHROMIUM})`;
  const bundled = playwrightBrowser();
  if (bundled) return `Playwright's Chromium (${bundled})`;
  return undefined;
}

let browser = found();
if (browser) {
  console.log(`ensure-chromium: using ${browser}.`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      "ensure-chromium: no Chromium found; installing Debian's chromium package with apt-get.",
    );
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.log("ensure-chromium: no Chromium found; installing Playwright's Chromium.");
    run('npx playwright install chromium');
  }
  browser = found();
  if (!browser) {
    console.error(
      'ensure-chromium: the install finished but no Chromium can be found. Set CHROME_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log(`ensure-chromium: installed; using ${browser}.`);
}
