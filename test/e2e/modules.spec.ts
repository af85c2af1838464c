import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Module } from '../../src/core';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import type { Workbench } from './pages/workbench';

/** A new training with a demonstration and an exercise, both saved as the module `name`; the modules list is opened. */
async function makeModule(workbench: Workbench, name: string) {
  const page = workbench.page;
  await page.setViewportSize({ width: 1700, height: 950 });
  const editor = new CurriculumEditor(page);
  await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
  await editor.addBlocks('Dag 1', ['demonstration', 'exercise']);
  await editor.selectBlocks('Dag 1', 2);
  const form = page.getByRole('complementary', { name: 'Blok bewerken' });
  await form.getByLabel('Naam van de module').fill(name);
  await form.getByRole('button', { name: 'Bewaren als module' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Module "${name}" bewaard in de bibliotheek.` })).toBeVisible();
  await page.locator('.modules-list summary').press('Enter');
  const modules = page.locator('#side-bar').getByRole('list', { name: 'Modules' });
  await expect(modules.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  return { editor, modules };
}

/** No serious or critical WCAG 2.1 A/AA violation in the side bar as it is now. */
async function expectSideBarAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#side-bar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const savedModules = async (dataDir: string): Promise<Module[]> => (JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as { modules: Module[] }).modules;
const blocksOnDisk = async (dataDir: string) => (await savedModules(dataDir)).map((module) => ({ title: module.title, description: module.description, blocks: module.blocks.map((block) => `${block.kind === 'custom' ? block.title : block.cardId} ${block.durationMinutes}`) }));

test('a module is renamed, edited, deleted and brought back, by keyboard', async ({ page, web, workbench }) => {
  const { editor, modules } = await makeModule(workbench, 'Voordoen en oefenen');

  // Rename in place: an empty name is refused, Escape keeps the old one, Enter saves.
  await modules.getByRole('button', { name: 'Naam wijzigen: Voordoen en oefenen' }).press('Enter');
  const name = modules.getByRole('textbox', { name: 'Nieuwe naam voor Voordoen en oefenen' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Voordoen en oefenen');
  await page.keyboard.press('Escape');
  await expect(name).toBeHidden();
  await expect(modules.getByRole('button', { name: 'Naam wijzigen: Voordoen en oefenen' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await name.fill('');
  await page.keyboard.press('Enter');
  await expect(modules.getByRole('alert')).toHaveText('Een module heeft een naam nodig.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectSideBarAccessible(page);
  await page.keyboard.type('Kijken en doen');
  await expect(modules.getByRole('alert')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(name).toBeHidden();
  await expect(modules.getByRole('button', { name: 'Naam wijzigen: Kijken en doen' })).toBeFocused();
  await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*2 blokken, 60 min/);
  await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: '', blocks: ['Demonstratie 30', 'Oefening 30'] }]);

  // Edit: description, a duration, the order, and a block removed; nothing is saved before "Module opslaan".
  await page.keyboard.press('Tab');
  await expect(modules.getByRole('button', { name: 'Bewerken: Kijken en doen' })).toBeFocused();
  await page.keyboard.press('Enter');
  const moduleEditor = modules.getByRole('region', { name: 'Module bewerken: Kijken en doen' });
  await moduleEditor.getByRole('textbox', { name: 'Beschrijving' }).fill('Eerst kijken, dan zelf doen.');
  await moduleEditor.getByRole('spinbutton', { name: 'Duur in minuten: Oefening' }).fill('45');
  await moduleEditor.getByRole('button', { name: 'Omhoog: Oefening' }).press('Enter');
  await expect(moduleEditor.getByRole('listitem')).toHaveText([/^Oefening/, /^Demonstratie/]);
  // At the top "up" is disabled, so the keyboard stays on the block's "down".
  await expect(moduleEditor.getByRole('button', { name: 'Omlaag: Oefening' })).toBeFocused();
  await expect(moduleEditor.getByRole('status')).toHaveText('Oefening staat nu op plaats 1 van 2.');
  await moduleEditor.getByRole('button', { name: 'Uit de module halen: Demonstratie' }).press('Enter');
  await expect(moduleEditor.getByRole('listitem')).toHaveText([/^Oefening/]);
  await expect(moduleEditor.getByRole('button', { name: 'Uit de module halen: Oefening' })).toBeDisabled();
  await expect(moduleEditor).toContainText('Een module houdt minstens één blok.');
  expect((await blocksOnDisk(web.dataDir))[0]!.blocks).toEqual(['Demonstratie 30', 'Oefening 30']);
  await expectSideBarAccessible(page);

  await moduleEditor.getByRole('button', { name: 'Module opslaan' }).press('Enter');
  await expect(moduleEditor).toBeHidden();
  await expect(modules.getByRole('button', { name: 'Bewerken: Kijken en doen' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Module "Kijken en doen" opgeslagen.' }).first()).toBeVisible();
  await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*1 blokken, 45 min\s*Eerst kijken, dan zelf doen\./);
  await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: 'Eerst kijken, dan zelf doen.', blocks: ['Oefening 45'] }]);

  // What the "+" button adds is the edited module (after the first selected block, Demonstratie).
  await modules.getByRole('button', { name: 'Kijken en doen toevoegen aan de training' }).press('Enter');
  await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:30 Demonstratie', '09:30–10:15 Oefening', '10:15–10:45 Oefening']);

  // Delete at once, with Undo in the notification.
  await modules.getByRole('button', { name: 'Verwijderen: Kijken en doen' }).press('Enter');
  const toast = page.getByRole('status').filter({ hasText: 'Module "Kijken en doen" verwijderd.' });
  await expect(toast).toBeVisible();
  await expect(page.locator('.modules-list')).toBeHidden();
  await expect.poll(() => savedModules(web.dataDir)).toEqual([]);

  await toast.getByRole('button', { name: 'Ongedaan maken' }).press('Enter');
  await expect(toast).toBeHidden();
  await expect(page.locator('.modules-list summary')).toHaveText('Modules (1)');
  await page.locator('.modules-list summary').press('Enter');
  await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*1 blokken, 45 min/);
  await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: 'Eerst kijken, dan zelf doen.', blocks: ['Oefening 45'] }]);
});

test('a module that cannot be written says so and stays as it was', async ({ page, web, workbench }) => {
  const { modules } = await makeModule(workbench, 'Voordoen en oefenen');
  const refuse = (method: string) =>
    page.route(`**/api/${method}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'disk-full', params: { file: 'library.json' }, message: 'ENOSPC: no space left on device' } }) }),
    );
  await refuse('library.saveModule');
  await refuse('library.deleteModule');
  const diskFull = page.getByRole('status').filter({ hasText: 'De schijf is vol; library.json is niet opgeslagen.' });

  await modules.getByRole('button', { name: 'Naam wijzigen: Voordoen en oefenen' }).press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (nieuw)');
  await page.keyboard.press('Enter');
  await expect(diskFull).toHaveCount(1);
  // The field stays open with what was typed, so nothing is lost.
  await expect(modules.getByRole('textbox', { name: 'Nieuwe naam voor Voordoen en oefenen' })).toHaveValue('Voordoen en oefenen (nieuw)');
  await page.keyboard.press('Escape');

  await modules.getByRole('button', { name: 'Verwijderen: Voordoen en oefenen' }).press('Enter');
  await expect(diskFull).toHaveCount(2);
  await expect(modules.getByRole('listitem')).toHaveText(/Voordoen en oefenen\s*2 blokken, 60 min/);
  await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toHaveCount(0);
  expect((await savedModules(web.dataDir)).map((module) => module.title)).toEqual(['Voordoen en oefenen']);
});
