import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type WebEdition } from './fixtures';
import { Library } from './pages/library';
import { Palette } from './pages/palette';
import { Workbench } from './pages/workbench';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');
const TRAINING = 'Basistraining Activerende gespreksvoering';
/** A training saved in a file has a tab named after the file. */
const TRAINING_TAB = 'basistraining.draaiboek';

/**
 * The example training as the trainer's own file, left open in a tab behind the welcome view, as if the app
 * was closed with it open: the journeys need a training but are not about opening one.
 */
async function seedOpenTraining(web: WebEdition): Promise<string> {
  const file = join(web.filesDir, TRAINING_TAB);
  await copyFile(EXAMPLE, file);
  await web.call('uiState.update', { changes: { layout: { tabs: [{ kind: 'welcome' }, { kind: 'file', path: file }], activeTab: 0 } } });
  return file;
}

/** Loads the page again, as closing and reopening the browser tab would. */
async function reload(page: Page, workbench: Workbench): Promise<void> {
  await page.reload();
  await expect(workbench.activityBar.root).toBeVisible();
}

test('working by keyboard: the command palette, quick open and keybindings, including one of the trainer\'s own', async ({ page, web }) => {
  await seedOpenTraining(web);
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const palette = new Palette(page);
  await expect(workbench.editor.tab(TRAINING_TAB)).toBeVisible();

  await test.step('Ctrl+Shift+P finds a command fuzzily, shows its keys and runs it', async () => {
    await palette.openCommands();
    await expect(palette.root).toBeVisible();
    await palette.input.fill('>zijbalk');
    await expect(palette.options.first()).toContainText('Zijbalk tonen of verbergen');
    await expect(palette.options.first().locator('kbd')).toHaveText('Ctrl+B');
    await page.keyboard.press('Enter');
    await expect(workbench.sideBar.root).toBeHidden();
    await expect(palette.root).toBeHidden();
  });

  await test.step('F1 opens it too, with the command just used on top', async () => {
    await page.keyboard.press('F1');
    await expect(palette.input).toHaveValue('>');
    await expect(palette.options.first()).toContainText('Zijbalk tonen of verbergen');
    await expect(palette.options.first()).toContainText('recent gebruikt');
    // Letters left out of both words still find the command.
    await palette.input.fill('>pnl tnen');
    await expect(palette.options.first()).toContainText('Paneel tonen of verbergen');
    await page.keyboard.press('Escape');
    await expect(palette.root).toBeHidden();
  });

  await test.step('quick open (Ctrl+P) finds a card, a day and a training by name', async () => {
    await page.keyboard.press('Control+P');
    await palette.input.fill('schaalvr');
    await expect(palette.options.first()).toContainText('Schaalvraag');
    await page.keyboard.press('Enter');
    await expect(workbench.editor.tab('Schaalvraag')).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Control+P');
    await palette.input.fill('integratie');
    await expect(palette.options.first()).toContainText('Integratie');
    await page.keyboard.press('Enter');
    await expect(workbench.editor.tab(TRAINING_TAB)).toHaveAttribute('aria-selected', 'true');

    await workbench.editor.tab('Schaalvraag').click();
    await page.keyboard.press('Control+P');
    await palette.input.fill('activerende');
    await expect(palette.options.first()).toContainText(TRAINING);
    await page.keyboard.press('Enter');
    await expect(workbench.editor.tab(TRAINING_TAB)).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('Ctrl+J hides and shows the panel, as in VS Code', async () => {
    await page.keyboard.press('Control+J');
    await expect(workbench.panel.root).toBeHidden();
    await page.keyboard.press('Control+J');
    await expect(workbench.panel.root).toBeVisible();
  });

  await test.step('a new key for the panel is recorded in the keybindings editor and saved', async () => {
    await palette.run('sneltoetsen openen');
    const view = workbench.editor.content;
    await view.getByRole('searchbox').fill('paneel');
    await view.getByRole('button', { name: 'Sneltoets van Beeld: Paneel tonen of verbergen wijzigen' }).click();
    await page.keyboard.press('Control+Alt+P');
    await expect(view.getByRole('row', { name: /Paneel tonen of verbergen/ }).locator('kbd')).toHaveText('Ctrl+Alt+P');
    await expect.poll(async () => (await web.call('settings.get', {})).keybindings).toEqual({ 'workbench.action.togglePanel': 'ctrl+alt+p' });
  });

  await test.step('after a reload the new key toggles the panel and the old one no longer does', async () => {
    await reload(page, workbench);
    await expect(workbench.panel.root).toBeVisible();
    await page.keyboard.press('Control+J');
    await expect(workbench.panel.root).toBeVisible();
    await page.keyboard.press('Control+Alt+P');
    await expect(workbench.panel.root).toBeHidden();
  });
});

test('the layout comes back: tabs, panel and side bar after a reload; tabs rearranged, breadcrumbs, a split editor', async ({ page, web }) => {
  // Wide enough for two halves of the editor to show a day each.
  await page.setViewportSize({ width: 1700, height: 950 });
  const file = await seedOpenTraining(web);
  const workbench = new Workbench(page);
  const library = new Library(page);
  await workbench.open(web.url);
  await expect(workbench.editor.tab(TRAINING_TAB)).toBeVisible();
  const tabNames = () => workbench.editor.tabs.getByRole('tab');
  const sash = page.getByRole('separator', { name: 'Breedte van de zijbalk' });
  let sideBarWidth = 0;

  await test.step('two cards opened, the output panel chosen, the side bar widened and hidden', async () => {
    for (const title of ['Schaalvraag', 'Wondervraag']) {
      await library.search.fill(title.toLowerCase());
      await library.card(title).click();
      await expect(workbench.editor.tab(title)).toHaveAttribute('aria-selected', 'true');
    }
    await workbench.panel.tab('Uitvoer').click();
    await sash.focus();
    // Each arrow press grows the side bar by one step; waiting for each keeps both presses counted.
    await page.keyboard.press('ArrowRight');
    await expect(sash).toHaveAttribute('aria-valuenow', '316');
    await page.keyboard.press('ArrowRight');
    await expect(sash).toHaveAttribute('aria-valuenow', '332');
    sideBarWidth = (await workbench.sideBar.root.boundingBox())!.width;
    await page.keyboard.press('Control+B');
    await expect(workbench.sideBar.root).toBeHidden();
    // The layout is saved shortly after the last change; reloading earlier would lose it.
    await expect
      .poll(async () => {
        const { layout } = await web.call('uiState.get', {});
        return { ...layout, tabs: layout.tabs.map((tab) => (tab.kind === 'file' ? tab.path : tab.kind)) };
      })
      .toMatchObject({ sideBarVisible: false, sideBarWidth: 332, panelTab: 'output', tabs: ['welcome', file, 'card', 'card'], activeTab: 3 });
  });

  await test.step('after a reload the tabs, the panel and the hidden side bar come back as they were', async () => {
    await reload(page, workbench);
    await expect(tabNames()).toHaveText(['Welkom', TRAINING_TAB, 'Schaalvraag', 'Wondervraag']);
    await expect(workbench.editor.tab('Wondervraag')).toHaveAttribute('aria-selected', 'true');
    await expect(workbench.sideBar.root).toBeHidden();
    await expect(workbench.panel.tab('Uitvoer')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Control+B');
    await expect(workbench.sideBar.root).toBeVisible();
    await expect(sash).toHaveAttribute('aria-valuenow', '332');
    expect((await workbench.sideBar.root.boundingBox())!.width).toBe(sideBarWidth);
  });

  await test.step('Ctrl+Shift+PageUp and PageDown move the active tab', async () => {
    await page.keyboard.press('Control+Shift+PageUp');
    await expect(tabNames()).toHaveText(['Welkom', TRAINING_TAB, 'Wondervraag', 'Schaalvraag']);
    await page.keyboard.press('Control+Shift+PageDown');
    await expect(tabNames()).toHaveText(['Welkom', TRAINING_TAB, 'Schaalvraag', 'Wondervraag']);
  });

  await test.step('a tab dragged onto another takes its place', async () => {
    await workbench.editor.tab('Wondervraag').dragTo(workbench.editor.tab('Welkom'));
    await expect(tabNames()).toHaveText(['Wondervraag', 'Welkom', TRAINING_TAB, 'Schaalvraag']);
  });

  await test.step('the breadcrumbs follow the selected block', async () => {
    await workbench.editor.tab(TRAINING_TAB).click();
    await page.locator('#editor-content [data-day-id] .block-body').nth(3).click();
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    await expect(crumbs.getByRole('listitem')).toHaveCount(3);
    await expect(crumbs).toContainText('Basistraining');
    await expect(crumbs).toContainText('Dag 1');
  });

  await test.step('Ctrl+\\ splits the editor: the same training on the right, one document in both halves', async () => {
    await expect(page.locator('#editor-content .day-column[data-day-id]')).toHaveCount(4);
    await page.keyboard.press('Control+Backslash');
    const side = page.getByRole('region', { name: 'Rechterhelft van de editor' });
    await expect(side.locator('.day-column[data-day-id]')).toHaveCount(4);
    await expect(side.getByRole('combobox', { name: 'Tabblad in de rechterhelft' })).toHaveValue(/curriculum:/);
    // An edit in one half shows in the other.
    const rightDay3 = side.locator('[data-day-id]').nth(2).locator('.block-item');
    const before = await rightDay3.count();
    await side.locator('[data-day-id]').nth(2).getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await expect(rightDay3).toHaveCount(before + 1);
    await expect(page.locator('#editor-content [data-day-id]').nth(2).locator('.block-item')).toHaveCount(before + 1);
  });

  await test.step('closing the split joins the editor again', async () => {
    const side = page.getByRole('region', { name: 'Rechterhelft van de editor' });
    await side.getByRole('button', { name: 'Splitsing sluiten' }).click();
    await expect(side).toBeHidden();
    await expect(page.locator('#editor-content .day-column[data-day-id]')).toHaveCount(4);
  });
});
