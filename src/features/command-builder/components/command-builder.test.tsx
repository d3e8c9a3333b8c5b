// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../store/app-store';
import { CommandBlock } from './command-block';
import { CommandInputsPanel } from './command-inputs-panel';
import type { CommandNode } from '../lib/page-commands';

const command = (template: string, language = 'powershell'): CommandNode => ({
  type: 'command',
  language,
  template,
});
const change = command(
  'Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false',
);
const contacts = command('New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}');

function describedBy(control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const shown = () =>
  [...document.querySelectorAll('pre code')].map((code) => code.textContent ?? '');

beforeEach(() => {
  act(() => useAppStore.setState({ commandInputs: {} }));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CommandBlock', () => {
  it('shows an unfilled placeholder as such, and explains it', () => {
    const { container } = render(<CommandBlock command={change} />);
    expect(shown()).toEqual([
      'Set-DistributionGroup -Identity <recipient> -RequireSenderAuthenticationEnabled $false',
    ]);
    const pre = container.querySelector('pre');
    expect(pre && describedBy(pre)).toBe(
      '<recipient> is a placeholder: type the recipient under “Fill in the commands”, and the command fills in.',
    );
  });

  it('fills in live from the store, quoted, and drops the note', () => {
    const { container } = render(<CommandBlock command={change} />);
    act(() => useAppStore.getState().setCommandInput('recipient', "O'Brien’s $(x)"));
    expect(shown()).toEqual([
      "Set-DistributionGroup -Identity 'O''Brien’’s $(x)' -RequireSenderAuthenticationEnabled $false",
    ]);
    expect(container.textContent).not.toContain('placeholder');
  });

  it('leaves a code block in another language as written', () => {
    const { container } = render(<CommandBlock command={command('repadmin /syncall', 'text')} />);
    expect(shown()).toEqual(['repadmin /syncall']);
    expect(container.querySelector('figcaption')?.textContent).toBe('Text');
  });

  it('copies exactly the text shown and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    act(() => useAppStore.getState().setCommandInput('senders', 'a@fabrikam.com\nb@fabrikam.com'));
    render(<CommandBlock command={contacts} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('Copy command');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(shown()[0]);
    expect(shown()[0]).toBe(
      "New-MailContact -Name 'a@fabrikam.com' -ExternalEmailAddress 'a@fabrikam.com'\nNew-MailContact -Name 'b@fabrikam.com' -ExternalEmailAddress 'b@fabrikam.com'",
    );
    expect(status.textContent).toBe('Copied');
  });
});

describe('CommandInputsPanel', () => {
  it('asks only for the inputs the commands use, and nothing when they use none', () => {
    const { container, rerender } = render(<CommandInputsPanel commands={[change, contacts]} />);
    expect([...container.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'Recipient (name, alias or email address)',
      'Outside senders to allow (one email address per line)',
    ]);
    expect(screen.getByLabelText(/Outside senders/)).toBeInstanceOf(HTMLTextAreaElement);
    rerender(<CommandInputsPanel commands={[command('Connect-ExchangeOnline')]} />);
    expect(container.innerHTML).toBe('');
  });

  it('stores what is typed, so the commands fill in', async () => {
    const user = userEvent.setup();
    render(
      <>
        <CommandInputsPanel commands={[change]} />
        <CommandBlock command={change} />
      </>,
    );
    await user.type(screen.getByLabelText(/Recipient/), 'Sales Team');
    expect(useAppStore.getState().commandInputs.recipient).toBe('Sales Team');
    expect(shown()[0]).toContain("-Identity 'Sales Team' ");
  });

  it('shows a message next to an invalid input, tied to it, and keeps the placeholder', async () => {
    const user = userEvent.setup();
    render(
      <>
        <CommandInputsPanel commands={[contacts]} />
        <CommandBlock command={contacts} />
      </>,
    );
    const senders = screen.getByLabelText(/Outside senders/);
    await user.type(senders, 'a@fabrikam.com{Enter}bob@');
    expect(senders.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(senders)).toContain(
      "line 2: 'bob@' is not an email address (nothing comes after the @).",
    );
    expect(shown()[0]).toBe('New-MailContact -Name <sender> -ExternalEmailAddress <sender>');
    await user.clear(senders);
    await user.type(senders, 'a@fabrikam.com');
    expect(senders.hasAttribute('aria-invalid')).toBe(false);
    expect(describedBy(senders)).not.toContain('line 2');
  });

  it('clears everything typed and says so', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().setCommandInput('recipient', 'Sales'));
    const { container } = render(<CommandInputsPanel commands={[change]} />);
    await user.click(screen.getByRole('button', { name: 'Clear what you typed' }));
    expect(useAppStore.getState().commandInputs).toEqual({});
    expect((screen.getByLabelText(/Recipient/) as HTMLInputElement).value).toBe('');
    expect(within(container).getByRole('status').textContent).toMatch(/^Cleared/);
  });
});
