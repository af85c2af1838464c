import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandout, fillLabel, renderHandoutHtml, type Audience, type Curriculum, type Handout, type TechniqueCard } from '../../src/core';
import { chromiumPrinter, findChromium, loadHandoutFonts, type FontFace, type PdfPrinter } from '../../src/services';
import { renderExport } from '../../src/services/export/render';
import { RESOURCES_DIR } from './fixtures';
import { GENERATED_ON, loadExample } from './handout-helpers';
import { headingTexts, isHeadingLine, readingText, readPdf, unknownWords, vocabulary, type PrintedPage } from './pdf-text';

/**
 * Issue 11: the printed handouts went out with words broken mid-word ("Trainingsmetho|diek"), headings
 * alone at the foot of a page and a timetable squeezed onto portrait A4. These tests print both editions
 * of the shipped example with the real printer and Chromium of this machine, and read the PDFs back with
 * poppler, as a trainer would look at them. Each edition is printed once; the checks share the result.
 */

const CHROMIUM = findChromium('');

interface Printed {
  handout: Handout;
  pages: PrintedPage[];
  /** Every body line, pages in order. */
  lines: string[];
  /** Headings, meta lines, labels and table headers: what must not end a page. */
  headings: string[];
  /** The words of everything the handout was made from. */
  known: Set<string>;
}

let dir: string;
let fonts: FontFace[];
let printer: PdfPrinter;

async function print(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, audience: Audience, name: string, dayIndex?: number): Promise<Printed> {
  const request = { curriculum, cards, audience, dayIndex, generatedOn: GENERATED_ON };
  const pdf = await renderExport({ ...request, format: 'pdf' }, { fonts, printer: () => printer });
  const handout = buildHandout(curriculum, cards, request);
  const pages = readPdf(pdf, dir, name);
  return { handout, pages, lines: pages.flatMap((page) => page.lines), headings: headingTexts(renderHandoutHtml(handout)), known: vocabulary(handout) };
}

/** The pages from the first day on: the cover and table of contents list titles without being headings. */
function dayPages({ handout, pages }: Printed): { page: PrintedPage; number: number }[] {
  const firstDay = handout.days[0]!.title;
  const start = pages.findIndex(({ lines: [first] }) => first !== undefined && firstDay.startsWith(first.replace(/[-\u2010]$/, '')));
  return pages.map((page, index) => ({ page, number: index + 1 })).slice(start);
}

const example = loadExample();
const editions = {} as Record<Audience, Printed>;

beforeAll(async () => {
  if (!CHROMIUM) return;
  dir = mkdtempSync(join(tmpdir(), 'draaiboek-pdf-layout-'));
  fonts = await loadHandoutFonts(RESOURCES_DIR);
  printer = chromiumPrinter(CHROMIUM);
  for (const audience of ['participant', 'trainer'] as const) editions[audience] = await print(example.curriculum, example.cards, audience, audience);
}, 60_000);
afterAll(async () => {
  await printer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!CHROMIUM)('the printed example handout', () => {
  it.each(['participant', 'trainer'] as const)('%s edition: every word is whole or broken at a hyphen', (audience) => {
    const { lines, known } = editions[audience];
    expect(lines.length).toBeGreaterThan(200);
    expect(unknownWords(lines, known)).toEqual([]);
  });

  it.each(['participant', 'trainer'] as const)('%s edition: no heading, label or time line is the last line of a page', (audience) => {
    const printed = editions[audience];
    const pages = dayPages(printed);
    expect(pages.length).toBeGreaterThan(10);
    const alone = pages.filter(({ page }) => isHeadingLine(page.foot, printed.headings)).map(({ page, number }) => `page ${number}: ${page.foot}`);
    expect(alone).toEqual([]);
  });

  it('participant edition: a notes box never starts a page away from its technique', () => {
    const printed = editions.participant;
    const notes = printed.handout.labels['technique.notes'];
    expect(dayPages(printed).filter(({ page }) => page.lines[0] === notes).map(({ number }) => number)).toEqual([]);
  });

  it('participant edition: every block is in the programme once, each with its time, and each technique is printed once', () => {
    const { handout, lines } = editions.participant;
    if (handout.audience !== 'participant') throw new Error('not a participant handout');
    const rows = handout.days.flatMap((day) => [...day.programme.map((item) => item.time), day.end]);
    expect(lines.map((line) => /^(\d\d:\d\d) /.exec(line)?.[1]).filter(Boolean)).toEqual(rows);
    const rough = fillLabel(handout.labels['technique.time'], { time: '' });
    const sections = handout.days.flatMap((day) => day.techniques.map((technique) => `${rough}${technique.time}`));
    expect(lines.filter((line) => line.startsWith(rough) && /\d\d:\d\d$/.test(line))).toEqual(sections);
  });

  it('trainer edition: every block is in the timetable once and has its own section once', () => {
    const { handout, lines } = editions.trainer;
    if (handout.audience !== 'trainer') throw new Error('not a trainer handout');
    const span = (block: { start: string; end: string }) => `${block.start}–${block.end}`;
    const timetable = handout.days.flatMap((day) => day.blocks.map(span));
    const sections = handout.days.flatMap((day) => day.blocks.filter((block) => block.detailed).map(span));
    const starting = (pattern: RegExp) => lines.map((line) => pattern.exec(line)?.[1]).filter(Boolean);
    expect(starting(/^(\d\d:\d\d–\d\d:\d\d)(?! ·)/)).toEqual(timetable);
    expect(starting(/^(\d\d:\d\d–\d\d:\d\d) ·/)).toEqual(sections);
  });

  it.each(['participant', 'trainer'] as const)('%s edition: every page has the title and date on top and its number of the total in the outer corner', (audience) => {
    const { pages, handout } = editions[audience];
    pages.forEach((page, index) => {
      expect(page.header).toContain(handout.cover.title);
      expect(page.header).toMatch(/\d{4}$/);
      expect(page.footer).toBe(fillLabel(handout.labels.page, { page: String(index + 1), total: String(pages.length) }));
      // Page 1 is a right-hand page: odd pages have their number on the right, even pages on the left.
      expect(page.footerSide).toBe(index % 2 === 0 ? 'right' : 'left');
    });
  });

  it('trainer edition: the timetables are on landscape pages, everything else on portrait A4', () => {
    const { pages, handout } = editions.trainer;
    const { labels } = handout;
    const header = `${labels['col.time']} ${labels['col.duration']} ${labels['col.block']} ${labels['col.goal']}`;
    const landscape = pages.map((page, index) => (page.width > page.height ? index + 1 : 0)).filter(Boolean);
    const timetables = pages.map((page, index) => (page.lines.some((line) => line.startsWith(header)) ? index + 1 : 0)).filter(Boolean);
    expect(timetables.length).toBeGreaterThanOrEqual(handout.days.length);
    expect(landscape).toEqual(timetables);
    // A4 is 595.3 × 841.9 pt; Chromium rounds a CSS page size to whole pixels, so a point more is still A4.
    for (const page of pages) {
      const [short, long] = [page.width, page.height].sort((a, b) => a - b);
      expect(Math.abs(short! - 595.3)).toBeLessThan(1);
      expect(Math.abs(long! - 841.9)).toBeLessThan(1.5);
    }
    expect(editions.participant.pages.every((page) => page.height > page.width)).toBe(true);
  });
});

describe.skipIf(!CHROMIUM)('a printed handout of hostile size', () => {
  // Real Dutch parts, so it has hyphenation points; the code beside it has none at all.
  const LONG_WORD = 'Arbeidsongeschiktheidsverzekeringsmaatschappijvertegenwoordigersbijeenkomstverslag'.slice(0, 80);
  const UNBREAKABLE = '0123456789'.repeat(8);
  const TITLE = `Een training met een titel van driehonderd tekens ${'en nog meer woorden '.repeat(20)}`.slice(0, 300).trim();
  // Numbered words: a row or paragraph printed twice, or cut off, shows as a gap or a repeat in the numbers.
  const ESSAY = Array.from({ length: 5000 }, (_, index) => `w${index + 1}`).join(' ');

  /** The example's days repeated to 40, the first block with all the hostile texts, under a 300-character title. */
  function hostile(): Curriculum {
    const { curriculum } = loadExample();
    const days = Array.from({ length: 40 }, (_, index) => ({ ...curriculum.days[index % curriculum.days.length]!, id: `dag-${index + 1}`, title: `Dag ${index + 1}` }));
    const [first, ...rest] = days[0]!.blocks;
    days[0] = { ...days[0]!, blocks: [{ ...first!, participantText: `${LONG_WORD} ${ESSAY}`, goal: UNBREAKABLE, materials: [LONG_WORD] }, ...rest] };
    return { ...curriculum, title: TITLE, days };
  }

  /** The numbered words as printed, and as the handout (cut to its limits) holds them. */
  function essayWords(printed: Printed): { printed: number[]; expected: number[] } {
    const numbers = (text: string) => [...text.matchAll(/\bw(\d+)\b/g)].map((match) => Number(match[1]));
    return { printed: numbers(printed.lines.join(' ')), expected: numbers(JSON.stringify(printed.handout.days)) };
  }

  function expectWhole(printed: Printed): void {
    const text = readingText(printed.lines);
    expect(readingText(printed.pages[0]!.lines)).toContain(TITLE);
    const longWords = text.match(new RegExp(`${LONG_WORD.slice(0, 12)}\\p{L}*`, 'gu')) ?? [];
    expect(longWords.length).toBeGreaterThan(0);
    expect(longWords.filter((word) => word !== LONG_WORD)).toEqual([]);
  }

  // Only the first day for participants: its programme row of 5,000 words runs over more than a page, which
  // is what could be cut or repeated; the 40 days are printed once, for the trainer, whose edition is longer.
  it('participant edition: the 5,000-word row prints once and whole, with the long title and word', async () => {
    const printed = await print(hostile(), example.cards, 'participant', 'hostile-participant', 0);
    expectWhole(printed);
    const { printed: words, expected } = essayWords(printed);
    expect(expected.length).toBeGreaterThan(1000);
    expect(words).toEqual(expected);
  }, 30_000);

  it('trainer edition: 40 days print, with the long title on the cover and every long word whole', async () => {
    const printed = await print(hostile(), example.cards, 'trainer', 'hostile-trainer');
    expect(printed.pages.length).toBeGreaterThan(200);
    expectWhole(printed);
    // The code without hyphenation points breaks where its cell ends, but all of it is on the page.
    expect(printed.lines.join('').match(/(?:0123456789)+/g)).toEqual([UNBREAKABLE, UNBREAKABLE]);
    const { printed: words, expected } = essayWords(printed);
    expect(words).toEqual(expected);
  }, 120_000);
});
