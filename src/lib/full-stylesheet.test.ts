// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fullStylesheetApplied } from './full-stylesheet';

function deferredLink(): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/assets/index.css';
  link.media = 'print';
  link.dataset.deferredStylesheet = '';
  document.head.append(link);
  return link;
}

describe('fullStylesheetApplied', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  it('switches the deferred stylesheet on and waits until it has loaded', async () => {
    const link = deferredLink();
    let applied = false;
    const done = fullStylesheetApplied().then(() => {
      applied = true;
    });
    expect(link.media).toBe('all');
    await Promise.resolve();
    expect(applied).toBe(false);
    link.dispatchEvent(new Event('load'));
    await done;
    expect(applied).toBe(true);
  });

  it('does not keep the app waiting when the stylesheet fails to load', async () => {
    const link = deferredLink();
    const done = fullStylesheetApplied();
    link.dispatchEvent(new Event('error'));
    await expect(done).resolves.toBeUndefined();
  });

  it('resolves at once on a page without a deferred stylesheet', async () => {
    await expect(fullStylesheetApplied()).resolves.toBeUndefined();
  });
});
