import type { Browser } from '@playwright/test';
import {
  timedAnswerClick,
  timingFigures,
  waitForAppReady,
  type TimingFigures,
} from './answer-click.ts';

export interface FixClickTiming {
  question: string;
  answer: string;
  /** The click once the question page has settled (network idle): a person reading the options. */
  afterReading: TimingFigures;
  /** The click as soon as the app has taken over the page, before anything idle has run. */
  atOnce: TimingFigures;
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
        await waitForAppReady(page);
        if (settle) await page.waitForLoadState('networkidle');
        times.push(await timedAnswerClick(page, label, 'first-step'));
      } finally {
        await context.close();
      }
    }
    return timingFigures(times);
  };
  const afterReading = await measure(true);
  const atOnce = await measure(false);
  return { question: new URL(questionUrl).pathname, answer: label.source, afterReading, atOnce };
}

export function formatFixClickTiming(timing: FixClickTiming): string {
  const line = (name: string, f: TimingFigures) =>
    `${name}: median ${f.medianMs} ms, min ${f.minMs} ms, max ${f.maxMs} ms over ${f.runs} runs`;
  return [
    `Click on an option → first step visible (${timing.question}, "${timing.answer}"):`,
    `  ${line('after reading (network idle)', timing.afterReading)}`,
    `  ${line('at once (app just ready)', timing.atOnce)}`,
  ].join('\n');
}
