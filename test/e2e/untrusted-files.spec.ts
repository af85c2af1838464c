import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDocument, newCurriculum } from '../../src/core';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';
import { Workbench } from './pages/workbench';

test('damaged and newer files are kept, explained and never overwritten', async ({ page, web }) => {
  const workbench = new Workbench(page);
  const openDialog = new FileDialog(page, 'Bestand openen');
  const openFile = async (path: string) => {
    await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
    await openDialog.field.fill(path);
  };

  await test.step('a library file that is not JSON is kept aside at start and the trainer is told', async () => {
    const broken = '{ "cards": [ this is not json';
    await writeFile(join(web.dataDir, 'library.json'), broken);
    // The library is read when the app starts: start it again over the damaged file.
    await web.restart();
    await workbench.open(web.url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('De bibliotheek');
    await expect(alert).toContainText('library.json.broken-');
    const kept = (await readdir(web.dataDir)).find((name) => name.startsWith('library.json.broken-'));
    expect(await readFile(join(web.dataDir, kept!), 'utf8')).toBe(broken);
    await alert.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(alert).toBeHidden();
  });

  await test.step('the app still works: the library finds its cards', async () => {
    await workbench.sideBar.root.getByRole('searchbox').fill('schaal');
    await expect(workbench.sideBar.card('Schaalvraag')).toBeVisible();
  });

  await test.step('opening a broken training lists its problems with the place in the file', async () => {
    const file = join(web.filesDir, 'kapot.draaiboek');
    await writeFile(file, '{\n  "format": "draaiboek",\n  "formatVersion": 1,\n  "app": {"name": "Draaiboek", "version": "0.1.0"},\n  "cards": "geen lijst",\n  "modules": []\n}\n');
    await workbench.activityBar.select('Trainingen');
    await openFile(file);
    await openDialog.root.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(workbench.panel.content).toContainText(`${file}:5:3 /cards onverwachte inhoud`);
    await expect(workbench.statusBar.root).toContainText('1 probleem');
  });

  await test.step('a training from a newer version opens read-only with a notice and is never overwritten', async () => {
    const file = join(web.filesDir, 'nieuwer.draaiboek');
    const document = { ...createDocument({ curriculum: newCurriculum('nl', 'Training uit de toekomst', '09:00', '17:00') }, '9.0.0'), formatVersion: 9 };
    const text = JSON.stringify(document, null, 2);
    await writeFile(file, text);
    await openFile(file);
    await page.keyboard.press('Enter');
    await expect(workbench.editor.tab('nieuwer.draaiboek')).toHaveAttribute('aria-selected', 'true');
    await expect(workbench.editor.content.getByRole('status').first()).toContainText('Alleen lezen');
    await expect(workbench.editor.content.getByRole('button', { name: 'Opslaan', exact: true })).toBeDisabled();
    await expect(workbench.editor.content.getByRole('button', { name: 'Blok toevoegen', exact: true })).toHaveCount(0);
    await expect(workbench.sideBar.root.getByRole('button', { name: 'nieuwer.draaiboek' })).toBeVisible();
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
