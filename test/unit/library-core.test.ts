import { describe, expect, it } from 'vitest';
import {
  choicesFor,
  createCardSearch,
  DEFAULT_LIBRARY_VIEW,
  planImport,
  renderMarkdown,
  resolveImport,
  validateCard,
  viewCards,
  type LibraryView,
  type PackChoice,
} from '../../src/core';
import { makeCard } from './fixtures';

const text = (nl: string, en: string) => ({ nl, en });
const cards = [
  makeCard('own-scale', { title: text('Mijn schaal', 'My scale'), tradition: 'solution-focused', defaultDurationMinutes: 20, groupFormat: 'triads' }),
  makeCard('own-circle', {
    title: text('Cirkel', 'Circle'),
    tradition: 'progress-focused',
    defaultDurationMinutes: 45,
    groupFormat: 'pairs',
    needs: [{ layer: 'exercise', need: 'relatedness', effect: 'supports', strength: 3, rationale: text('Samen', 'Together'), evidence: 'judgement' }],
  }),
  makeCard('own-lecture', {
    title: text('Hoorcollege', 'Lecture'),
    tradition: 'training-method',
    defaultDurationMinutes: 60,
    groupFormat: 'plenary',
    provenance: { origin: 'imported', author: 'Els', updated: '2026-01-01T00:00:00Z' },
    needs: [{ layer: 'exercise', need: 'autonomy', effect: 'thwarts', strength: 2, rationale: text('Luisteren', 'Listening'), evidence: 'judgement' }],
  }),
];
const search = createCardSearch(cards);
const view = (changes: Partial<LibraryView>) => viewCards(cards, { ...DEFAULT_LIBRARY_VIEW, ...changes }, search, 'nl').map((card) => card.id);

describe('library view: query and filters combine', () => {
  it('shows everything without a query or filter, ordered by tradition', () => {
    expect(view({})).toEqual(['own-scale', 'own-circle', 'own-lecture']);
  });
  it('filters by tradition, group format, origin and duration range', () => {
    expect(view({ traditions: ['progress-focused', 'training-method'] })).toEqual(['own-circle', 'own-lecture']);
    expect(view({ groupFormats: ['triads'] })).toEqual(['own-scale']);
    expect(view({ origins: ['imported'] })).toEqual(['own-lecture']);
    expect(view({ minDuration: 30, maxDuration: 50 })).toEqual(['own-circle']);
  });
  it('filters by need, telling support apart from a risk of thwarting', () => {
    expect(view({ needs: ['relatedness'] })).toEqual(['own-circle']);
    expect(view({ needs: ['autonomy'] })).toEqual([]);
    expect(view({ needs: ['autonomy'], needEffect: 'thwarts' })).toEqual(['own-lecture']);
  });
  it('combines the query with the filters and sorts by title or duration', () => {
    expect(view({ query: 'schaal' })).toEqual(['own-scale']);
    expect(view({ query: 'schaal', traditions: ['narrative'] })).toEqual([]);
    expect(view({ sort: 'title' })).toEqual(['own-circle', 'own-lecture', 'own-scale']);
    expect(view({ sort: 'duration' })).toEqual(['own-scale', 'own-circle', 'own-lecture']);
  });
  it('finds needs by name in either language, with diacritics and typos forgiven', () => {
    expect(view({ query: 'verbondenh' })).toEqual(['own-circle']);
    expect(view({ query: 'relatedness' })).toEqual(['own-circle']);
    expect(view({ query: 'cirkél' })).toEqual(['own-circle']);
    expect(view({ query: 'hoorcolege' })).toEqual(['own-lecture']);
  });
});

describe('card validation', () => {
  it('accepts a complete card', () => {
    expect(validateCard(makeCard('ok'))).toEqual([]);
  });
  it('names the field and the reason for each problem', () => {
    const card = makeCard('bad', {
      title: text('', ' '),
      defaultDurationMinutes: 0,
      needs: [
        { layer: 'exercise', need: 'autonomy', effect: 'supports', strength: 1, rationale: text('', ''), evidence: 'judgement' },
        { layer: 'exercise', need: 'autonomy', effect: 'supports', strength: 2, rationale: text('x', ''), evidence: 'judgement' },
      ],
      sources: [{ citation: ' ' }],
    });
    expect(validateCard(card).map((issue) => `${issue.code} ${issue.field}`)).toEqual([
      'title-required /title',
      'duration-range /defaultDurationMinutes',
      'rationale-required /needs/0/rationale',
      'need-twice /needs/1',
      'citation-required /sources/0/citation',
    ]);
  });
  it('refuses durations that are not whole minutes or longer than a day of training', () => {
    expect(validateCard(makeCard('a', { defaultDurationMinutes: 481 }))[0]?.code).toBe('duration-range');
    expect(validateCard(makeCard('b', { defaultDurationMinutes: Number.NaN }))[0]?.code).toBe('duration-range');
  });
});

describe('card packs: preview and resolution', () => {
  const mine = makeCard('shared', { title: text('Mijn versie', 'My version') });
  const builtIn = makeCard('builtin-one', { provenance: { origin: 'built-in', author: 'Draaiboek', updated: '2026-01-01T00:00:00Z' } });
  const library = [mine, builtIn, makeCard('same')];
  const incoming = [
    makeCard('shared', { title: text('Hun versie', 'Their version'), provenance: { origin: 'own', author: 'Els', updated: '2026-05-01T00:00:00Z' } }),
    makeCard('same', { provenance: { origin: 'own', author: 'Els', updated: '2026-05-01T00:00:00Z' } }),
    makeCard('fresh'),
    makeCard('builtin-one', { title: text('Aangepast', 'Adapted') }),
  ];
  const plan = planImport(incoming, library);
  let counter = 0;
  const resolve = (choices: Record<string, PackChoice>) => resolveImport(plan, new Map(Object.entries(choices)), () => `copy-${++counter}`);

  it('sorts each card into new, changed or identical; provenance alone is no change', () => {
    expect(plan.map((entry) => `${entry.incoming.id}:${entry.status}`)).toEqual(['shared:changed', 'same:identical', 'fresh:new', 'builtin-one:changed']);
  });
  it('by default adds new cards and overwrites nothing', () => {
    expect(resolve({}).map((card) => card.id)).toEqual(['fresh']);
  });
  it('take theirs replaces mine, keeping their author and date, marked as imported', () => {
    const [taken] = resolve({ shared: 'take-theirs', fresh: 'skip' });
    expect(taken).toMatchObject({ id: 'shared', title: { nl: 'Hun versie' }, provenance: { origin: 'imported', author: 'Els', updated: '2026-05-01T00:00:00Z' } });
  });
  it('keep both adds their card under a new id that remembers the original, named after its author', () => {
    const saved = resolve({ shared: 'keep-both', fresh: 'skip' });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.id).not.toBe('shared');
    expect(saved[0]!.provenance.derivedFrom).toBe('shared');
    expect(saved[0]!.title).toEqual({ nl: 'Hun versie (versie van Els)', en: 'Their version (Els’s version)' });
  });
  it('after keep both no two cards in the library share a title, even when only the summary differed', () => {
    const original = makeCard('scale', { title: text('Schaalvraag', 'Scaling question') });
    const theirs = makeCard('scale', { title: text('Schaalvraag', 'Scaling question'), summary: text('Anders', 'Different'), provenance: { origin: 'own', author: 'Anna', updated: '2026-05-01T00:00:00Z' } });
    const anonymous = makeCard('scale', { title: text('Schaalvraag', 'Scaling question'), summary: text('Nog anders', 'Other still'), provenance: { origin: 'own', author: '', updated: '2026-05-01T00:00:00Z' } });
    const entries = planImport([theirs], [original]);
    const [copy] = resolveImport(entries, new Map([['scale', 'keep-both']]), () => 'copy-scale');
    expect(copy!.title.nl).toBe('Schaalvraag (versie van Anna)');
    const [unnamed] = resolveImport(planImport([anonymous], [original]), new Map([['scale', 'keep-both']]), () => 'copy-other');
    expect(unnamed!.title.nl).toBe('Schaalvraag (andere versie)');
    for (const language of ['nl', 'en'] as const) {
      const titles = [original, copy!, unnamed!].map((card) => card.title[language]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
  it('never offers to overwrite a built-in card, and ignores such a choice', () => {
    expect(choicesFor(plan[3]!)).toEqual(['keep-mine', 'keep-both']);
    expect(resolve({ 'builtin-one': 'take-theirs', fresh: 'skip' })).toEqual([]);
  });
});

describe('markdown rendering of untrusted card text', () => {
  it('keeps raw HTML as text and drops unsafe links and images', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![p](http://example.com/p.png) [ok](https://example.com)');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">ok</a>');
  });
  it('renders steps as an ordered list', () => {
    expect(renderMarkdown('1. Een\n2. Twee')).toContain('<ol>');
  });
});

describe('search index kept in step with the library', () => {
  it('finds added and changed cards and forgets removed ones after sync', async () => {
    const first = makeCard('own-first', { title: text('Eerste kaart', 'First card') });
    const second = makeCard('own-second', { title: text('Tweede kaart', 'Second card') });
    const index = createCardSearch([first]);
    await index.sync([first, second]);
    expect(index.search('tweede')).toEqual(['own-second']);
    await index.sync([{ ...first, title: text('Hernoemde kaart', 'Renamed card') }, second]);
    expect(index.search('eerste')).toEqual([]);
    expect(index.search('hernoemde')).toEqual(['own-first']);
    await index.sync([second]);
    expect(index.search('hernoemde')).toEqual([]);
    expect(index.searchCards('tweede')).toEqual([second]);
  });
  it('treats a one-letter query as no query yet', () => {
    expect(createCardSearch(cards).search('s')).toEqual([]);
    expect(view({ query: 's' })).toEqual(['own-scale', 'own-circle', 'own-lecture']);
  });
});
