import { describe, expect, it } from 'vitest';
import { CATALOGS, languageForLocale, translator, type MessageKey } from '../../src/core';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(CATALOGS.nl) as MessageKey[];

describe('message catalogs', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each(keys)('%s has text in both languages with the same placeholders', (key) => {
    const nl = CATALOGS.nl[key];
    const en = CATALOGS.en[key];
    expect(nl.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nl));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('nl')('status.cards', { count: 3 })).toBe('3 kaarten');
    expect(translator('en')('editor.close', { title: 'Dag 1' })).toBe('Close Dag 1');
    expect(translator('en')('editor.close')).toBe('Close {title}');
  });
});

describe('languageForLocale', () => {
  it.each([
    ['nl', 'nl'],
    ['nl_NL', 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['NL-be', 'nl'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s -> %s', (locale, language) => {
    expect(languageForLocale(locale)).toBe(language);
  });
});
