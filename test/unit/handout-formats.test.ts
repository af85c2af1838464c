import { describe, expect, it } from 'vitest';
import { renderHandoutHtml, type ParticipantHandout, type TrainerHandout } from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { docxParagraphs, handoutOf, loadExample, renderAll, renderMarkdownFile, tagsOf } from './handout-helpers';
import { unzipText } from './zip';

const { curriculum, cards } = loadExample();
const participant = handoutOf(curriculum, cards, { audience: 'participant' }) as ParticipantHandout;
const trainer = handoutOf(curriculum, cards, { audience: 'trainer' }) as TrainerHandout;
const editions = [
  ['participant', participant],
  ['trainer', trainer],
] as const;

describe('Markdown', () => {
  it.each(editions)('the %s edition is CommonMark with GFM tables', async (_, handout) => {
    const { markdown } = await renderAll(handout);
    const html = renderMarkdownFile(markdown);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const days = curriculum.days.length;
    expect(html.match(/<h2>/g)).toHaveLength(days);
    // One programme or timetable per day, parsed as a real table with a header row.
    expect(html.match(/<table>/g)).toHaveLength(days);
    expect(html.match(/<thead>/g)).toHaveLength(days);
    const firstTable = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    const rows = firstTable.match(/<tr>/g)!.length - 1;
    expect(rows).toBe(curriculum.days[0]!.blocks.length + (handout.audience === 'participant' ? 1 : 0));
    // Nothing in the example is markup, so no escape shows as a backslash after rendering.
    expect(html).not.toMatch(/\\[[\]*_#<>|~&!-]/);
  });

  it('keeps the card instructions as Markdown (numbered steps) and the need colours as markers', async () => {
    const { markdown } = await renderAll(participant);
    const html = renderMarkdownFile(markdown);
    expect(html).toContain('<ol>\n<li>Kies één vraag die past bij het moment:');
    expect(markdown).toContain('🔴 Verbondenheid: Elkaar horen voordat de inhoud begint, maakt de groep tot een groep;');
  });
});

describe('HTML', () => {
  const fontFaces = [{ family: 'Source Sans 3', weight: 400, style: 'normal' as const, woff2Base64: 'd09GMgABAAAAAA==' }];

  it.each(editions)('the %s edition is one self-contained, script-free file with a strict CSP', (_, handout) => {
    const html = renderHandoutHtml(handout, { fontFaces });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`);
    expect(html).toMatch(/<title>Basistraining Activerende gespreksvoering · (Hand-out voor deelnemers|Draaiboek voor trainers)<\/title>/);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link\b|<img\b|<iframe|\bsrc\s*=|@import/i);
    // The only URLs are the embedded font and links that Markdown allows.
    for (const [, url] of html.matchAll(/url\(([^)]*)\)/g)) expect(url).toMatch(/^data:font\/woff2;base64,/);
    for (const { tag } of tagsOf(html).filter(({ name }) => name === 'a')) expect(tag).toMatch(/href="(#[a-z0-9-]+|https?:|mailto:)/);
    expect(html).toContain("@font-face { font-family: 'Source Sans 3'; font-style: normal; font-weight: 400;");
    expect(html).toMatch(/html \{ font-family: 'Source Sans 3', system-ui/);
  });

  it.each(editions)('the %s edition prints on A4 with a page per day and h1/h2/h3 for the PDF outline', (_, handout) => {
    const html = renderHandoutHtml(handout);
    expect(html).toContain('@page { size: 210mm 297mm; margin: 20mm 18mm 22mm 18mm;');
    expect(html).toContain('.day { break-before: page; }');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(curriculum.days.length);
    expect(html.match(/<section class="day" id="day-\d">/g)).toHaveLength(curriculum.days.length);
    expect((html.match(/<h3\b/g) ?? []).length).toBeGreaterThan(20);
  });

  it.each(editions)('the %s edition has a table of contents whose links all land', (_, handout) => {
    const html = renderHandoutHtml(handout);
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    const targets = [...toc.matchAll(/href="#([a-z0-9-]+)"/g)].map((match) => match[1]!);
    expect(targets.length).toBe(handout.toc.length);
    const ids = new Set([...html.matchAll(/\bid="([a-z0-9-]+)"/g)].map((match) => match[1]));
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    expect(toc).toContain('href="#day-1"');
    expect(ids.size).toBe([...html.matchAll(/\bid="/g)].length);
  });

  it('puts a page break before each action plan and shows needs with their colour', () => {
    const html = renderHandoutHtml(participant);
    expect(html).toContain('.action-plan { break-before: page; }');
    expect(html).toContain('--autonomy: #8a3ffc; --competence: #0b6e4f; --relatedness: #b3261e;');
    expect(html).toMatch(/<span class="need need-relatedness"><span class="need-dot" aria-hidden="true"><\/span>Verbondenheid:<\/span> Elkaar horen/);
    expect(html.match(/<ol class="scale">(<li>\d+<\/li>){11}<\/ol>/g)).toHaveLength(curriculum.days.length);
  });

  it('renders card Markdown through the safe renderer and plain text escaped', () => {
    const html = renderHandoutHtml(trainer);
    expect(html).toContain('<div class="md"><ol>\n<li>Kies één vraag');
    expect(html).toContain('Flip-over &quot;Onze afspraken&quot;');
  });

  it('leaves out font faces that could break out of the style sheet', () => {
    const html = renderHandoutHtml(participant, {
      fontFaces: [
        { family: "x'; } body { display: none } @font-face { font-family: 'y", weight: 400, style: 'normal', woff2Base64: 'AAAA' },
        { family: 'Source Sans 3', weight: 400, style: 'normal', woff2Base64: 'AAAA) } body { display: none } x {' },
      ],
    });
    expect(html).not.toContain('display: none');
    expect(html).not.toContain('@font-face');
  });
});

describe('Word', () => {
  it.each(editions)('the %s edition is a valid docx with real headings and tables', async (_, handout) => {
    const bytes = await renderHandoutDocx(handout);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const parts = await unzipText(bytes);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['Basistraining Activerende gespreksvoering']);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(curriculum.days.map((day) => day.title));
    // Each day starts on a new page.
    expect(xml.match(/<w:pageBreakBefore\/>/g)!.length).toBeGreaterThanOrEqual(3);
    // No hyperlinks, and page numbers in the footer.
    expect(Object.values(parts).join('\n')).not.toMatch(/<w:hyperlink|TargetMode="External"/);
    expect(Object.entries(parts).filter(([name]) => name.startsWith('word/footer')).map(([, text]) => text).join('')).toMatch(/PAGE/);
  });

  it('writes the participant programme as a table of time and part', async () => {
    const xml = (await unzipText(await renderHandoutDocx(participant)))['word/document.xml']!;
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const programme = tables[0]!;
    expect(programme).toContain('Tijd (ca.)');
    expect(programme.match(/<w:tr>|<w:tr /g)!.length).toBe(curriculum.days[0]!.blocks.length + 2);
  });
});
