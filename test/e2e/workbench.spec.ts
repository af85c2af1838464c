import { readFile, writeFile } from 'node:fs/promises';
import { createDocument, newCurriculum } from '../../src/core';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the workbench shows every part, in Dutch for a Dutch system', async ({ workbench, page }) => {
  await expect(workbench.activityBar.root).toBeVisible();
  await expect(workbench.sideBar.root).toBeVisible();
  await expect(workbench.editor.root).toBeVisible();
  await expect(workbench.panel.root).toBeVisible();
  await expect(workbench.statusBar.root).toBeVisible();
  await expect(workbench.editor.tab('Welkom')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Welkom bij Draaiboek' })).toBeVisible();
  await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
  await expect(workbench.sideBar.root.getByRole('status')).toHaveText(/^\d{2,} kaarten$/);
  await expect(workbench.sideBar.root.getByRole('heading', { name: /Motiverende gespreksvoering/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the activity bar switches side bar views and hides the side bar on a second click', async ({ workbench }) => {
  await workbench.activityBar.select('Trainingen');
  await expect(workbench.sideBar.title).toHaveText('Trainingen');
  await expect(workbench.activityBar.item('Trainingen')).toHaveAttribute('aria-selected', 'true');
  await workbench.activityBar.select('Inzichten');
  await expect(workbench.sideBar.title).toHaveText('Inzichten');
  await workbench.activityBar.select('Inzichten');
  await expect(workbench.sideBar.root).toBeHidden();
  await workbench.activityBar.select('Bibliotheek');
  await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
});

test('the keyboard moves through the activity bar', async ({ workbench, page }) => {
  await workbench.activityBar.item('Bibliotheek').focus();
  await page.keyboard.press('ArrowDown');
  await expect(workbench.activityBar.item('Trainingen')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workbench.sideBar.title).toHaveText('Trainingen');
});

test('a card opens in an editor tab that can be closed', async ({ workbench }) => {
  await workbench.sideBar.card('Open vragen').click();
  await expect(workbench.editor.tab('Open vragen')).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.editor.content.getByRole('heading', { name: 'Open vragen' })).toBeVisible();
  await expect(workbench.editor.content.getByText('Autonomie · voedt')).toBeVisible();
  await workbench.editor.close('Open vragen');
  await expect(workbench.editor.tab('Open vragen')).toHaveCount(0);
  await expect(workbench.editor.tab('Welkom')).toHaveAttribute('aria-selected', 'true');
});

test('language and theme switch from the status bar and survive a reload', async ({ workbench, page, web }) => {
  await workbench.statusBar.languageButton.click();
  await expect(page.getByRole('heading', { name: 'Welcome to Draaiboek' })).toBeVisible();
  await expect(workbench.sideBar.title).toHaveText('Library');
  const before = await page.locator('html').getAttribute('data-theme');
  await workbench.statusBar.themeButton.click();
  const after = before === 'dark' ? 'light' : 'dark';
  await expect(page.locator('html')).toHaveAttribute('data-theme', after);
  const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  expect(background).toBe(after === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');
  await page.goto(web.origin + '/');
  await expect(page.getByRole('heading', { name: 'Welcome to Draaiboek' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', after);
});

test('the panel hides, and the side bar resizes with the keyboard', async ({ workbench, page }) => {
  await workbench.panel.tab('Uitvoer').click();
  await expect(workbench.panel.content).toContainText('Draaiboek 0.1.0 gestart');
  await workbench.panel.hide();
  await expect(workbench.panel.root).toBeHidden();
  const sash = page.getByRole('separator', { name: 'Breedte van de zijbalk' });
  const width = async () => (await workbench.sideBar.root.boundingBox())!.width;
  const start = await width();
  await sash.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await width()).toBe(start + 32);
});

test('opening a broken file lists its problems with the place in the file', async ({ workbench, page, web }) => {
  const file = join(web.dataDir, 'kapot.draaiboek');
  await writeFile(file, '{\n  "format": "draaiboek",\n  "formatVersion": 1,\n  "app": {"name": "Draaiboek", "version": "0.1.0"},\n  "cards": "geen lijst",\n  "modules": []\n}\n');
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bestand openen' });
  await dialog.getByLabel('Pad naar het bestand').fill(file);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(workbench.panel.content).toContainText(`${file}:5:3 /cards onverwachte inhoud`);
  await expect(workbench.statusBar.root).toContainText('1 problemen');
});

test('a file from a newer version of the app opens read-only with a notice and is never overwritten', async ({ workbench, page, web }) => {
  const file = join(web.dataDir, 'nieuwer.draaiboek');
  const document = { ...createDocument({ curriculum: newCurriculum('nl', 'Training uit de toekomst', '09:00', '17:00') }, '9.0.0'), formatVersion: 9 };
  const text = JSON.stringify(document, null, 2);
  await writeFile(file, text);
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bestand openen' });
  await dialog.getByLabel('Pad naar het bestand').fill(file);
  await page.keyboard.press('Enter');
  await expect(workbench.editor.tab('nieuwer.draaiboek')).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.editor.content.getByRole('status').first()).toContainText('Alleen lezen');
  await expect(workbench.editor.content.getByRole('button', { name: 'Opslaan', exact: true })).toBeDisabled();
  await expect(workbench.editor.content.getByRole('button', { name: 'Blok toevoegen' })).toHaveCount(0);
  expect(await readFile(file, 'utf8')).toBe(text);
  await expect(workbench.sideBar.root.getByRole('button', { name: 'nieuwer.draaiboek' })).toBeVisible();
});
