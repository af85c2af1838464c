import type { Settings, UiState } from '../../src/core';
import { callHost } from './api';
import { expect, test } from './fixtures';
import { Palette } from './pages/palette';

test('the command palette opens with Ctrl+Shift+P and F1, matches fuzzily, shows keys and puts recent commands first', async ({ workbench, page }) => {
  const palette = new Palette(page);
  await palette.openCommands();
  await expect(palette.root).toBeVisible();
  await palette.input.fill('>zijbalk');
  await expect(palette.options.first()).toContainText('Zijbalk tonen of verbergen');
  await expect(palette.options.first().locator('kbd')).toHaveText('Ctrl+B');
  await page.keyboard.press('Enter');
  await expect(workbench.sideBar.root).toBeHidden();
  await expect(palette.root).toBeHidden();

  await page.keyboard.press('F1');
  await expect(palette.input).toHaveValue('>');
  await expect(palette.options.first()).toContainText('Zijbalk tonen of verbergen');
  await expect(palette.options.first()).toContainText('recent gebruikt');
  await palette.input.fill('>pnl tnen');
  await expect(palette.options.first()).toContainText('Paneel tonen of verbergen');
  await page.keyboard.press('Escape');
  await expect(palette.root).toBeHidden();
});

test('quick open finds trainings, days and cards by name', async ({ workbench, page }) => {
  await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
  await expect(page.locator('.day-column[data-day-id]')).toHaveCount(3);
  const palette = new Palette(page);
  await page.keyboard.press('Control+P');
  await palette.input.fill('schaalvr');
  await expect(palette.options.first()).toContainText('Schaalvraag');
  await page.keyboard.press('Enter');
  await expect(workbench.editor.tab('Schaalvraag')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+P');
  await palette.input.fill('integratie');
  await expect(palette.options.first()).toContainText('Integratie');
  await page.keyboard.press('Enter');
  await expect(workbench.editor.tab(/basistraining/i)).toHaveAttribute('aria-selected', 'true');
});

test('VS Code keybindings work, a custom keybinding can be recorded, and it survives a reload', async ({ workbench, page, web, request }) => {
  await page.keyboard.press('Control+J');
  await expect(workbench.panel.root).toBeHidden();
  await page.keyboard.press('Control+J');
  await expect(workbench.panel.root).toBeVisible();

  const palette = new Palette(page);
  await palette.run('sneltoetsen openen');
  const view = workbench.editor.content;
  await view.getByRole('searchbox').fill('paneel');
  await view.getByRole('button', { name: 'Sneltoets van Beeld: Paneel tonen of verbergen wijzigen' }).click();
  await page.keyboard.press('Control+Alt+P');
  await expect(view.getByRole('row', { name: /Paneel tonen of verbergen/ }).locator('kbd')).toHaveText('Ctrl+Alt+P');
  await expect.poll(async () => (await callHost<Settings>(request, web, 'settings.get', {})).keybindings).toEqual({ 'workbench.action.togglePanel': 'ctrl+alt+p' });

  await page.goto(web.origin + '/');
  await expect(workbench.panel.root).toBeVisible();
  await page.keyboard.press('Control+J');
  await expect(workbench.panel.root).toBeVisible();
  await page.keyboard.press('Control+Alt+P');
  await expect(workbench.panel.root).toBeHidden();
});

test('the layout and the open tabs are restored after a reload', async ({ workbench, page, web, library, request }) => {
  await library.search.fill('schaalvraag');
  await library.card('Schaalvraag').click();
  await workbench.panel.tab('Uitvoer').click();
  const sash = page.getByRole('separator', { name: 'Breedte van de zijbalk' });
  await sash.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const width = (await workbench.sideBar.root.boundingBox())!.width;
  await page.keyboard.press('Control+B');
  await expect(workbench.sideBar.root).toBeHidden();
  // The layout is saved shortly after the last change.
  await expect.poll(async () => (await callHost<UiState>(request, web, 'uiState.get', {})).layout.sideBarVisible).toBe(false);

  await page.goto(web.origin + '/');
  await expect(workbench.editor.tab('Schaalvraag')).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.sideBar.root).toBeHidden();
  await expect(workbench.panel.tab('Uitvoer')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+B');
  await expect(workbench.sideBar.root).toBeVisible();
  expect((await workbench.sideBar.root.boundingBox())!.width).toBe(width);
});

test('tabs move with Ctrl+Shift+PageUp/PageDown and by dragging; breadcrumbs follow the selected block', async ({ workbench, page, library }) => {
  for (const title of ['Schaalvraag', 'Wondervraag']) {
    await library.search.fill(title.toLowerCase());
    await library.card(title).click();
  }
  const tabNames = () => workbench.editor.tabs.getByRole('tab').allTextContents();
  expect(await tabNames()).toEqual(['Welkom', 'Schaalvraag', 'Wondervraag']);
  await page.keyboard.press('Control+Shift+PageUp');
  expect(await tabNames()).toEqual(['Welkom', 'Wondervraag', 'Schaalvraag']);
  await page.keyboard.press('Control+Shift+PageDown');
  expect(await tabNames()).toEqual(['Welkom', 'Schaalvraag', 'Wondervraag']);
  await workbench.editor.tab('Wondervraag').dragTo(workbench.editor.tab('Welkom'));
  expect(await tabNames()).toEqual(['Wondervraag', 'Welkom', 'Schaalvraag']);

  await workbench.editor.tab('Welkom').click();
  await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
  await page.locator('[data-day-id] .block-body').nth(3).click();
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.getByRole('listitem')).toHaveCount(3);
  await expect(crumbs).toContainText('Basistraining');
  await expect(crumbs).toContainText('Dag 1');
});

test('the editor splits (Ctrl+\\) to show two days of one training side by side, and joins again', async ({ workbench, page }) => {
  await page.setViewportSize({ width: 1700, height: 950 });
  await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
  await expect(page.locator('#editor-content .day-column[data-day-id]')).toHaveCount(3);
  await page.keyboard.press('Control+Backslash');
  const side = page.getByRole('region', { name: 'Rechterhelft van de editor' });
  await expect(side.locator('.day-column[data-day-id]')).toHaveCount(3);
  await expect(side.getByRole('combobox', { name: 'Tabblad in de rechterhelft' })).toHaveValue(/curriculum:/);
  // An edit in one half shows in the other: it is one document.
  await side.locator('[data-day-id]').nth(2).getByRole('button', { name: 'Blok toevoegen' }).click();
  const count = await side.locator('[data-day-id]').nth(2).locator('.block-item').count();
  await expect(page.locator('#editor-content [data-day-id]').nth(2).locator('.block-item')).toHaveCount(count);
  await side.getByRole('button', { name: 'Splitsing sluiten' }).click();
  await expect(side).toBeHidden();
});
