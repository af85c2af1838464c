import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';

test('building a day: cards added and dragged in, blocks reordered and moved, every edit undone and redone', async ({ page, workbench, library }) => {
  const editor = new CurriculumEditor(page);
  const titles = async (day: string) => (await editor.timesAndTitles(day)).map((line) => line.replace(/^\S+ /, ''));
  await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();

  await test.step('Ctrl+Z right after adding a card from the library undoes the add, Ctrl+Shift+Z redoes it', async () => {
    await library.search.fill('open vragen');
    const add = page.getByRole('button', { name: 'Open vragen toevoegen aan de training', exact: true });
    await add.click();
    await expect(editor.day('Dag 1').locator('.block-title')).toHaveText(['Open vragen']);
    // The focus is still in the side bar, on the button just used.
    await expect(add).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(editor.blocks('Dag 1')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(editor.day('Dag 1').locator('.block-title')).toHaveText(['Open vragen']);
  });

  await test.step('cards added and dragged into the day get start times that follow each other', async () => {
    await library.search.fill('bevestigen');
    await page.getByRole('button', { name: 'Bevestigen toevoegen aan de training' }).click();
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:35 Open vragen', '09:35–10:05 Bevestigen']);
    // A card dragged from the library onto the first block lands before it, and everything after shifts.
    await library.search.fill('inchecken');
    await editor.drag(library.card('Inchecken'), editor.blocks('Dag 1').first(), 'top');
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:15 Inchecken', '09:15–09:50 Open vragen', '09:50–10:20 Bevestigen']);
    await expect(editor.day('Dag 1').getByRole('status')).toContainText('1:20 van 8:00');
  });

  await test.step('a block is dragged to the top by mouse', async () => {
    await editor.drag(editor.blocks('Dag 1').nth(2), editor.blocks('Dag 1').first(), 'top');
    await expect.poll(() => titles('Dag 1')).toEqual(['Bevestigen', 'Inchecken', 'Open vragen']);
  });

  await test.step('a mouse drag given up with Escape puts the block back, and says so', async () => {
    const from = (await editor.blocks('Dag 1').first().boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + from.height * 2.5, { steps: 8 });
    await expect(editor.root.locator('.block-item.dragging')).toHaveCount(1);
    await expect(page.locator('#block-drag-announcement')).toHaveText(/^Bevestigen boven /);
    await page.keyboard.press('Escape');
    await expect(page.locator('#block-drag-announcement')).toHaveText('Bevestigen teruggezet.');
    await page.mouse.up();
    await expect(editor.root.locator('.block-item.dragging')).toHaveCount(0);
    await expect.poll(() => titles('Dag 1')).toEqual(['Bevestigen', 'Inchecken', 'Open vragen']);
  });

  await test.step('a block is moved by keyboard: Space picks it up, an arrow moves it, Space drops it, each step announced', async () => {
    await editor.blocks('Dag 1').first().focus();
    await page.keyboard.press('Space');
    const announcer = page.locator('[id^="DndLiveRegion"]');
    await expect(announcer).toContainText(/opgepakt|boven/);
    await expect(editor.root.locator('.block-item.dragging')).toHaveCount(1);
    // dnd-kit starts listening for the arrow keys in a task it queues when the drag starts; one more task
    // in the page runs after it, so the arrow is never pressed before the drag can hear it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    await expect(announcer).toContainText('boven Inchecken');
    await page.keyboard.press('Space');
    await expect(announcer).toContainText('neergezet in Dag 1, op plaats 2');
    await expect.poll(() => titles('Dag 1')).toEqual(['Inchecken', 'Bevestigen', 'Open vragen']);
  });

  await test.step('a block dragged into a new second day starts at that day\'s beginning', async () => {
    await editor.toolbar.getByRole('button', { name: 'Dag toevoegen' }).click();
    await editor.drag(editor.blocks('Dag 1').last(), editor.day('Dag 2').locator('.drop-hint'));
    await expect.poll(() => titles('Dag 1')).toEqual(['Inchecken', 'Bevestigen']);
    await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:35 Open vragen']);
  });

  await test.step('Ctrl+Z undoes the move and then the new day; Ctrl+Shift+Z and Ctrl+Y redo them', async () => {
    await editor.blocks('Dag 1').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => titles('Dag 1')).toEqual(['Inchecken', 'Bevestigen', 'Open vragen']);
    await page.keyboard.press('Control+z');
    await expect(editor.day('Dag 2')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(editor.day('Dag 2')).toHaveCount(1);
    await expect(editor.blocks('Dag 2')).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor.timesAndTitles('Dag 2')).toEqual(['09:00–09:35 Open vragen']);
    await expect.poll(() => titles('Dag 1')).toEqual(['Inchecken', 'Bevestigen']);
  });

  const dayOne = editor.day('Dag 1').locator('.block-title');
  await test.step('Ctrl+C and Ctrl+V paste a copy right after the selected block', async () => {
    await editor.blocks('Dag 1').nth(0).click();
    await page.keyboard.press('Control+c');
    await expect(page.getByRole('status').filter({ hasText: '1 blok gekopieerd' })).toBeVisible();
    await page.keyboard.press('Control+v');
    await expect(dayOne).toHaveText(['Inchecken', 'Inchecken', 'Bevestigen']);
    await expect.poll(() => editor.timesAndTitles('Dag 1')).toEqual(['09:00–09:15 Inchecken', '09:15–09:30 Inchecken', '09:30–10:00 Bevestigen']);
  });

  await test.step('Ctrl+D duplicates a block, Delete removes it with an undo in the notification', async () => {
    await editor.blocks('Dag 1').nth(2).click();
    await page.keyboard.press('Control+d');
    await expect(dayOne).toHaveText(['Inchecken', 'Inchecken', 'Bevestigen', 'Bevestigen']);
    await editor.blocks('Dag 1').nth(3).click();
    await page.keyboard.press('Delete');
    await expect(dayOne).toHaveText(['Inchecken', 'Inchecken', 'Bevestigen']);
    await page.getByRole('status').filter({ hasText: '1 blok verwijderd.' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(dayOne).toHaveText(['Inchecken', 'Inchecken', 'Bevestigen', 'Bevestigen']);
  });
});

test('design problems and the example: the example has none, a long stretch of theory shows in Problems, the quick fix helps', async ({ page, workbench }) => {
  const editor = new CurriculumEditor(page);
  const problems = workbench.panel.content;

  await test.step('the example training opens from the welcome view with three days, a follow-up day and no design problems', async () => {
    await workbench.editor.root.getByRole('button', { name: /Voorbeeld openen/ }).click();
    await expect(editor.root.locator('.day-column[data-day-id]')).toHaveCount(4);
    await expect(editor.root.getByRole('textbox', { name: 'Titel van de training' })).toHaveValue(/activerende gespreksvoering/i);
    await expect(problems).toContainText('Geen problemen gevonden.');
  });

  await test.step('Insights shows the example\'s need balance and how active it is', async () => {
    await workbench.activityBar.select('Inzichten');
    await expect(workbench.sideBar.root.getByRole('radio', { name: 'Deelnemers in de training' })).toBeChecked();
    await expect(workbench.sideBar.root.locator('figure').first()).toContainText(/Autonomie\s*\d+ min/);
    await expect(workbench.sideBar.root).toContainText('% actief');
  });

  await test.step('four theory blocks in a row in a new training show in Problems: too much theory, too long without a break', async () => {
    await workbench.activityBar.select('Trainingen');
    await workbench.sideBar.root.getByRole('button', { name: 'Nieuwe training' }).click();
    await expect(editor.blocks('Dag 1')).toHaveCount(0);
    const day = editor.day('Dag 1');
    await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption('theory');
    for (let i = 0; i < 4; i++) await day.getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    await expect(problems).toContainText('houd theorie bij voorkeur onder');
    await expect(problems).toContainText('minuten zonder pauze (meer dan 90)');
  });

  await test.step('the quick fix inserts a break and the problem goes away', async () => {
    await problems.getByRole('button', { name: 'Pauze van 15 minuten invoegen' }).first().click();
    await expect(editor.day('Dag 1').locator('.block-title', { hasText: 'Pauze' })).toHaveCount(1);
    await expect(problems).not.toContainText('zonder pauze');
  });
});

test.describe('in an English (en-US) browser', () => {
  test.use({ locale: 'en-US' });

  test('24-hour times: the day starts at "09:00" and typing "13:30" pins a block at 13:30', async ({ page, workbench }) => {
    const editor = new CurriculumEditor(page);
    const dayName = /^(Dag|Day) 1$/;
    const day = editor.day(dayName);
    await workbench.editor.root.getByRole('button', { name: /^(Nieuwe training|New training)$/ }).click();

    await test.step('the day\'s start and end are 24-hour text fields', async () => {
      const start = day.getByLabel(/^(Begin|Start)$/);
      await expect(start).toHaveValue('09:00');
      // A text field, not the native time input that shows "09:00 AM" in an English browser.
      await expect(start).toHaveAttribute('type', 'text');
      await expect(day.getByLabel(/^(Gewenst einde|Target end)$/)).toHaveValue('17:00');
    });

    await test.step('a pinned start typed as "13:30" puts the block at 13:30 and leaves the first at 09:00', async () => {
      const add = day.getByRole('button', { name: /^(Blok toevoegen|Add block)$/ });
      await add.click();
      await add.click();
      await expect(editor.blocks(dayName)).toHaveCount(2);
      await editor.blocks(dayName).nth(1).click();
      const pin = page.getByRole('complementary', { name: /^(Blok bewerken|Edit block)$/ }).getByLabel(/^(Vaste begintijd|Pinned start time)$/);
      await expect(pin).toHaveAttribute('type', 'text');
      await pin.click();
      await pin.pressSequentially('13:30');
      await expect(pin).toHaveValue('13:30');
      await expect(editor.blocks(dayName).nth(1).locator('.block-time')).toHaveText(/^13:30–14:00$/);
      await pin.blur();
      await expect(pin).toHaveValue('13:30');
      await expect(editor.blocks(dayName).nth(0).locator('.block-time')).toHaveText(/^09:00–09:30$/);
    });
  });
});
