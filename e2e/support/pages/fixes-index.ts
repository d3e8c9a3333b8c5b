import type { Locator, Page } from '@playwright/test';
import { statusWith } from './status.ts';

/** The /fixes index and the main navigation that leads to it. */
export class FixesIndex {
  constructor(readonly page: Page) {}

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get fixesSearch(): Locator {
    return this.page.getByRole('searchbox', {
      name: 'Search by bounce code, recipient type or words',
    });
  }

  /** The announcement of how many results match. */
  get fixesResults(): Locator {
    return statusWith(this.page, / match(es)?$/);
  }

  /** The links to fix pages under a recipient-type heading of the index. */
  fixesGroup(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }
}
