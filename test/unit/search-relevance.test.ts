import { beforeAll, describe, expect, it } from 'vitest';
import { createCardSearch, type CardSearch, type Need, type TechniqueCard } from '../../src/core';
import { loadBuiltinCards } from '../../src/services';
import { RESOURCES_DIR } from './fixtures';

let cards: TechniqueCard[];
let search: CardSearch;
beforeAll(async () => {
  cards = await loadBuiltinCards(RESOURCES_DIR);
  search = createCardSearch(cards);
});

describe('search relevance over the starter library', () => {
  it.each([
    ['schaal', 'sf-scaling-question'],
    ['scaling', 'sf-scaling-question'],
    ['wondervraag', 'sf-miracle-question'],
    ['wondervrag', 'sf-miracle-question'],
    ['miracle question', 'sf-miracle-question'],
    ['uitzondering', 'sf-exception-questions'],
    ['externaliseren', 'nr-externalising'],
    ['levenslijn', 'nr-life-line'],
    ['reflectief luisteren', 'mi-reflective-listening'],
    ['reflective', 'mi-reflective-listening'],
    ['cirkeltechniek', 'pf-circle-technique'],
    ['platformvraag', 'pf-platform-question'],
    ['drietallen', 'tm-triads-observer'],
    ['dankbaarheidsbrief', 'pp-gratitude-letter'],
    ['verandering voor de sessie', 'sf-pre-session-change'],
    ['VERANDERING VÓÓR', 'sf-pre-session-change'],
  ])('"%s" puts %s first', (query, id) => {
    expect(search.search(query)[0]).toBe(id);
  });

  it.each([
    ['verbondenh', 'relatedness'],
    ['relatedness', 'relatedness'],
    ['autonomie', 'autonomy'],
    ['competence', 'competence'],
  ] as const)('"%s" lists cards that feed %s first', (query, need: Need) => {
    const top = search.search(query).slice(0, 10);
    expect(top.length).toBe(10);
    for (const id of top) {
      const card = cards.find((candidate) => candidate.id === id)!;
      expect(card.needs.some((mapping) => mapping.need === need && mapping.effect === 'supports'), id).toBe(true);
    }
  });

  it('finds nothing for nonsense and everything is findable by its own title', () => {
    expect(search.search('qqqzzzxxy')).toEqual([]);
    for (const card of cards) {
      expect(search.search(card.title.nl).slice(0, 3), card.title.nl).toContain(card.id);
      expect(search.search(card.title.en).slice(0, 3), card.title.en).toContain(card.id);
    }
  });
});
