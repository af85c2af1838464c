import type { Language, LocalizedText } from './model/common';

/** The text in the wanted language, or the other language's when a trainer wrote only one. */
export function localized(text: LocalizedText, language: Language): string {
  const other = language === 'nl' ? 'en' : 'nl';
  return text[language].trim() ? text[language] : text[other];
}

/** Lower case without accents, so "geïnteresseerd" matches "geinteresseerd". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** "Basistraining Activerende Gespreksvoering" -> "basistraining-activerende-gespreksvoering", for file names. */
export function slugify(text: string, fallback = 'training'): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}
