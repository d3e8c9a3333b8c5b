import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useAppIsLive, useButtonUntilLive } from './use-app-is-live';

function Controls() {
  const live = useAppIsLive();
  const untilLive = useButtonUntilLive();
  return (
    <>
      <button type="button" {...untilLive}>
        Copy
      </button>
      <input type="checkbox" disabled={!live} />
    </>
  );
}

describe('controls before the app runs', () => {
  it('marks a plain button aria-disabled and an input disabled in the prerendered markup', () => {
    const html = renderToString(<Controls />);
    expect(html).toContain('<button type="button" aria-disabled="true">Copy</button>');
    expect(html).toContain('<input type="checkbox" disabled=""/>');
  });
});
