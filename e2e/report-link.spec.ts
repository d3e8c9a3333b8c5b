import { expect, test } from './support/wizard-fixture.ts';

// Decision 0027: every fix page ends with "Report a problem with this page" (REPORT_URL).
test('a fix page links "Report a problem with this page" with its title and full address', async ({
  wizard,
}) => {
  const path = '/admin/distribution-group/exchange-online/allow-everyone/powershell';
  await wizard.open(path);
  const link = wizard.page.getByRole('link', { name: 'Report a problem with this page' });
  // Checked, not followed: the report address is another site.
  await expect(link).toHaveAttribute('href', /[?&]body=/);
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.protocol).toMatch(/^https?:$/);
  expect(href.searchParams.get('title')).toBe(`Problem with: ${await wizard.heading.innerText()}`);
  expect(href.searchParams.get('body')).toContain(`Page: ${wizard.page.url()}`);
});
