import { remembered } from '../remember';
import { foldText } from '../text';

/** How card search reads text: folding, words, where a word occurs, and how far two words are apart. */

const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALL = /[\u0080-\uffff]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const folded = new Map<string, string>();
const foldChar = (char: string) => remembered(folded, char, foldText);
/** Whether the character code belongs to a word: a letter or a digit (a surrogate counts as a letter). */
export function inWord(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * Text as the index compares it: lower case without accents ("geïnteresseerd" as "geinteresseerd"),
 * punctuation kept. Only the rare characters beyond ASCII are folded one by one, which is many times
 * faster than normalizing a whole library.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return NOT_ASCII.test(lower) ? lower.replace(NOT_ASCII_ALL, foldChar) : lower;
}

/** The words of a query, folded. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export const WHOLE = -1;
export const NONE = -2;
/**
 * Where `word` occurs in `text` as a word of its own (WHOLE), else as the start of a word (how many
 * letters that word has more), else NONE.
 */
export function occurrence(text: string, word: string, startsCount: boolean): number {
  let best = NONE;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && inWord(text.charCodeAt(at - 1))) continue;
    let end = at + word.length;
    if (end === text.length || !inWord(text.charCodeAt(end))) return WHOLE;
    if (!startsCount || best !== NONE) continue;
    while (end < text.length && inWord(text.charCodeAt(end))) end++;
    best = end - at - word.length;
  }
  return best;
}

/** Two rows of the distance table, reused: a search compares the query with thousands of words. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
/**
 * Levenshtein distance of a and b, or Infinity once it exceeds `max`. Only the band of the table within
 * `max` of its diagonal is computed (a cell outside it is over `max`), and values above `max` are kept at max + 1.
 */
export function distanceWithin(a: string, b: string, max: number): number {
  const m = b.length;
  if (Math.abs(a.length - m) > max) return Infinity;
  if (previousRow.length < m + 2) {
    previousRow = new Int32Array(m * 2 + 2);
    currentRow = new Int32Array(m * 2 + 2);
  }
  const over = max + 1;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[from - 1] = from === 1 && i <= max ? i : over;
    let best = current[from - 1]!;
    const letter = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j]! + 1 < value) value = previous[j]! + 1;
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1;
      if (value > over) value = over;
      current[j] = value;
      if (value < best) best = value;
    }
    current[to + 1] = over;
    if (best > max) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[m]! <= max ? previous[m]! : Infinity;
}

/** Calls `visit` with each word of `text` (a run of letters and digits, see inWord) and where it starts. */
export function forEachWord(text: string, visit: (word: string, at: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (inWord(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i), start);
      start = -1;
    }
  }
  if (start >= 0) visit(text.slice(start), start);
}

/** The first index in the sorted `words` whose word is not below `word`. */
export function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
