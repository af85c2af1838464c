import AxeBuilder from '@axe-core/playwright';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AUTOSAVE_MAX_WAIT_FACTOR, BACKUP_MAX_WAIT_MS } from '../../src/app/documents';
import { createDocument, DEFAULT_SETTINGS, newCurriculum, parseDocument, serializeDocument } from '../../src/core';
import { makeCurriculumDocument } from '../unit/fixtures';
import { pauseClock } from './clock';
import { expect, test, type WebEdition } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { FileDialog } from './pages/file-dialog';
import { Library } from './pages/library';
import { Palette } from './pages/palette';
import { Workbench } from './pages/workbench';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');
const AUTOSAVE_DELAY_MS = DEFAULT_SETTINGS.autosaveDelayMs;
/** Past every timer an edit starts: the backup's longest wait and the autosave's delay plus its longest wait. */
const PAST_ALL_TIMERS_MS = Math.max(BACKUP_MAX_WAIT_MS, (1 + AUTOSAVE_MAX_WAIT_FACTOR) * AUTOSAVE_DELAY_MS) + 1;

/** Backups on disk; a dot-file is an atomic write still under way, not a backup yet. */
async function backupFiles(web: WebEdition): Promise<string[]> {
  return (await readdir(join(web.dataDir, 'backups')).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
}

const titleOnDisk = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { curriculum: { title: string } }).curriculum.title;

function trainingFile(title: string): string {
  return serializeDocument(createDocument({ curriculum: newCurriculum('nl', title, '09:00', '12:00') }, '0.1.0'));
}

test('a shipped example and a colleague\'s file open as copies: edits are backed up, never written back, and saving asks where', async ({ page, web }) => {
  await page.clock.install();
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const editor = new CurriculumEditor(page);
  const title = editor.root.getByRole('textbox', { name: 'Titel van de training' });
  const example = await readFile(EXAMPLE);
  const exampleTime = (await stat(EXAMPLE)).mtimeMs;

  await test.step('the example opens from the welcome view as a copy', async () => {
    await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
    await expect(title).toHaveValue(/activerende gespreksvoering.*\(kopie\)$/i);
    await expect(workbench.editor.tab(/\(kopie\)/)).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('a longer first block marks the copy unsaved', async () => {
    await editor.root.locator('.block-body').first().click();
    const duration = page.getByRole('complementary', { name: 'Blok bewerken' }).getByLabel('Duur (minuten)');
    await duration.fill(String(Number(await duration.inputValue()) + 5));
    await expect(workbench.editor.tab(/^● .*\(kopie\)/)).toBeVisible();
  });

  await test.step('well past the autosave the edit is backed up, and the example is untouched', async () => {
    await page.clock.runFor(PAST_ALL_TIMERS_MS);
    await expect.poll(() => backupFiles(web)).toHaveLength(1);
    expect((await readFile(EXAMPLE)).equals(example)).toBe(true);
    expect((await stat(EXAMPLE)).mtimeMs).toBe(exampleTime);
  });

  await test.step('Ctrl+S asks where to save: the copy has no file of its own', async () => {
    await page.keyboard.press('Control+s');
    const save = new FileDialog(page, 'Opslaan als');
    await expect(save.root).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(save.root).toBeHidden();
    expect((await readFile(EXAMPLE)).equals(example)).toBe(true);
  });

  const colleagueFile = join(web.filesDir, 'collega.draaiboek');
  await writeFile(colleagueFile, serializeDocument(makeCurriculumDocument(1, 2)));
  const colleague = await readFile(colleagueFile);
  const palette = new Palette(page);

  await test.step('"Openen als kopie…" from the palette opens a colleague\'s file as a copy, not as the file', async () => {
    await palette.openCommands();
    await palette.input.pressSequentially('Openen als kopie');
    await expect(palette.options.first()).toContainText('Openen als kopie…');
    await page.keyboard.press('Enter');
    const dialog = new FileDialog(page, 'Bestand openen');
    await dialog.field.fill(colleagueFile);
    await page.keyboard.press('Enter');
    await expect(dialog.root).toBeHidden();
    await expect(title).toHaveValue('Motiverende gespreksvoering (kopie)');
    await expect(workbench.editor.tab(/collega\.draaiboek/)).toHaveCount(0);
  });

  await test.step('an added block is backed up, and the colleague\'s file is untouched', async () => {
    await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await expect(workbench.editor.tab('● Motiverende gespreksvoering (kopie)')).toBeVisible();
    await page.clock.runFor(PAST_ALL_TIMERS_MS);
    // One backup per unsaved copy: the example's and this one.
    await expect.poll(() => backupFiles(web)).toHaveLength(2);
    expect((await readFile(colleagueFile)).equals(colleague)).toBe(true);
  });

  await test.step('"Opslaan als kopie…" is in the palette', async () => {
    await palette.openCommands();
    await palette.input.pressSequentially('Opslaan als kopie');
    await expect(palette.options.first()).toContainText('Opslaan als kopie…');
    await page.keyboard.press('Escape');
    await expect(palette.root).toBeHidden();
    expect((await readFile(colleagueFile)).equals(colleague)).toBe(true);
    expect((await readFile(EXAMPLE)).equals(example)).toBe(true);
  });
});

test('a training is saved, reopened identical, and autosaved after an edit while the trainer keeps toggling the panel', async ({ page, web }) => {
  await page.clock.install();
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const editor = new CurriculumEditor(page);
  const file = join(web.filesDir, 'mijn-training.draaiboek');
  const copy = join(web.filesDir, 'kopie.draaiboek');
  let saved = '';

  await test.step('a new training with a card from the library is saved with its card embedded', async () => {
    await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
    await new Library(page).search.fill('schaalvraag');
    await page.getByRole('button', { name: 'Schaalvraag toevoegen aan de training' }).click();
    await editor.saveAs(file);
    saved = await readFile(file, 'utf8');
    const parsed = parseDocument(saved);
    expect(parsed.ok && parsed.document.cards.map((card) => card.id)).toEqual(['sf-scaling-question']);
  });

  await test.step('closed and reopened from the Trainingen view, it saves as a byte-identical copy', async () => {
    await workbench.editor.close('mijn-training.draaiboek');
    await workbench.activityBar.select('Trainingen');
    await workbench.sideBar.root.getByRole('button', { name: 'mijn-training.draaiboek' }).click();
    await expect(editor.blocks('Dag 1')).toHaveCount(1);
    await editor.saveAs(copy);
    expect(await readFile(copy, 'utf8')).toBe(saved);
  });

  await test.step('an added block is autosaved once the delay has passed, though the panel is toggled every 400 ms', async () => {
    const edited = async () => (await readFile(copy, 'utf8')).includes('"kind": "custom"');
    await expect(workbench.panel.root).toBeVisible();
    await pauseClock(page);
    await editor.day('Dag 1').getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await expect(workbench.editor.tab(/^● kopie\.draaiboek$/)).toBeVisible();
    // Two toggles before the delay is up: had they postponed the autosave, it would not be due before 1800 ms.
    for (const visible of [false, true]) {
      await page.clock.runFor(400);
      await page.keyboard.press('Control+j');
      await expect(workbench.panel.root).toBeVisible({ visible });
    }
    expect(await edited()).toBe(false);
    await page.clock.runFor(400);
    await page.keyboard.press('Control+j');
    await expect(workbench.panel.root).toBeHidden();
    // The clock stands at 1200 ms after the edit: only an autosave that kept its 1000 ms delay has run.
    await expect.poll(edited).toBe(true);
    await expect(workbench.editor.tab(/^kopie\.draaiboek$/)).toBeVisible();
  });
});

test('with autosave off, a training opened through the file dialog by keyboard is retitled and saved with Ctrl+S without leaving the field', async ({ page, web }) => {
  // Autosave off before the page loads, so only Ctrl+S can put the title on disk.
  await web.call('settings.update', { changes: { autosaveDelayMs: 0 } });
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const folder = join(web.filesDir, 'trainingen');
  const file = join(folder, 'basis.draaiboek');
  await mkdir(join(folder, 'archief'), { recursive: true });
  await writeFile(file, trainingFile('Basistraining vanuit de kiezer'));
  await writeFile(join(folder, '.verborgen.draaiboek'), trainingFile('Verborgen'));
  await writeFile(join(folder, 'notities.txt'), 'geen training');
  const dialog = new FileDialog(page, 'Bestand openen');
  const openButton = workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' });

  await test.step('the open dialog takes a typed folder and goes there', async () => {
    await workbench.activityBar.select('Trainingen');
    await openButton.click();
    await expect(dialog.field).toBeFocused();
    await dialog.field.fill(web.filesDir);
    await page.keyboard.press('Enter');
    await expect(dialog.current).toHaveText(basename(web.filesDir));
    await expect(dialog.field).toHaveValue('');
  });

  await test.step('Enter on a folder in the list opens it, which lists only folders and .draaiboek files', async () => {
    await dialog.entry('trainingen').click();
    await expect(dialog.entries).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.current).toHaveText('trainingen');
    await expect(dialog.entries.getByRole('option')).toHaveText([/^archief/, /^basis\.draaiboek/]);
    const scan = await new AxeBuilder({ page }).include('.file-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });

  await test.step('arrow down to the training and Enter opens it', async () => {
    await page.keyboard.press('ArrowDown');
    await expect(dialog.entry('basis.draaiboek')).toHaveAttribute('aria-selected', 'true');
    await expect(dialog.field).toHaveValue('basis.draaiboek');
    await page.keyboard.press('Enter');
    await expect(dialog.root).toBeHidden();
    await expect(workbench.editor.tab('basis.draaiboek')).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('the dialog opens again where the trainer was, remembers the folder, and goes up by Backspace and "Omhoog"', async () => {
    await openButton.click();
    await expect(dialog.current).toHaveText('trainingen');
    await expect(dialog.recent.getByRole('button', { name: 'trainingen' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.entries).toBeFocused();
    await page.keyboard.press('Backspace');
    await expect(dialog.current).toHaveText(basename(web.filesDir));
    await expect(dialog.entry('trainingen')).toBeVisible();
    await dialog.root.getByRole('button', { name: 'Omhoog' }).click();
    await expect(dialog.current).not.toHaveText(basename(web.filesDir));
  });

  await test.step('a folder that is not there is reported, and Escape cancels without opening anything', async () => {
    const tabs = await workbench.editor.tabs.getByRole('tab').count();
    const missing = join(web.filesDir, 'bestaat-niet');
    await dialog.field.fill(missing);
    await page.keyboard.press('Enter');
    await expect(dialog.root.getByRole('alert')).toHaveText(`${missing} bestaat niet.`);
    await page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
    await expect(workbench.editor.tabs.getByRole('tab')).toHaveCount(tabs);
  });

  const editor = new CurriculumEditor(page);
  const title = editor.root.getByRole('textbox', { name: 'Titel van de training' });

  await test.step('the first keystroke in the title marks the training unsaved, before anything is saved', async () => {
    await title.click();
    await title.press('Control+a');
    await title.press('G');
    await expect(workbench.editor.tab(/^● basis\.draaiboek$/)).toBeVisible();
    expect(await titleOnDisk(file)).toBe('Basistraining vanuit de kiezer');
  });

  await test.step('Ctrl+S, still in the title field, saves the new title', async () => {
    await title.pressSequentially('espreksvoering voor wijkteams');
    await expect(title).toBeFocused();
    await page.keyboard.press('Control+s');
    await expect.poll(() => titleOnDisk(file)).toBe('Gespreksvoering voor wijkteams');
    await expect(workbench.editor.tab(/^basis\.draaiboek$/)).toBeVisible();
    await expect(title).toBeFocused();
  });
});
