import AxeBuilder from '@axe-core/playwright';
import type { Settings } from '../../src/core';
import { callHost } from './api';
import { expect, test } from './fixtures';
import { SettingsEditor } from './pages/settings';

const storedSettings = (request: Parameters<typeof callHost>[0], web: Parameters<typeof callHost>[1]) => callHost<Settings>(request, web, 'settings.get', {});

test('the gear opens the settings editor; the search finds settings by label and description, ignoring accents', async ({ workbench, page }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  await expect(settings.search).toBeFocused();
  await expect(settings.root.getByRole('heading', { level: 2 })).toHaveText(['Algemeen', 'Training', 'Export']);
  await expect(settings.rows).toHaveCount(10);
  await expect(settings.root.getByText(/sneltoets|keybinding/i)).toHaveCount(0);

  await settings.search.fill('thema');
  await expect(settings.rows).toHaveCount(1);
  await expect(settings.control('Thema')).toBeVisible();
  await expect(settings.status).toHaveText('1 instelling gevonden');

  // Diacritics and case do not matter, and a word from the description is enough.
  await settings.search.fill('THÉMA');
  await expect(settings.rows).toHaveCount(1);
  await settings.search.fill('pauze minuten');
  await expect(settings.rows).toHaveCount(1);
  await expect(settings.control('Pauze-interval')).toBeVisible();
  await settings.search.fill('chromium');
  await expect(settings.row('chromiumPath')).toContainText('Laat leeg om Chromium automatisch te zoeken');

  await settings.search.fill('geen-instelling');
  await expect(settings.rows).toHaveCount(0);
  await expect(settings.status).toHaveText('Geen instellingen gevonden voor “geen-instelling”.');
  await page.keyboard.press('Escape');
  await expect(settings.search).toHaveValue('');
  await expect(settings.rows).toHaveCount(10);

  // It is one tab: the gear shows it again rather than opening a second one.
  await workbench.editor.tab('Welkom').click();
  await settings.open();
  await expect(settings.tab).toHaveCount(1);
});

test('the theme switches to high contrast at once, with visible focus rings, and is saved', async ({ workbench, page, request, web }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  await settings.search.fill('thema');
  await settings.control('Thema').selectOption({ label: 'Hoog contrast' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(0, 0, 0)');
  await expect(settings.row('theme')).toContainText('Gewijzigd');
  await expect.poll(async () => (await storedSettings(request, web)).theme).toBe('high-contrast');

  await settings.control('Thema').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await settings.control('Thema').evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  });
  expect(ring).toBe('solid 3px rgb(243, 133, 24)');

  // High contrast defines every variable light and dark do (a missing one would silently fall back to :root, the light theme).
  const variables = await page.evaluate(() => {
    const themes: Record<string, string[]> = {};
    for (const sheet of Array.from(document.styleSheets))
      for (const rule of Array.from(sheet.cssRules)) {
        if (!(rule instanceof CSSStyleRule)) continue;
        const theme = /^(?::root, )?\[data-theme="([a-z-]+)"\]$/.exec(rule.selectorText)?.[1];
        const names = Array.from({ length: rule.style.length }, (_, index) => rule.style.item(index)).filter((name) => name.startsWith('--'));
        if (theme) themes[theme] = [...(themes[theme] ?? []), ...names];
      }
    return themes;
  });
  expect(variables.light?.length).toBeGreaterThan(20);
  for (const theme of ['light', 'dark']) expect(variables[theme]!.filter((name) => !variables['high-contrast']!.includes(name))).toEqual([]);

  // Nothing in the settings editor breaks WCAG AA in high contrast.
  await settings.search.fill('');
  const results = await new AxeBuilder({ page }).include('#editor-content').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(web.origin + '/');
  await expect(workbench.activityBar.root).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
});

test('switching the language to English turns the whole workbench English', async ({ workbench, page, request, web }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  await settings.control('Taal').selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(settings.root.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(settings.tab).toHaveText('Settings');
  await expect(settings.gear).toHaveAccessibleName('Settings');
  await expect(settings.root.getByRole('heading', { level: 2 })).toHaveText(['General', 'Curriculum', 'Export']);
  await expect(settings.control('Language')).toHaveValue('en');
  await expect(workbench.sideBar.title).toHaveText('Library');
  await expect(workbench.editor.tab('Welcome')).toBeVisible();
  await expect.poll(async () => (await storedSettings(request, web)).language).toBe('en');

  // The search now works on the English texts.
  await settings.search.fill('theme');
  await expect(settings.rows).toHaveCount(1);
  await expect(settings.control('Theme')).toBeVisible();
});

test('an invalid break interval shows an error and is not saved; a valid one is saved at once and can be reset', async ({ workbench, page, request, web }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  const interval = settings.control('Pauze-interval');
  await expect(interval).toHaveValue('90');
  await expect(interval).toHaveAttribute('min', '15');
  await expect(interval).toHaveAttribute('max', '480');

  await interval.fill('5');
  await expect(settings.error('breakIntervalMinutes')).toHaveText('Kies een waarde van 15 tot en met 480. Niet opgeslagen; de instelling blijft 90 minuten.');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await interval.fill('');
  await expect(settings.error('breakIntervalMinutes')).toContainText('Vul een geheel getal in.');
  expect((await storedSettings(request, web)).breakIntervalMinutes).toBe(90);
  await page.goto(web.origin + '/');
  await expect(workbench.activityBar.root).toBeVisible();
  await settings.open();
  await expect(settings.control('Pauze-interval')).toHaveValue('90');
  await expect(settings.resetButton('breakIntervalMinutes')).toHaveCount(0);

  await settings.control('Pauze-interval').fill('60');
  await expect(settings.error('breakIntervalMinutes')).toHaveCount(0);
  await expect(settings.resetButton('breakIntervalMinutes')).toHaveAccessibleName('Standaard herstellen: Pauze-interval (90 minuten)');
  await expect.poll(async () => (await storedSettings(request, web)).breakIntervalMinutes).toBe(60);
  await page.goto(web.origin + '/');
  await expect(workbench.activityBar.root).toBeVisible();
  await settings.open();
  await expect(settings.control('Pauze-interval')).toHaveValue('60');

  // The keyboard steps through the allowed values; the reset button brings the default back.
  await settings.control('Pauze-interval').focus();
  await page.keyboard.press('ArrowUp');
  await expect(settings.control('Pauze-interval')).toHaveValue('65');
  await expect.poll(async () => (await storedSettings(request, web)).breakIntervalMinutes).toBe(65);
  await settings.resetButton('breakIntervalMinutes').click();
  await expect(settings.control('Pauze-interval')).toHaveValue('90');
  await expect(settings.row('breakIntervalMinutes')).not.toContainText('Gewijzigd');
  await expect.poll(async () => (await storedSettings(request, web)).breakIntervalMinutes).toBe(90);
});

test('times, text and the autosave switch are validated and saved as they change', async ({ workbench, page, request, web }) => {
  const settings = new SettingsEditor(page);
  await settings.open();
  await settings.control('Begintijd van een dag').fill('08:30');
  await settings.control('Naam van de auteur').fill('Sanne de Vries');
  await settings.control('Automatisch opslaan na').fill('0');
  await expect(settings.row('autosaveDelayMs')).toContainText('Automatisch opslaan staat uit.');
  await expect
    .poll(async () => {
      const stored = await storedSettings(request, web);
      return [stored.dayStart, stored.authorName, stored.autosaveDelayMs];
    })
    .toEqual(['08:30', 'Sanne de Vries', 0]);

  await settings.control('Naam van de auteur').fill('x'.repeat(201));
  await expect(settings.error('authorName')).toContainText('Gebruik hoogstens 200 tekens.');
  await settings.control('Automatisch opslaan na').fill('70000');
  await expect(settings.error('autosaveDelayMs')).toContainText('Kies een waarde van 0 tot en met 60000.');
  expect((await storedSettings(request, web)).authorName).toBe('Sanne de Vries');
  await settings.resetButton('authorName').click();
  await expect(settings.control('Naam van de auteur')).toHaveValue('');
  await expect(settings.error('authorName')).toHaveCount(0);
  await expect.poll(async () => (await storedSettings(request, web)).authorName).toBe('');

  // A new training starts its days at the new default time.
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Nieuwe training' }).click();
  await expect(page.locator('.curriculum-editor .day-fields .time-field').first()).toHaveValue('08:30');
});
