import type { Language } from '../model/common';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Language, Translate>();

/**
 * Resolves `{count, plural, one {{count} kaart} other {{count} kaarten}}` (ICU's shape, kept small): the
 * branch named by Intl.PluralRules for the number in `count`, else `other`; `=0`, `=1` ... match exactly.
 * A number that is missing picks `other`. Plain `{name}` placeholders are left for the caller to fill.
 */
export function choosePlurals(text: string, params: Record<string, string | number> | undefined, rules: Intl.PluralRules): string {
  const start = /\{(\w+),\s*plural,/g;
  let result = '';
  let from = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const branches = new Map<string, string>();
    let at = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(text[at] ?? '')) at++;
      if (text[at] === '}' || at >= text.length) break;
      const selector = /^[=\w]+/.exec(text.slice(at))?.[0];
      if (!selector) break;
      at += selector.length;
      while (/\s/.test(text[at] ?? '')) at++;
      if (text[at] !== '{') break;
      let depth = 0;
      const open = at;
      for (; at < text.length; at++) {
        if (text[at] === '{') depth++;
        else if (text[at] === '}' && --depth === 0) break;
      }
      branches.set(selector, text.slice(open + 1, at));
      at++;
    }
    const value = params?.[match[1]!];
    const count = typeof value === 'number' ? value : Number(value);
    const chosen = value === undefined || Number.isNaN(count) ? branches.get('other') : (branches.get(`=${count}`) ?? branches.get(rules.select(count)) ?? branches.get('other'));
    result += text.slice(from, match.index) + (chosen ?? '');
    from = at + 1;
    start.lastIndex = from;
  }
  return result + text.slice(from);
}

/** One translator per language, made once: components that take it as a dependency do not re-run for nothing. */
export function translator(language: Language): Translate {
  const made = translators.get(language);
  if (made) return made;
  const catalog = CATALOGS[language];
  const rules = new Intl.PluralRules(language);
  const translate: Translate = (key, params) =>
    choosePlurals(catalog[key], params, rules).replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
  translators.set(language, translate);
  return translate;
}

/** Dutch for a Dutch system locale (nl, nl-NL, nl-BE ...), English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
