import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SettingsService } from '../../src/services/settings';
import { expect, test } from './fixtures';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';
import { startWebEdition, type SpawnedWebEdition } from './web-edition';

// Issue 15: two trainers, each with a browser edition and a data folder of their own, share one team folder,
// as a synced drive would. Anna's edition is the worker's; Bram's is a server process of its own.

const SECONDS = 1000;
/** The promise: a colleague's change shows within 5 seconds. */
const ARRIVES_WITHIN = 5 * SECONDS;

const card = {
  id: 'own-checkin',
  title: { nl: 'Onze check-in', en: 'Our check-in' },
  summary: { nl: 'Iedereen zegt kort hoe hij binnenkomt.', en: 'Everyone briefly says how they arrive.' },
  tradition: 'training-method',
  needs: [{ layer: 'exercise', need: 'relatedness', effect: 'supports', strength: 2, rationale: { nl: 'Iedereen wordt gehoord.', en: 'Everyone is heard.' }, evidence: 'judgement' }],
  defaultDurationMinutes: 15,
  groupFormat: 'plenary',
  materials: [],
  goal: { nl: 'Aankomen', en: 'Arriving' },
  instructions: { nl: 'Een rondje.', en: 'One round.' },
  exampleQuestions: [],
  trainerNotes: { nl: '', en: '' },
  sources: [{ citation: 'Eigen praktijk van het team (2026).' }],
  tags: [],
  provenance: { origin: 'own', author: 'Anna', updated: '2026-11-01T10:00:00.000Z' },
} as const;

/** The team copy of the card in a library: the row that names the team. */
const teamRow = (library: Library) => library.card('Onze check-in').filter({ hasText: 'Team Kern' });

async function editDuration(page: Page, library: Library, minutes: number): Promise<void> {
  await library.editor.getByRole('button', { name: 'Bewerken', exact: true }).click();
  const form = library.editor.locator('form.card-form');
  await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill(String(minutes));
  await form.getByRole('button', { name: 'Opslaan' }).click();
}

async function teamFiles(team: string): Promise<string[]> {
  return (await readdir(join(team, 'cards'))).filter((name) => !name.startsWith('.')).sort();
}

test('a team folder: Anna publishes, Bram sees and edits, Anna sees it; a conflict is shown with its difference and settled each way', async ({ page, web, browser, workbench }) => {
  test.slow();
  const team = join(web.filesDir, 'Team Kern');
  await mkdir(team);
  const teamLibraries = [{ name: 'Team Kern', folder: team }];
  const bramData = await mkdtemp(join(tmpdir(), 'draaiboek-e2e-bram-'));
  let bram: SpawnedWebEdition | null = null;
  try {
    await web.call('settings.update', { changes: { authorName: 'Anna', teamLibraries } });
    await web.call('library.saveCard', { card: structuredClone(card) as never });
    await page.reload();
    await expect(workbench.activityBar.root).toBeVisible();
    const anna = new Library(page);

    await (await SettingsService.open(bramData)).update({ authorName: 'Bram', teamLibraries });
    bram = await startWebEdition({ dataDir: bramData });
    const bramContext = await browser.newContext({ locale: 'nl-NL' });
    const bramPage = await bramContext.newPage();
    await new Workbench(bramPage).open(bram.url);
    const bramLibrary = new Library(bramPage);

    // The library lists a hundred cards; the search brings ours into view.
    await anna.search.fill('Onze check-in');
    await bramLibrary.search.fill('Onze check-in');

    await test.step('Anna publishes her own card to the team library', async () => {
      await anna.card('Onze check-in').click();
      await anna.editor.getByRole('button', { name: 'Naar teambibliotheek' }).click();
      await expect(page.getByText('"Onze check-in" staat nu in de teambibliotheek "Team Kern".')).toBeVisible();
      expect(await teamFiles(team)).toHaveLength(1);
    });

    const [file] = await teamFiles(team);
    const cardId = file!.replace(/\.json$/, '');

    await test.step('it appears at Bram within 5 seconds, marked with the team', async () => {
      await expect(teamRow(bramLibrary)).toBeVisible({ timeout: ARRIVES_WITHIN });
    });

    await test.step('Bram changes its duration; Anna sees the change within 5 seconds', async () => {
      await teamRow(bramLibrary).click();
      await editDuration(bramPage, bramLibrary, 20);
      await expect(bramLibrary.editor.getByRole('heading', { name: 'Onze check-in', level: 1 })).toBeVisible();
      await expect(teamRow(anna)).toContainText('20 min', { timeout: ARRIVES_WITHIN });
    });

    await test.step('both edit the card: Anna is asked, compares, sees the difference and keeps both', async () => {
      await teamRow(anna).click();
      await anna.editor.getByRole('button', { name: 'Bewerken', exact: true }).click();
      await teamRow(bramLibrary).click();
      await editDuration(bramPage, bramLibrary, 30);
      const form = anna.editor.locator('form.card-form');
      // While Anna still edits, her form says that Bram's version arrived.
      await expect(form.getByRole('alert')).toContainText('Een collega heeft deze kaart in de teambibliotheek gewijzigd terwijl jij hem bewerkte', { timeout: ARRIVES_WITHIN });
      await form.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('45');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const question = page.getByRole('dialog', { name: 'Kaart gewijzigd in de teambibliotheek' });
      await expect(question).toContainText('Team Kern');
      // The safe choice has the focus: Enter compares.
      await expect(question.getByRole('button', { name: 'Vergelijken' })).toBeFocused();
      await page.keyboard.press('Enter');
      const conflicts = page.locator('#editor-content');
      await expect(conflicts.getByRole('row', { name: /Duur/ })).toContainText('45');
      await expect(conflicts.getByRole('row', { name: /Duur/ })).toContainText('30');
      expect(JSON.parse(await readFile(join(team, 'cards', file!), 'utf8')).defaultDurationMinutes).toBe(30);
      const axe = await new AxeBuilder({ page }).include('#editor-content').include('#side-bar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await conflicts.getByLabel('allebei houden').check();
      await conflicts.getByRole('button', { name: 'Toepassen: Onze check-in' }).click();
      await expect(conflicts.getByText('Geen conflicten')).toBeVisible();
      await expect(bramLibrary.card('Onze check-in (versie van Anna)')).toBeVisible({ timeout: ARRIVES_WITHIN });
      expect(await teamFiles(team)).toHaveLength(2);
    });

    await test.step('a sync tool’s conflict copy: Anna takes theirs, then for a second one keeps hers', async () => {
      const current = JSON.parse(await readFile(join(team, 'cards', file!), 'utf8')) as typeof card;
      const copy = (minutes: number, who: string) => writeFile(join(team, 'cards', `${cardId} (${who}'s conflicted copy 2026-12-03).json`), JSON.stringify({ ...current, defaultDurationMinutes: minutes }, null, 2));
      await copy(50, 'Bram');
      await page.getByRole('button', { name: 'Conflicten bekijken' }).first().click();
      const conflicts = page.locator('#editor-content');
      await expect(conflicts.getByText('Je synchronisatieprogramma bewaarde twee versies')).toBeVisible({ timeout: ARRIVES_WITHIN });
      await conflicts.getByLabel('hun versie nemen').check();
      await conflicts.getByRole('button', { name: 'Toepassen: Onze check-in' }).click();
      await expect(conflicts.getByText('Geen conflicten')).toBeVisible();
      expect(JSON.parse(await readFile(join(team, 'cards', file!), 'utf8')).defaultDurationMinutes).toBe(50);

      await copy(55, 'Bram');
      await expect(conflicts.getByText('Je synchronisatieprogramma bewaarde twee versies')).toBeVisible({ timeout: ARRIVES_WITHIN });
      await expect(conflicts.getByLabel('mijn versie houden')).toBeChecked();
      await conflicts.getByRole('button', { name: 'Toepassen: Onze check-in' }).click();
      await expect(conflicts.getByText('Geen conflicten')).toBeVisible();
      expect(JSON.parse(await readFile(join(team, 'cards', file!), 'utf8')).defaultDurationMinutes).toBe(50);
      expect(await teamFiles(team)).toHaveLength(2);
    });
    await bramContext.close();
  } finally {
    await bram?.stop();
    await rm(bramData, { recursive: true, force: true });
  }
});
