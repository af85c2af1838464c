import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createDocument, newCurriculum, serializeDocument } from '../../src/core';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';

function trainingFile(title: string): string {
  return serializeDocument(createDocument({ curriculum: newCurriculum('nl', title, '09:00', '12:00') }, '0.1.0'));
}

test('a training opens through the file dialog with the keyboard, which lists only folders and .draaiboek files', async ({ workbench, page, web }) => {
  const folder = join(web.dataDir, 'trainingen');
  await mkdir(join(folder, 'archief'), { recursive: true });
  await writeFile(join(folder, 'basis.draaiboek'), trainingFile('Basistraining vanuit de kiezer'));
  await writeFile(join(folder, '.verborgen.draaiboek'), trainingFile('Verborgen'));
  await writeFile(join(folder, 'notities.txt'), 'geen training');

  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  const dialog = new FileDialog(page, 'Bestand openen');
  await expect(dialog.field).toBeFocused();

  // Type a folder and press Enter: the dialog goes there.
  await dialog.field.fill(web.dataDir);
  await page.keyboard.press('Enter');
  await expect(dialog.current).toHaveText(basename(web.dataDir));
  await expect(dialog.field).toHaveValue('');

  // Pick the folder in the list and open it with Enter.
  await dialog.entry('trainingen').click();
  await expect(dialog.entries).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.current).toHaveText('trainingen');
  await expect(dialog.entries.getByRole('option')).toHaveText([/^archief/, /^basis\.draaiboek/]);
  const scan = await new AxeBuilder({ page }).include('.file-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // Arrow down to the file, Enter opens it.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.entry('basis.draaiboek')).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.field).toHaveValue('basis.draaiboek');
  await page.keyboard.press('Enter');
  await expect(dialog.root).toBeHidden();
  await expect(workbench.editor.tab('basis.draaiboek')).toHaveAttribute('aria-selected', 'true');
  const tabs = await workbench.editor.tabs.getByRole('tab').count();

  // The next time the dialog starts where the trainer was, and remembers the folder.
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  await expect(dialog.current).toHaveText('trainingen');
  await expect(dialog.recent.getByRole('button', { name: 'trainingen' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.entries).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(dialog.current).toHaveText(basename(web.dataDir));
  await expect(dialog.entry('trainingen')).toBeVisible();
  await dialog.root.getByRole('button', { name: 'Omhoog' }).click();
  await expect(dialog.current).not.toHaveText(basename(web.dataDir));

  // A folder that is not there says so and stays open; Escape cancels.
  await dialog.field.fill(join(web.dataDir, 'bestaat-niet'));
  await page.keyboard.press('Enter');
  await expect(dialog.root.getByRole('alert')).toHaveText(`${join(web.dataDir, 'bestaat-niet')} bestaat niet.`);
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await expect(workbench.editor.tabs.getByRole('tab')).toHaveCount(tabs);
});

test('exporting onto an existing file asks first, with Cancel focused, and replaces only on "Vervangen"', async ({ workbench, page, web }) => {
  const file = join(web.dataDir, 'training.draaiboek');
  await writeFile(file, trainingFile('Training met hand-out'));
  const existing = join(web.dataDir, 'hand-out.md');
  await writeFile(existing, 'van een collega');

  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  const open = new FileDialog(page, 'Bestand openen');
  await open.field.fill(file);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Hand-outs…' }).click();
  await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: 'Markdown', exact: true }).click();

  // The save dialog starts in the folder of the training; a name without extension gets it.
  const save = new FileDialog(page, 'Opslaan als');
  await expect(save.current).toHaveText(basename(web.dataDir));
  await expect(save.entry('hand-out.md')).toBeVisible();
  await save.field.fill('hand-out');
  await page.keyboard.press('Enter');

  const question = page.getByRole('dialog', { name: 'Bestand vervangen?' });
  await expect(question).toContainText('hand-out.md bestaat al. Vervangen?');
  await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(save.root).toBeVisible();
  expect(await readFile(existing, 'utf8')).toBe('van een collega');

  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await question.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${existing}` })).toBeVisible({ timeout: 20_000 });
  await expect(save.root).toBeHidden();
  expect(await readFile(existing, 'utf8')).toContain('Training met hand-out');
});
