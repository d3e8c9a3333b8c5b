import { contentPositions } from './support/content-positions.ts';
import { expect, test } from './support/wizard-fixture.ts';

// Decision 0027: a question whose answers lead to fix pages prefetches their bodies (and the
// command builder) once the browser is idle, so the chosen fix shows its steps at once.
const { positions } = contentPositions();
const question = '/admin/distribution-group/exchange-online/allow-everyone';
const fixesHere = positions.filter(
  (position) =>
    position.kind === 'fix' &&
    position.path.startsWith(`${question}/`) &&
    !position.path.slice(question.length + 1).includes('/'),
);

test('a question prefetches the fix bodies of its answers, and the chosen fix shows its steps without "Loading the steps…"', async ({
  wizard,
}) => {
  expect(fixesHere.length, 'the question leads to fix pages').toBeGreaterThan(1);
  const requested: string[] = [];
  wizard.page.on('requestfinished', (request) => requested.push(new URL(request.url()).pathname));
  await wizard.open(question);

  // Before any click: every answer's fix body chunk, and the command builder, have arrived.
  const bodyChunk = (id: string) => new RegExp(`/assets/fix/[0-9a-f]+/${id}\\.js$`);
  await expect
    .poll(() => fixesHere.filter((fix) => !requested.some((path) => bodyChunk(fix.id).test(path))))
    .toEqual([]);
  await expect.poll(() => requested.some((path) => /command-builder-/.test(path))).toBe(true);

  // Record "Loading the steps…" if it ever appears from the click on (a MutationObserver).
  await wizard.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
    new MutationObserver(() => {
      const text = document.getElementById('main')?.textContent ?? '';
      if (text.includes('Loading the steps…')) seen.push(text.slice(0, 80));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const before = requested.length;
  await wizard.choose(/PowerShell/);
  await expect(wizard.step(1)).toBeVisible();
  expect(
    await wizard.page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen),
  ).toEqual([]);
  // The page's body was not fetched again: it came from the prefetch.
  const chosen = fixesHere.find((fix) => fix.path.endsWith('/powershell'));
  expect(chosen).toBeDefined();
  expect(requested.slice(before).filter((path) => bodyChunk(chosen?.id ?? '').test(path))).toEqual(
    [],
  );
});
