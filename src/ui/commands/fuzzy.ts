import { foldText as fold } from '../../core';

export interface FuzzyMatch {
  score: number;
  /** Indexes of the matched characters in the label, for highlighting. */
  positions: number[];
}

/**
 * VS Code-style fuzzy matching: the query's characters appear in order in the label. Matches at word
 * starts and runs of consecutive characters score higher, so "tsb" finds "Toggle Side Bar" first.
 */
export function fuzzyMatch(query: string, label: string): FuzzyMatch | null {
  const needle = fold(query).replace(/\s+/g, '');
  if (!needle) return { score: 0, positions: [] };
  const haystack = fold(label);
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const char of needle) {
    const index = haystack.indexOf(char, from);
    if (index < 0) return null;
    const previous = positions.at(-1);
    const wordStart = index === 0 || /[\s\-_:/.>]/.test(haystack[index - 1]!);
    score += 1 + (wordStart ? 8 : 0) + (previous !== undefined && previous === index - 1 ? 5 : 0) - Math.min(index - from, 10) * 0.1;
    positions.push(index);
    from = index + 1;
  }
  if (haystack.startsWith(needle)) score += 10;
  return { score, positions };
}
