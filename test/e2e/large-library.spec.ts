import { BUILTIN_CARD_IDS, makeCard } from '../unit/fixtures';
import { expect, test, type WebEdition } from './fixtures';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

/** More own cards than the first page holds, so the rest arrives after the first screen. */
const OWN = 1400;

/** The own cards, the last one with a word no other card has. */
async function seedLargeLibrary(web: WebEdition): Promise<void> {
  const cards = Array.from({ length: OWN }, (_, i) =>
    makeCard(`own-groot-${i}`, { title: i === OWN - 1 ? { nl: 'Zeldzame oefening', en: 'Rare exercise' } : { nl: `Oefening ${i}`, en: `Exercise ${i}` } }),
  );
  await web.call('library.saveCards', { cards });
}

test('a large library: the first screen comes before all cards, every card can be found from the start, and all arrive', async ({ page, web }) => {
  await seedLargeLibrary(web);
  // Opened here, not by the `workbench` fixture: the cards must be in place before the page loads.
  const workbench = new Workbench(page);
  await workbench.open(web.url);
  const library = new Library(page);

  await test.step('the very last card is found as soon as the search box is there', async () => {
    await library.search.fill('zeldzame');
    await expect(library.cardButtons().first()).toContainText('Zeldzame oefening');
  });

  await test.step('once every card is in, the count says so, and a card from a late page opens', async () => {
    await library.search.fill('');
    // Counts are written without a thousands separator, in either language.
    await expect(library.count).toHaveText(`${BUILTIN_CARD_IDS.length + OWN} kaarten`);
    await library.search.fill('oefening 1398');
    await library.card('Oefening 1398').click();
    await expect(library.editor.getByRole('heading', { name: 'Oefening 1398', level: 1 })).toBeVisible();
  });
});

test.describe('in an English (en-US) browser', () => {
  test.use({ locale: 'en-US' });

  test('a large library by keyboard: the last card found and opened from the first screen, then the whole count', async ({ page, web }) => {
    await seedLargeLibrary(web);
    const workbench = new Workbench(page);
    await workbench.open(web.url);
    const library = new Library(page);

    await test.step('typed into the search box, "rare" finds the last card; Tab reaches it and Enter opens it', async () => {
      await library.search.focus();
      await page.keyboard.type('rare');
      const found = library.card('Rare exercise');
      await expect(found).toBeVisible();
      for (let presses = 0; presses < 20 && !(await found.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press('Tab');
      await expect(found).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(library.editor.getByRole('heading', { name: 'Rare exercise', level: 1 })).toBeVisible();
    });

    await test.step('with the query cleared, the count says every card is in, in English', async () => {
      await library.search.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await expect(library.count).toHaveText(`${BUILTIN_CARD_IDS.length + OWN} cards`);
    });
  });
});
