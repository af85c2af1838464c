import type { Language } from '../model/common';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, params) => catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
}

/** Dutch for a Dutch system locale (nl, nl-NL, nl-BE ...), English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
