import { expect, test } from './support/wizard-fixture.ts';
import { readPage } from './support/built-site.ts';

test('/about says what the site is, who it is for, where its content comes from, and how to report an error', async ({
  wizard,
  baseURL,
}) => {
  expect(readPage('/about'), 'the page is prerendered').toContain('About the bounce-fix wizard');
  await wizard.open('/');
  await wizard.page.getByRole('contentinfo').getByRole('link', { name: 'About this site' }).click();
  await expect(wizard.heading).toHaveText('About the bounce-fix wizard');
  await expect(wizard.page).toHaveTitle('About the bounce-fix wizard · Bounce-fix wizard');
  for (const section of [
    'What it is',
    'Who it is for',
    'Where the content comes from',
    'Found an error?',
  ])
    await expect(wizard.page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  await expect(
    wizard.page.getByText('not affiliated with, endorsed by or supported by Microsoft'),
  ).toBeVisible();

  // The report link goes to the REPORT_URL build setting (the placeholder in tests) naming this page.
  const href =
    (await wizard.page.getByRole('link', { name: 'report a problem' }).getAttribute('href')) ?? '';
  const report = new URL(href);
  expect(`${report.origin}${report.pathname}`).toBe(
    'https://example.com/bounce-fix-wizard/issues/new',
  );
  expect(report.searchParams.get('title')).toBe('Problem with: About the bounce-fix wizard');
  expect(report.searchParams.get('body')).toContain(wizard.absoluteUrl('/about', baseURL));
});
