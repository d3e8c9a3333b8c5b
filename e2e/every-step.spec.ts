import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';
import { batches } from './support/site-routes.ts';

const { bundle, positions } = contentPositions();

// One test per batch of positions, reusing its page, so the suite stays fast as the tree grows.
test.describe('every step of the tree', () => {
  for (const batch of batches(positions, Math.ceil(positions.length / 16))) {
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
