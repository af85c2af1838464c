import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { neutraliseMarkdown, renderMarkdown, type Audience, type Curriculum, type TechniqueCard } from '../../src/core';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile';
import { hostileLinks } from '../fixtures/hostile-links';
import { handoutOf, loadExample, renderAll } from './handout-helpers';

const PAYLOADS = [...hostileLinks(), ...HOSTILE_PAYLOADS.map((payload) => payload.replaceAll('{CANARY}', 'https://canary.example'))];

/** Renderers as careless as a Markdown viewer can be: raw HTML on, bare addresses linked, any link followed. */
const careless = [true, false].map((html) => {
  const md = new MarkdownIt({ html, linkify: true });
  md.validateLink = () => true;
  return md;
});

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n' };

/** An attribute value as the browser reads it: entities decoded, and the tabs and newlines a URL parser drops removed. */
function asBrowserReads(value: string): string {
  return value
    .replace(/^["']|["']$/g, '')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/[\t\n\r]/g, '')
    .trim();
}

/** Every address in the HTML that a click or a load would follow, unless it is http(s), mailto or in-page. */
function dangerousAddresses(html: string): string[] {
  const found: string[] = [];
  // Text is escaped (`&lt;`), so every `<` followed by a letter opens a real element.
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const match of tag.matchAll(/\s(href|src|action|formaction|data|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
      const value = asBrowserReads(match[2]!);
      // `//host` is what a careless viewer makes of plain text like `//host/x` (linkify): the page's own scheme.
      if (!/^(https?:\/\/|mailto:|#|\/\/)/i.test(value)) found.push(`${match[1]}=${value}`);
    }
  }
  return found;
}

const links = (html: string) => [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1]);

describe('Markdown fields written into a Markdown handout', () => {
  it('keep the safe link of two touching links and make the other text', () => {
    const written = neutraliseMarkdown('[a](https://ok.example)[b](javascript:alert(1))');
    for (const md of careless) {
      const html = md.render(written);
      expect(links(html)).toEqual(['https://ok.example/']);
      expect(html).toContain('[b](javascript:alert(1))');
    }
  });

  it.each(PAYLOADS.map((payload) => [payload.slice(0, 80), payload]))('leave no live dangerous link: %j', (_, payload) => {
    const written = neutraliseMarkdown(payload);
    for (const md of careless) expect(dangerousAddresses(md.render(written))).toEqual([]);
    // The app's own renderer shows the same text as it would for the field itself.
    expect(dangerousAddresses(renderMarkdown(written))).toEqual([]);
  });

  it('one payload of a thousand touching pairs gives a thousand safe links and nothing else', () => {
    const written = neutraliseMarkdown('[a](https://ok.example)[b](javascript:alert(1))'.repeat(1000));
    for (const md of careless) {
      const found = links(md.render(written));
      expect(found).toHaveLength(1000);
      expect(new Set(found)).toEqual(new Set(['https://ok.example/']));
    }
  });

  it('a source address cannot carry a second link', () => {
    const html = careless[0]!.render(neutraliseMarkdown('<https://ok.example/>[Officiële bron](javascript:alert(1))'));
    expect(links(html)).toEqual(['https://ok.example/']);
  });

  it.each([
    '1. **stap** een\n2. [bron](https://example.org/a) en [mail](mailto:a@b.nl)',
    '- een\n- twee\n  - drie *schuin*\n\n> citaat met `code <b>` erin\n\n---\n\n## Kop',
    '1) los\n\n   tweede alinea\n\n2) nog een',
    '```js\nconst a = `x`;\n```\n\nregel\\\nhard afgebroken',
    '| Kolom | Recht |\n| :--- | ---: |\n| `a|b` | **c** |',
    'Tekst met \\*sterretjes\\* en 1. geen lijst, <b>geen html</b> & &amp; entiteiten.',
    'Zie https://example.org/pad?a=1&b=2 en www.example.nl',
  ])('keep ordinary Markdown as the app shows it: %j', (source) => {
    expect(renderMarkdown(neutraliseMarkdown(source))).toBe(renderMarkdown(source));
  });
});

/** The example, with every card's instructions and trainer notes made of all the payloads. */
function hostileExample(): { curriculum: Curriculum; cards: Map<string, TechniqueCard> } {
  const { curriculum, cards } = loadExample();
  const text = PAYLOADS.join('\n\n');
  for (const card of cards.values()) {
    card.instructions = { nl: text, en: text };
    card.trainerNotes = { nl: text, en: text };
  }
  return { curriculum, cards };
}

describe('every handout format of a file full of hostile links', () => {
  const { curriculum, cards } = hostileExample();
  it.each<Audience>(['participant', 'trainer'])('has no live dangerous link in the %s Markdown, HTML and Word files', async (audience) => {
    const rendered = await renderAll(handoutOf(curriculum, cards, { audience }));
    expect(rendered.markdown).toContain('javascript:alert(1)');
    for (const md of careless) expect(dangerousAddresses(md.render(rendered.markdown))).toEqual([]);
    expect(dangerousAddresses(rendered.html)).toEqual([]);
    expect(rendered.docxParts).not.toMatch(/<w:hyperlink|TargetMode="External"|Target="\s*(javascript|data|vbscript|file):/i);
    // The safe links are still there, in every format.
    expect(links(careless[0]!.render(rendered.markdown))).toContain('https://ok.example/');
    expect(links(rendered.html)).toContain('https://ok.example/');
    expect(rendered.docx).toContain('https://ok.example/');
  });
});
