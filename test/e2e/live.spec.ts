import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createDocument, customBlock, newCurriculum, parseDocument, runReports, serializeDocument, type CardBlock, type Curriculum } from '../../src/core';
import { pauseClock } from './clock';
import { expect, test, type WebEdition } from './fixtures';
import { Library } from './pages/library';
import { LiveView } from './pages/live';
import { Palette } from './pages/palette';
import { Workbench } from './pages/workbench';

const MINUTE = 60_000;

const { type: _type, title: _title, ...blockFields } = customBlock('opening', 'Inchecken', 15);
const checkIn: CardBlock = { ...blockFields, kind: 'card', cardId: 'tm-check-in' };
const BUILT_CLI = join(import.meta.dirname, '..', '..', 'out', 'main', 'cli.js');

/** A two-day training; day 1 has five blocks, so that after two blocks, "+5 min" and a skip, there is still a day left. */
async function writeTraining(web: WebEdition): Promise<string> {
  const curriculum: Curriculum = newCurriculum('nl', 'Live-training', '09:00', '12:00');
  const day1 = curriculum.days[0]!;
  const blocks = [
    // A card from the starter library, so the library can show how it went.
    checkIn,
    customBlock('exercise', 'Oefenen in drietallen', 30),
    customBlock('theory', 'Uitleg reflecteren', 20),
    customBlock('energiser', 'Energizer', 10),
    customBlock('closing', 'Afsluiting', 15),
  ];
  const training: Curriculum = {
    ...curriculum,
    days: [
      { ...day1, title: 'Dag 1', blocks },
      { ...day1, id: 'day-two', title: 'Dag 2', blocks: [customBlock('opening', 'Terugblik', 15)] },
    ],
  };
  const file = join(web.filesDir, 'live.draaiboek');
  await writeFile(file, serializeDocument(createDocument({ curriculum: training }, '0.1.0')));
  return file;
}

/** The actual minutes of day 1's run as saved in the file, block by block (null: not done or skipped). */
async function savedRun(file: string) {
  const parsed = parseDocument(await readFile(file, 'utf8'));
  if (!parsed.ok || !parsed.document.curriculum) return [];
  return runReports(parsed.document.curriculum)[0]?.rows.map((row) => ({ title: row.title, actual: row.actualMinutes, skipped: row.skipped })) ?? [];
}

const EXPECTED_RUN = [
  { title: 'Inchecken', actual: 12, skipped: false },
  { title: 'Oefenen in drietallen', actual: 25, skipped: false },
  { title: 'Uitleg reflecteren', actual: null, skipped: false },
  { title: 'Energizer', actual: null, skipped: true },
  { title: 'Afsluiting', actual: null, skipped: false },
];

test('on the day: I run day 1 live, move on after 12 and 25 minutes, add 5 minutes, skip a block, and the file keeps what happened', async ({ page, web }) => {
  await page.clock.install();
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const file = await writeTraining(web);
  const live = new LiveView(page);

  await test.step('"Dag live uitvoeren" asks which day, and opens the live view of day 1', async () => {
    await workbench.openFile(file);
    await expect(workbench.editor.tab(/^live\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');
    const palette = new Palette(page);
    await palette.openCommands();
    await palette.input.fill('>Dag live uitvoeren');
    await expect(palette.options.first()).toContainText('Dag live uitvoeren');
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: 'Dag live uitvoeren' });
    await expect(question).toContainText('Welke dag voer je live uit?');
    await question.getByRole('button', { name: 'Dag 1' }).click();
    await expect(workbench.editor.tab('Live: Dag 1')).toHaveAttribute('aria-selected', 'true');
    await expect(live.button('Dag starten')).toBeVisible();
  });

  await test.step('the day starts: the first block large, counting down from 15:00', async () => {
    await pauseClock(page);
    await live.button('Dag starten').click();
    await expect(live.current).toHaveText('Inchecken');
    await expect(live.countdown).toHaveText('Resterende tijd 15:00');
    await expect(live.root.getByRole('status')).toHaveText('Nu: Inchecken');
  });

  await test.step('after 12 minutes I move on; after 25 more, again', async () => {
    await page.clock.fastForward(12 * MINUTE);
    await expect(live.countdown).toHaveText('Resterende tijd 3:00');
    await live.button('Volgende blok').click();
    await expect(live.current).toHaveText('Oefenen in drietallen');
    await page.clock.fastForward(25 * MINUTE);
    await expect(live.countdown).toHaveText('Resterende tijd 5:00');
    await live.button('Volgende blok').click();
    await expect(live.current).toHaveText('Uitleg reflecteren');
  });

  await test.step('"+5 min" gives the block more time, "Overslaan" skips the next one', async () => {
    await live.button('+5 min').click();
    await expect(live.countdown).toHaveText('Resterende tijd 25:00');
    await expect(live.upcoming.getByRole('option', { selected: true })).toContainText('Energizer');
    await live.button('Overslaan').click();
    await expect(live.upcoming.getByRole('option')).toHaveCount(1);
    await expect(live.upcoming.getByRole('option')).toContainText('Afsluiting');
  });

  await test.step('Ctrl+S saves the run into the training file', async () => {
    await page.keyboard.press('Control+s');
    await expect(workbench.editor.tab(/^live\.draaiboek$/)).toBeVisible();
    await expect.poll(() => savedRun(file)).toEqual(EXPECTED_RUN);
  });

  await test.step('`draaiboek report --json` shows the actual minutes', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BUILT_CLI, 'report', file, '--json']);
    const rows = JSON.parse(stdout) as { title: string; plannedMinutes: number; actualMinutes: number | null; skipped: boolean }[];
    expect(rows.map((row) => [row.title, row.plannedMinutes, row.actualMinutes, row.skipped])).toEqual([
      ['Inchecken', 15, 12, false],
      ['Oefenen in drietallen', 30, 25, false],
      ['Uitleg reflecteren', 20, null, false],
      ['Energizer', 10, null, true],
      ['Afsluiting', 15, null, false],
    ]);
  });

  await test.step('the library card shows its first run', async () => {
    await workbench.activityBar.item('Bibliotheek').click();
    const library = new Library(page);
    await library.search.fill('Inchecken');
    await expect(library.card('Inchecken')).toContainText('één keer gebruikt · meestal 3 min korter');
  });

  await test.step('"Dag afronden" ends the day: planned against actual, the drift, and a rating and note per block', async () => {
    // axe waits on timers of its own: time flows again from here.
    await page.clock.resume();
    await expectAccessible(page, 'the live view while the day runs');
    await live.button('Dag afronden').click();
    await expect(live.root.getByRole('status')).toHaveText('De dag is afgerond.');
    const table = live.root.getByRole('table');
    await expect(table.getByRole('row', { name: /Inchecken/ })).toContainText('12 minuten');
    await expect(table.getByRole('row', { name: /Energizer/ })).toContainText('overgeslagen');
    await live.root.getByRole('group', { name: 'Hoe ging Inchecken?' }).getByRole('radio', { name: '4 — goed' }).check();
    await live.root.getByRole('textbox', { name: 'Wat werkte, wat niet bij Inchecken' }).fill('Kort rondje werkte');
    await expect(workbench.editor.tab(/^● live\.draaiboek$/)).toBeVisible();
    await expectAccessible(page, 'the live view after the day');
  });
});

/** Serious or critical WCAG 2.1 AA violations in the live view (colour contrast is checked per theme in a unit test). */
async function expectAccessible(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.live-view').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).disableRules(['color-contrast']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), view).toEqual([]);
}

test('the same day by keyboard only: the command, the day question, start, the keys N, + and S, and Ctrl+S', async ({ page, web }) => {
  await page.clock.install();
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const file = await writeTraining(web);
  const live = new LiveView(page);
  await workbench.openFile(file);
  await expect(workbench.editor.tab(/^live\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');

  await test.step('the palette runs the command; Enter takes the first day; Enter starts it', async () => {
    const palette = new Palette(page);
    await page.keyboard.press('Control+Shift+P');
    // The palette loads on first use: typing waits until it has the focus.
    await expect(palette.input).toBeFocused();
    await page.keyboard.type('Dag live uitvoeren');
    await expect(palette.options.first()).toContainText('Dag live uitvoeren');
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: 'Dag live uitvoeren' });
    await expect(question.getByRole('button', { name: 'Dag 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(live.button('Dag starten')).toBeFocused();
    await pauseClock(page);
    await page.keyboard.press('Enter');
    await expect(live.current).toHaveText('Inchecken');
  });

  await test.step('N moves on after 12 and 25 minutes, + adds five, S skips the next block', async () => {
    await page.clock.fastForward(12 * MINUTE);
    await page.keyboard.press('n');
    await expect(live.current).toHaveText('Oefenen in drietallen');
    await page.clock.fastForward(25 * MINUTE);
    await page.keyboard.press('n');
    await expect(live.current).toHaveText('Uitleg reflecteren');
    await page.keyboard.type('+');
    await expect(live.countdown).toHaveText('Resterende tijd 25:00');
    await page.keyboard.press('s');
    await expect(live.upcoming.getByRole('option')).toHaveCount(1);
  });

  await test.step('Ctrl+S saves what happened', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => savedRun(file)).toEqual(EXPECTED_RUN);
  });
});

test('a day runs live also from its own button in the training, and from the toolbar', async ({ page, web }) => {
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  await workbench.openFile(await writeTraining(web));
  // The commands that need an open training are offered once its tab is active.
  await expect(workbench.editor.tab(/^live\.draaiboek$/)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Dag 2 live uitvoeren' }).click();
  await expect(workbench.editor.tab('Live: Dag 2')).toHaveAttribute('aria-selected', 'true');
  await expect(new LiveView(page).button('Dag starten')).toBeVisible();
  await workbench.editor.tab(/^live\.draaiboek$/).click();
  await page.locator('.curriculum-editor').getByRole('toolbar').getByRole('button', { name: 'Dag live uitvoeren' }).click();
  await expect(page.getByRole('dialog', { name: 'Dag live uitvoeren' })).toContainText('Welke dag voer je live uit?');
});
