import { foldText } from '../../core';

/** Lower case without diacritics, so "categorieen" finds "categorieën" and "Thema" finds "thema". */
export function normalizeForSearch(text: string): string {
  return foldText(text);
}

/** True when every word of the query occurs somewhere in the texts (label and description). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(texts.join('\n'));
  return words.every((word) => haystack.includes(word));
}
