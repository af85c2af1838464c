import MiniSearch, { type Query } from 'minisearch';
import type { TechniqueCard } from '../model/card';
import { CATALOGS } from '../i18n';
import { remembered } from '../remember';
import { foldText } from '../text';

/** The text of a card as the index sees it: both languages, need and tradition names included. */
export interface IndexedCard {
  id: string;
  title: string;
  summary: string;
  questions: string;
  needs: string;
  body: string;
}

const both = (text: { nl: string; en: string }) => `${text.nl} ${text.en}`;

/** Words for what a card is about that are not in its text: its supported needs and its tradition, in both languages. */
function labels(card: TechniqueCard): { needs: string; tradition: string } {
  const needs = card.needs
    .filter((mapping) => mapping.effect === 'supports')
    .map((mapping) => `${CATALOGS.nl[`need.${mapping.need}`]} ${CATALOGS.en[`need.${mapping.need}`]}`)
    .join(' ');
  const tradition = `${CATALOGS.nl[`tradition.${card.tradition}`]} ${CATALOGS.en[`tradition.${card.tradition}`]}`;
  return { needs, tradition };
}

export function cardDocument(card: TechniqueCard): IndexedCard {
  const { needs, tradition } = labels(card);
  return {
    id: card.id,
    title: both(card.title),
    summary: both(card.summary),
    questions: card.exampleQuestions.map(both).join(' '),
    needs,
    body: [both(card.goal), both(card.instructions), tradition, card.tags.join(' ')].join(' '),
  };
}

export interface CardSearch {
  /** Card ids, best match first; a query under two letters matches nothing (the caller shows everything). */
  search(query: string): string[];
  /** The same, as the indexed cards themselves. */
  searchCards(query: string): TechniqueCard[];
  /**
   * Brings the index up to date with the library, re-indexing only cards that were added, changed
   * (another object) or removed. Large additions are indexed in chunks so the UI keeps responding.
   */
  sync(cards: readonly TechniqueCard[]): Promise<void>;
}

const CHUNKED_ABOVE = 1000;
const CHUNK = 250;

const TYPE_AHEAD_FIELDS = ['title', 'needs'];
const TEXT_FIELDS = ['summary', 'questions', 'body'];
const BOOST = { title: 4, summary: 2, needs: 3, questions: 1.2, body: 1 };

/**
 * One word of the query. As-you-type matching (prefix) runs on titles and need names; the texts match
 * whole words, with typo tolerance for longer words. Prefixes start at two letters.
 */
function termQuery(term: string): Query {
  const folded = foldText(term);
  return {
    combineWith: 'OR',
    queries: [
      {
        queries: [folded],
        fields: TYPE_AHEAD_FIELDS,
        prefix: folded.length >= 2,
        fuzzy: folded.length > 4 ? 0.2 : false,
        // Typing a word's start is the common case, so a prefix match outweighs a near-miss spelling.
        weights: { prefix: 0.8, fuzzy: 0.25 },
      },
      { queries: [folded], fields: TEXT_FIELDS, prefix: false, fuzzy: folded.length > 5 ? 0.15 : false, weights: { fuzzy: 0.25, prefix: 0 } },
    ],
  };
}

/**
 * Full-text search over both languages with prefix and typo tolerance ("schaal" finds "schaalvraag",
 * "verbondenh" finds relatedness cards), insensitive to case and diacritics. Titles weigh most; every
 * word of the query must match somewhere.
 */
export function createCardSearch(cards: readonly TechniqueCard[]): CardSearch {
  const index = createDocumentIndex();
  const indexed = new Map<string, TechniqueCard>();
  const add = (list: readonly TechniqueCard[]) => list.forEach((card) => indexed.set(card.id, card));
  index.update(cards.map(cardDocument), []);
  add(cards);
  return {
    async sync(next) {
      const nextIds = new Set(next.map((card) => card.id));
      const removed = [...indexed.keys()].filter((id) => !nextIds.has(id));
      for (const id of removed) indexed.delete(id);
      index.update([], removed);
      const fresh = next.filter((card) => indexed.get(card.id) !== card);
      // Large additions in chunks, so a page that indexes in its own thread keeps responding.
      if (fresh.length > CHUNKED_ABOVE) await index.updateInChunks(fresh.map(cardDocument));
      else index.update(fresh.map(cardDocument), []);
      add(fresh);
    },
    search: (query) => index.search(query),
    searchCards(query) {
      return this.search(query).flatMap((id) => indexed.get(id) ?? []);
    },
  };
}

/**
 * The index itself, over the text of cards (see cardDocument) rather than the cards: what a worker keeps,
 * since text crosses to a worker much faster than whole cards.
 */
export interface DocumentIndex {
  /** Indexes `put` (replacing a document with the same id; of two with one id the later counts) and forgets `remove`. */
  update(put: readonly IndexedCard[], remove: readonly string[]): void;
  /** The same without removals, a chunk at a time with a pause between. */
  updateInChunks(put: readonly IndexedCard[]): Promise<void>;
  /** Card ids, best match first; a query under two letters matches nothing. */
  search(query: string): string[];
}

export function createDocumentIndex(): DocumentIndex {
  // A library has a few ten thousand distinct words in millions of places: each is folded once.
  const folded = new Map<string, string>();
  const fold = (term: string) => remembered(folded, term, foldText);
  const index = new MiniSearch<IndexedCard>({
    fields: ['title', 'summary', 'questions', 'needs', 'body'],
    processTerm: fold,
    searchOptions: { boost: BOOST },
  });
  const replace = (put: readonly IndexedCard[], remove: readonly string[]) => {
    for (const id of remove) {
      if (index.has(id)) index.discard(id);
    }
    const latest = new Map(put.map((document) => [document.id, document]));
    for (const id of latest.keys()) {
      if (index.has(id)) index.discard(id);
    }
    return [...latest.values()];
  };
  return {
    update(put, remove) {
      index.addAll(replace(put, remove));
    },
    updateInChunks: (put) => index.addAllAsync(replace(put, []), { chunkSize: CHUNK }),
    search(query) {
      // One letter matches nearly every card: it is the start of typing, not a question yet.
      if (query.trim().length < 2) return [];
      const terms = MiniSearch.getDefault('tokenize')(query).filter((term: string) => term.trim());
      if (terms.length === 0) return [];
      return index.search({ combineWith: 'AND', queries: terms.map(termQuery) }).map((result) => String(result.id));
    },
  };
}
