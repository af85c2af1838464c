import type { Language } from '../model/common';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Language, Translate>();

/** One translator per language, made once: components that take it as a dependency do not re-run for nothing. */
export function translator(language: Language): Translate {
  const made = translators.get(language);
  if (made) return made;
  const catalog = CATALOGS[language];
  const translate: Translate = (key, params) => catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
  translators.set(language, translate);
  return translate;
}

/** Dutch for a Dutch system locale (nl, nl-NL, nl-BE ...), English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
