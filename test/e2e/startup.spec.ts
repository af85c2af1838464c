import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Workbench } from './pages/workbench';
import { startWebEdition } from './web-edition';

test('a broken library file is kept aside and the trainer is told, and the app still works', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-e2e-broken-'));
  const broken = '{ "cards": [ this is not json';
  await writeFile(join(dataDir, 'library.json'), broken);
  const web = await startWebEdition({ dataDir });
  try {
    const workbench = new Workbench(page);
    await workbench.open(web.url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('De bibliotheek');
    await expect(alert).toContainText('library.json.broken-');
    await workbench.sideBar.root.getByRole('searchbox').fill('schaal');
    await expect(workbench.sideBar.card('Schaalvraag')).toBeVisible();
    const kept = (await readdir(dataDir)).find((name) => name.startsWith('library.json.broken-'));
    expect(await readFile(join(dataDir, kept!), 'utf8')).toBe(broken);
    await alert.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(alert).toBeHidden();
  } finally {
    await web.stop();
  }
});
