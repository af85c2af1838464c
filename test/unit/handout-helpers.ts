import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import {
  buildHandout,
  parseDocument,
  renderHandoutHtml,
  renderHandoutMarkdown,
  type Curriculum,
  type Handout,
  type HandoutOptions,
  type TechniqueCard,
} from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { unzipText } from './zip';

const EXAMPLE = join(resolve(import.meta.dirname, '../..'), 'resources/examples/basistraining-activerende-gespreksvoering.draaiboek');

/** The shipped three-day example with the cards embedded in it; a fresh copy on every call. */
export function loadExample(): { curriculum: Curriculum; cards: Map<string, TechniqueCard> } {
  const result = parseDocument(readFileSync(EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error(`the example does not open: ${JSON.stringify(result.problems)}`);
  return { curriculum: result.document.curriculum!, cards: new Map(result.document.cards.map((card) => [card.id, card])) };
}

export const GENERATED_ON = '2026-11-25';

export function handoutOf(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, options: Partial<HandoutOptions> = {}): Handout {
  return buildHandout(curriculum, cards, { audience: 'participant', generatedOn: GENERATED_ON, ...options });
}

export interface Rendered {
  markdown: string;
  html: string;
  /** word/document.xml */
  docx: string;
  /** Every XML part of the Word file, joined (headers, footers, relationships ...). */
  docxParts: string;
}

export async function renderAll(handout: Handout): Promise<Rendered> {
  const parts = await unzipText(await renderHandoutDocx(handout));
  return {
    markdown: renderHandoutMarkdown(handout),
    html: renderHandoutHtml(handout),
    docx: parts['word/document.xml'] ?? '',
    docxParts: Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([, text]) => text)
      .join('\n'),
  };
}

/** The text of a Word document's body, runs joined per paragraph, so a check does not depend on how runs are split. */
export function docxText(documentXml: string): string {
  return documentXml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Markdown as a CommonMark renderer with GFM tables and raw HTML allowed would show it. */
export const renderMarkdownFile = (markdown: string, html = false) => new MarkdownIt({ html }).render(markdown);

/** Every tag in some HTML (not escaped text), e.g. `<img src=x onerror=...>` only when it is real markup. */
export const tagsOf = (html: string) => [...html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)].map((match) => ({ tag: match[0], name: match[1]!.toLowerCase() }));

/** The paragraphs of a Word document with their style ("Heading1", "Title" ... or "" for body text). */
export function docxParagraphs(documentXml: string): { style: string; text: string }[] {
  return documentXml
    .split(/<\/w:p>/)
    .map((paragraph) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '', text: docxText(`${paragraph}</w:p>`).trim() }));
}
