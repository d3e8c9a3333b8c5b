// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateNotice } from '../lib/update-notice';
import { UpdatePrompt } from './UpdatePrompt';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('update prompt', () => {
  it('renders an empty live region on the server and before any update', () => {
    expect(renderToString(<UpdatePrompt />)).toBe(
      '<div role="status" aria-live="polite" class="print:hidden"></div>',
    );
  });

  it('shows the message and a Reload button that applies the update', async () => {
    const apply = vi.fn();
    let notify = () => {};
    vi.spyOn(updateNotice, 'subscribe').mockImplementation((listener) => {
      notify = listener;
      return () => {};
    });
    const pending = vi.spyOn(updateNotice, 'pendingUpdate').mockReturnValue(null);
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () => root.render(<UpdatePrompt />));
    expect(container.textContent).toBe('');

    pending.mockReturnValue(apply);
    await act(async () => notify());
    expect(container.querySelector('[role="status"]')?.textContent).toContain(
      'A new version is available.',
    );
    container.querySelector('button')?.click();
    expect(apply).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
  });
});
