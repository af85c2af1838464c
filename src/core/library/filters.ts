import { z } from 'zod';
import { GroupFormat } from '../model/common';
import { CARD_ORIGINS, Tradition, type TechniqueCard } from '../model/card';
import { Need } from '../model/needs';
import type { Language } from '../model/common';
import { foldText, localized } from '../text';
import type { CardSearch } from './search';

/** What the library side bar shows; kept in the data folder so it survives a restart. */
export const LibraryView = z.object({
  query: z.string().max(200).default(''),
  traditions: z.array(Tradition).default([]),
  needs: z.array(Need).default([]),
  needEffect: z.enum(['supports', 'thwarts']).default('supports'),
  minDuration: z.int().min(0).max(480).nullable().default(null),
  maxDuration: z.int().min(0).max(480).nullable().default(null),
  groupFormats: z.array(GroupFormat).default([]),
  origins: z.array(z.enum(CARD_ORIGINS)).default([]),
  /** Relevance orders by search score, and by tradition while there is no query. */
  sort: z.enum(['relevance', 'tradition', 'title', 'duration']).default('relevance'),
});
export type LibraryView = z.infer<typeof LibraryView>;
export const DEFAULT_LIBRARY_VIEW: LibraryView = LibraryView.parse({});

export function matchesFilters(card: TechniqueCard, view: LibraryView): boolean {
  if (view.traditions.length > 0 && !view.traditions.includes(card.tradition)) return false;
  if (view.groupFormats.length > 0 && !view.groupFormats.includes(card.groupFormat)) return false;
  if (view.origins.length > 0 && !view.origins.includes(card.provenance.origin)) return false;
  if (view.minDuration !== null && card.defaultDurationMinutes < view.minDuration) return false;
  if (view.maxDuration !== null && card.defaultDurationMinutes > view.maxDuration) return false;
  // Every chosen need must be fed (or, with "thwarts", put at risk) by the card.
  return view.needs.every((need) => card.needs.some((mapping) => mapping.need === need && mapping.effect === view.needEffect));
}

const TRADITION_ORDER = Tradition.options;
type Order = Exclude<LibraryView['sort'], 'relevance'>;

/**
 * The cards in the chosen order. Sort keys are computed once per card (folded titles compare as plain
 * strings), which keeps sorting 10,000 cards well inside a frame.
 */
export function sortCards(cards: readonly TechniqueCard[], sort: LibraryView['sort'], language: Language): TechniqueCard[] {
  const order: Order = sort === 'relevance' ? 'tradition' : sort;
  const keyed = cards.map((card) => ({ card, title: foldText(localized(card.title, language)), tradition: TRADITION_ORDER.indexOf(card.tradition) }));
  const byTitle = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  const compare: Record<Order, (a: (typeof keyed)[number], b: (typeof keyed)[number]) => number> = {
    title: byTitle,
    tradition: (a, b) => a.tradition - b.tradition || byTitle(a, b),
    duration: (a, b) => a.card.defaultDurationMinutes - b.card.defaultDurationMinutes || byTitle(a, b),
  };
  return keyed.sort(compare[order]).map((entry) => entry.card);
}

/**
 * The cards to show: the query and all filters combined, in the chosen order. Pass `sorted` (the
 * library already in `view.sort` order) to skip sorting when there is no query. `search` answers the
 * query: an index, or the answer an index in a worker already gave.
 */
export function viewCards(
  cards: readonly TechniqueCard[],
  view: LibraryView,
  search: Pick<CardSearch, 'searchCards'>,
  language: Language,
  sorted?: readonly TechniqueCard[],
): TechniqueCard[] {
  const query = view.query.trim();
  if (query.length < 2) return (sorted ?? sortCards(cards, view.sort, language)).filter((card) => matchesFilters(card, view));
  const found = search.searchCards(query).filter((card) => matchesFilters(card, view));
  return view.sort === 'relevance' ? found : sortCards(found, view.sort, language);
}
