import { expect, type Locator, type Page } from '@playwright/test';

/** The command builder on a page: its inputs, its command blocks and their copy buttons. */
export class CommandsHelper {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Fill in the commands' });
  }

  get recipient(): Locator {
    return this.page.getByRole('textbox', { name: /^Recipient \(/ });
  }

  get senders(): Locator {
    return this.page.getByRole('textbox', { name: /^Outside senders/ });
  }

  get internalGroup(): Locator {
    return this.page.getByRole('textbox', { name: /^Group that holds everyone inside/ });
  }

  get mailbox(): Locator {
    return this.page.getByRole('textbox', { name: /^Mailbox the app sends as/ });
  }

  /** The "From earlier: … / From the bounce: …" mark under a field, with its Change and Clear. */
  carriedOver(field: Locator): Locator {
    return field.locator('xpath=following-sibling::div[@data-origin]');
  }

  get clearButton(): Locator {
    return this.page.getByRole('button', { name: 'Clear what you typed' });
  }

  /** The "do it in PowerShell instead" aside of a console fix page. */
  get powerShellAside(): Locator {
    return this.page.getByRole('region', { name: 'Do it in PowerShell instead' });
  }

  async openPowerShellAside() {
    const toggle = this.powerShellAside.getByRole('button', {
      name: 'Do it in PowerShell instead',
    });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** The visible command blocks, in page order (within `scope` if given). */
  blocks(scope: Locator | Page = this.page): Locator {
    return scope.getByRole('figure');
  }

  /** The visible command blocks showing `text`. */
  blocksWith(text: string | RegExp, scope: Locator | Page = this.page): Locator {
    return this.blocks(scope).filter({ has: this.page.locator('pre', { hasText: text }) });
  }

  /** The command text a block shows. */
  code(block: Locator): Locator {
    return block.locator('pre code');
  }

  async shownText(block: Locator): Promise<string> {
    return (await this.code(block).textContent()) ?? '';
  }

  /** The texts of the visible command blocks, in page order. */
  async shownTexts(scope: Locator | Page = this.page): Promise<string[]> {
    return this.blocks(scope).locator('pre code').allTextContents();
  }

  copyButton(block: Locator): Locator {
    return block.getByRole('button', { name: 'Copy command' });
  }

  copyStatus(block: Locator): Locator {
    return block.getByRole('status');
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Presses Tab (or Shift+Tab, for something above the focus) until `target` has focus (keyboard
   * only), failing after `limit` presses.
   */
  async tabTo(target: Locator, limit = 40, key: 'Tab' | 'Shift+Tab' = 'Tab') {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`Tab never reached ${target.toString()} in ${limit} presses`);
  }
}
