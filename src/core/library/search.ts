import MiniSearch from 'minisearch';
import type { TechniqueCard } from '../model/card';
import { CATALOGS } from '../i18n';
import { foldText } from '../text';

interface IndexedCard {
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

function toDocument(card: TechniqueCard): IndexedCard {
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
  /** Card ids, best match first; an empty query matches nothing (the caller shows everything). */
  search(query: string): string[];
}

/**
 * Full-text search over both languages with prefix and typo tolerance ("schaal" finds "schaalvraag",
 * "verbondenh" finds relatedness cards), insensitive to case and diacritics. Titles weigh most.
 */
export function createCardSearch(cards: readonly TechniqueCard[]): CardSearch {
  const index = new MiniSearch<IndexedCard>({
    fields: ['title', 'summary', 'questions', 'needs', 'body'],
    processTerm: (term) => foldText(term),
    searchOptions: {
      boost: { title: 4, summary: 2, needs: 3, questions: 1.2, body: 1 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      // Typing a word's start is the common case, so a prefix match outweighs a near-miss spelling.
      weights: { prefix: 0.8, fuzzy: 0.25 },
      combineWith: 'AND',
    },
  });
  index.addAll(cards.map(toDocument));
  return {
    search(query) {
      const trimmed = query.trim();
      return trimmed ? index.search(trimmed).map((result) => String(result.id)) : [];
    },
  };
}
