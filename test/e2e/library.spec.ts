import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, type TechniqueCard } from '../../src/core';
import { makeCard } from '../unit/fixtures';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

test('finding a card: search, filters that survive a reload, and a card opened to read', async ({ library, page, web }) => {
  await test.step('the search finds cards by prefix, by need name and despite a typo, and shows the count', async () => {
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

  await test.step('a built-in card opens with all its fields, rendered Markdown and its sources, and can only be duplicated', async () => {
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

  let filtered = '';
  await test.step('a tradition filter combines with the query', async () => {
    await library.search.fill('');
    await library.filtersButton.click();
    await library.filter('Traditie', 'Narratief');
    // Once the list has caught up with the filter, it shows only narrative cards, as many as the count says.
    await expect(async () => {
      const traditions = await library.cardButtons().allTextContents();
      expect(traditions.length).toBeGreaterThanOrEqual(8);
      expect(traditions.every((text) => text.includes('Narratief'))).toBe(true);
      // The list renders the rows that fit; the count says how many cards the filter lets through.
      const counted = Number(/^(\d+) van \d+ kaarten$/.exec((await library.count.textContent()) ?? '')?.[1]);
      expect(counted).toBeGreaterThanOrEqual(traditions.length);
      expect(counted).toBeLessThan(30);
    }).toPass();
    await library.search.fill('levens');
    await expect(library.cardButtons().first()).toContainText('Levenslijn');
    await expect(library.cardButtons().first()).toContainText('Narratief');
    filtered = (await library.count.textContent())!;
  });

  await test.step('after a reload the query and the filter are still there', async () => {
    // The view is saved shortly after the last change.
    await expect.poll(async () => (await web.call('uiState.get', {})).library.query).toBe('levens');
    await page.goto(web.origin + '/');
    await expect(library.search).toHaveValue('levens');
    await expect(library.count).toHaveText(filtered);
    await library.filtersButton.click();
    await expect(page.locator('#library-filters').getByLabel('Narratief', { exact: true })).toBeChecked();
  });
});

test('own cards: a built-in card duplicated to edit, validated, saved, kept across a reload, and deleted with undo', async ({ library, page, web }) => {
  const form = library.editor;
  const title = 'Schaalvraag voor teams';
  const ownIds = async () => (await web.call('library.listCards', {})).filter((card) => card.title.nl === title).map((card) => card.id);

  await test.step('a built-in card is duplicated to edit, and says where it came from', async () => {
    await library.search.fill('schaalvraag');
    await library.card('Schaalvraag').click();
    await form.getByRole('button', { name: 'Dupliceren om te bewerken' }).click();
    await expect(form.getByRole('heading', { name: 'Nieuwe kaart' })).toBeVisible();
    await expect(form.getByText(/^afgeleid van Schaalvraag/)).toBeVisible();
  });

  await test.step('a duration of 0 minutes is refused with the reason', async () => {
    await form.getByRole('textbox', { name: 'Titel (Nederlands)' }).fill(title);
    await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('0');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByRole('alert')).toContainText('De duur moet een heel aantal minuten zijn, van 1 tot 480.');
  });

  await test.step('the instructions take Markdown, previewed as typed, and the card is saved', async () => {
    await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('40');
    await form.getByRole('textbox', { name: 'Werkwijze (Nederlands)' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n5. Sluit af met een **teamschaal**.');
    await expect(form.locator('#instructions-nl .markdown-preview strong')).toHaveText('teamschaal');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  });

  await test.step('after a reload the own card is still there, with the edits', async () => {
    await page.goto(web.origin + '/');
    await library.search.fill('teams');
    await library.card(title).click();
    await expect(form).toContainText('40 min');
    await expect(form).toContainText('eigen kaart');
    await expect(form.locator('strong', { hasText: 'teamschaal' })).toBeVisible();
    expect(await ownIds()).toHaveLength(1);
  });

  await test.step('deleting asks first: cancelling keeps the card', async () => {
    await form.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Kaart verwijderen?' }).getByRole('button', { name: 'Annuleren' }).click();
    await expect(library.card(title)).toBeVisible();
    expect(await ownIds()).toHaveLength(1);
  });

  await test.step('a confirmed delete removes the card, and the undo in the notification brings it back', async () => {
    const [id] = await ownIds();
    await form.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Kaart verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(library.card(title)).toHaveCount(0);
    await expect.poll(ownIds).toEqual([]);
    await page.getByRole('status').filter({ hasText: 'is verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(library.card(title)).toBeVisible();
    await expect.poll(ownIds).toEqual([id]);
  });
});

test('sharing cards: a card pack with conflicts imported choice by choice, and chosen own cards exported as a pack', async ({ page, web }) => {
  const card = (id: string, cardTitle: string, author: string): TechniqueCard =>
    makeCard(id, { title: { nl: cardTitle, en: cardTitle }, provenance: { origin: 'own', author, updated: '2026-02-01T00:00:00Z' } });
  // Three own cards, and a colleague's pack that changes all three and adds a fourth; both in place before the page opens.
  await web.call('library.saveCards', { cards: [card('own-a', 'Kaart A mijn', 'Ik'), card('own-b', 'Kaart B mijn', 'Ik'), card('own-c', 'Kaart C mijn', 'Ik')] });
  const pack = {
    format: 'draaiboek',
    formatVersion: 1,
    app: { name: 'Draaiboek', version: '0.1.0' },
    cards: [card('own-a', 'Kaart A hun', 'Els'), card('own-b', 'Kaart B hun', 'Els'), card('own-c', 'Kaart C hun', 'Els'), card('own-d', 'Kaart D nieuw', 'Els')],
    modules: [],
  };
  const packFile = join(web.filesDir, 'pakket-van-els.draaiboek');
  await writeFile(packFile, JSON.stringify(pack, null, 2));
  const packBefore = await readFile(packFile, 'utf8');
  const workbench = new Workbench(page);
  const library = new Library(page);
  await workbench.open(web.url);

  await test.step('the pack is previewed: one new card and three that differ from mine', async () => {
    await library.importButton.click();
    const open = new FileDialog(page, 'Bestand openen');
    await open.field.fill(packFile);
    await open.root.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(library.editor.getByText('1 nieuw, 3 gewijzigd, 0 gelijk')).toBeVisible();
  });

  await test.step('each conflict is resolved: keep mine, take theirs, keep both (the copy named after its author)', async () => {
    const preview = library.editor;
    await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart A hun' }).getByLabel('mijn versie houden').check();
    await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart B hun' }).getByLabel('hun versie nemen').check();
    await preview.getByRole('radiogroup', { name: 'Keuze voor Kaart C hun' }).getByLabel('allebei houden').check();
    await preview.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect(page.getByText('3 kaarten geïmporteerd.').first()).toBeVisible();
    const titles = (await web.call('library.listCards', {})).filter((c) => c.title.nl.startsWith('Kaart ')).map((c) => c.title.nl).sort();
    expect(titles).toEqual(['Kaart A mijn', 'Kaart B hun', 'Kaart C hun (versie van Els)', 'Kaart C mijn', 'Kaart D nieuw']);
    // Importing only reads the pack.
    expect(await readFile(packFile, 'utf8')).toBe(packBefore);
  });

  await test.step('a card taken from the pack says who it came from', async () => {
    await library.search.fill('Kaart B');
    await library.card('Kaart B hun').click();
    await expect(library.editor).toContainText('geïmporteerd · Els');
  });

  await test.step('only the chosen cards are exported, as a pack that validates and holds no training', async () => {
    await library.exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Kaartenpakket exporteren' });
    for (const other of ['Kaart B hun', 'Kaart C hun (versie van Els)', 'Kaart C mijn']) await dialog.getByLabel(other, { exact: true }).uncheck();
    await dialog.getByRole('button', { name: '2 kaarten exporteren…' }).click();
    const file = join(web.filesDir, 'mijn-pakket.draaiboek');
    const save = new FileDialog(page, 'Opslaan als');
    await save.field.fill(file);
    await save.root.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(page.getByText(`2 kaarten geëxporteerd naar ${file}.`).first()).toBeVisible();
    const text = await readFile(file, 'utf8');
    expect((JSON.parse(text) as { curriculum?: unknown }).curriculum).toBeUndefined();
    const parsed = parseDocument(text);
    expect(parsed.ok && parsed.document.cards.map((c) => c.id).sort()).toEqual(['own-a', 'own-d']);
  });
});
