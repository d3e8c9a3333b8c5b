import type { Browser, Page } from '@playwright/test';

/**
 * Clicks the answer whose label matches `pattern`, then resolves with the milliseconds from the
 * click to the frame after the heading's text changed, measured in the page with
 * performance.now(). Kept as source text: it runs in the browser, untouched by the TS loader.
 */
const TIMED_CLICK = `async (source) => {
  const pattern = new RegExp(source);
  const answers = document.querySelector('[aria-label="Answers"]');
  const link = [...(answers ? answers.querySelectorAll('a') : [])].find((candidate) =>
    pattern.test(candidate.textContent || ''),
  );
  if (!link) throw new Error('No answer matches ' + source);
  const heading = () => (document.querySelector('h1') || {}).textContent;
  const before = heading();
  const start = performance.now();
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (heading() !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  link.click();
  await changed;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

async function timedClick(page: Page, label: RegExp): Promise<number> {
  return page.evaluate(`(${TIMED_CLICK})(${JSON.stringify(label.source)})`) as Promise<number>;
}

export interface ClickTiming {
  clicks: number;
  medianMs: number;
  maxMs: number;
}

/** Walks `journey` (answer labels from the start page) `rounds` times and times every click. */
export async function clickTiming(
  browser: Browser,
  startUrl: string,
  journey: readonly RegExp[],
  rounds: number,
): Promise<ClickTiming> {
  const page = await browser.newPage();
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      await page.goto(startUrl);
      // Time the app's own navigation: before it has taken over the prerendered page, a click
      // is a page load (App marks <html data-app="ready">).
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      for (const label of journey) times.push(await timedClick(page, label));
    }
  } finally {
    await page.close();
  }
  times.sort((a, b) => a - b);
  return {
    clicks: times.length,
    medianMs: Math.round((times[Math.floor(times.length / 2)] ?? NaN) * 10) / 10,
    maxMs: Math.round((times.at(-1) ?? NaN) * 10) / 10,
  };
}
