import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { TechniqueCard } from '../../src/core';
import { callHost } from './api';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';

/** WCAG 2.0 and 2.1, levels A and AA: the rules the workbench promises to meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Scans the page as it is now and fails on every serious or critical violation, listing rule, impact,
 * element and axe's summary, so the report says what to fix and where.
 */
async function expectAccessible(page: Page, configure: (builder: AxeBuilder) => AxeBuilder = (builder) => builder): Promise<void> {
  const results = await configure(new AxeBuilder({ page }).withTags(TAGS)).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${JSON.stringify(node.target)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
  // Soft, so a test that scans several states reports all of them.
  expect.soft(blocking.map((violation) => violation.id), `serious or critical accessibility violations:\n\n${report}`).toEqual([]);
}

async function saveOwnCards(request: Parameters<typeof callHost>[0], web: Parameters<typeof callHost>[1], cards: { id: string; title: string; author: string }[]): Promise<TechniqueCard[]> {
  const [template] = await callHost<TechniqueCard[]>(request, web, 'library.listCards', {});
  const own = cards.map(({ id, title, author }): TechniqueCard => ({
    ...template!,
    id,
    title: { nl: title, en: title },
    provenance: { origin: 'own', author, updated: '2026-02-01T00:00:00Z' },
  }));
  await callHost(request, web, 'library.saveCards', { cards: own });
  return own;
}

async function openExample(page: Page): Promise<CurriculumEditor> {
  await page.getByRole('main').getByRole('button', { name: /Voorbeeld openen/ }).click();
  const editor = new CurriculumEditor(page);
  await expect(editor.root.locator('.day-column[data-day-id]')).toHaveCount(3);
  return editor;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${theme} theme`, () => {
    // An axe scan in its full mode takes 6–7 s; a view with two scans needs more than the default 30 s on a busy machine.
    test.describe.configure({ timeout: 90_000 });
    test.beforeEach(async ({ workbench, page, request, web }) => {
      await callHost(request, web, 'settings.update', { changes: { theme } });
      await page.reload();
      await expect(workbench.activityBar.root).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    });

    test('the welcome view with the library side bar', async ({ page, workbench, library }) => {
      await expect(page.getByRole('heading', { name: 'Welkom bij Draaiboek' })).toBeVisible();
      await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
      await expect(library.cardButtons().first()).toBeVisible();
      await expectAccessible(page);
    });

    test('a card opened in a tab', async ({ page, workbench }) => {
      await workbench.sideBar.card('Open vragen').click();
      await expect(workbench.editor.content.getByRole('heading', { name: 'Open vragen', level: 1 })).toBeVisible();
      await expectAccessible(page);
    });

    test('the card editor', async ({ page, library }) => {
      await library.search.fill('schaalvraag');
      await library.card('Schaalvraag').click();
      await library.editor.getByRole('button', { name: 'Dupliceren om te bewerken' }).click();
      await expect(library.editor.getByRole('heading', { name: 'Nieuwe kaart' })).toBeVisible();
      await expect(library.editor.locator('.cm-content').first()).toBeVisible();
      await expectAccessible(page);
    });

    test('the curriculum editor with the example and a block selected', async ({ page }) => {
      const editor = await openExample(page);
      await editor.root.locator('.block-body').first().click();
      await expect(page.getByRole('complementary', { name: 'Blok bewerken' })).toBeVisible();
      await expectAccessible(page);
    });

    test('the Problems and Output panel tabs', async ({ page, workbench }) => {
      // A day of nothing but theory: design problems with their quick fixes fill the Problems tab.
      await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
      const day = new CurriculumEditor(page).day('Dag 1');
      await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption('theory');
      for (let i = 0; i < 4; i++) await day.getByRole('button', { name: 'Blok toevoegen' }).click();
      await workbench.panel.tab(/Problemen/).click();
      await expect(workbench.panel.content).toContainText('zonder pauze');
      await expectAccessible(page);
      await workbench.panel.tab('Uitvoer').click();
      await expect(workbench.panel.content).toContainText('Draaiboek 0.1.0 gestart');
      await expectAccessible(page);
    });

    test('the Insights side bar view', async ({ page, workbench }) => {
      await openExample(page);
      await workbench.activityBar.select('Inzichten');
      await expect(workbench.sideBar.root).toContainText('% actief');
      await expectAccessible(page);
    });

    test('the export view', async ({ page }) => {
      const editor = await openExample(page);
      await editor.toolbar.getByRole('button', { name: 'Hand-outs…' }).click();
      await expect(page.frameLocator('iframe.export-preview').locator('body')).not.toBeEmpty();
      await expectAccessible(page, (builder) => builder.exclude('iframe.export-preview'));
    });

    test('the card pack import preview', async ({ page, library, request, web }) => {
      const mine = await saveOwnCards(request, web, [
        { id: 'own-a', title: 'Kaart A mijn', author: 'Ik' },
        { id: 'own-b', title: 'Kaart B mijn', author: 'Ik' },
      ]);
      const pack = {
        format: 'draaiboek',
        formatVersion: 1,
        app: { name: 'Draaiboek', version: '0.1.0' },
        cards: [
          { ...mine[0]!, title: { nl: 'Kaart A hun', en: 'Kaart A hun' }, provenance: { origin: 'own', author: 'Els', updated: '2026-03-01T00:00:00Z' } },
          mine[1],
          { ...mine[0]!, id: 'own-d', title: { nl: 'Kaart D nieuw', en: 'Kaart D nieuw' }, provenance: { origin: 'own', author: 'Els', updated: '2026-03-01T00:00:00Z' } },
        ],
        modules: [],
      };
      const file = join(web.dataDir, 'pakket.draaiboek');
      await writeFile(file, JSON.stringify(pack, null, 2));
      await page.reload();
      await library.importButton.click();
      const pathDialog = page.getByRole('dialog', { name: 'Bestand openen' });
      await pathDialog.getByLabel('Pad naar het bestand').fill(file);
      await pathDialog.getByRole('button', { name: 'OK' }).click();
      await expect(library.editor.getByText('1 nieuw, 1 gewijzigd, 1 gelijk')).toBeVisible();
      await expectAccessible(page);
    });

    test('the library filters expanded', async ({ page, library }) => {
      await library.filtersButton.click();
      await expect(page.locator('#library-filters')).toBeVisible();
      await expectAccessible(page);
    });

    test('the delete-confirmation dialog', async ({ page, library, request, web }) => {
      await saveOwnCards(request, web, [{ id: 'own-te-wissen', title: 'Te wissen kaart', author: 'Ik' }]);
      await page.reload();
      await library.search.fill('wissen');
      await library.card('Te wissen kaart').click();
      await library.editor.getByRole('button', { name: 'Verwijderen' }).click();
      await expect(page.getByRole('dialog', { name: 'Kaart verwijderen?' })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
