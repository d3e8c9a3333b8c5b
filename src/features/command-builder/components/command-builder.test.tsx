// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../store/app-store';
import { CommandBlock } from './CommandBlock';
import { CommandInputsPanel } from './CommandInputsPanel';
import type { CommandNode } from '../lib/page-commands';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const command = (template: string, language = 'powershell'): CommandNode => ({
  type: 'command',
  language,
  template,
});
const change = command(
  'Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false',
);
const contacts = command('New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}');

let root: Root | undefined;
let container: HTMLElement;

function render(node: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(node));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  act(() => {
    setter?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function field(label: RegExp): HTMLInputElement | HTMLTextAreaElement {
  const found = [...container.querySelectorAll('label')].find((candidate) =>
    label.test(candidate.textContent ?? ''),
  );
  const control = found && document.getElementById(found.htmlFor);
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) {
    throw new Error(`no field labelled ${label}`);
  }
  return control;
}

function describedBy(control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const shown = () => [...container.querySelectorAll('pre code')].map((code) => code.textContent);

beforeEach(() => {
  act(() => useAppStore.setState({ commandInputs: {} }));
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('CommandBlock', () => {
  it('shows an unfilled placeholder as such, and explains it', () => {
    render(<CommandBlock command={change} />);
    expect(shown()).toEqual([
      'Set-DistributionGroup -Identity <recipient> -RequireSenderAuthenticationEnabled $false',
    ]);
    const pre = container.querySelector('pre');
    expect(pre && describedBy(pre)).toBe(
      '<recipient> is a placeholder: type the recipient above, and the command fills in.',
    );
  });

  it('fills in live from the store, quoted, and drops the note', () => {
    render(<CommandBlock command={change} />);
    act(() => useAppStore.getState().setCommandInput('recipient', "O'Brien’s $(x)"));
    expect(shown()).toEqual([
      "Set-DistributionGroup -Identity 'O''Brien’’s $(x)' -RequireSenderAuthenticationEnabled $false",
    ]);
    expect(container.textContent).not.toContain('placeholder');
  });

  it('leaves a code block in another language as written', () => {
    render(<CommandBlock command={command('repadmin /syncall', 'text')} />);
    expect(shown()).toEqual(['repadmin /syncall']);
    expect(container.querySelector('figcaption')?.textContent).toBe('Text');
  });

  it('copies exactly the text shown and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    act(() => useAppStore.getState().setCommandInput('senders', 'a@fabrikam.com\nb@fabrikam.com'));
    render(<CommandBlock command={contacts} />);
    const status = container.querySelector('[role="status"]');
    expect(status?.textContent).toBe('');
    const button = container.querySelector('button');
    expect(button?.textContent).toBe('Copy command');
    await act(async () => button?.click());
    expect(writeText).toHaveBeenCalledWith(shown()[0]);
    expect(shown()[0]).toBe(
      "New-MailContact -Name 'a@fabrikam.com' -ExternalEmailAddress 'a@fabrikam.com'\nNew-MailContact -Name 'b@fabrikam.com' -ExternalEmailAddress 'b@fabrikam.com'",
    );
    expect(status?.textContent).toBe('Copied');
  });
});

describe('CommandInputsPanel', () => {
  it('asks only for the inputs the commands use, and nothing when they use none', () => {
    render(<CommandInputsPanel commands={[change, contacts]} />);
    expect([...container.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'Recipient (name, alias or email address)',
      'Outside senders to allow (one email address per line)',
    ]);
    expect(field(/Outside senders/)).toBeInstanceOf(HTMLTextAreaElement);
    act(() => root?.render(<CommandInputsPanel commands={[command('Connect-ExchangeOnline')]} />));
    expect(container.innerHTML).toBe('');
  });

  it('stores what is typed, so the commands fill in', () => {
    render(
      <>
        <CommandInputsPanel commands={[change]} />
        <CommandBlock command={change} />
      </>,
    );
    type(field(/Recipient/), 'Sales Team');
    expect(useAppStore.getState().commandInputs.recipient).toBe('Sales Team');
    expect(shown()[0]).toContain("-Identity 'Sales Team' ");
  });

  it('shows a message next to an invalid input, tied to it, and keeps the placeholder', () => {
    render(
      <>
        <CommandInputsPanel commands={[contacts]} />
        <CommandBlock command={contacts} />
      </>,
    );
    const senders = field(/Outside senders/);
    type(senders, 'a@fabrikam.com\nbob@');
    expect(senders.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(senders)).toContain(
      "line 2: 'bob@' is not an email address (nothing comes after the @).",
    );
    expect(shown()[0]).toBe('New-MailContact -Name <sender> -ExternalEmailAddress <sender>');
    type(senders, 'a@fabrikam.com');
    expect(senders.hasAttribute('aria-invalid')).toBe(false);
    expect(describedBy(senders)).not.toContain('line 2');
  });

  it('clears everything typed and says so', () => {
    act(() => useAppStore.getState().setCommandInput('recipient', 'Sales'));
    render(<CommandInputsPanel commands={[change]} />);
    const clear = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Clear what you typed',
    );
    act(() => clear?.click());
    expect(useAppStore.getState().commandInputs).toEqual({});
    expect(field(/Recipient/).value).toBe('');
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Cleared/);
  });
});
