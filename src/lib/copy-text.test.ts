// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyShortcut, copyText } from './copy-text';

function codeElement(text: string): HTMLElement {
  const element = document.createElement('pre');
  element.tabIndex = 0;
  element.textContent = text;
  document.body.append(element);
  return element;
}

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

function stubExecCommand(result: boolean | Error) {
  const execCommand = vi.fn(() => {
    if (result instanceof Error) throw result;
    return result;
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
  return execCommand;
}

afterEach(() => {
  document.body.replaceChildren();
  window.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

describe('copyText', () => {
  it('writes the text with the Clipboard API when there is one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    await expect(copyText("Get-Recipient 'x'", codeElement('ignored'))).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith("Get-Recipient 'x'");
  });

  it('selects the shown text and uses the copy command when the Clipboard API refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    const execCommand = stubExecCommand(true);
    const element = codeElement('Set-Mailbox');
    await expect(copyText('Set-Mailbox', element)).resolves.toBe('copied');
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(window.getSelection()?.toString()).toBe('Set-Mailbox');
    expect(document.activeElement).toBe(element);
  });

  it('leaves the text selected for Ctrl+C when nothing can copy', async () => {
    stubClipboard(undefined);
    stubExecCommand(new Error('not supported'));
    await expect(copyText('Set-Mailbox', codeElement('Set-Mailbox'))).resolves.toBe('selected');
    expect(window.getSelection()?.toString()).toBe('Set-Mailbox');
  });

  it('selects the whole value of a text field', async () => {
    stubClipboard(undefined);
    stubExecCommand(false);
    const field = document.createElement('textarea');
    field.value = 'Subject: Please\n\nHello';
    document.body.append(field);
    await expect(copyText(field.value, field)).resolves.toBe('selected');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('reports a failure when there is neither a clipboard nor anything to select', async () => {
    stubClipboard(undefined);
    await expect(copyText('x')).resolves.toBe('failed');
  });
});

describe('copyShortcut', () => {
  it('names the shortcut of the device', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X)',
    );
    expect(copyShortcut()).toBe('⌘C');
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Windows NT 10.0)');
    expect(copyShortcut()).toBe('Ctrl+C');
  });
});
