// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateNotice } from '../lib/update-notice';
import { UpdatePrompt } from './update-prompt';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
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
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toBe('');

    pending.mockReturnValue(apply);
    act(() => notify());
    expect(screen.getByRole('status').textContent).toContain('A new version is available.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
