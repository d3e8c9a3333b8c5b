import { expect, test } from './support/wizard-fixture.ts';

test('the admin journey works on a phone', async ({ wizard }) => {
  await wizard.open('/');
  await wizard.choose(/I manage Exchange/);
  await wizard.choose(/Distribution group/);
  await wizard.choose(/Exchange Server 2010/);
  await wizard.choose(/Accept mail from everyone/);
  await wizard.choose(/PowerShell/);
  await expect(wizard.heading).toHaveText(/Exchange Management Shell/);
  const overflow = await wizard.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
});
