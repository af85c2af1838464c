import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Module } from '../../src/core';
import { makeCustomBlock } from '../unit/fixtures';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { Workbench } from './pages/workbench';

/**
 * No serious or critical WCAG 2.1 A/AA violation in the modules list as it is now (the rest of the side bar is
 * scanned in accessibility.spec.ts). Colour contrast, axe's slowest rule, is left to
 * test/unit/theme-contrast.test.ts, which checks every theme's colour pairs.
 */
async function expectModulesAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .include('.modules-list')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .disableRules(['color-contrast'])
    .setLegacyMode()
    .analyze();
  expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const savedModules = async (dataDir: string): Promise<Module[]> => (JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as { modules: Module[] }).modules;
const blocksOnDisk = async (dataDir: string) => (await savedModules(dataDir)).map((module) => ({ title: module.title, description: module.description, blocks: module.blocks.map((block) => `${block.kind === 'card' ? block.cardId : block.title} ${block.durationMinutes}`) }));

test('a module made from two blocks drops into another day as copies, and is renamed, edited, deleted and brought back by keyboard', async ({ page, web, workbench }) => {
  // Room for two days, the parking area and the block form side by side, so the target day is in view.
  await page.setViewportSize({ width: 1700, height: 950 });
  const editor = new CurriculumEditor(page);
  const modules = page.locator('#side-bar').getByRole('list', { name: 'Modules' });

  await test.step('two selected blocks are saved as a module and show in the library', async () => {
    await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
    await editor.addBlocks('Dag 1', ['demonstration', 'exercise']);
    await editor.selectBlocks('Dag 1', 2);
    const form = page.getByRole('complementary', { name: 'Blok bewerken' });
    await expect(form.getByRole('heading', { name: '2 blokken geselecteerd' })).toBeVisible();
    await form.getByLabel('Naam van de module').fill('Voordoen en oefenen');
    await form.getByRole('button', { name: 'Bewaren als module' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Module "Voordoen en oefenen" bewaard in de bibliotheek.' })).toBeVisible();
    await page.locator('.modules-list summary').press('Enter');
    await expect(modules.getByRole('listitem').filter({ hasText: 'Voordoen en oefenen' })).toBeVisible();
    await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Voordoen en oefenen', description: '', blocks: ['Demonstratie 30', 'Oefening 30'] }]);
  });

  await test.step('the module dragged into a new second day copies its blocks there, with their own times', async () => {
    await editor.toolbar.getByRole('button', { name: 'Dag toevoegen' }).click();
    await editor.day('Dag 2').locator('.drop-hint').scrollIntoViewIfNeeded();
    await editor.drag(page.locator('.modules-list .module-item', { hasText: 'Voordoen en oefenen' }), editor.day('Dag 2').locator('.drop-hint'));
    await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:30 Demonstratie', '09:30–10:00 Oefening']);
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:30 Demonstratie', '09:30–10:00 Oefening']);
  });

  const renameButton = (title: string) => modules.getByRole('button', { name: `Naam wijzigen: ${title}` });
  const name = modules.getByRole('textbox', { name: 'Nieuwe naam voor Voordoen en oefenen' });
  await test.step('renaming in place: Escape keeps the old name', async () => {
    await renameButton('Voordoen en oefenen').press('Enter');
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('Voordoen en oefenen');
    await page.keyboard.press('Escape');
    await expect(name).toBeHidden();
    await expect(renameButton('Voordoen en oefenen')).toBeFocused();
  });

  await test.step('renaming in place: an empty name is refused, accessibly; Enter saves a new one', async () => {
    await page.keyboard.press('Enter');
    await expect(name).toBeFocused();
    await name.fill('');
    await page.keyboard.press('Enter');
    await expect(modules.getByRole('alert')).toHaveText('Een module heeft een naam nodig.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expectModulesAccessible(page);
    await page.keyboard.type('Kijken en doen');
    await expect(modules.getByRole('alert')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(name).toBeHidden();
    await expect(renameButton('Kijken en doen')).toBeFocused();
    await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*2 blokken, 60 min/);
    await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: '', blocks: ['Demonstratie 30', 'Oefening 30'] }]);
  });

  const moduleEditor = modules.getByRole('region', { name: 'Module bewerken: Kijken en doen' });
  await test.step('editing: a description, a duration, the order and a block removed, nothing saved yet', async () => {
    await page.keyboard.press('Tab');
    await expect(modules.getByRole('button', { name: 'Bewerken: Kijken en doen' })).toBeFocused();
    await page.keyboard.press('Enter');
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
    await expectModulesAccessible(page);
  });

  await test.step('"Module opslaan" saves the edit', async () => {
    await moduleEditor.getByRole('button', { name: 'Module opslaan' }).press('Enter');
    await expect(moduleEditor).toBeHidden();
    await expect(modules.getByRole('button', { name: 'Bewerken: Kijken en doen' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Module "Kijken en doen" opgeslagen.' }).first()).toBeVisible();
    await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*1 blok, 45 min\s*Eerst kijken, dan zelf doen\./);
    await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: 'Eerst kijken, dan zelf doen.', blocks: ['Oefening 45'] }]);
  });

  await test.step('the "+" button adds the edited module after the selected block', async () => {
    await modules.getByRole('button', { name: 'Kijken en doen toevoegen aan de training' }).press('Enter');
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:30 Demonstratie', '09:30–10:15 Oefening', '10:15–10:45 Oefening']);
  });

  const toast = page.getByRole('status').filter({ hasText: 'Module "Kijken en doen" verwijderd.' });
  await test.step('deleting takes effect at once, with an undo in the notification', async () => {
    await modules.getByRole('button', { name: 'Verwijderen: Kijken en doen' }).press('Enter');
    await expect(toast).toBeVisible();
    await expect(page.locator('.modules-list')).toBeHidden();
    await expect.poll(() => savedModules(web.dataDir)).toEqual([]);
  });

  await test.step('the undo brings the module back as it was', async () => {
    await toast.getByRole('button', { name: 'Ongedaan maken' }).press('Enter');
    await expect(toast).toBeHidden();
    await expect(page.locator('.modules-list summary')).toHaveText('Modules (1)');
    await page.locator('.modules-list summary').press('Enter');
    await expect(modules.getByRole('listitem')).toHaveText(/Kijken en doen\s*1 blok, 45 min/);
    await expect.poll(() => blocksOnDisk(web.dataDir)).toEqual([{ title: 'Kijken en doen', description: 'Eerst kijken, dan zelf doen.', blocks: ['Oefening 45'] }]);
  });
});

test('a module that cannot be written says so and stays as it was', async ({ page, web }) => {
  // The module is in the library before the page opens; making one is the other journey's business.
  const module: Module = {
    id: 'voordoen-en-oefenen',
    title: 'Voordoen en oefenen',
    description: '',
    blocks: [makeCustomBlock('demo', { type: 'demonstration', title: 'Demonstratie' }), makeCustomBlock('oefening', { type: 'exercise', title: 'Oefening' })],
  };
  await web.call('library.saveModule', { module });
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const modules = page.locator('#side-bar').getByRole('list', { name: 'Modules' });
  await page.locator('.modules-list summary').press('Enter');
  await expect(modules.getByRole('listitem')).toHaveText(/Voordoen en oefenen\s*2 blokken, 60 min/);

  // The disk is full from here on: every write of the library fails.
  const refuse = (method: string) =>
    page.route(`**/api/${method}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'disk-full', params: { file: 'library.json' }, message: 'ENOSPC: no space left on device' } }) }),
    );
  await refuse('library.saveModule');
  await refuse('library.deleteModule');
  const diskFull = page.getByRole('status').filter({ hasText: 'De schijf is vol; library.json is niet opgeslagen.' });

  await test.step('a rename that cannot be saved says so and keeps what was typed in the field', async () => {
    await modules.getByRole('button', { name: 'Naam wijzigen: Voordoen en oefenen' }).press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' (nieuw)');
    await page.keyboard.press('Enter');
    await expect(diskFull).toHaveCount(1);
    // The field stays open with what was typed, so nothing is lost.
    await expect(modules.getByRole('textbox', { name: 'Nieuwe naam voor Voordoen en oefenen' })).toHaveValue('Voordoen en oefenen (nieuw)');
    await page.keyboard.press('Escape');
  });

  await test.step('a delete that cannot be saved says so and the module stays', async () => {
    await modules.getByRole('button', { name: 'Verwijderen: Voordoen en oefenen' }).press('Enter');
    await expect(diskFull).toHaveCount(2);
    await expect(modules.getByRole('listitem')).toHaveText(/Voordoen en oefenen\s*2 blokken, 60 min/);
    await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toHaveCount(0);
    expect((await savedModules(web.dataDir)).map((saved) => saved.title)).toEqual(['Voordoen en oefenen']);
  });
});
