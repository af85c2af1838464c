import { describe, expect, it } from 'vitest';
import { cardDocument, createCardSearch, createDocumentIndex, type IndexedCard } from '../../src/core/library/search';
import { loadBuiltinCards } from '../../src/services';
import { syntheticLibrary } from '../bench/synthetic-library';
import { makeCard, RESOURCES_DIR } from './fixtures';

const doc = (id: string, fields: Partial<Omit<IndexedCard, 'id'>>): IndexedCard => ({ id, title: '', summary: '', questions: '', needs: '', body: '', ...fields });

function indexOf(...documents: IndexedCard[]) {
  const index = createDocumentIndex();
  index.update(documents, []);
  index.learnWords();
  return index;
}

describe('the search index: words', () => {
  it('matches titles and need names by the start of a word, texts by whole words only', () => {
    const index = indexOf(doc('title', { title: 'Schaalvraag in tweetallen' }), doc('body', { body: 'Stel een schaalvraag.' }), doc('need', { needs: 'Verbondenheid Relatedness' }));
    expect(index.search('schaal')).toEqual(['title']);
    expect(index.search('schaalvraag').sort()).toEqual(['body', 'title']);
    expect(index.search('verbon')).toEqual(['need']);
    // Not from the middle of a word.
    expect(index.search('vraag')).toEqual([]);
    expect(index.search('aalvraag')).toEqual([]);
  });

  it('treats punctuation as the edge of a word and ignores case and diacritics both ways', () => {
    const index = indexOf(doc('a', { title: 'Team-coach (“reflectie”)', body: 'Voor wie geïnteresseerd is: één ronde.' }));
    expect(index.search('coach')).toEqual(['a']);
    expect(index.search('REFLECTIE')).toEqual(['a']);
    expect(index.search('geinteresseerd')).toEqual(['a']);
    expect(index.search('één ronde')).toEqual(['a']);
    expect(index.search('een ronde')).toEqual(['a']);
  });

  it('needs every word of the query, and nothing below two letters', () => {
    const index = indexOf(doc('a', { title: 'Levenslijn met een team' }), doc('b', { title: 'Levenslijn alleen' }));
    expect(index.search('levenslijn team')).toEqual(['a']);
    expect(index.search('levenslijn').sort()).toEqual(['a', 'b']);
    expect(index.search('l')).toEqual([]);
    expect(index.search(' , ')).toEqual([]);
  });

  it('forgives a typo in a longer word, once the words of the library are learnt', () => {
    const index = createDocumentIndex();
    index.update([doc('a', { title: 'Wondervraag', body: 'Een externaliserende vraag' })], []);
    // Found by its words at once …
    expect(index.search('wondervraag')).toEqual(['a']);
    expect(index.search('wondervrag')).toEqual([]);
    expect(index.learnWords(1)).toBe(false);
    // … and by a misspelling once learnt: one letter off in a title, in a text from six letters.
    expect(index.search('wondervrag')).toEqual(['a']);
    expect(index.search('externaliseerende')).toEqual(['a']);
    expect(index.search('vrag')).toEqual([]);
  });
});

describe('the search index: order', () => {
  it('puts a title above a need name above a summary above the body', () => {
    const index = indexOf(doc('body', { body: 'cirkel' }), doc('summary', { summary: 'cirkel' }), doc('title', { title: 'Cirkel' }), doc('need', { needs: 'cirkel' }));
    expect(index.search('cirkel')).toEqual(['title', 'need', 'summary', 'body']);
  });

  it('puts a whole word above the start of a longer one, and a short completion above a long one', () => {
    const index = indexOf(doc('longer', { title: 'Schaalverdelingen' }), doc('whole', { title: 'Schaal' }), doc('short', { title: 'Schaalvraag' }));
    expect(index.search('schaal')).toEqual(['whole', 'short', 'longer']);
  });

  it('puts a card that matches in more places above one that matches in fewer', () => {
    const index = indexOf(doc('once', { title: 'Drietallen' }), doc('twice', { title: 'Drietallen', summary: 'In drietallen oefenen' }));
    expect(index.search('drietallen')).toEqual(['twice', 'once']);
  });
});

describe('the search index: changes', () => {
  it('forgets a removed card and finds a replaced one by its new text only', () => {
    const index = indexOf(doc('a', { title: 'Eerste kaart' }), doc('b', { title: 'Tweede kaart' }));
    index.update([doc('a', { title: 'Hernoemde kaart' })], ['b']);
    expect(index.search('tweede')).toEqual([]);
    expect(index.search('eerste')).toEqual([]);
    expect(index.search('hernoemde')).toEqual(['a']);
    expect(index.search('kaart')).toEqual(['a']);
  });

  it('keeps the later of two versions of one card sent together', () => {
    const index = indexOf(doc('a', { title: 'Oud' }), doc('a', { title: 'Nieuw' }));
    expect(index.search('oud')).toEqual([]);
    expect(index.search('nieuw')).toEqual(['a']);
  });
});

describe('the search index: its inverted index answers as the scan does', () => {
  /** The same documents in an index that only scans and in one that answers from its inverted index. */
  function both(documents: IndexedCard[], changes: Array<[IndexedCard[], string[]]> = []) {
    const scan = createDocumentIndex({ inverted: false });
    const inverted = createDocumentIndex();
    for (const index of [scan, inverted]) {
      index.update(documents, []);
      while (index.learnWords(50));
      for (const [put, remove] of changes) {
        index.update(put, remove);
        index.learnWords();
      }
    }
    return { scan, inverted };
  }
  /** Every start of every word of a few titles, typos of them, and queries of two words. */
  function queries(documents: IndexedCard[], titles = 20): string[] {
    const words = [...new Set(documents.slice(0, titles).flatMap((document) => document.title.split(/[^\p{L}\p{N}]+/u)))].filter((word) => word.length > 0);
    const starts = words.flatMap((word) => Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 2)));
    const typos = words.filter((word) => word.length >= 5).flatMap((word) => [word.slice(0, 2) + word.slice(3), `${word.slice(0, -1)}x`, `${word}e`]);
    const pairs = words.slice(1).map((word, i) => `${words[i]} ${word.slice(0, 4)}`);
    return [...new Set([...starts, ...typos, ...pairs, 'schaal', 'wondervrag', 'miracle question', 'reflectief luisteren', 'geinteresseerd', 'een ronde', 'life line', '1199', 'qqqzzzxxy'])];
  }

  it('on the starter cards and on a large library made from them', async () => {
    const starter = await loadBuiltinCards(RESOURCES_DIR);
    for (const cards of [starter, syntheticLibrary(starter, 300)]) {
      const documents = cards.map(cardDocument);
      const { scan, inverted } = both(documents);
      const asked = queries(documents);
      expect(asked.length).toBeGreaterThan(150);
      for (const query of asked) expect(inverted.search(query), query).toEqual(scan.search(query));
      // Not only empty answers agree: most queries find cards, many of them.
      expect(asked.filter((query) => scan.search(query).length > 0).length).toBeGreaterThan(asked.length / 2);
    }
  });

  it('after cards are removed and replaced', async () => {
    const documents = syntheticLibrary(await loadBuiltinCards(RESOURCES_DIR), 300).map(cardDocument);
    const renamed = documents.slice(10, 20).map((document) => ({ ...document, title: `Hernoemde ${document.title}` }));
    const { scan, inverted } = both(documents, [[renamed, documents.slice(20, 30).map((document) => document.id)]]);
    for (const query of [...queries(documents, 8), 'hernoemde', 'hernoemd', 'hernomde']) expect(inverted.search(query), query).toEqual(scan.search(query));
    expect(inverted.search('hernoemde')).toHaveLength(10);
    expect(inverted.search(documents[25]!.title)).not.toContain(documents[25]!.id);
  });
});

describe('the search index: need names', () => {
  it('ranks a card that feeds a need in the training above one that feeds it only in a conversation', () => {
    const relatedness = (layer: 'exercise' | 'conversation') =>
      ({ layer, need: 'relatedness', effect: 'supports', strength: 2, rationale: { nl: '', en: '' }, evidence: 'judgement' }) as const;
    const conversation = makeCard('in-gesprek', { needs: [relatedness('conversation')] });
    const training = makeCard('in-training', { needs: [relatedness('exercise')] });
    const search = createCardSearch([conversation, training]);
    expect(search.search('verbondenheid')).toEqual(['in-training', 'in-gesprek']);
    // As you type, a need name matches by its start only where the badges show it.
    expect(search.search('verbondenh')).toEqual(['in-training']);
  });
});
