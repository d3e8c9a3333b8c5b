import type { Locator, Page } from '@playwright/test';

/** A live-region message (role="status") with this text. */
export function statusWith(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text });
}
