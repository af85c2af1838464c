import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TechniqueCard, UiState } from '../../src/core';
import { callHost } from './api';
import { expect, test } from './fixtures';

test('search finds cards by prefix, need name and typo, and shows the count', async ({ library, page }) => {
  await library.search.fill('schaal');
  await expect(library.cardButtons().first()).toContainText('Schaalvraag');
  await expect(library.count).toHaveText(/^\d+ van \d+ kaarten$/);
  await library.search.fill('verbondenh');
  // The best matches feed relatedness (further down, typo tolerance may add near misses).
  for (let i = 0; i < 5; i++) await expect(library.cardButtons().nth(i)).toContainText('Verbondenheid · voedt');
  await library.search.fill('wondervrag');
  await expect(library.cardButtons().first()).toContainText('Wondervraag');
  await library.search.fill('zzzzqqq');
  await expect(page.getByText('Geen kaarten gevonden')).toBeVisible();
});

test('filters combine with the query and survive a reload', async ({ library, page, web, request }) => {
  await library.filtersButton.click();
  await library.filter('Traditie', 'Narratief');
  const count = await library.cardButtons().count();
  expect(count).toBeGreaterThanOrEqual(8);
  await expect(library.count).toHaveText(new RegExp(`^${count} van \\d+ kaarten$`));
  await library.search.fill('levens');
  await expect(library.cardButtons().first()).toContainText('Levenslijn');
  await expect(library.cardButtons().first()).toContainText('Narratief');
  const filtered = await library.count.textContent();
  // The view is saved shortly after the last change.
  await expect.poll(async () => (await callHost<UiState>(request, web, 'uiState.get', {})).library.query).toBe('levens');
  await page.goto(web.origin + '/');
  await expect(library.search).toHaveValue('levens');
  await expect(library.count).toHaveText(filtered!);
  await library.filtersButton.click();
  await expect(page.locator('#library-filters').getByLabel('Narratief', { exact: true })).toBeChecked();
});

test('a card opens with all its fields, rendered Markdown and its sources', async ({ library }) => {
  await library.search.fill('schaalvraag');
  await library.card('Schaalvraag').click();
  const editor = library.editor;
  await expect(editor.getByRole('heading', { name: 'Schaalvraag', level: 1 })).toBeVisible();
  for (const heading of ['Basisbehoeften', 'Doel', 'Werkwijze', 'Voorbeeldvragen', 'Notities voor de trainer', 'Bronnen']) {
    await expect(editor.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(editor.locator('.markdown ol li').first()).toBeVisible();
  await expect(editor.getByText('praktijkkennis')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Bewerken', exact: true })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Dupliceren om te bewerken' })).toBeVisible();
});

test('a built-in card is duplicated to edit; the edit is validated, saved and still there after a reload', async ({ library, page, web }) => {
  await library.search.fill('schaalvraag');
  await library.card('Schaalvraag').click();
  await library.editor.getByRole('button', { name: 'Dupliceren om te bewerken' }).click();
  const form = library.editor;
  await expect(form.getByRole('heading', { name: 'Nieuwe kaart' })).toBeVisible();
  await expect(form.getByText('afgeleid van sf-scaling-question')).toBeVisible();
  await form.getByRole('textbox', { name: 'Titel (Nederlands)' }).fill('Schaalvraag voor teams');
  await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('0');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('alert')).toContainText('De duur moet een heel aantal minuten zijn, van 1 tot 480.');
  await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('40');
  const instructions = form.getByRole('textbox', { name: 'Werkwijze (Nederlands)' });
  await instructions.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n5. Sluit af met een **teamschaal**.');
  await expect(form.locator('#instructions-nl .markdown-preview strong')).toHaveText('teamschaal');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(library.editor.getByRole('heading', { name: 'Schaalvraag voor teams', level: 1 })).toBeVisible();

  await page.goto(web.origin + '/');
  await library.search.fill('teams');
  await library.card('Schaalvraag voor teams').click();
  await expect(library.editor).toContainText('40 min');
  await expect(library.editor).toContainText('eigen kaart');
  await expect(library.editor.locator('strong', { hasText: 'teamschaal' })).toBeVisible();
});

test('deleting an own card asks first and can be undone', async ({ library, page, web, request }) => {
  const cards = await callHost<TechniqueCard[]>(request, web, 'library.listCards', {});
  const own = { ...cards[0]!, id: 'own-te-wissen', title: { nl: 'Te wissen kaart', en: 'Card to delete' }, provenance: { origin: 'own', author: 'Ik', updated: '2026-01-01T00:00:00Z' } };
  await callHost(request, web, 'library.saveCards', { cards: [own] });
  await page.reload();
  await library.search.fill('wissen');
  await library.card('Te wissen kaart').click();
  await library.editor.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart verwijderen?' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(library.card('Te wissen kaart')).toBeVisible();
  await library.editor.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(library.card('Te wissen kaart')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'is verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(library.card('Te wissen kaart')).toBeVisible();
  const after = await callHost<TechniqueCard[]>(request, web, 'library.listCards', {});
  expect(after.some((card) => card.id === 'own-te-wissen')).toBe(true);
});

test('a card pack with conflicts is previewed and each conflict resolved: keep mine, take theirs, keep both', async ({ library, page, web, request }) => {
  const [template] = await callHost<TechniqueCard[]>(request, web, 'library.listCards', {});
  const card = (id: string, title: string, author: string): TechniqueCard => ({
    ...template!,
    id,
    title: { nl: title, en: title },
    provenance: { origin: 'own', author, updated: '2026-02-01T00:00:00Z' },
  });
  await callHost(request, web, 'library.saveCards', { cards: [card('own-a', 'Kaart A mijn', 'Ik'), card('own-b', 'Kaart B mijn', 'Ik'), card('own-c', 'Kaart C mijn', 'Ik')] });
  const pack = {
    format: 'draaiboek',
    formatVersion: 1,
    app: { name: 'Draaiboek', version: '0.1.0' },
    cards: [card('own-a', 'Kaart A hun', 'Els'), card('own-b', 'Kaart B hun', 'Els'), card('own-c', 'Kaart C hun', 'Els'), card('own-d', 'Kaart D nieuw', 'Els')],
    modules: [],
  };
  const file = join(web.dataDir, 'pakket-van-els.draaiboek');
  await writeFile(file, JSON.stringify(pack, null, 2));
  const before = await readFile(file, 'utf8');
  await page.reload();

  await library.importButton.click();
  const pathDialog = page.getByRole('dialog', { name: 'Bestand openen' });
  await pathDialog.getByLabel('Pad naar het bestand').fill(file);
  await pathDialog.getByRole('button', { name: 'OK' }).click();

  const preview = library.editor;
  await expect(preview.getByText('1 nieuw, 3 gewijzigd, 0 gelijk')).toBeVisible();
  await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart A hun' }).getByLabel('mijn versie houden').check();
  await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart B hun' }).getByLabel('hun versie nemen').check();
  await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart C hun' }).getByLabel('allebei houden').check();
  await preview.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText('3 kaarten geïmporteerd.').first()).toBeVisible();

  const titles = (await callHost<TechniqueCard[]>(request, web, 'library.listCards', {})).filter((c) => c.title.nl.startsWith('Kaart ')).map((c) => c.title.nl).sort();
  expect(titles).toEqual(['Kaart A mijn', 'Kaart B hun', 'Kaart C hun', 'Kaart C mijn', 'Kaart D nieuw']);
  expect(await readFile(file, 'utf8')).toBe(before);
  await library.search.fill('Kaart B');
  await library.card('Kaart B hun').click();
  await expect(library.editor).toContainText('geïmporteerd · Els');
});

test('own cards are exported as a card pack that validates and holds only the chosen cards', async ({ library, page, web, request }) => {
  const [template] = await callHost<TechniqueCard[]>(request, web, 'library.listCards', {});
  const own = (id: string, title: string): TechniqueCard => ({ ...template!, id, title: { nl: title, en: title }, provenance: { origin: 'own', author: 'Ik', updated: '2026-02-01T00:00:00Z' } });
  await callHost(request, web, 'library.saveCards', { cards: [own('own-x', 'Export X'), own('own-y', 'Export Y')] });
  await page.reload();
  await library.exportButton.click();
  const dialog = page.getByRole('dialog', { name: 'Kaartenpakket exporteren' });
  await dialog.getByLabel('Export Y').uncheck();
  await dialog.getByRole('button', { name: '1 kaarten exporteren…' }).click();
  const file = join(web.dataDir, 'mijn-pakket.draaiboek');
  const pathDialog = page.getByRole('dialog', { name: 'Opslaan als' });
  await pathDialog.getByLabel('Pad naar het bestand').fill(file);
  await pathDialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(`1 kaarten geëxporteerd naar ${file}.`).first()).toBeVisible();
  const written = JSON.parse(await readFile(file, 'utf8')) as { curriculum?: unknown; cards: TechniqueCard[] };
  expect(written.curriculum).toBeUndefined();
  expect(written.cards.map((card) => card.id)).toEqual(['own-x']);
});
