// @vitest-environment jsdom
import { act, cleanup, render as renderPlain, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { controlsGate } from '../../../lib/controls-until-ready';
import { useAppStore } from '../../../store/app-store';
import { withBounceRecipient, withInput } from '../../../store/command-inputs';
import { CommandBlock } from './command-block';
import { CommandInputsPanel } from './command-inputs-panel';
import type { CommandNode } from '../lib/page-commands';

// The app opens the gate once it has read the stored data; here the components run without it.
beforeAll(() => controlsGate.open());

const GROUP_PAGE = '/admin/distribution-group/exchange-online/allow-everyone/powershell';
const OTHER_GROUP_PAGE = '/admin/distribution-group/exchange-online/allow-everyone/new-eac';
const SHARED_MAILBOX_PAGE = '/admin/shared-mailbox/exchange-online/allow-everyone/powershell';

/** Renders at a page (its URL scopes what is typed); rerender keeps the page. */
function render(ui: ReactElement, page = GROUP_PAGE) {
  const wrap = (inner: ReactElement) => (
    <MemoryRouter initialEntries={[page]}>{inner}</MemoryRouter>
  );
  const result = renderPlain(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

/** As if typed on `page`. */
function typed(name: string, value: string, page = GROUP_PAGE) {
  act(() =>
    useAppStore
      .getState()
      .updateCommandInputs((current) => withInput(current, page, name, value, Date.now())),
  );
}

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
    typed('recipient', "O'Brien’s $(x)");
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
    typed('senders', 'a@fabrikam.com\nb@fabrikam.com');
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

  it('refuses to copy a placeholder, says what to type and focuses that field', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    render(
      <>
        <CommandInputsPanel commands={[change]} />
        <CommandBlock command={change} />
      </>,
    );
    const block = document.querySelector('figure') as HTMLElement;
    const copy = block.querySelector('button') as HTMLButtonElement;
    await act(async () => copy.click());
    expect(writeText).not.toHaveBeenCalled();
    expect(within(block).getByRole('status').textContent).toBe(
      'Type the recipient first: the command still shows <recipient>.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText(/Recipient/));
    // Once the command is filled, the refusal no longer applies and Copy copies.
    typed('recipient', 'Sales');
    expect(within(block).getByRole('status').textContent).toBe('');
    await act(async () => copy.click());
    expect(writeText).toHaveBeenCalledWith(shown()[0]);
  });
});

describe('values kept between pages', () => {
  const panel = () => (
    <>
      <CommandInputsPanel commands={[change]} />
      <CommandBlock command={change} />
    </>
  );

  it('never fills in a value typed for another recipient type', () => {
    typed('recipient', 'All Staff', GROUP_PAGE);
    render(panel(), SHARED_MAILBOX_PAGE);
    expect((screen.getByLabelText(/Recipient/) as HTMLInputElement).value).toBe('');
    expect(shown()[0]).toContain('-Identity <recipient>');
  });

  it('marks a value typed on another page of the same type, with Change and Clear', async () => {
    const user = userEvent.setup();
    typed('recipient', 'All Staff', GROUP_PAGE);
    render(panel(), OTHER_GROUP_PAGE);
    const field = screen.getByLabelText(/Recipient/) as HTMLInputElement;
    expect(field.value).toBe('All Staff');
    expect(describedBy(field)).toContain('From earlier: All Staff (typed on another page)');
    await user.click(screen.getByRole('button', { name: 'Change the recipient' }));
    expect(document.activeElement).toBe(field);
    await user.click(screen.getByRole('button', { name: 'Clear the recipient' }));
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(shown()[0]).toContain('-Identity <recipient>');
    expect(screen.queryByText(/From earlier/)).toBeNull();
  });

  it('shows no mark on the page where the value was typed, and says until when it is kept', () => {
    typed('recipient', 'All Staff', GROUP_PAGE);
    render(panel(), GROUP_PAGE);
    expect(screen.queryByText(/From earlier/)).toBeNull();
    expect(screen.getByText(/Kept on this device until \S/)).toBeTruthy();
  });

  it('marks the recipient the analyzer found, and fills it in quoted', () => {
    const hostile = "x'; Remove-Mailbox -Identity y #";
    act(() =>
      useAppStore
        .getState()
        .updateCommandInputs((current) =>
          withBounceRecipient(current, GROUP_PAGE, hostile, Date.now()),
        ),
    );
    render(panel(), OTHER_GROUP_PAGE);
    expect(screen.getByText('From the bounce:')).toBeTruthy();
    expect(shown()[0]).toBe(
      "Set-DistributionGroup -Identity 'x''; Remove-Mailbox -Identity y #' -RequireSenderAuthenticationEnabled $false",
    );
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
    expect(useAppStore.getState().commandInputs).toMatchObject({
      'distribution-group': {
        inputs: { recipient: { value: 'Sales Team', page: GROUP_PAGE, from: 'typed' } },
      },
    });
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
    typed('recipient', 'Sales');
    const { container } = render(<CommandInputsPanel commands={[change]} />);
    await user.click(screen.getByRole('button', { name: 'Clear what you typed' }));
    expect(useAppStore.getState().commandInputs).toEqual({});
    expect((screen.getByLabelText(/Recipient/) as HTMLInputElement).value).toBe('');
    expect(within(container).getByRole('status').textContent).toMatch(/^Cleared/);
  });
});
