// @vitest-environment jsdom
import { convertMillimetersToTwip } from 'docx';
import { describe, expect, it } from 'vitest';
import { hyphenate, LANDSCAPE_CONTENT_WIDTH, PAGE, SOFT_HYPHEN, type Handout } from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { makeCustomBlock } from './fixtures';
import { docxText, handoutOf, loadExample } from './handout-helpers';
import { unzipText } from './zip';

interface XmlDocument {
  getElementsByTagName(name: string): { length: number; item(index: number): { textContent: string | null } | null };
}
const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } };

describe('the Word file', () => {
  it.each(['participant', 'trainer'] as const)('has only well-formed XML parts (%s edition)', async (audience) => {
    const { curriculum, cards } = loadExample();
    curriculum.title = 'Tekst met \u0001 een stuurteken & <tags>';
    const parts = await unzipText(await renderHandoutDocx(handoutOf(curriculum, cards, { audience })));
    const xmlParts = Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xmlParts.length).toBeGreaterThanOrEqual(8);
    for (const [name, text] of xmlParts) {
      const errors = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror');
      expect(errors.length, `${name}: ${errors.item(0)?.textContent}`).toBe(0);
    }
    // The title is hyphenated (optional hyphens between its runs' texts), so it is compared as text.
    expect(docxText(parts['word/document.xml']!)).toContain('Tekst met  een stuurteken & <tags>');
  });
});

const CM = convertMillimetersToTwip;
const documentXml = async (handout: Handout) => (await unzipText(await renderHandoutDocx(handout)))['word/document.xml'] ?? '';
/** Each paragraph's properties and its text, with "|" where Word may hyphenate (an optional hyphen). */
const paragraphsOf = (xml: string) =>
  xml.split('</w:p>').map((paragraph) => ({
    properties: /<w:pPr>(.*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '',
    text: paragraph
      .replace(/<w:softHyphen\/>/g, '|')
      .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, text: string | undefined) => text ?? '')
      .trim(),
  }));
const sections = (xml: string) => [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((match) => match[1]!);
const attribute = (xml: string, element: string, name: string) => Number(new RegExp(`<w:${element} [^>]*w:${name}="(\\d+)"`).exec(xml)?.[1]);

describe('the Word file laid out for print', () => {
  const trainer = () => {
    const { curriculum, cards } = loadExample();
    return handoutOf(curriculum, cards, { audience: 'trainer' });
  };

  it('marks the syllables of table cells and headings with Word\'s own optional hyphen, body text left as written', async () => {
    const xml = await documentXml(trainer());
    const texts = paragraphsOf(xml).map((paragraph) => paragraph.text);
    // A U+00AD inside <w:t> shows as a hyphen on every line in Word.
    expect(xml).not.toContain(SOFT_HYPHEN);
    expect(texts).toContain('● Ver|bon|den|heid');
    const title = hyphenate('Motivatie van binnenuit: de zelfdeterminatietheorie', 'nl').replaceAll(SOFT_HYPHEN, '|');
    expect(title).toContain('zelf|de|ter|mi|na|tie|the|o|rie');
    expect(texts).toContain(title);
    expect(texts.some((text) => text.startsWith('● Verbondenheid: '))).toBe(true);
  });

  it('takes paper and margins from PAGE, with each day\'s timetable on landscape pages and the running header in every section', async () => {
    const handout = trainer();
    const xml = await documentXml(handout);
    const all = sections(xml);
    expect(all.map((section) => /w:orient="(\w+)"/.exec(section)?.[1])).toEqual([
      'portrait',
      ...handout.days.flatMap(() => ['landscape', 'portrait']),
    ]);
    for (const section of all) {
      const landscape = section.includes('w:orient="landscape"');
      expect(attribute(section, 'pgSz', 'w')).toBe(CM(landscape ? PAGE.height : PAGE.width));
      expect(attribute(section, 'pgSz', 'h')).toBe(CM(landscape ? PAGE.width : PAGE.height));
      for (const side of ['top', 'right', 'bottom', 'left'] as const) expect(attribute(section, 'pgMar', side)).toBe(CM(PAGE.margin[side]));
      expect(section.match(/<w:(header|footer)Reference /g)).toHaveLength(4);
    }
    const tableWidths = [...xml.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(tableWidths).toEqual(handout.days.map(() => CM(LANDSCAPE_CONTENT_WIDTH)));
  });

  it('keeps headings, labels and note boxes with what follows, and repeats table headers', async () => {
    const { curriculum, cards } = loadExample();
    const xml = await documentXml(handoutOf(curriculum, cards, { audience: 'participant' }));
    const paragraphs = paragraphsOf(xml);
    for (const { properties, text } of paragraphs.filter((paragraph) => /w:pStyle w:val="(Title|Heading\d)"/.test(paragraph.properties))) {
      expect(properties, text).toContain('<w:keepNext/>');
      expect(properties, text).toContain('<w:keepLines/>');
    }
    const notes = paragraphs.flatMap((paragraph, i) => (paragraph.text === 'Aantekeningen' ? [i] : []));
    expect(notes.length).toBeGreaterThan(5);
    for (const at of notes) {
      // The block's last paragraph, the label and all but the last writing line are kept with the next.
      expect(paragraphs.slice(at - 1, at + 6).map((paragraph) => paragraph.properties.includes('<w:keepNext/>'))).toEqual([true, true, true, true, true, true, true]);
      expect(paragraphs[at + 6]!.properties).not.toContain('<w:keepNext/>');
    }
    const tables = xml.split('<w:tbl>').slice(1);
    const programmes = tables.filter((table) => table.includes('<w:tblHeader/>'));
    expect(programmes).toHaveLength(curriculum.days.length);
    for (const table of programmes) expect(table).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('writes a 40-day training with a 300-character title, a 5,000-word block and an 80-letter word in a table cell', async () => {
    const { curriculum, cards } = loadExample();
    const word = 'Arbeidsongeschiktheidsverzekeringsmaatschappijbestuursvergaderingsnotulenarchief';
    const words = Array.from({ length: 5000 }, (_, i) => ['oefenen', 'in', 'drietallen', 'met', 'een', 'observator'][i % 6]).join(' ');
    curriculum.title = 'Training gespreksvoering '.repeat(12).slice(0, 300);
    curriculum.days = Array.from({ length: 40 }, (_, n) => ({ ...structuredClone(curriculum.days[n % 3]!), id: `day-${n}` }));
    curriculum.days[0]!.blocks.unshift(makeCustomBlock('huge', { title: word, goal: words, participantText: words }));
    for (const audience of ['participant', 'trainer'] as const) {
      const xml = await documentXml(handoutOf(curriculum, cards, { audience }));
      const errors = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror');
      expect(errors.length).toBe(0);
      expect(sections(xml)).toHaveLength(audience === 'trainer' ? 81 : 1);
      expect(paragraphsOf(xml).some((paragraph) => paragraph.text.replaceAll('|', '') === word)).toBe(true);
    }
  }, 60_000);
});
