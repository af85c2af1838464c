import { languageForLocale, type Language, type Settings } from '../core';

export function resolveLanguage(setting: Settings['language'], systemLocale: string): Language {
  return setting === 'system' ? languageForLocale(systemLocale) : setting;
}
