import type { TechniqueCard } from '../model/card';
import { CATALOGS } from '../i18n';
import { distanceWithin, foldForSearch, forEachWord, lowerBound, NONE, occurrence, queryWords, WHOLE } from './search-text';

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

/**
 * Words for what a card is about that are not in its text, in both languages: the needs it supports and its
 * tradition. The needs it feeds in a training (the exercise layer, the badges a card row shows) weigh as need
 * names; those it feeds only in a conversation count as any other word of its text.
 */
function labels(card: TechniqueCard): { needs: string; conversationNeeds: string; tradition: string } {
  const names = (layer: 'exercise' | 'conversation') =>
    [...new Set(card.needs.filter((mapping) => mapping.effect === 'supports' && mapping.layer === layer).map((mapping) => mapping.need))]
      .map((need) => `${CATALOGS.nl[`need.${need}`]} ${CATALOGS.en[`need.${need}`]}`)
      .join(' ');
  const tradition = `${CATALOGS.nl[`tradition.${card.tradition}`]} ${CATALOGS.en[`tradition.${card.tradition}`]}`;
  return { needs: names('exercise'), conversationNeeds: names('conversation'), tradition };
}

export function cardDocument(card: TechniqueCard): IndexedCard {
  const { needs, conversationNeeds, tradition } = labels(card);
  return {
    id: card.id,
    title: both(card.title),
    summary: both(card.summary),
    questions: card.exampleQuestions.map(both).join(' '),
    needs,
    body: [both(card.goal), both(card.instructions), tradition, conversationNeeds, card.tags.join(' ')].join(' '),
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

/** Cards indexed (or their words learnt) at a time when a sync has many: folding one card takes microseconds. */
const CHUNK = 1000;
/** A pause that lets the thread do other work (the core knows no timers of its own: the host's). */
const pause = () => new Promise<void>((resolve) => (globalThis as unknown as { setTimeout(task: () => void, ms: number): unknown }).setTimeout(resolve, 0));

/**
 * Full-text search over both languages with prefix and typo tolerance ("schaal" finds "schaalvraag",
 * "verbondenh" finds relatedness cards), insensitive to case and diacritics. Titles weigh most; every
 * word of the query must match somewhere. Without `typos`, a card is found by its words and their starts
 * only, and indexing skips learning the words (most of its time; see DocumentIndex.learnWords).
 */
export function createCardSearch(cards: readonly TechniqueCard[], { typos = true }: { typos?: boolean } = {}): CardSearch {
  const index = createDocumentIndex();
  const indexed = new Map<string, TechniqueCard>();
  const add = (list: readonly TechniqueCard[]) => list.forEach((card) => indexed.set(card.id, card));
  index.update(cards.map(cardDocument), []);
  if (typos) index.learnWords();
  add(cards);
  return {
    async sync(next) {
      const nextIds = new Set(next.map((card) => card.id));
      const removed = [...indexed.keys()].filter((id) => !nextIds.has(id));
      for (const id of removed) indexed.delete(id);
      index.update([], removed);
      const fresh = next.filter((card) => indexed.get(card.id) !== card);
      // Large additions in chunks, so a page that indexes in its own thread keeps responding.
      for (let start = 0; start < fresh.length; start += CHUNK) {
        if (start > 0) await pause();
        index.update(fresh.slice(start, start + CHUNK).map(cardDocument), []);
      }
      while (typos && index.learnWords(CHUNK)) await pause();
      add(fresh);
    },
    search: (query) => index.search(query),
    searchCards(query) {
      return this.search(query).flatMap((id) => indexed.get(id) ?? []);
    },
  };
}

/** The fields of an IndexedCard in the order they are kept, with their weight: a title match counts most. */
const FIELDS = ['title', 'needs', 'summary', 'questions', 'body'] as const;
const BOOST = [4, 3, 2, 1.2, 1];
/** Titles and need names (the first two fields) match as you type, by the start of a word. */
const TYPE_AHEAD = 2;
/** A word that matches only by its start, or with a typo, counts less than the whole word. */
const PREFIX_WEIGHT = 0.8;
const FUZZY_WEIGHT = 0.25;
/** Words shorter than this are matched without typos, so the vocabulary leaves them out. */
const TYPO_FROM = 5;

interface Entry {
  id: string;
  /** Where the card is in the inverted index; a replaced card gets a new place at the end. */
  slot: number;
  /** Folded text per field, in the order of FIELDS. */
  fields: string[];
  /** Words in the title, for preferring a short title that matches over a long one. */
  titleWords: number;
}

/** A word of the query, with the near-misses in the library's vocabulary that count as typos of it. */
interface Term {
  word: string;
  /** Near-misses for titles and need names, and for the texts, each with its distance. */
  typosTypeAhead: Array<[string, number]>;
  typosText: Array<[string, number]>;
}

/** What a field's match is worth: the same sums in the same order for the scan and the inverted index. */
const prefixWeight = (length: number, extra: number) => (PREFIX_WEIGHT * length) / (length + 0.3 * extra);
const fuzzyWeight = (length: number, distance: number) => (FUZZY_WEIGHT * length) / (length + distance);
const fieldScore = (f: number, weight: number, titleWords: number) => BOOST[f]! * weight * (f === 0 ? 2 / (1 + titleWords / 8) : 1);

/** How well `entry` matches `term`: 0 for not at all. */
function termScore(entry: Entry, term: Term): number {
  let score = 0;
  const length = term.word.length;
  for (let f = 0; f < FIELDS.length; f++) {
    const text = entry.fields[f]!;
    let weight = 0;
    // Prefixes start at two letters.
    const found = occurrence(text, term.word, f < TYPE_AHEAD && length >= 2);
    if (found === WHOLE) weight = 1;
    // A short completion counts more: "schaal" is nearer "schaalvraag" than "schaalverdelingen".
    else if (found !== NONE) weight = prefixWeight(length, found);
    else {
      for (const [word, distance] of f < TYPE_AHEAD ? term.typosTypeAhead : term.typosText) {
        if (occurrence(text, word, false) === WHOLE) weight = Math.max(weight, fuzzyWeight(length, distance));
      }
    }
    if (weight > 0) score += fieldScore(f, weight, entry.titleWords);
  }
  return score;
}

/**
 * The index itself, over the text of cards (see cardDocument) rather than the cards: what a worker keeps,
 * since text crosses to a worker much faster than whole cards.
 */
export interface DocumentIndex {
  /** Indexes `put` (replacing a document with the same id; of two with one id the later counts) and forgets `remove`. */
  update(put: readonly IndexedCard[], remove: readonly string[]): void;
  /**
   * Learns the words of up to `count` indexed cards, for typo tolerance and for the inverted index that
   * answers a search in a few milliseconds: until every card's words are learnt, a search scans the text
   * (a card is found by its words and their starts at once, by a misspelling once its words are learnt).
   * Answers whether words remain to be learnt.
   */
  learnWords(count?: number): boolean;
  /** Card ids, best match first; a query under two letters matches nothing. */
  search(query: string): string[];
}

/** Nothing found yet for a field of a card; found as a whole word, by its start, or as a near-miss. */
const MISS = 0;
const AS_WHOLE = 1;
const AS_START = 2;
const AS_TYPO = 3;

/**
 * Search by scanning the folded text of every card: indexing a card is lower-casing its text, so a
 * large library is searchable almost at once. Meanwhile the words of every card are learnt, a few
 * hundred cards at a time: the vocabulary for typos and an inverted index (word → the fields of the
 * cards it is in), which then answers each search with the same results in the same order, without
 * reading the texts. `inverted: false` keeps to the scan (to compare the two).
 */
export function createDocumentIndex(options: { inverted?: boolean } = {}): DocumentIndex {
  const inverted = options.inverted ?? true;
  const entries = new Map<string, Entry>();
  /** Every word of five letters or more, with 1 when it was in a title or need name and 2 when in a text (or both: 3). */
  const vocabulary = new Map<string, number>();
  /** The same words by their length, for comparing a query only with words of about its length. */
  const byLength: string[][] = [];
  let unlearnt: Entry[] = [];
  let terms = new Map<string, Term>();

  // The inverted index. A card's field is one number, its slot × 5 + the field; a removed or replaced
  // card's slot is emptied and its numbers skipped.
  const slots: Array<Entry | undefined> = [];
  /** Per word, each field it is in, once. */
  const postings = new Map<string, number[]>();
  /** Per word in a title or need name, each such field and where the word is first in it, as pairs. */
  const starts = new Map<string, number[]>();
  /** The words of `starts`, sorted, for finding the words a query starts; and those still to be sorted in. */
  let startWords: string[] = [];
  let unsorted: string[] = [];
  // Scratch space for one search, per field of a card: what matched and how (where the start is, or the typo's distance).
  let how = new Uint8Array(0);
  let detail = new Int32Array(0);
  let extra = new Int32Array(0);

  const learn = (entry: Entry) => {
    entry.fields.forEach((text, f) => {
      const where = f < TYPE_AHEAD ? 1 : 2;
      const code = entry.slot * FIELDS.length + f;
      forEachWord(text, (word, at) => {
        if (word.length >= TYPO_FROM) {
          const seen = vocabulary.get(word) ?? 0;
          if (seen === 0) (byLength[word.length] ??= []).push(word);
          if ((seen & where) === 0) vocabulary.set(word, seen | where);
        }
        if (!inverted) return;
        let list = postings.get(word);
        if (!list) postings.set(word, (list = []));
        if (list[list.length - 1] === code) return;
        list.push(code);
        if (f >= TYPE_AHEAD) return;
        let pairs = starts.get(word);
        if (!pairs) {
          starts.set(word, (pairs = []));
          unsorted.push(word);
        }
        pairs.push(code, at);
      });
    });
  };
  const sortIn = () => {
    if (unsorted.length < 64) {
      for (const word of unsorted) startWords.splice(lowerBound(startWords, word), 0, word);
    } else startWords = [...startWords, ...unsorted].sort();
    unsorted = [];
  };
  const term = (word: string): Term => {
    let known = terms.get(word);
    if (known) return known;
    const typosTypeAhead: Array<[string, number]> = [];
    const typosText: Array<[string, number]> = [];
    // A fifth of the letters in titles and need names from five letters; fewer, and from six, in the texts.
    const maxTypeAhead = word.length >= TYPO_FROM ? Math.round(word.length * 0.2) : 0;
    const maxText = word.length > TYPO_FROM ? Math.round(word.length * 0.15) : 0;
    const max = Math.max(maxTypeAhead, maxText);
    if (max > 0) {
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const candidate of byLength[length] ?? []) {
          if (candidate === word) continue;
          const distance = distanceWithin(word, candidate, max);
          const where = vocabulary.get(candidate)!;
          if (distance <= maxTypeAhead && where & 1) typosTypeAhead.push([candidate, distance]);
          if (distance <= maxText && where & 2) typosText.push([candidate, distance]);
        }
      }
    }
    known = { word, typosTypeAhead, typosText };
    terms.set(word, known);
    return known;
  };

  const scan = (words: readonly string[]): string[] => {
    let found = [...entries.values()];
    const scores = new Map<Entry, number>();
    // Every word of the query must match somewhere.
    for (const current of words.map(term)) {
      const next: Entry[] = [];
      for (const entry of found) {
        const score = termScore(entry, current);
        if (score === 0) continue;
        next.push(entry);
        scores.set(entry, (scores.get(entry) ?? 0) + score);
      }
      found = next;
    }
    return found.sort((a, b) => scores.get(b)! - scores.get(a)!).map((entry) => entry.id);
  };

  /** The cards (slots, ascending) that match `current` anywhere, with their scores: termScore from the index. */
  const lookUp = (current: Term): { cards: number[]; scores: number[] } => {
    const fields = FIELDS.length;
    if (how.length < slots.length * fields) {
      how = new Uint8Array(slots.length * fields * 2);
      detail = new Int32Array(how.length);
      extra = new Int32Array(how.length);
    }
    const { word } = current;
    const length = word.length;
    const touched: number[] = [];
    for (const code of postings.get(word) ?? []) {
      if (!slots[(code / fields) | 0]) continue;
      how[code] = AS_WHOLE;
      touched.push(code);
    }
    if (length >= 2) {
      for (let i = lowerBound(startWords, word); i < startWords.length && startWords[i]!.startsWith(word); i++) {
        const longer = startWords[i]!;
        if (longer === word) continue;
        const pairs = starts.get(longer)!;
        for (let k = 0; k < pairs.length; k += 2) {
          const code = pairs[k]!;
          const at = pairs[k + 1]!;
          if (!slots[(code / fields) | 0] || how[code] === AS_WHOLE) continue;
          // Of the words it starts, the first in the field counts (as in occurrence).
          if (how[code] === MISS) touched.push(code);
          else if (detail[code]! < at) continue;
          how[code] = AS_START;
          detail[code] = at;
          extra[code] = longer.length - length;
        }
      }
    }
    const typos = (list: Array<[string, number]>, typeAhead: boolean) => {
      for (const [near, distance] of list) {
        for (const code of postings.get(near) ?? []) {
          if (code % fields < TYPE_AHEAD !== typeAhead || !slots[(code / fields) | 0]) continue;
          if (how[code] === MISS) {
            touched.push(code);
            how[code] = AS_TYPO;
            detail[code] = distance;
          } else if (how[code] === AS_TYPO && distance < detail[code]!) detail[code] = distance;
        }
      }
    };
    typos(current.typosTypeAhead, true);
    typos(current.typosText, false);

    const cards = [...new Set(touched.map((code) => (code / fields) | 0))].sort((a, b) => a - b);
    const scores = cards.map((slot) => {
      let score = 0;
      const titleWords = slots[slot]!.titleWords;
      for (let f = 0; f < fields; f++) {
        const code = slot * fields + f;
        const kind = how[code];
        if (kind === MISS) continue;
        const weight = kind === AS_WHOLE ? 1 : kind === AS_START ? prefixWeight(length, extra[code]!) : fuzzyWeight(length, detail[code]!);
        score += fieldScore(f, weight, titleWords);
      }
      return score;
    });
    for (const code of touched) how[code] = MISS;
    return { cards, scores };
  };

  const lookUpAll = (words: readonly string[]): string[] => {
    let found: number[] = [];
    let total: number[] = [];
    words.map(term).forEach((current, i) => {
      const { cards, scores } = lookUp(current);
      if (i === 0) {
        [found, total] = [cards, scores];
        return;
      }
      // Every word of the query must match somewhere: both lists are in the order of the cards.
      const keep: number[] = [];
      const sums: number[] = [];
      for (let a = 0, b = 0; a < found.length && b < cards.length; ) {
        if (found[a]! < cards[b]!) a++;
        else if (found[a]! > cards[b]!) b++;
        else {
          keep.push(found[a]!);
          sums.push(total[a++]! + scores[b++]!);
        }
      }
      [found, total] = [keep, sums];
    });
    const order = found.map((_, k) => k).sort((a, b) => total[b]! - total[a]!);
    return order.map((k) => slots[found[k]!]!.id);
  };

  return {
    update(put, remove) {
      for (const id of remove) {
        const entry = entries.get(id);
        if (entry) slots[entry.slot] = undefined;
        entries.delete(id);
      }
      for (const document of put) {
        const fields = FIELDS.map((field) => foldForSearch(document[field]));
        const entry = { id: document.id, slot: slots.length, fields, titleWords: fields[0]!.split(' ').length };
        // A replaced card moves to the end, as a new one would.
        const old = entries.get(document.id);
        if (old) slots[old.slot] = undefined;
        entries.delete(document.id);
        entries.set(document.id, entry);
        slots.push(entry);
        unlearnt.push(entry);
      }
    },
    learnWords(count = Infinity) {
      const batch = unlearnt.slice(0, count);
      unlearnt = unlearnt.slice(batch.length);
      for (const entry of batch) if (slots[entry.slot] === entry) learn(entry);
      // New words may be near-misses of a word already looked up.
      if (batch.length > 0) terms = new Map();
      if (unlearnt.length === 0 && unsorted.length > 0) sortIn();
      return unlearnt.length > 0;
    },
    search(query) {
      // One letter matches nearly every card: it is the start of typing, not a question yet.
      if (query.trim().length < 2) return [];
      const words = queryWords(query);
      if (words.length === 0) return [];
      // The inverted index once it holds every card; before that, the text of every card.
      return inverted && unlearnt.length === 0 ? lookUpAll(words) : scan(words);
    },
  };
}
