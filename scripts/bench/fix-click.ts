import type { Browser, Page } from '@playwright/test';

/**
 * Clicks the answer whose label matches the pattern, then resolves with the milliseconds from the
 * click to the frame after the fix page's first step (li#step-…) is in the page, measured in the
 * page with performance.now(). Source text: it runs in the browser, untouched by the TS loader.
 */
const TIMED_FIX_CLICK = `async (source) => {
  const pattern = new RegExp(source);
  const answers = document.querySelector('[aria-label="Answers"]');
  const link = [...(answers ? answers.querySelectorAll('a') : [])].find((candidate) =>
    pattern.test(candidate.textContent || ''),
  );
  if (!link) throw new Error('No answer matches ' + source);
  const step = () => document.querySelector('li[id^="step-"]');
  const start = performance.now();
  const shown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (step()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  link.click();
  await shown;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

async function timedFixClick(page: Page, label: RegExp): Promise<number> {
  return page.evaluate(`(${TIMED_FIX_CLICK})(${JSON.stringify(label.source)})`) as Promise<number>;
}

export interface FixClickFigures {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface FixClickTiming {
  question: string;
  answer: string;
  /** The click once the question page has settled (network idle): a person reading the options. */
  afterReading: FixClickFigures;
  /** The click as soon as the app has taken over the page, before anything idle has run. */
  atOnce: FixClickFigures;
}

function figures(times: number[]): FixClickFigures {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number | undefined) => Math.round((ms ?? NaN) * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    minMs: round(sorted[0]),
    maxMs: round(sorted.at(-1)),
  };
}

/**
 * "Click on an option → first step visible": opens the question at `questionUrl` in a fresh page
 * `runs` times per case and times the click on the answer `label`, which leads to a fix page.
 */
export async function fixClickTiming(
  browser: Browser,
  questionUrl: string,
  label: RegExp,
  runs: number,
): Promise<FixClickTiming> {
  const measure = async (settle: boolean) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // A fresh context each run: nothing cached in memory from the run before.
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(questionUrl, { waitUntil: settle ? 'networkidle' : 'load' });
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        if (settle) await page.waitForLoadState('networkidle');
        times.push(await timedFixClick(page, label));
      } finally {
        await context.close();
      }
    }
    return figures(times);
  };
  const afterReading = await measure(true);
  const atOnce = await measure(false);
  return { question: new URL(questionUrl).pathname, answer: label.source, afterReading, atOnce };
}

export function formatFixClickTiming(timing: FixClickTiming): string {
  const line = (name: string, f: FixClickFigures) =>
    `${name}: median ${f.medianMs} ms, min ${f.minMs} ms, max ${f.maxMs} ms over ${f.runs} runs`;
  return [
    `Click on an option → first step visible (${timing.question}, "${timing.answer}"):`,
    `  ${line('after reading (network idle)', timing.afterReading)}`,
    `  ${line('at once (app just ready)', timing.atOnce)}`,
  ].join('\n');
}
