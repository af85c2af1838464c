import { z } from 'zod';
import { GroupFormat } from '../model/common';
import { Tradition, type TechniqueCard } from '../model/card';
import { Need } from '../model/needs';
import type { Language } from '../model/common';
import { localized } from '../text';
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
  origins: z.array(z.enum(['built-in', 'own', 'imported'])).default([]),
  /** Relevance orders by search score, and by tradition while there is no query. */
  sort: z.enum(['relevance', 'tradition', 'title', 'duration']).default('relevance'),
});
export type LibraryView = z.infer<typeof LibraryView>;
export const DEFAULT_LIBRARY_VIEW: LibraryView = LibraryView.parse({});

function matches(card: TechniqueCard, view: LibraryView): boolean {
  if (view.traditions.length > 0 && !view.traditions.includes(card.tradition)) return false;
  if (view.groupFormats.length > 0 && !view.groupFormats.includes(card.groupFormat)) return false;
  if (view.origins.length > 0 && !view.origins.includes(card.provenance.origin)) return false;
  if (view.minDuration !== null && card.defaultDurationMinutes < view.minDuration) return false;
  if (view.maxDuration !== null && card.defaultDurationMinutes > view.maxDuration) return false;
  // Every chosen need must be fed (or, with "thwarts", put at risk) by the card.
  return view.needs.every((need) => card.needs.some((mapping) => mapping.need === need && mapping.effect === view.needEffect));
}

/** The cards to show: the query and all filters combined, in the chosen order. */
export function viewCards(cards: readonly TechniqueCard[], view: LibraryView, search: CardSearch, language: Language): TechniqueCard[] {
  const query = view.query.trim();
  let result: TechniqueCard[];
  if (query) {
    const byId = new Map(cards.map((card) => [card.id, card]));
    result = search.search(query).flatMap((id) => byId.get(id) ?? []);
  } else result = [...cards];
  result = result.filter((card) => matches(card, view));
  if (view.sort === 'relevance' && query) return result;
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const byTitle = (a: TechniqueCard, b: TechniqueCard) => collator.compare(localized(a.title, language), localized(b.title, language));
  const order: Record<Exclude<LibraryView['sort'], 'relevance'>, (a: TechniqueCard, b: TechniqueCard) => number> = {
    title: byTitle,
    tradition: (a, b) => TRADITION_ORDER.indexOf(a.tradition) - TRADITION_ORDER.indexOf(b.tradition) || byTitle(a, b),
    duration: (a, b) => a.defaultDurationMinutes - b.defaultDurationMinutes || byTitle(a, b),
  };
  return result.sort(order[view.sort === 'relevance' ? 'tradition' : view.sort]);
}

const TRADITION_ORDER = Tradition.options;
