import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';

const { bundle, positions } = contentPositions();

test.describe('every step of the tree', () => {
  for (const position of positions) {
    test(`${position.kind} ${position.path} renders from a deep link`, async ({ wizard }) => {
      await wizard.open(position.path);
      if (position.kind === 'fix') {
        const fix = bundle.fixes.find((candidate) => candidate.id === position.id);
        await expect(wizard.heading).toHaveText(fix?.title ?? '');
        await expect(wizard.step(1)).toBeVisible();
      } else if (position.kind === 'question') {
        await expect(wizard.heading).toHaveText(bundle.tree.questions[position.id]?.title ?? '');
      } else {
        await expect(wizard.heading).toContainText('is not available here');
      }
    });
  }
});
