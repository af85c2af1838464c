import { expect, test } from './fixtures';
import { SettingsEditor } from './pages/settings';

test('the browser edition leaves the Chromium path to the settings file, also for whoever speaks its API', async ({ workbench, page, web }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  await settings.search.fill('chromium');
  const row = settings.row('chromiumPath');

  await test.step('the Chromium path is shown read-only, with where to set it instead', async () => {
    await expect(settings.control('Pad naar Chromium')).not.toBeEditable();
    await expect(row).toContainText('alleen te lezen');
    await expect(row).toContainText(`settings.json in de gegevensmap (${web.dataDir})`);
    await expect(row.getByRole('button', { name: /Standaard|Reset/i })).toHaveCount(0);
  });

  await test.step('a settings call over HTTP that slips in a program path is refused, and nothing changes', async () => {
    // The page's own request, with its own credential, rewritten in flight: what a holder of the credential could send.
    await page.route('**/api/settings.update', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { changes: Record<string, unknown> };
      await route.continue({ postData: JSON.stringify({ changes: { ...body.changes, chromiumPath: '/tmp/x.sh' } }) });
    });
    await settings.search.fill('thema');
    const answer = page.waitForResponse('**/api/settings.update');
    await settings.control('Thema').selectOption({ label: 'Donker' });
    const response = await answer;
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'setting-not-writable', params: { id: 'chromiumPath' } } });
    expect(await web.call('settings.get', {})).toMatchObject({ chromiumPath: '', theme: 'system' });
    await page.unroute('**/api/settings.update');
  });
  void workbench;
});
