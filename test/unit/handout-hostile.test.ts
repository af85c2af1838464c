import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  buildHandout,
  escapeHtml,
  escapeMarkdown,
  neutraliseMarkdown,
  renderHandoutHtml,
  renderHandoutMarkdown,
  type Audience,
  type Curriculum,
  type TechniqueCard,
} from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { makeCard } from './fixtures';
import { GENERATED_ON, loadExample, tagsOf } from './handout-helpers';
import { unzipText } from './zip';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klik](javascript:alert(1))',
  '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
  '<style>body{display:none}</style>',
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '[klik](  JaVaScRiPt:alert(1) "t")',
  '[klik][ref]\n\n[ref]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[klik](&#106;avascript:alert(1))',
  '[klik](<javascript:alert(1)>)',
  '<!-- x --><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '```\n<script>alert(1)</script>',
  '| a | b |\n| --- | --- |\n| <img src=x onerror=alert(1)> | x |',
  '# heading <script>alert(1)</script>',
  '- list <img src=x onerror=alert(1)>',
  '\u0001\u0008\uFFFE control \uD800 characters',
];

const all = PAYLOADS.join(' ');
const text = (i: number) => ({ nl: `${PAYLOADS[i % PAYLOADS.length]} ${all}`, en: PAYLOADS[(i + 1) % PAYLOADS.length]! });

/** The example, with every text the handouts show replaced by hostile payloads. */
function hostile(): { curriculum: Curriculum; cards: Map<string, TechniqueCard> } {
  const { curriculum } = loadExample();
  let i = 0;
  const next = () => `${PAYLOADS[i++ % PAYLOADS.length]}\n\n${all}`;
  curriculum.title = next();
  curriculum.audience = next();
  curriculum.place = next();
  curriculum.trainers = [next(), next()];
  curriculum.learningGoals = [next()];
  const card = makeCard('hostile-card', {
    title: text(0),
    summary: text(1),
    instructions: { nl: PAYLOADS.map((payload, n) => `${n + 1}. ${payload}`).join('\n') + `\n\n${all}`, en: all },
    trainerNotes: text(3),
    exampleQuestions: [text(4), text(5)],
    needs: [{ layer: 'exercise', need: 'autonomy', effect: 'supports', strength: 2, rationale: text(6), evidence: 'judgement' }],
    materials: [text(7)],
  });
  for (const day of curriculum.days) {
    day.title = next();
    for (const block of day.blocks) {
      if (block.kind === 'card') block.cardId = card.id;
      else block.title = next();
      block.goal = next();
      block.participantText = next();
      block.trainerNotes = next();
      block.materials = [next(), next()];
    }
  }
  return { curriculum, cards: new Map([[card.id, card]]) };
}

const { curriculum, cards } = hostile();
const audiences: Audience[] = ['participant', 'trainer'];
const handout = (audience: Audience) => buildHandout(curriculum, cards, { audience, generatedOn: GENERATED_ON });

/** Tags and attributes that would run, fetch or restyle something. */
function problems(html: string, ownStyles: number): string[] {
  const found: string[] = [];
  for (const { tag, name } of tagsOf(html)) {
    if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'body', 'math'].includes(name)) found.push(tag);
    if (/\son\w+\s*=/i.test(tag)) found.push(tag);
    if (/\bhref\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(tag)) found.push(tag);
    if (/\bhref\s*=/i.test(tag) && !/\bhref="(https?:|mailto:|#)/i.test(tag)) found.push(tag);
  }
  if ((html.match(/<style\b/gi) ?? []).length !== ownStyles) found.push('a <style> that is not ours');
  return found;
}

describe('hostile text in a shared curriculum', () => {
  it.each(audiences)('stays text in the %s HTML', (audience) => {
    const html = renderHandoutHtml(handout(audience));
    expect(problems(html, 1)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:alert\(1\)"|href="data:text/i);
    // It is there, escaped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    // The title cannot leave <title>, and the CSP stays first in <head>.
    expect(html).toMatch(/<title>[^<]*<\/title>/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it.each(audiences)('stays text in the %s Markdown, even rendered with raw HTML allowed', (audience) => {
    const markdown = renderHandoutMarkdown(handout(audience));
    for (const options of [{ html: true }, { html: true, linkify: true }, { html: false }]) {
      const html = new MarkdownIt(options).render(markdown);
      expect(problems(html, 0)).toEqual([]);
      expect(html).not.toMatch(/<script|<img|<svg|<style/i);
      expect(html).not.toMatch(/href="\s*(javascript|data|vbscript)/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    // Still readable: the document structure survives the payloads.
    const html = new MarkdownIt({ html: true }).render(markdown);
    const days = loadExample().curriculum.days.length;
    expect(html.match(/<h2>/g)).toHaveLength(days);
    expect(html.match(/<table>/g)).toHaveLength(days);
  });

  it.each(audiences)('stays text in the %s Word file, which still opens', async (audience) => {
    const parts = await unzipText(await renderHandoutDocx(handout(audience)));
    const xml = Object.values(parts).join('\n');
    expect(parts['word/document.xml']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toMatch(/<w:hyperlink|Target="(javascript|data|vbscript):/i);
    // XML 1.0 forbids these; Word refuses a file that has them.
    for (const char of ['\u0001', '\u0008', '\uFFFE']) expect(xml).not.toContain(char);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('escaping helpers', () => {
  it('escapeHtml escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapeMarkdown makes plain text literal in CommonMark', () => {
    const md = new MarkdownIt({ html: true });
    for (const plain of ['*not bold* _nor this_', '# not a heading', '1. not a list', '- nor this', '> nor a quote', '<b>x</b> &amp; [a](b) `c` | d ~~e~~', '---', 'a\\b']) {
      const rendered = md.renderInline(escapeMarkdown(plain));
      expect(rendered).toBe(escapeHtml(plain).replace(/&#39;/g, "'").replace(/&quot;/g, '&quot;'));
    }
  });

  it('neutraliseMarkdown keeps Markdown and safe links, and drops raw HTML, images, unsafe and reference links', () => {
    const md = new MarkdownIt({ html: true });
    const render = (source: string) => md.render(neutraliseMarkdown(source));
    expect(render('1. **stap** een\n2. [bron](https://example.org/a) en [mail](mailto:a@b.nl)')).toBe(
      '<ol>\n<li><strong>stap</strong> een</li>\n<li><a href="https://example.org/a">bron</a> en <a href="mailto:a@b.nl">mail</a></li>\n</ol>\n',
    );
    for (const source of PAYLOADS) {
      const html = render(source);
      expect(problems(html, 0), source).toEqual([]);
      expect(html, source).not.toMatch(/<a\b/);
    }
    expect(neutraliseMarkdown('```\ncode')).toBe('```\ncode\n```');
  });
});
