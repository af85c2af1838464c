import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from '../../src/core';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { startWebEdition } from './web-edition';
import { Workbench } from './pages/workbench';

test.describe('building a training day', () => {
  test.beforeEach(async ({ workbench }) => {
    await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
  });

  test('cards added and dragged into a day get start times that follow each other', async ({ page, library }) => {
    const editor = new CurriculumEditor(page);
    await library.search.fill('open vragen');
    await page.getByRole('button', { name: 'Open vragen toevoegen aan de training' }).click();
    await library.search.fill('bevestigen');
    await page.getByRole('button', { name: 'Bevestigen toevoegen aan de training' }).click();
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:30 Open vragen', '09:30–10:00 Bevestigen']);

    // Drag a card from the library onto the first block: it lands before it and everything shifts.
    await library.search.fill('inchecken');
    await editor.drag(library.card('Inchecken'), editor.blocks('Dag 1').first(), 'top');
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:15 Inchecken', '09:15–09:45 Open vragen', '09:45–10:15 Bevestigen']);
    await expect(editor.day('Dag 1').getByRole('status')).toContainText('1:15 van 8:00');
  });

  test('blocks reorder by mouse and by keyboard, move between days, and every edit can be undone and redone', async ({ page, library }) => {
    const editor = new CurriculumEditor(page);
    for (const [query, title] of [['open vragen', 'Open vragen'], ['bevestigen', 'Bevestigen'], ['samenvatten', 'Samenvatten: verzamelen, verbinden, afronden']]) {
      await library.search.fill(query!);
      await page.getByRole('button', { name: `${title} toevoegen aan de training`, exact: true }).click();
    }
    const titles = async (day: string) => (await editor.timesAndTitles(day)).map((line) => line.replace(/^\S+ /, ''));
    await expect.poll(() => titles('Dag 1')).toEqual(['Open vragen', 'Bevestigen', 'Samenvatten: verzamelen, verbinden, afronden']);

    await editor.drag(editor.blocks('Dag 1').nth(2), editor.blocks('Dag 1').first(), 'top');
    await expect.poll(() => titles('Dag 1')).toEqual(['Samenvatten: verzamelen, verbinden, afronden', 'Open vragen', 'Bevestigen']);

    // Keyboard: Space picks up, an arrow moves, Space drops; each step is announced.
    await editor.blocks('Dag 1').first().focus();
    await page.keyboard.press('Space');
    const announcer = page.locator('[id^="DndLiveRegion"]');
    await expect(announcer).toContainText(/opgepakt|boven/);
    await expect(editor.root.locator('.block-item.dragging')).toHaveCount(1);
    // dnd-kit starts listening for the arrow keys in a task it queues when the drag starts; one more task
    // in the page runs after it, so the arrow is never pressed before the drag can hear it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    await expect(announcer).toContainText('boven Open vragen');
    await page.keyboard.press('Space');
    await expect(announcer).toContainText('neergezet in Dag 1, op plaats 2');
    await expect.poll(() => titles('Dag 1')).toEqual(['Open vragen', 'Samenvatten: verzamelen, verbinden, afronden', 'Bevestigen']);

    await editor.toolbar.getByRole('button', { name: 'Dag toevoegen' }).click();
    await editor.drag(editor.blocks('Dag 1').last(), editor.day('Dag 2').locator('.drop-hint'));
    await expect.poll(() => titles('Dag 1')).toEqual(['Open vragen', 'Samenvatten: verzamelen, verbinden, afronden']);
    await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:30 Bevestigen']);

    await editor.blocks('Dag 1').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => titles('Dag 1')).toEqual(['Open vragen', 'Samenvatten: verzamelen, verbinden, afronden', 'Bevestigen']);
    await page.keyboard.press('Control+z');
    await expect(editor.day('Dag 2')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:30 Bevestigen']);
  });

  test('a day that runs past its end and a long stretch without a break show in Problems, and the quick fix helps', async ({ page, workbench }) => {
    const editor = new CurriculumEditor(page);
    const day = editor.day('Dag 1');
    await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption('theory');
    for (let i = 0; i < 4; i++) await day.getByRole('button', { name: 'Blok toevoegen' }).click();
    const problems = workbench.panel.content;
    await expect(problems).toContainText('houd theorie bij voorkeur onder');
    await expect(problems).toContainText('zonder pauze in Dag 1');
    await problems.getByRole('button', { name: 'Pauze van 15 minuten invoegen' }).first().click();
    await expect(editor.day('Dag 1').locator('.block-title', { hasText: 'Pauze' })).toHaveCount(1);
    await expect(problems).not.toContainText('zonder pauze');
  });
});

test('a curriculum is saved, reopened identical, and autosaved after an edit', async ({ page, workbench, web, library }) => {
  const editor = new CurriculumEditor(page);
  await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
  await library.search.fill('schaalvraag');
  await page.getByRole('button', { name: 'Schaalvraag toevoegen aan de training' }).click();
  const file = join(web.dataDir, 'mijn-training.draaiboek');
  await editor.saveAs(file);
  const saved = await readFile(file, 'utf8');
  const parsed = parseDocument(saved);
  expect(parsed.ok && parsed.document.cards.map((card) => card.id)).toEqual(['sf-scaling-question']);

  await workbench.editor.close('mijn-training.draaiboek');
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'mijn-training.draaiboek' }).click();
  await expect(editor.blocks('Dag 1')).toHaveCount(1);
  const copy = join(web.dataDir, 'kopie.draaiboek');
  await editor.saveAs(copy);
  expect(await readFile(copy, 'utf8')).toBe(saved);

  // Autosave: about a second after an edit, the file on disk has it.
  await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen' }).click();
  await expect.poll(async () => (await readFile(copy, 'utf8')).includes('"kind": "custom"'), { timeout: 5000 }).toBe(true);
});

test('unsaved work comes back after the server process is killed mid-edit', async ({ page, browser }) => {
  const web = await startWebEdition();
  try {
    const workbench = new Workbench(page);
    await workbench.open(web.url);
    await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
    const editor = new CurriculumEditor(page);
    const day = editor.day('Dag 1');
    await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption('energiser');
    await day.getByRole('button', { name: 'Blok toevoegen' }).click();
    await expect.poll(async () => (await readdir(join(web.dataDir, 'backups')).catch(() => [])).length, { timeout: 5000 }).toBe(1);
    await web.kill();

    const again = await startWebEdition({ dataDir: web.dataDir });
    try {
      const fresh = await browser.newPage();
      const restored = new Workbench(fresh);
      await restored.open(again.url);
      await expect(fresh.getByText('is hersteld').first()).toBeVisible();
      await expect(new CurriculumEditor(fresh).day('Dag 1').locator('.block-title')).toHaveText(['Energizer']);
      await expect(restored.editor.tab(/● Nieuwe training/)).toBeVisible();
    } finally {
      await again.stop();
    }
  } finally {
    await web.stop();
  }
});

test('the example training opens from the welcome view: three days, no design problems, need balance in Insights', async ({ workbench, page }) => {
  await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
  const editor = new CurriculumEditor(page);
  await expect(editor.root.locator('.day-column[data-day-id]')).toHaveCount(3);
  await expect(editor.root.getByRole('textbox', { name: 'Titel van de training' })).toHaveValue(/activerende gespreksvoering/i);
  await expect(workbench.panel.content).toContainText('Geen problemen gevonden.');
  await workbench.activityBar.select('Inzichten');
  await expect(workbench.sideBar.root.getByRole('img').first()).toHaveAttribute('aria-label', /Autonomie \d+ min/);
  await expect(workbench.sideBar.root).toContainText('% actief');
});

test('a change made on disk by another program is noticed before it is overwritten', async ({ page, workbench, web }) => {
  const editor = new CurriculumEditor(page);
  await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
  const file = join(web.dataDir, 'gedeeld.draaiboek');
  await editor.saveAs(file);
  const theirs = JSON.parse(await readFile(file, 'utf8')) as { curriculum: { title: string } };
  theirs.curriculum.title = 'Titel van een collega';
  await writeFile(file, JSON.stringify(theirs, null, 2));

  await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Het bestand is veranderd' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(editor.root.getByRole('textbox', { name: 'Titel van de training' })).toHaveValue('Titel van een collega');
  await expect(editor.blocks('Dag 1')).toHaveCount(0);
  expect(JSON.parse(await readFile(file, 'utf8')).curriculum.title).toBe('Titel van een collega');
});

test('blocks saved as a module go to the library and drop into another day as copies', async ({ page, workbench }) => {
  // Room for two days, the parking area and the block form side by side, so the target day is in view.
  await page.setViewportSize({ width: 1700, height: 950 });
  const editor = new CurriculumEditor(page);
  await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
  await editor.addBlocks('Dag 1', ['demonstration', 'exercise']);
  await editor.selectBlocks('Dag 1', 2);
  const form = page.getByRole('complementary', { name: 'Blok bewerken' });
  await expect(form.getByRole('heading', { name: '2 blokken geselecteerd' })).toBeVisible();
  await form.getByLabel('Naam van de module').fill('Voordoen en oefenen');
  await form.getByRole('button', { name: 'Bewaren als module' }).click();

  await editor.toolbar.getByRole('button', { name: 'Dag toevoegen' }).click();
  await page.locator('.modules-list summary').click();
  await editor.day('Dag 2').locator('.drop-hint').scrollIntoViewIfNeeded();
  await editor.drag(page.locator('.modules-list .module-item', { hasText: 'Voordoen en oefenen' }), editor.day('Dag 2').locator('.drop-hint'));
  await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:30 Demonstratie', '09:30–10:00 Oefening']);
});
