import { expect, test } from './fixtures';

test("a trainer's first visit", async ({ workbench, page, web }) => {
  const html = page.locator('html');
  const sideBarWidth = async () => (await workbench.sideBar.root.boundingBox())!.width;

  await test.step('the one-time token is traded for a session of this instance and removed from the address bar', async () => {
    expect(page.url()).toBe(web.origin + '/');
    // The cookie is named after this port and instance, and only lets the page load; the API takes the
    // secret the page keeps in its own storage, which no other port can read.
    const port = new URL(web.origin).port;
    const pageKey = (await page.context().cookies()).find((cookie) => cookie.name.startsWith(`draaiboek-${port}-`));
    expect(pageKey).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const secret = await page.evaluate(() => localStorage.getItem('draaiboek-session'));
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    expect(pageKey?.value).not.toBe(secret);
    await expect(page.locator('meta[name="draaiboek-session"]')).toHaveCount(0);
    await expect(workbench.statusBar.root).toContainText(/\d{2,} kaarten/);
  });

  await test.step('every part of the workbench is there, in Dutch for a Dutch system', async () => {
    await expect(workbench.activityBar.root).toBeVisible();
    await expect(workbench.sideBar.root).toBeVisible();
    await expect(workbench.editor.root).toBeVisible();
    await expect(workbench.panel.root).toBeVisible();
    await expect(workbench.statusBar.root).toBeVisible();
    await expect(workbench.editor.tab('Welkom')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Welkom bij Draaiboek' })).toBeVisible();
    await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
    await expect(workbench.sideBar.root.getByRole('status')).toHaveText(/^\d{2,} kaarten$/);
    await expect(workbench.sideBar.root.getByRole('heading', { name: /Motiverende gespreksvoering/ })).toBeVisible();
    await expect(html).toHaveAttribute('lang', 'nl');
  });

  await test.step('the activity bar switches views, and a second click hides the side bar', async () => {
    await workbench.activityBar.select('Trainingen');
    await expect(workbench.sideBar.title).toHaveText('Trainingen');
    await expect(workbench.activityBar.item('Trainingen')).toHaveAttribute('aria-selected', 'true');
    await workbench.activityBar.select('Inzichten');
    await expect(workbench.sideBar.title).toHaveText('Inzichten');
    await workbench.activityBar.select('Inzichten');
    await expect(workbench.sideBar.root).toBeHidden();
    await workbench.activityBar.select('Bibliotheek');
    await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
  });

  await test.step('the arrow keys and Enter move through the activity bar', async () => {
    await workbench.activityBar.item('Bibliotheek').focus();
    await page.keyboard.press('ArrowDown');
    await expect(workbench.activityBar.item('Trainingen')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(workbench.sideBar.title).toHaveText('Trainingen');
    // And back the same way, to the library the next step picks a card from.
    await page.keyboard.press('ArrowUp');
    await expect(workbench.activityBar.item('Bibliotheek')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(workbench.sideBar.title).toHaveText('Bibliotheek');
  });

  await test.step('a card opens in an editor tab that can be closed', async () => {
    await workbench.sideBar.card('Open vragen').click();
    await expect(workbench.editor.tab('Open vragen')).toHaveAttribute('aria-selected', 'true');
    await expect(workbench.editor.content.getByRole('heading', { name: 'Open vragen' })).toBeVisible();
    await expect(workbench.editor.content.getByText('Autonomie · voedt')).toBeVisible();
    await workbench.editor.close('Open vragen');
    await expect(workbench.editor.tab('Open vragen')).toHaveCount(0);
    await expect(workbench.editor.tab('Welkom')).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('the output tells the app started, and the panel hides', async () => {
    await workbench.panel.tab('Uitvoer').click();
    await expect(workbench.panel.content).toContainText(/Draaiboek \S+ gestart/);
    await workbench.panel.hide();
    await expect(workbench.panel.root).toBeHidden();
  });

  await test.step('the side bar grows 16 pixels per arrow key on its edge', async () => {
    const start = await sideBarWidth();
    await page.getByRole('separator', { name: 'Breedte van de zijbalk' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(sideBarWidth).toBe(start + 32);
  });

  await test.step('language and theme switch from the status bar', async () => {
    await workbench.statusBar.languageButton.click();
    await expect(page.getByRole('heading', { name: 'Welcome to Draaiboek' })).toBeVisible();
    await expect(workbench.sideBar.title).toHaveText('Library');
    // Playwright's browser prefers light, and the app follows the system until told otherwise.
    await expect(html).toHaveAttribute('data-theme', 'light');
    await workbench.statusBar.themeButton.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(31, 31, 31)');
  });

  await test.step('both choices survive a reload', async () => {
    // The address without the token: the page key and the kept secret let the page in again.
    await page.goto(web.origin + '/');
    await expect(page.getByRole('heading', { name: 'Welcome to Draaiboek' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('lang', 'en');
  });
});
