import { BUILTIN_CARD_IDS, makeCard } from '../unit/fixtures';
import { expect, test } from './fixtures';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

/** More own cards than the first page holds, so the rest arrives after the first screen. */
const OWN = 1400;

test('a large library: the first screen comes before all cards, every card can be found from the start, and all arrive', async ({ page, web }) => {
  const cards = Array.from({ length: OWN }, (_, i) =>
    makeCard(`own-groot-${i}`, { title: i === OWN - 1 ? { nl: 'Zeldzame oefening', en: 'Rare exercise' } : { nl: `Oefening ${i}`, en: `Exercise ${i}` } }),
  );
  await web.call('library.saveCards', { cards });
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
    // Dutch groups digits from five on: "1495 kaarten".
    await expect(library.count).toHaveText(`${BUILTIN_CARD_IDS.length + OWN} kaarten`);
    await library.search.fill('oefening 1398');
    await library.card('Oefening 1398').click();
    await expect(library.editor.getByRole('heading', { name: 'Oefening 1398', level: 1 })).toBeVisible();
  });
});
