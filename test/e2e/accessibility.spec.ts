import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { TechniqueCard } from '../../src/core';
import { makeCard } from '../unit/fixtures';
import { expect, test, type WebEdition } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { FileDialog } from './pages/file-dialog';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

/** WCAG 2.0 and 2.1, levels A and AA: the rules the workbench promises to meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Scans the page as it is now (or the parts named in `scope`) and reports every serious or critical violation,
 * listing rule, impact, element and axe's summary, so the report says what to fix and where.
 *
 * For speed: colour contrast, axe's slowest rule, is left out (test/unit/theme-contrast.test.ts checks every
 * theme's colour pairs instead), and axe collects violations only, not the passes and incomplete results.
 * Soft, so one journey reports every view that fails, not just the first.
 */
async function expectAccessible(page: Page, view: string, scope: { include?: string[]; exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).disableRules(['color-contrast']).setLegacyMode();
  for (const selector of scope.include ?? []) builder = builder.include(selector);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${JSON.stringify(node.target)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
  expect.soft(blocking.map((violation) => violation.id), `serious or critical accessibility violations in ${view}:\n\n${report}`).toEqual([]);
}

/** The parts of the workbench a step changes; scanning only those keeps a scan short. */
const SIDE_BAR = '#side-bar';
const EDITOR = '#editor-content';
const PANEL = 'section.panel';

/** An own card, as the trainer would have made it. */
const ownCard = (id: string, title: string, author: string, updated = '2026-02-01T00:00:00Z'): TechniqueCard =>
  makeCard(id, { title: { nl: title, en: title }, provenance: { origin: 'own', author, updated } });

/**
 * Everything the journey needs before the page opens: the theme, two own cards a pack changes, one own card
 * to delete, and a card pack file with one new, one changed and one unchanged card.
 */
async function seed(web: WebEdition, theme: 'light' | 'dark'): Promise<string> {
  await web.call('settings.update', { changes: { theme } });
  const mine = [ownCard('own-a', 'Kaart A mijn', 'Ik'), ownCard('own-b', 'Kaart B mijn', 'Ik')];
  await web.call('library.saveCards', { cards: [...mine, ownCard('own-te-wissen', 'Te wissen kaart', 'Ik')] });
  const pack = {
    format: 'draaiboek',
    formatVersion: 1,
    app: { name: 'Draaiboek', version: '0.1.0' },
    cards: [ownCard('own-a', 'Kaart A hun', 'Els', '2026-03-01T00:00:00Z'), mine[1], ownCard('own-d', 'Kaart D nieuw', 'Els', '2026-03-01T00:00:00Z')],
    modules: [],
  };
  const file = join(web.filesDir, 'pakket.draaiboek');
  await writeFile(file, JSON.stringify(pack, null, 2));
  return file;
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main view of the workbench meets WCAG 2.1 AA in the ${theme} theme`, async ({ page, web }) => {
    const packFile = await seed(web, theme);
    // Opened here, not by the `workbench` fixture: the theme and cards must be in place before the page loads.
    const workbench = new Workbench(page);
    const library = new Library(page);
    await workbench.open(web.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await test.step('the welcome view with the library side bar', async () => {
      await expect(page.getByRole('heading', { name: 'Welkom bij Draaiboek' })).toBeVisible();
      await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
      await expect(library.cardButtons().first()).toBeVisible();
      // The one scan of the whole workbench: activity bar, side bar, tabs, panel and status bar.
      await expectAccessible(page, 'the welcome view');
    });

    await test.step('the library filters expanded', async () => {
      // Exact: once filters are set, "Filters wissen" appears next to the toggle.
      const toggle = workbench.sideBar.root.getByRole('button', { name: 'Filters', exact: true });
      await toggle.click();
      await expect(page.locator('#library-filters')).toBeVisible();
      await expectAccessible(page, 'the library filters', { include: [SIDE_BAR] });
      await toggle.click();
      await expect(page.locator('#library-filters')).toBeHidden();
    });

    await test.step('a card opened in a tab', async () => {
      await workbench.sideBar.card('Open vragen').click();
      await expect(workbench.editor.content.getByRole('heading', { name: 'Open vragen', level: 1 })).toBeVisible();
      await expectAccessible(page, 'a card in a tab', { include: ['main'] });
    });

    await test.step('the delete-confirmation dialog', async () => {
      await library.search.fill('te wissen kaart');
      await library.card('Te wissen kaart').click();
      await library.editor.getByRole('button', { name: 'Verwijderen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Kaart verwijderen?' });
      await expect(dialog).toBeVisible();
      // The whole page: a modal dialog must leave nothing focusable behind it that a screen reader cannot reach.
      await expectAccessible(page, 'the delete-confirmation dialog');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('the card editor', async () => {
      await library.search.fill('schaalvraag');
      await library.card('Schaalvraag').click();
      await library.editor.getByRole('button', { name: 'Dupliceren om te bewerken' }).click();
      await expect(library.editor.getByRole('heading', { name: 'Nieuwe kaart' })).toBeVisible();
      await expect(library.editor.locator('.cm-content').first()).toBeVisible();
      await expectAccessible(page, 'the card editor', { include: ['main'] });
    });

    await test.step('the card pack import preview', async () => {
      await library.search.fill('');
      await library.importButton.click();
      const picker = new FileDialog(page, 'Bestand openen');
      await picker.field.fill(packFile);
      await picker.root.getByRole('button', { name: 'OK', exact: true }).click();
      await expect(library.editor.getByText('1 nieuw, 1 gewijzigd, 1 gelijk')).toBeVisible();
      await expectAccessible(page, 'the card pack import preview', { include: ['main'] });
    });

    const editor = new CurriculumEditor(page);
    await test.step('the curriculum editor with the example and a block selected', async () => {
      await workbench.editor.tab('Welkom').click();
      await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
      await expect(editor.root.locator('.day-column[data-day-id]')).toHaveCount(4);
      await editor.root.locator('.block-body').first().click();
      await expect(page.getByRole('complementary', { name: 'Blok bewerken' })).toBeVisible();
      await expectAccessible(page, 'the curriculum editor', { include: ['main'] });
    });

    await test.step('the Insights side bar view', async () => {
      await workbench.activityBar.select('Inzichten');
      await expect(workbench.sideBar.root).toContainText('% actief');
      await expectAccessible(page, 'the Insights view', { include: [SIDE_BAR] });
    });

    await test.step('the export view', async () => {
      await editor.toolbar.getByRole('button', { name: 'Hand-outs…' }).click();
      await expect(page.frameLocator('iframe.export-preview').locator('body')).not.toBeEmpty();
      // The preview is the hand-out itself, a document of its own; the export view around it is the workbench's.
      await expectAccessible(page, 'the export view', { include: [EDITOR], exclude: ['iframe.export-preview'] });
    });

    await test.step('the Problems and Output panel tabs', async () => {
      // A day of nothing but theory: design problems with their quick fixes fill the Problems tab.
      await workbench.editor.tab('Welkom').click();
      await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
      await editor.addBlocks('Dag 1', ['theory', 'theory', 'theory', 'theory']);
      await workbench.panel.tab(/Problemen/).click();
      await expect(workbench.panel.content).toContainText('zonder pauze');
      await expectAccessible(page, 'the Problems tab', { include: [PANEL] });
      await workbench.panel.tab('Uitvoer').click();
      await expect(workbench.panel.content).toContainText(/Draaiboek \S+ gestart/);
      await expectAccessible(page, 'the Output tab', { include: [PANEL] });
    });
  });
}
