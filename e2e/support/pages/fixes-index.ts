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

  /** A group of filter chips ("Admin tool"). */
  filterGroup(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  /** One filter chip: a toggle button in its group. */
  chip(group: string, label: string): Locator {
    return this.filterGroup(group).getByRole('button', { name: label, exact: true });
  }

  get clearFilters(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters', exact: true });
  }

  /** The fix-page rows shown: every list item under a recipient-type heading. */
  async shownFixRows(): Promise<{ titles: string[]; hrefs: string[] }> {
    const headings = await this.page.getByRole('main').getByRole('heading', { level: 2 }).all();
    const titles: string[] = [];
    const hrefs: string[] = [];
    for (const heading of headings) {
      const label = await heading.innerText();
      if (label === 'Bounce codes' || label.startsWith('Nothing matches')) continue;
      const links = this.fixesGroup(label).getByRole('listitem').getByRole('link');
      titles.push(...(await links.allInnerTexts()));
      hrefs.push(
        ...(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).map(String),
      );
    }
    return { titles, hrefs };
  }

  /** The bounce-code rows shown (one per code; their "Fixed by" lists are inside). */
  get shownCodeRows(): Locator {
    return this.page.getByRole('region', { name: 'Bounce codes' }).locator(':scope > ul > li');
  }

  /** The links to fix pages under a recipient-type heading of the index. */
  fixesGroup(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }
}
