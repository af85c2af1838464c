import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUTOSAVE_MAX_WAIT_FACTOR, BACKUP_MAX_WAIT_MS } from '../../src/app/documents';
import { createDocument, customBlock, DEFAULT_SETTINGS, newCurriculum, serializeDocument, type Curriculum, type TechniqueCard } from '../../src/core';
import { EMBEDDED_CARD_ID, makeCard, makeCardBlock } from '../unit/fixtures';
import { pauseClock } from './clock';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { FileDialog } from './pages/file-dialog';
import { Workbench } from './pages/workbench';

/** Past every timer an edit starts: the backup's longest wait and the autosave's delay plus its longest wait. */
const PAST_ALL_TIMERS_MS = Math.max(BACKUP_MAX_WAIT_MS, (1 + AUTOSAVE_MAX_WAIT_FACTOR) * DEFAULT_SETTINGS.autosaveDelayMs) + 1;

const fileOf = (curriculum: Curriculum, cards: TechniqueCard[] = []) => serializeDocument(createDocument({ curriculum, cards }, '0.1.0'));

test('a colleague changes my training on disk while I edit: nothing is overwritten, I compare, and their version stays after a reload', async ({ page, web }) => {
  await page.clock.install();
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const editor = new CurriculumEditor(page);
  const title = editor.root.getByRole('textbox', { name: 'Titel van de training' });
  const conflict = page.getByRole('dialog', { name: 'Het bestand is veranderd' });
  const file = join(web.filesDir, 'gedeeld.draaiboek');
  const mine = newCurriculum('nl', 'Nieuwe training', '09:00', '17:00');
  await writeFile(file, fileOf(mine));
  // Every save the page asks the host for, to show that autosave holds off after a conflict.
  const saves: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/documents.save') saves.push(request.url());
  });

  await test.step('I open my saved training', async () => {
    await workbench.openFile(file);
    await expect(workbench.editor.tab(/^gedeeld\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');
    await expect(title).toHaveValue('Nieuwe training');
  });

  const colleague = fileOf({ ...mine, title: 'Titel van een collega' });
  await writeFile(file, colleague);

  await test.step('a colleague saves their title; my next edit autosaves into a question, with "Vergelijken" as the default', async () => {
    await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await page.clock.runFor(PAST_ALL_TIMERS_MS);
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('gedeeld.draaiboek is door een ander programma gewijzigd');
    await expect(conflict.getByRole('button', { name: 'Vergelijken' })).toBeFocused();
    await expect(conflict.getByRole('button', { name: 'Mijn versie opslaan' })).not.toBeFocused();
    expect(await readFile(file, 'utf8')).toBe(colleague);
  });

  await test.step('Enter takes the default: a comparison of the version on disk with mine, and their file stays as it is', async () => {
    await page.keyboard.press('Enter');
    await expect(conflict).toBeHidden();
    await expect(workbench.editor.tab('Versie op schijf ↔ Mijn versie')).toHaveAttribute('aria-selected', 'true');
    const view = workbench.editor.content;
    await expect(view).toContainText('1 blok toegevoegd');
    await expect(view.getByRole('row').filter({ hasText: 'Titel' })).toContainText('Titel van een collega');
    expect(await readFile(file, 'utf8')).toBe(colleague);
  });

  await test.step('after the conflict autosave holds off: another edit stays off disk well past every timer', async () => {
    await workbench.editor.tab(/gedeeld\.draaiboek/).click();
    await pauseClock(page);
    await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await expect(editor.blocks('Dag 1')).toHaveCount(2);
    const savesBefore = saves.length;
    // The hot-exit backup is due at the same moment as an autosave would be: once the backup is written,
    // an autosave would have asked the host to save too.
    const backedUp = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/backups.save');
    await page.clock.runFor(PAST_ALL_TIMERS_MS);
    await backedUp;
    expect(saves.length).toBe(savesBefore);
    await expect(conflict).toBeHidden();
    expect(await readFile(file, 'utf8')).toBe(colleague);
  });

  await test.step('Ctrl+S asks again, and this time I reload their version', async () => {
    const savesBefore = saves.length;
    await page.keyboard.press('Control+s');
    await expect(conflict).toBeVisible();
    expect(saves.length).toBe(savesBefore + 1);
    await conflict.getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect(conflict).toBeHidden();
    await expect(title).toHaveValue('Titel van een collega');
    await expect(editor.blocks('Dag 1')).toHaveCount(0);
    await expect(workbench.editor.tab(/^gedeeld\.draaiboek$/)).toBeVisible();
    expect(await readFile(file, 'utf8')).toBe(colleague);
  });

  await test.step('after a reload of the page my dropped version does not come back: one tab, no question, nothing restored', async () => {
    // Let time flow again: starting the app waits on timers of its own.
    await page.clock.resume();
    await page.reload();
    await expect(workbench.activityBar.root).toBeVisible();
    await expect(workbench.editor.tab(/gedeeld\.draaiboek/)).toHaveCount(1);
    await workbench.editor.tab(/gedeeld\.draaiboek/).click();
    await expect(title).toHaveValue('Titel van een collega');
    await expect(editor.blocks('Dag 1')).toHaveCount(0);
    await expect(workbench.editor.tab(/^gedeeld\.draaiboek$/)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('is hersteld')).toHaveCount(0);
    expect(await readFile(file, 'utf8')).toBe(colleague);
  });
});

test("a colleague's version of my training: their card shows at once, and comparing mine with theirs shows added, moved and changed blocks field by field", async ({ page, workbench, web }) => {
  const mine: Curriculum = newCurriculum('nl', 'Gedeelde training', '09:00', '17:00');
  mine.days[0] = { ...mine.days[0]!, blocks: [customBlock('opening', 'Opening', 15), customBlock('theory', 'Theorie', 20), customBlock('exercise', 'Oefenen', 30)] };
  const [opening, theory, exercise] = mine.days[0]!.blocks;
  // Theirs: the exercise first, the theory shorter, an energiser, and a block of a card that only their file carries.
  const theirs: Curriculum = {
    ...mine,
    days: [{ ...mine.days[0]!, blocks: [opening!, exercise!, { ...theory!, durationMinutes: 15 }, customBlock('energiser', 'Energizer', 10), makeCardBlock('their-card', EMBEDDED_CARD_ID)] }],
  };
  const mineFile = join(web.filesDir, 'mijn.draaiboek');
  const theirsFile = join(web.filesDir, 'collega.draaiboek');
  await writeFile(mineFile, fileOf(mine));
  await writeFile(theirsFile, fileOf(theirs, [makeCard(EMBEDDED_CARD_ID, { title: { nl: 'Uitzonderingen verkennen', en: 'Exploring exceptions' } })]));
  const editor = new CurriculumEditor(page);

  await test.step("their file opens with the card it carries shown by name, not as an unknown card", async () => {
    await workbench.openFile(theirsFile);
    await expect(workbench.editor.tab(/^collega\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');
    await expect(editor.day('Dag 1').locator('.block-title')).toHaveText(['Opening', 'Oefenen', 'Theorie', 'Energizer', 'Uitzonderingen verkennen']);
    await expect(editor.root).not.toContainText(EMBEDDED_CARD_ID);
    await expect(editor.root).not.toContainText('onbekende kaart');
  });

  await test.step('the checks ran on their training, and none is about an unknown card', async () => {
    await workbench.panel.tab('Problemen').click();
    await expect(workbench.panel.content).toContainText('Dag 1');
    await expect(workbench.panel.content).not.toContainText('staat niet in de bibliotheek');
    await expect(workbench.panel.content).not.toContainText(EMBEDDED_CARD_ID);
  });

  await test.step('I compare my version with theirs', async () => {
    await workbench.openFile(mineFile);
    await expect(workbench.editor.tab(/^mijn\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');
    await editor.toolbar.getByRole('button', { name: 'Vergelijken met bestand…' }).click();
    const dialog = new FileDialog(page, 'Bestand openen');
    await dialog.field.fill(theirsFile);
    await page.keyboard.press('Enter');
    await expect(dialog.root).toBeHidden();
    await expect(workbench.editor.tab('mijn.draaiboek ↔ collega.draaiboek')).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('the comparison names what they added and moved, and the changed duration field by field', async () => {
    const view = workbench.editor.content;
    await expect(view.locator('.compare-summary')).toContainText('2 blokken toegevoegd');
    await expect(view.locator('.compare-summary')).toContainText(/1 blok(ken)? verplaatst/);
    const added = view.getByRole('region', { name: /Toegevoegd \(2\)/ });
    await expect(added.getByRole('listitem')).toHaveText(['Energizer toegevoegd in Dag 1, plaats 4', 'Uitzonderingen verkennen toegevoegd in Dag 1, plaats 5']);
    await expect(view.getByRole('region', { name: /Verplaatst \(1\)/ })).toBeVisible();
    await expect(view.getByRole('row').filter({ hasText: 'Duur (minuten)' }).getByRole('cell')).toHaveText(['20', '15']);
  });
});
