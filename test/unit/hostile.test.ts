import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildHandout, parseDocument, renderHandoutHtml, renderHandoutMarkdown, serializeDocument, type Audience } from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { HOSTILE_PAYLOADS, hostileDocument } from '../fixtures/hostile';
import { unzipText } from './zip';

const CANARY = 'http://127.0.0.1:9/canary';
const document = hostileDocument(CANARY);
const cards = new Map(document.cards.map((card) => [card.id, card]));
const FORBIDDEN_TAGS = /^(script|iframe|object|embed|link|base|form|video|audio|svg|math|template|img|input|body|details|noscript|x)$/i;

/** Every real element (not escaped text) in the HTML, with the problems it would cause. */
function dangerousTags(html: string): string[] {
  const found: string[] = [];
  for (const [tag, name] of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    if (FORBIDDEN_TAGS.test(name!)) found.push(tag);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(tag);
    if (/\b(src|data|action|formaction|background)\s*=/i.test(tag) && !/\bsrc\s*=\s*"data:font/i.test(tag)) found.push(tag);
    if (/\bhref\s*=\s*"(?!https?:|mailto:|#)/i.test(tag)) found.push(tag);
    if (name!.toLowerCase() === 'meta' && /refresh/i.test(tag)) found.push(tag);
    if (/url\(\s*["']?http/i.test(tag)) found.push(tag);
  }
  return found;
}

describe(`${HOSTILE_PAYLOADS.length} hostile payloads in a shared file`, () => {
  it('open as a valid file, read as text', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const parsed = parseDocument(serializeDocument(document));
    expect(parsed.ok).toBe(true);
  });

  it.each(['participant', 'trainer'] as Audience[])('render inert in the %s HTML handout', (audience) => {
    const html = renderHandoutHtml(buildHandout(document.curriculum!, cards, { audience, generatedOn: '2026-11-25' }));
    expect(dangerousTags(html)).toEqual([]);
    // Our own <style> is the only one, and nothing in it reaches the network.
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
    expect(styles.length).toBeLessThanOrEqual(1);
    expect(styles.join('\n')).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain("default-src 'none'");
  });

  it.each(['participant', 'trainer'] as Audience[])('stay inert when the %s Markdown is rendered with HTML enabled', (audience) => {
    const markdown = renderHandoutMarkdown(buildHandout(document.curriculum!, cards, { audience, generatedOn: '2026-11-25' }));
    const html = new MarkdownIt({ html: true }).render(markdown);
    expect(dangerousTags(html)).toEqual([]);
  });

  it('leave no links or fields that act in the Word file', async () => {
    const bytes = await renderHandoutDocx(buildHandout(document.curriculum!, cards, { audience: 'trainer', generatedOn: '2026-11-25' }));
    const files = await unzipText(bytes);
    const xml = Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([, text]) => text).join('\n');
    expect(xml).not.toMatch(/Target="(javascript|data|vbscript):/i);
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText[^>]*>\s*(HYPERLINK|INCLUDE|IMPORT)/i);
    expect(files['word/document.xml']).toContain('&lt;script&gt;');
  });
});
