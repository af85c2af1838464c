import type { Language } from '../model/common';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Language, Translate>();

/** A message split once into its text and its plural choices: `{count, plural, one {…} other {…}}`. */
type Segment = string | { param: string; branches: Map<string, string> };
const parsed = new Map<string, Segment[]>();

/** Splits a message at its plural choices (ICU's shape, kept small); plain text stays as it is. */
function parsePlurals(text: string): Segment[] {
  const start = /\{(\w+),\s*plural,/g;
  const segments: Segment[] = [];
  let from = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const branches = new Map<string, string>();
    let at = match.index + match[0].length;
    const skipSpace = () => {
      while (at < text.length && /\s/.test(text[at]!)) at++;
    };
    for (;;) {
      skipSpace();
      if (text[at] === '}' || at >= text.length) break;
      const selector = /^[=\w]+/.exec(text.slice(at, at + 32))?.[0];
      if (!selector) break;
      at += selector.length;
      skipSpace();
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
    segments.push(text.slice(from, match.index), { param: match[1]!, branches });
    from = at + 1;
    start.lastIndex = from;
  }
  segments.push(text.slice(from));
  return segments;
}

/**
 * Resolves `{count, plural, one {{count} kaart} other {{count} kaarten}}`: the branch named by
 * Intl.PluralRules for the number in `count`, else `other`; `=0`, `=1` ... match exactly. A number that is
 * missing picks `other`. Plain `{name}` placeholders are left for the caller to fill. Each message is
 * parsed once: a day of blocks asks for the same few messages many times in one render.
 */
export function choosePlurals(text: string, params: Record<string, string | number> | undefined, rules: Intl.PluralRules): string {
  if (!text.includes('plural,')) return text;
  let segments = parsed.get(text);
  if (!segments) parsed.set(text, (segments = parsePlurals(text)));
  let result = '';
  for (const segment of segments) {
    if (typeof segment === 'string') {
      result += segment;
      continue;
    }
    const value = params?.[segment.param];
    const count = typeof value === 'number' ? value : Number(value);
    const { branches } = segment;
    const chosen = value === undefined || Number.isNaN(count) ? branches.get('other') : (branches.get(`=${count}`) ?? branches.get(rules.select(count)) ?? branches.get('other'));
    result += chosen ?? '';
  }
  return result;
}

/** One translator per language, made once: components that take it as a dependency do not re-run for nothing. */
export function translator(language: Language): Translate {
  const made = translators.get(language);
  if (made) return made;
  const catalog = CATALOGS[language];
  const rules = new Intl.PluralRules(language);
  const translate: Translate = (key, params) => {
    const text = choosePlurals(catalog[key], params, rules);
    return text.includes('{') ? text.replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match)) : text;
  };
  translators.set(language, translate);
  return translate;
}

/** Dutch for a Dutch system locale (nl, nl-NL, nl-BE ...), English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
