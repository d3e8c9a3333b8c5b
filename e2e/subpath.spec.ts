import { ADMIN_POWERSHELL_JOURNEY, bounceFixture, expect, test } from './support/wizard-fixture.ts';

// Runs only against a build made with BASE_PATH (npm run test:e2e:subpath); baseURL ends in it.
test.use({ serviceWorkers: 'allow' });

const fixPath = ADMIN_POWERSHELL_JOURNEY.path;

test('the wizard works under the sub-path: links, assets and a journey to a fix', async ({
  wizard,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '').pathname;
  expect(base, 'the run really is under a sub-path').not.toBe('/');
  await wizard.open('/');
  await expect(wizard.heading).toHaveText('What brings you here?');
  await expect(wizard.option(/I manage Exchange/)).toHaveAttribute('href', `${base}admin`);
  await wizard.walk(ADMIN_POWERSHELL_JOURNEY.answers);
  expect(new URL(wizard.page.url()).pathname).toBe(`${base}${fixPath.slice(1)}`);
  await expect(wizard.step(3)).toContainText('Set-DistributionGroup');
});

test('a deep link under the sub-path is a prerendered page that survives a reload', async ({
  wizard,
}) => {
  const response = await wizard.page.goto(fixPath.slice(1));
  expect(response?.status()).toBe(200);
  expect(await response?.text()).toContain('id="step-1"');
  await expect(wizard.heading).toHaveText(/Exchange Online PowerShell/);
  await wizard.page.reload();
  await expect(wizard.step(1)).toBeVisible();
});

test('an unknown address under the sub-path gets the 404 page', async ({ wizard }) => {
  const response = await wizard.page.goto('admin/nowhere');
  expect(response?.status()).toBe(404);
  await expect(wizard.heading).toHaveText('This step doesn’t exist');
  await wizard.page.getByRole('link', { name: /Continue from the nearest step/ }).click();
  await expect(wizard.heading).toHaveText('What kind of recipient refused the message?');
});

test('the service worker is scoped to the sub-path and serves pages offline', async ({
  wizard,
  context,
  baseURL,
}) => {
  await wizard.open('/');
  await wizard.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
  const scope = await wizard.page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  );
  expect(scope).toBe(baseURL);
  await context.setOffline(true);
  const response = await wizard.page.goto(fixPath.slice(1));
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(wizard.step(1)).toBeVisible();
});

test('bulk triage loads its worker from under the sub-path and links rows under it', async ({
  wizard,
  baseURL,
}) => {
  await wizard.open('/analyze');
  const [worker] = await Promise.all([
    wizard.page.waitForEvent('worker'),
    wizard.page.getByLabel('Choose bounce files (.eml, .txt or .mbox)').setInputFiles({
      name: 'bounce.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(bounceFixture('exo-5-7-133-group--dsn.eml')),
    }),
  ]);
  expect(worker.url()).toMatch(new RegExp(`^${baseURL}assets/`));
  await expect(wizard.page.getByRole('heading', { name: '1 bounce in 1 group' })).toBeVisible();
  const base = new URL(baseURL ?? '').pathname;
  await expect(
    wizard.page
      .getByRole('table')
      .getByRole('link', { name: /^Continue/ })
      .first(),
  ).toHaveAttribute('href', new RegExp(`^${base}admin`));
});
