import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type WebEdition } from './fixtures';
import { SettingsEditor } from './pages/settings';
import type { Workbench } from './pages/workbench';

const stored = (web: WebEdition) => web.call('settings.get', {});

/** Loads the page again, as closing and reopening the browser tab would. */
async function reload(page: Page, workbench: Workbench): Promise<void> {
  await page.reload();
  await expect(workbench.activityBar.root).toBeVisible();
}

test('the settings editor: found by the gear, searched in any spelling, theme and language applied at once and kept', async ({ workbench, page, web }) => {
  const settings = new SettingsEditor(page);

  await test.step('the gear opens the settings, with the search ready to type in', async () => {
    await settings.open();
    await expect(settings.search).toBeFocused();
    await expect(settings.root.getByRole('heading', { level: 2 })).toHaveText(['Algemeen', 'Training', 'Export', 'Teambibliotheken']);
    await expect(settings.rows).toHaveCount(14);
    // Keybindings have an editor of their own.
    await expect(settings.root.getByText(/sneltoets|keybinding/i)).toHaveCount(0);
  });

  await test.step('the search finds a setting by its label', async () => {
    await settings.search.fill('thema');
    await expect(settings.rows).toHaveCount(1);
    await expect(settings.control('Thema')).toBeVisible();
    await expect(settings.status).toHaveText('1 instelling gevonden');
  });

  await test.step('accents and capitals do not matter, and words from the description are enough', async () => {
    await settings.search.fill('THÉMA');
    await expect(settings.rows).toHaveCount(1);
    await expect(settings.control('Thema')).toBeVisible();
    await settings.search.fill('pauze minuten');
    await expect(settings.rows).toHaveCount(1);
    await expect(settings.control('Pauze-interval')).toBeVisible();
    await settings.search.fill('chromium');
    await expect(settings.row('chromiumPath')).toContainText('Laat leeg om Chromium automatisch te zoeken');
  });

  await test.step('a search that finds nothing says so, and Escape clears it', async () => {
    await settings.search.fill('geen-instelling');
    await expect(settings.rows).toHaveCount(0);
    await expect(settings.status).toHaveText('Geen instellingen gevonden voor “geen-instelling”.');
    await page.keyboard.press('Escape');
    await expect(settings.search).toHaveValue('');
    await expect(settings.rows).toHaveCount(14);
  });

  await test.step('the gear shows the one settings tab again rather than opening a second', async () => {
    await workbench.editor.tab('Welkom').click();
    await settings.open();
    await expect(settings.tab).toHaveCount(1);
  });

  await test.step('high contrast applies at once and is saved', async () => {
    await settings.search.fill('thema');
    await settings.control('Thema').selectOption({ label: 'Hoog contrast' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(settings.row('theme')).toContainText('Gewijzigd');
    await expect.poll(async () => (await stored(web)).theme).toBe('high-contrast');
  });

  await test.step('in high contrast the keyboard focus shows a thick orange ring', async () => {
    // Focus arriving by the keyboard, so :focus-visible applies.
    await settings.control('Thema').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(settings.control('Thema')).toBeFocused();
    await expect(settings.control('Thema')).toHaveCSS('outline-style', 'solid');
    await expect(settings.control('Thema')).toHaveCSS('outline-width', '3px');
    await expect(settings.control('Thema')).toHaveCSS('outline-color', 'rgb(243, 133, 24)');
  });

  await test.step('nothing in the settings editor breaks WCAG 2.1 AA in high contrast', async () => {
    await settings.search.fill('');
    await expect(settings.rows).toHaveCount(14);
    const results = await new AxeBuilder({ page })
      .include('#editor-content')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] })
      // Run in the page itself: the default mode opens a second page to combine frames, and this view has none.
      .setLegacyMode()
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('after a reload the workbench is still in high contrast', async () => {
    await reload(page, workbench);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  });

  await test.step('English as the language turns the whole workbench English, and is saved', async () => {
    await settings.open();
    await settings.control('Taal').selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(settings.root.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(settings.tab).toHaveText('Settings');
    await expect(settings.gear).toHaveAccessibleName('Settings');
    await expect(settings.root.getByRole('heading', { level: 2 })).toHaveText(['General', 'Curriculum', 'Export', 'Team libraries']);
    await expect(settings.control('Language')).toHaveValue('en');
    await expect(workbench.sideBar.title).toHaveText('Library');
    await expect(workbench.editor.tab('Welcome')).toBeVisible();
    await expect.poll(async () => (await stored(web)).language).toBe('en');
  });

  await test.step('the search now works on the English texts', async () => {
    await settings.search.fill('theme');
    await expect(settings.rows).toHaveCount(1);
    await expect(settings.control('Theme')).toBeVisible();
  });
});

test('settings are validated: a wrong value shows why and is not saved, a right one is saved at once and can be reset', async ({ workbench, page, web }) => {
  const settings = new SettingsEditor(page);
  const interval = settings.control('Pauze-interval');

  await test.step('the break interval shows its default and its limits', async () => {
    await settings.open();
    await expect(interval).toHaveValue('90');
    await expect(interval).toHaveAttribute('min', '15');
    await expect(interval).toHaveAttribute('max', '480');
  });

  await test.step('a break interval out of range or empty shows an error and is not saved', async () => {
    await interval.fill('5');
    await expect(settings.error('breakIntervalMinutes')).toHaveText('Kies een waarde van 15 tot en met 480. Niet opgeslagen; de instelling blijft 90 minuten.');
    await expect(interval).toHaveAttribute('aria-invalid', 'true');
    await interval.fill('');
    await expect(settings.error('breakIntervalMinutes')).toContainText('Vul een geheel getal in.');
    expect((await stored(web)).breakIntervalMinutes).toBe(90);
  });

  await test.step('after a reload the break interval is still the default', async () => {
    await reload(page, workbench);
    await settings.open();
    await expect(interval).toHaveValue('90');
    await expect(settings.resetButton('breakIntervalMinutes')).toHaveCount(0);
  });

  await test.step('a valid break interval is saved at once and offers a reset to the default', async () => {
    await interval.fill('60');
    await expect(settings.error('breakIntervalMinutes')).toHaveCount(0);
    await expect(settings.resetButton('breakIntervalMinutes')).toHaveAccessibleName('Standaard herstellen: Pauze-interval (90 minuten)');
    await expect.poll(async () => (await stored(web)).breakIntervalMinutes).toBe(60);
    await reload(page, workbench);
    await settings.open();
    await expect(interval).toHaveValue('60');
  });

  await test.step('the arrow keys step through the allowed values, and the reset brings the default back', async () => {
    await interval.focus();
    await page.keyboard.press('ArrowUp');
    await expect(interval).toHaveValue('65');
    await expect.poll(async () => (await stored(web)).breakIntervalMinutes).toBe(65);
    await settings.resetButton('breakIntervalMinutes').click();
    await expect(interval).toHaveValue('90');
    await expect(settings.row('breakIntervalMinutes')).not.toContainText('Gewijzigd');
    await expect.poll(async () => (await stored(web)).breakIntervalMinutes).toBe(90);
  });

  await test.step('a start time, the author\'s name and autosave off are saved as they are typed', async () => {
    await settings.control('Begintijd van een dag').fill('08:30');
    await settings.control('Naam van de auteur').fill('Sanne de Vries');
    await settings.control('Automatisch opslaan na').fill('0');
    await expect(settings.row('autosaveDelayMs')).toContainText('Automatisch opslaan staat uit.');
    await expect
      .poll(async () => {
        const { dayStart, authorName, autosaveDelayMs } = await stored(web);
        return [dayStart, authorName, autosaveDelayMs];
      })
      .toEqual(['08:30', 'Sanne de Vries', 0]);
  });

  await test.step('too long a name and too long an autosave delay show errors and are not saved', async () => {
    await settings.control('Naam van de auteur').fill('x'.repeat(201));
    await expect(settings.error('authorName')).toContainText('Gebruik hoogstens 200 tekens.');
    await settings.control('Automatisch opslaan na').fill('70000');
    await expect(settings.error('autosaveDelayMs')).toContainText('Kies een waarde van 0 tot en met 60000.');
    const { authorName, autosaveDelayMs } = await stored(web);
    expect([authorName, autosaveDelayMs]).toEqual(['Sanne de Vries', 0]);
  });

  await test.step('the reset clears the name and its error', async () => {
    await settings.resetButton('authorName').click();
    await expect(settings.control('Naam van de auteur')).toHaveValue('');
    await expect(settings.error('authorName')).toHaveCount(0);
    await expect.poll(async () => (await stored(web)).authorName).toBe('');
  });

  await test.step('a new training starts its days at the new start time', async () => {
    await workbench.activityBar.select('Trainingen');
    await workbench.sideBar.root.getByRole('button', { name: 'Nieuwe training' }).click();
    await expect(page.locator('.curriculum-editor .day-fields .time-field').first()).toHaveValue('08:30');
  });
});
