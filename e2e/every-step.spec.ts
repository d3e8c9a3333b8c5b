import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';
import { batches } from './support/site-routes.ts';

const { bundle, positions } = contentPositions();

/**
 * One position for each screen the tree can show: each question, fix page and unavailable
 * combination once per platform (a fix page renders only its platform's blocks). Positions that
 * differ only in the answers that led there render the same components from the same content;
 * every position's own prerendered page, heading and steps are checked without a browser in
 * build-output.spec.ts (decision 0032).
 */
function onePerScreen() {
  const seen = new Set<string>();
  return positions.filter((position) => {
    const screen = `${position.kind} ${position.id} ${position.answers.platform ?? ''}`;
    if (seen.has(screen)) return false;
    seen.add(screen);
    return true;
  });
}
const screens = onePerScreen();

// One test per batch of positions, reusing its page, so the suite stays fast as the tree grows.
test.describe('every screen of the tree', () => {
  test('the deep links cover every question, fix page and unavailable combination', () => {
    const ids = (list: typeof positions) => new Set(list.map((position) => position.id));
    expect(ids(screens)).toEqual(ids(positions));
    expect(screens.length).toBeGreaterThan(200);
  });

  for (const batch of batches(screens, Math.ceil(screens.length / 16))) {
    test(`${batch.length} steps render from a deep link, from ${batch[0]?.path}`, async ({
      wizard,
    }) => {
      test.setTimeout(20_000 + batch.length * 5_000);
      for (const position of batch) {
        await test.step(`${position.kind} ${position.path}`, async () => {
          await wizard.open(position.path);
          if (position.kind === 'fix') {
            const fix = bundle.fixes.find((candidate) => candidate.id === position.id);
            await expect(wizard.heading).toHaveText(fix?.title ?? '');
            await expect(wizard.step(1)).toBeVisible();
          } else if (position.kind === 'question') {
            await expect(wizard.heading).toHaveText(
              bundle.tree.questions[position.id]?.title ?? '',
            );
          } else {
            await expect(wizard.heading).toContainText('is not available here');
          }
        });
      }
    });
  }
});
