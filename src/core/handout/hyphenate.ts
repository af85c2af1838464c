import createHyphenator, { type HyphenationFunctionSync } from 'hyphen';
import englishPatterns from 'hyphen/patterns/en-gb.js';
import dutchPatterns from 'hyphen/patterns/nl.js';
import type { Language } from '../model/common';

/**
 * Soft hyphens (U+00AD) at the syllable breaks of long words, from the TeX (Liang) patterns of the `hyphen`
 * package. Chromium and Word both break a line at a soft hyphen and print a hyphen there, and show nothing
 * otherwise, so narrow table columns and headings break "Trainings-methodiek", never "Trainingsmetho|diek".
 * Works offline in every renderer: the patterns are plain data in the bundle, no dictionary is downloaded.
 */

export const SOFT_HYPHEN = '\u00ad';

// Without `async` the factory returns the synchronous function (the package's types cannot say so).
const BY_LANGUAGE: Record<Language, HyphenationFunctionSync> = {
  nl: createHyphenator(dutchPatterns) as HyphenationFunctionSync,
  en: createHyphenator(englishPatterns) as HyphenationFunctionSync,
};
/** Shorter words fit any column we print, and breaking them reads badly. */
const MIN_WORD = 7;
/** Addresses, paths and e-mail addresses keep their letters together: a hyphen there would change them. */
const NOT_A_WORD = /[/@:\\]|\.\p{L}/u;
const WORD = /\S+/g;
const TRAILING_PUNCTUATION = /[.,:;!?)\]"'’”]+$/u;

/** `text` with soft hyphens in its long words; everything else, spaces included, exactly as it was. */
export function hyphenate(text: string, language: Language): string {
  const hyphenateWord = BY_LANGUAGE[language] ?? BY_LANGUAGE.nl;
  return text.replace(WORD, (token) => {
    // Punctuation closing a sentence is not part of an address: "binnenuit:" is a word.
    const bare = token.replace(TRAILING_PUNCTUATION, '');
    return bare.length < MIN_WORD || NOT_A_WORD.test(bare) || token.includes(SOFT_HYPHEN) ? token : hyphenateWord(token, { minWordLength: MIN_WORD });
  });
}

/** The text without the soft hyphens `hyphenate` added, e.g. to compare or search it. */
export const withoutSoftHyphens = (text: string) => text.split(SOFT_HYPHEN).join('');
