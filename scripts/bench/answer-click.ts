import type { Page } from '@playwright/test';

/** What a timed click on an answer waits for: the next question's heading, or a fix page's step. */
export type ClickUntil = 'heading-changes' | 'first-step';

/**
 * Clicks the answer whose label matches the pattern `source`, then resolves with the milliseconds
 * from the click to the frame after `until` held: the h1's text changed, or the fix page's first
 * step (li#step-…) is in the page. Measured in the page with performance.now(). Kept as source
 * text: it runs in the browser, untouched by the TS loader.
 */
const TIMED_ANSWER_CLICK = `async (source, until) => {
  const pattern = new RegExp(source);
  const answers = document.querySelector('[aria-label="Answers"]');
  const link = [...(answers ? answers.querySelectorAll('a') : [])].find((candidate) =>
    pattern.test(candidate.textContent || ''),
  );
  if (!link) throw new Error('No answer matches ' + source);
  const heading = () => (document.querySelector('h1') || {}).textContent;
  const before = heading();
  const firstStep = until === 'first-step';
  const reached = firstStep
    ? () => document.querySelector('li[id^="step-"]') !== null
    : () => heading() !== before;
  const start = performance.now();
  const shown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (reached()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: !firstStep });
  });
  link.click();
  await shown;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

/** Times one click on the answer `label` in `page` (see TIMED_ANSWER_CLICK). */
export async function timedAnswerClick(
  page: Page,
  label: RegExp,
  until: ClickUntil,
): Promise<number> {
  const call = `(${TIMED_ANSWER_CLICK})(${JSON.stringify(label.source)}, ${JSON.stringify(until)})`;
  return page.evaluate(call) as Promise<number>;
}

/**
 * Waits until the app has taken over the prerendered page (App marks <html data-app="ready">):
 * before that, a click is a page load, not the app's own navigation.
 */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

export interface TimingFigures {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** The median, least and most of some timings, in ms to a tenth. */
export function timingFigures(times: readonly number[]): TimingFigures {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number | undefined) => Math.round((ms ?? NaN) * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    minMs: round(sorted[0]),
    maxMs: round(sorted.at(-1)),
  };
}
