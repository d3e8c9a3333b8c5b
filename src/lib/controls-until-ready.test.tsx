// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createControlsGate, type ControlsGate } from './controls-until-ready';

function Controls({ gate }: { gate: ControlsGate }) {
  return (
    <>
      <button type="button" {...gate.ariaDisabledUntilReady()}>
        Copy
      </button>
      <input type="checkbox" aria-label="Done" {...gate.disabledUntilReady()} />
    </>
  );
}

const copyButton = () => screen.getByRole('button', { name: 'Copy' });
const doneBox = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Done' });

afterEach(cleanup);

describe('controls that wait for the app', () => {
  it('are disabled in the prerendered markup: a button aria-disabled, an input disabled', () => {
    const html = renderToString(<Controls gate={createControlsGate()} />);
    expect(html).toContain('<button type="button" aria-disabled="true">Copy</button>');
    expect(html).toContain('<input type="checkbox" aria-label="Done" disabled=""/>');
  });

  it('stay disabled until the gate opens, then are enabled in place, without a render', () => {
    const gate = createControlsGate();
    render(<Controls gate={gate} />);
    const button = copyButton();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(doneBox().disabled).toBe(true);
    gate.open();
    expect(copyButton()).toBe(button);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(doneBox().disabled).toBe(false);
  });

  it('render enabled once the gate is open', () => {
    const gate = createControlsGate();
    gate.open();
    render(<Controls gate={gate} />);
    expect(copyButton().hasAttribute('aria-disabled')).toBe(false);
    expect(doneBox().disabled).toBe(false);
  });

  it('forget a control that is gone before the gate opens', () => {
    const gate = createControlsGate();
    const { unmount } = render(<Controls gate={gate} />);
    const checkbox = doneBox();
    unmount();
    gate.open();
    expect(checkbox.disabled).toBe(true);
  });
});
