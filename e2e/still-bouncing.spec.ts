import { headingOf, readPage, titleOf } from './support/built-site.ts';
import { contentPositions } from './support/content-positions.ts';
import { ADMIN_POWERSHELL_JOURNEY, expect, test } from './support/wizard-fixture.ts';

const { bundle, positions } = contentPositions();
const titleOfFix = (id: string) => bundle.fixes.find((fix) => fix.id === id)?.title ?? '';
const WAIT_PAGE = '/still-bouncing/exchange-online/distribution-group/same-bounce/same-recipient';

test.describe('still bouncing: the troubleshooting path', () => {
  test("an admin fix page's Test section leads to the path, already at the recipient's symptoms", async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open(ADMIN_POWERSHELL_JOURNEY.path);
    const link = wizard
      .section('Test')
      .getByRole('link', { name: 'Still bouncing after the wait?' });
    await link.click();
    await expect(wizard.heading).toHaveText('What does the new bounce say?');
    expect(wizard.appPath(baseURL)).toBe('/still-bouncing/exchange-online/distribution-group');
    await expect(wizard.breadcrumb).toContainText('Recipient: Distribution group');

    await wizard.choose(/The same as before/);
    await expect(wizard.heading).toHaveText(
      'What does Exchange say about the address in the bounce?',
    );
    await wizard.choose(/It's the recipient you changed/);
    expect(wizard.appPath(baseURL)).toBe(WAIT_PAGE);
    await expect(wizard.heading).toHaveText(titleOfFix('still-bouncing-wait-online-group'));
    await expect(wizard.step(1)).toBeVisible();
    await expect(wizard.section('Verify').getByRole('code').first()).toContainText(
      'Get-MessageTraceV2',
    );
    await wizard.expectNoPageErrors();
  });

  test('the start page offers the path, and a deep link to an answer survives a reload', async ({
    wizard,
  }) => {
    await wizard.open('/');
    await expect(wizard.option(/I changed the setting, but mail still bounces/)).toHaveAttribute(
      'href',
      /\/still-bouncing$/,
    );
    const listPage = '/still-bouncing/exchange-2010/distribution-group/not-on-list';
    await wizard.open(listPage);
    await expect(wizard.heading).toHaveText(titleOfFix('still-bouncing-list-group'));
    await wizard.page.reload();
    await expect(wizard.heading).toHaveText(titleOfFix('still-bouncing-list-group'));
    await expect(wizard.step(2)).toContainText('AcceptMessagesOnlyFromSendersOrMembers');
    await expect(
      wizard.page.getByRole('link', { name: 'Still bouncing after the wait?' }),
    ).toHaveCount(0);
  });

  test('every page of the path is prerendered with its heading and title', () => {
    const onPath = positions.filter((position) => position.path.startsWith('/still-bouncing'));
    expect(onPath.length).toBeGreaterThan(100);
    for (const position of onPath) {
      const html = readPage(position.path);
      expect(html, position.path).toBeDefined();
      const expected =
        position.kind === 'fix'
          ? titleOfFix(position.id)
          : position.kind === 'question'
            ? bundle.tree.questions[position.id]?.title
            : undefined;
      if (expected === undefined) continue;
      expect(headingOf(html ?? ''), position.path).toBe(expected);
      expect(titleOf(html ?? ''), position.path).toBe(`${expected} · Bounce-fix wizard`);
    }
  });

  test("every admin fix page's prerendered Test section links into the path", () => {
    const adminFixes = positions.filter(
      (position) => position.kind === 'fix' && position.path.startsWith('/admin/'),
    );
    expect(adminFixes.length).toBeGreaterThan(50);
    for (const position of adminFixes) {
      const html = readPage(position.path) ?? '';
      const [, recipient, platform] = position.path.split('/').slice(1);
      const link = new RegExp(
        `<a [^>]*href="/still-bouncing/${platform}/${recipient}"[^>]*>Still bouncing after the wait\\?</a>`,
      );
      expect(
        link.test(html),
        `${position.path} links to /still-bouncing/${platform}/${recipient}`,
      ).toBe(true);
    }
  });
});
