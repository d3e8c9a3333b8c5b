import type { Browser } from '@playwright/test';
import { timedAnswerClick, timingFigures, waitForAppReady } from './answer-click.ts';

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
      // Time the app's own navigation, not a page load.
      await waitForAppReady(page);
      for (const label of journey) {
        times.push(await timedAnswerClick(page, label, 'heading-changes'));
      }
    }
  } finally {
    await page.close();
  }
  const { runs, medianMs, maxMs } = timingFigures(times);
  return { clicks: runs, medianMs, maxMs };
}
