import { expect, test } from './support/wizard-fixture.ts';

const fixPath = '/admin/distribution-group/exchange-online/allow-everyone/powershell';
const TOOL_QUESTION = 'Which admin tool do you want to use?';

test('options are real links that can be opened or copied', async ({ wizard }) => {
  await wizard.open('/admin');
  await expect(wizard.option(/Distribution group/)).toHaveAttribute(
    'href',
    /\/admin\/distribution-group$/,
  );
});

test('a deep link to a fix page survives a reload', async ({ wizard }) => {
  await wizard.open(fixPath);
  await expect(wizard.heading).toHaveText(/Exchange Online PowerShell/);
  await wizard.page.reload();
  await expect(wizard.heading).toHaveText(/Exchange Online PowerShell/);
  await expect(wizard.step(1)).toBeVisible();
});

test('a link to a numbered step lands on that step', async ({ wizard }) => {
  await wizard.open(`${fixPath}#step-2`);
  await expect(wizard.step(2)).toBeFocused();
  await expect(wizard.step(2)).toBeInViewport();
});

test('the back button returns to the previous question and forward comes back', async ({
  wizard,
}) => {
  await wizard.open('/admin');
  await wizard.choose(/Distribution group/);
  await expect(wizard.heading).toHaveText('Which Exchange hosts the recipient?');
  await wizard.page.goBack();
  await expect(wizard.heading).toHaveText('What kind of recipient refused the message?');
  await wizard.page.goForward();
  await expect(wizard.heading).toHaveText('Which Exchange hosts the recipient?');
});

test('the breadcrumb changes an earlier answer and keeps the later ones that still fit', async ({
  wizard,
  baseURL,
}) => {
  await wizard.open('/admin/distribution-group/exchange-online/allowed-senders/powershell');
  await wizard.waitForApp();
  await wizard.breadcrumb.getByRole('link', { name: /Exchange: Exchange Online/ }).click();
  await expect(wizard.heading).toHaveText('Which Exchange hosts the recipient?');
  // The answer in the URL the user came from is marked on the question.
  const current = wizard.page.locator('a[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Exchange Online');
  await expect(current).toContainText('(your current answer)');
  // Each answer keeps the later ones that still fit: the link says where it leads.
  await expect(wizard.option(/Exchange Server 2013/)).toHaveAttribute(
    'href',
    /\/admin\/distribution-group\/exchange-server\/allowed-senders\/powershell$/,
  );
  await wizard.choose(/Exchange Server 2013/);
  await expect(wizard.step(1)).toBeVisible();
  expect(wizard.appPath(baseURL)).toBe(
    '/admin/distribution-group/exchange-server/allowed-senders/powershell',
  );

  // A later answer that does not exist on the new path: the deepest valid question.
  await wizard.open('/admin/distribution-group/exchange-server/allowed-senders/eac');
  await wizard.breadcrumb.getByRole('link', { name: /Exchange: Exchange Server 2013/ }).click();
  await expect(wizard.option(/Exchange Server 2007/)).toHaveAttribute(
    'href',
    /\/exchange-2007\/allowed-senders$/,
  );
  await wizard.choose(/Exchange Server 2007/);
  await expect(wizard.heading).toHaveText(TOOL_QUESTION);
  expect(wizard.appPath(baseURL)).toBe('/admin/distribution-group/exchange-2007/allowed-senders');

  await wizard.breadcrumb.getByRole('link', { name: 'Start over' }).click();
  await expect(wizard.heading).toHaveText('What brings you here?');
});

test('focus moves to the new heading after choosing an option', async ({ wizard }) => {
  await wizard.open('/admin');
  await wizard.option(/Distribution group/).focus();
  await wizard.page.keyboard.press('Enter');
  await expect(wizard.heading).toBeFocused();
});

for (const [url, unknown, nearest] of [
  ['/nope', 'nope', 'What brings you here?'],
  ['/admin/not-a-recipient', 'not-a-recipient', 'What kind of recipient refused the message?'],
  [`${fixPath}/extra`, 'extra', 'Let everyone send to the group with Exchange Online PowerShell'],
  [
    '/admin/distribution-group/exchange-online/allow-everyone/emc',
    'emc',
    'Which admin tool do you want to use?',
  ],
  ['/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>', 'What brings you here?'],
] as const) {
  test(`an unknown URL (${url}) says what was not found and links to the nearest step`, async ({
    wizard,
  }) => {
    await wizard.open(url);
    await expect(wizard.heading).toHaveText('This step doesn’t exist');
    await expect(wizard.page.getByText(`There is no step called “${unknown}” here.`)).toBeVisible();
    const nearestLink = wizard.page.getByRole('link', {
      name: `Continue from the nearest step: ${nearest}`,
    });
    await nearestLink.click();
    await expect(wizard.heading).toHaveText(nearest);
  });
}
