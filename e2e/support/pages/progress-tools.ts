import type { Locator, Page } from '@playwright/test';
import { statusWith } from './status.ts';

/** Step progress on a fix page: the done boxes, the count and the resume link. */
export class ProgressTools {
  constructor(readonly page: Page) {}

  stepDone(number: number): Locator {
    return this.page.getByRole('checkbox', { name: `Mark step ${number} done`, exact: true });
  }

  get resetProgressButton(): Locator {
    return this.page.getByRole('button', { name: 'Reset progress' });
  }

  /** "2 of 5 steps done". */
  get progressStatus(): Locator {
    return statusWith(this.page, / of \d+ steps? done$/);
  }

  get resumeLink(): Locator {
    return this.page.getByRole('link', { name: /^Continue where you left off/ });
  }
}
