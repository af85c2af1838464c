import { test } from 'vitest';
import { cardDocument, createCardSearch, createDocumentIndex, DEFAULT_LIBRARY_VIEW, sortCards, viewCards } from '../../src/core';
import { loadBuiltinCards } from '../../src/services';
import { RESOURCES_DIR } from '../unit/fixtures';
import { reportGoal, summarize } from './goals';
import { measure } from './measure';
import { syntheticLibrary } from './synthetic-library';

// A search runs in a worker: it scans the library's text until the words of every card are learnt, then
// answers from the inverted index; what counts is that it keeps up with typing.
test('library of 10,000 cards', async () => {
  const cards = syntheticLibrary(await loadBuiltinCards(RESOURCES_DIR), 10_000);
  // Building the index: the text of every card (in the page), folded (in the worker: then every card is
  // searchable), and the words learnt for typo tolerance (in the worker, after that).
  const texts: number[] = [];
  const folds: number[] = [];
  const learns: number[] = [];
  const slices: number[] = [];
  for (let i = 0; i < 5; i++) {
    let start = performance.now();
    const documents = cards.map(cardDocument);
    texts.push(performance.now() - start);
    const index = createDocumentIndex();
    start = performance.now();
    index.update(documents, []);
    folds.push(performance.now() - start);
    // In slices of 100 cards, as the worker learns them between messages (serveIndex).
    const began = performance.now();
    for (let more = true; more; ) {
      start = performance.now();
      more = index.learnWords(100);
      slices.push(performance.now() - start);
    }
    learns.push(performance.now() - began);
  }
  const line = (name: string, times: number[]) => {
    const { median, spread } = summarize(times);
    console.log(`${name.padEnd(48)} median ${median.toFixed(0)} ms (${spread.map((v) => v.toFixed(0)).join(' – ')} ms, n=${times.length})`);
  };
  line('text of 10,000 cards (cardDocument, the page)', texts);
  line('index it: all searchable (the worker)', folds);
  line('learn its words: typos, inverted index (after)', learns);
  const longest = summarize(slices);
  console.log(`${'longest slice of 100 cards learnt'.padEnd(48)} ${Math.max(...slices).toFixed(0)} ms (median ${longest.median.toFixed(1)} ms, n=${slices.length})`);
  const scanning = createDocumentIndex({ inverted: false });
  scanning.update(cards.map(cardDocument), []);
  scanning.learnWords();
  const search = createCardSearch(cards);
  // Each keystroke of "schaalvraag" is one search, as the trainer types it.
  const keystrokes = 'schaalvraag'.split('').map((_, i) => 'schaalvraag'.slice(0, i + 1));
  let k = 0;
  await measure('scan per keystroke (until the words are learnt)', () => scanning.search(keystrokes[k++ % keystrokes.length]!), 110);
  k = 0;
  const typing = await measure('search per keystroke ("s" … "schaalvraag")', () => search.search(keystrokes[k++ % keystrokes.length]!), 220);
  reportGoal({ name: 'search per keystroke in 10,000 cards, p95 (Node)', value: typing.p95, goal: 5, unit: 'ms', spread: typing.spread, issue: 13 });
  await measure('search with a typo ("wondervrag")', () => search.search('wondervrag'), 100);
  // A new word each time, so its near-misses are looked up in the vocabulary each time.
  const typos = ['wondervrag', 'schaalvrag', 'levenslyn', 'externaliseren', 'gesprekk', 'oefeninng'];
  await measure('search with a new typo each time', () => search.search(`${typos[k % typos.length]!}${String.fromCharCode(97 + (Math.floor(k++ / typos.length) % 26))}`), 60);
  await measure('query + filters (viewCards)', () =>
    viewCards(cards, { ...DEFAULT_LIBRARY_VIEW, query: 'vraag', needs: ['competence'], maxDuration: 60 }, search, 'nl'),
  );
  const sorted = sortCards(cards, 'tradition', 'nl');
  await measure('sort all cards by tradition (once per change)', () => sortCards(cards, 'tradition', 'nl'));
  await measure('filters without a query, presorted (viewCards)', () =>
    viewCards(cards, { ...DEFAULT_LIBRARY_VIEW, traditions: ['narrative', 'solution-focused'], needs: ['autonomy'] }, search, 'nl', sorted),
  );
  const edited = cards.map((card, i) => (i === 42 ? { ...card, title: { ...card.title, nl: 'Gewijzigd' } } : card));
  let round = 0;
  await measure('re-index after one card is saved (sync)', () => search.sync(++round % 2 === 1 ? edited : cards));
});
