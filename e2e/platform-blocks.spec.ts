import { decodeEntities, readPage } from './support/built-site.ts';
import { expect, test } from './support/wizard-fixture.ts';

/** One fix page, content/fixes/admin/on-premises/onprem-public-folder-allow-everyone-powershell.md,
 * serves Exchange 2013+ and Exchange 2010: its Undo has an `:::only` block for each. */
const server = '/admin/public-folder/exchange-server/allow-everyone/powershell';
const legacy = '/admin/public-folder/exchange-2010/allow-everyone/powershell';
const withoutRights = 'Remove-PublicFolderClientPermission -Identity <recipient> -User Anonymous';
const withRights = `${withoutRights} -AccessRights CreateItems`;

test.describe('a page shared by several platforms', () => {
  test('is prerendered with only the blocks of the platform its URL names', () => {
    const serverHtml = decodeEntities(readPage(server) ?? '');
    const legacyHtml = decodeEntities(readPage(legacy) ?? '');
    expect(serverHtml).toContain(withoutRights);
    expect(serverHtml.split('-AccessRights').length - 1, 'only the step that grants').toBe(1);
    expect(legacyHtml).toContain(withRights);
  });

  test('shows, once the app runs, the undo command of each platform only there', async ({
    wizard,
  }) => {
    const undo = wizard.page.getByRole('region', { name: 'Undo' });
    await wizard.open(server);
    await expect(wizard.commands.blocksWith(withoutRights, undo)).toHaveCount(1);
    await expect(wizard.commands.blocksWith('-AccessRights', undo)).toHaveCount(0);

    await wizard.navigateInApp(legacy);
    await expect(wizard.commands.blocksWith(withRights, undo)).toHaveCount(1);
    expect(await wizard.commands.shownTexts(undo)).not.toContain(withoutRights);
    await wizard.expectNoPageErrors();
  });
});
