import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate, type Audience, type Block, type Curriculum, type Handout } from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { makeCustomBlock, makeTempDir, removeDir } from './fixtures';
import { docxText, handoutOf, loadExample } from './handout-helpers';
import { unzipText } from './zip';

/**
 * The Word files as LibreOffice lays them out: each one converted to PDF once, then read back with poppler.
 * A trainer who opens the file must see no line printed over another on the cover, and no word cut in two
 * without a hyphen (LibreOffice breaks a word that does not fit its table column anywhere, "Verbondenh|eid").
 */

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, tool)));
const missing = TOOLS.filter((tool) => !onPath(tool));

const TITLE_300 = 'Een lange titel voor een training over motiverende gespreksvoering met klanten die vastlopen '.repeat(4).slice(0, 300);
/** 80 letters, one Dutch compound: the hyphenation patterns find its syllables. */
const WORD_80 = 'Arbeidsongeschiktheidsverzekeringsmaatschappijbestuursvergaderingsnotulenarchief';
const WORDS_5000 = Array.from({ length: 625 }, () => 'De deelnemers oefenen in drietallen met een observator.').join(' ');

/** The example stretched to 40 days, a 300-character title, and a first block with an 80-letter title and 5,000 words. */
function badInput(): ReturnType<typeof loadExample> {
  const { curriculum, cards } = loadExample();
  const days = Array.from({ length: 40 }, (_, n) => {
    const day = structuredClone(curriculum.days[n % curriculum.days.length]!);
    day.id = `${day.id}-${n}`;
    day.blocks.forEach((block) => (block.id = `${block.id}-${n}`));
    return day;
  });
  const huge: Block = makeCustomBlock('huge-block', { title: WORD_80, goal: WORDS_5000, participantText: WORDS_5000, trainerNotes: WORDS_5000 });
  days[0]!.blocks.unshift(huge);
  const stretched: Curriculum = { ...curriculum, title: TITLE_300, days };
  return { curriculum: stretched, cards };
}

function example(title?: string): ReturnType<typeof loadExample> {
  const loaded = loadExample();
  if (title) loaded.curriculum.title = title;
  return loaded;
}

const FILES: Record<string, { audience: Audience; input: () => ReturnType<typeof loadExample> }> = {
  participant: { audience: 'participant', input: () => example() },
  trainer: { audience: 'trainer', input: () => example() },
  'trainer-long-title': { audience: 'trainer', input: () => example(TITLE_300) },
  'bad-input-participant': { audience: 'participant', input: badInput },
  'bad-input-trainer': { audience: 'trainer', input: badInput },
};

interface Box {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The text lines of one page with their boxes, from `pdftotext -bbox-layout`. */
function lineBoxes(pdf: string, page: number): Box[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...xhtml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    text: [...match[5]!.matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join(' '),
  }));
}

/** Boxes may touch (single line spacing); printed over each other they share more than a point each way. */
const TOLERANCE = 1;
function overlapping(lines: Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  lines.forEach((a, i) =>
    lines.slice(i + 1).forEach((b) => {
      const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (width > TOLERANCE && height > TOLERANCE) pairs.push([a.text, b.text]);
    }),
  );
  return pairs;
}

const WORD = /\p{L}+/gu;
const normal = (text: string) => text.normalize('NFKC').toLowerCase();

/** Every word (run of letters) the handout's own texts contain, and the header's date. */
function vocabulary(handout: Handout): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const word of normal(value).match(WORD) ?? []) words.add(word);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(handout);
  walk(longDate(handout.generatedOn, handout.language));
  return words;
}

/** Where a line ended in a hyphen between two letters (a broken bar, which no handout text puts between letters). */
const LINE_END = '\u00a6';

/**
 * The words of a PDF's text, each as the handout spells it: a word the renderer hyphenated at a line's end
 * is joined again ("Verbon-" + "denheid"), a compound with a real hyphen stays two words ("Als-" + "dan").
 * What no grouping of the pieces explains is returned as `unknown`, with "|" where a line ended.
 */
function readWords(pdfText: string, words: Set<string>): { known: string[]; unknown: string[] } {
  const marked = normal(pdfText).replace(/(\p{L})[-\u00ad\u2010]\s*\n\s*(?=\p{L})/gu, `$1${LINE_END}`);
  const known: string[] = [];
  const unknown: string[] = [];
  for (const token of marked.match(/[\p{L}\u00a6]+/gu) ?? []) {
    const grouped = fewestWords(token.split(LINE_END), words);
    if (grouped) known.push(...grouped);
    else if (!unknown.includes(token.replaceAll(LINE_END, "|"))) unknown.push(token.replaceAll(LINE_END, "|"));
  }
  return { known, unknown };
}

/** The pieces joined into as few words of `words` as possible, or undefined when they cannot be. */
function fewestWords(pieces: string[], words: Set<string>): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= pieces.length; end++) {
    for (let start = 0; start < end; start++) {
      const word = pieces.slice(start, end).join('');
      const before = best[start];
      if (before && words.has(word) && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, word];
    }
  }
  return best[pieces.length];
}

describe.skipIf(missing.length > 0)(
  `the Word files laid out by LibreOffice${missing.length ? ` (skipped: ${missing.join(', ')} not on PATH)` : ''}`,
  () => {
    let dir = '';
    const handouts: Record<string, Handout> = {};
    const pdf = (name: string) => join(dir, `${name}.pdf`);
    // -raw: the text in the order LibreOffice wrote it, lines left as they are. The default mode joins a line
    // ending in a hyphen to the next itself, and drops a real hyphen then ("co-" + "trainer" gives "cotrainer").
    const texts = new Map<string, string>();
    const text = (name: string) => {
      if (!texts.has(name)) texts.set(name, execFileSync('pdftotext', ['-raw', pdf(name), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
      return texts.get(name)!;
    };
    const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))?.[1]);

    beforeAll(async () => {
      dir = await makeTempDir('draaiboek-docx-layout-');
      const files: string[] = [];
      for (const [name, { audience, input }] of Object.entries(FILES)) {
        const { curriculum, cards } = input();
        handouts[name] = handoutOf(curriculum, cards, { audience });
        files.push(join(dir, `${name}.docx`));
        writeFileSync(files.at(-1)!, await renderHandoutDocx(handouts[name]));
      }
      // One LibreOffice for all files, with a profile of its own so runs side by side do not share a lock.
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
        { stdio: 'ignore' },
      );
    }, 300_000);

    afterAll(() => removeDir(dir));

    it.each(Object.keys(FILES))('prints no line over another on page 1 (%s)', (name) => {
      const lines = lineBoxes(pdf(name), 1);
      expect(lines.length).toBeGreaterThan(5);
      expect(overlapping(lines)).toEqual([]);
    });

    // Only where rows are kept whole: a row too long for one page continues on the next after the row's other
    // cells, so a word hyphenated at that page's foot cannot be joined again in the text.
    it.each(['participant', 'trainer', 'trainer-long-title'])('breaks no word without a hyphen (%s)', (name) => {
      expect(readWords(text(name), vocabulary(handouts[name]!)).unknown).toEqual([]);
    });

    it.each(['participant', 'trainer'])('puts the cover title below the edition line, not on it (%s, 300-character title)', (audience) => {
      const name = audience === 'participant' ? 'bad-input-participant' : 'trainer-long-title';
      const lines = lineBoxes(pdf(name), 1);
      const edition = lines.find((line) => line.text === handouts[name]!.cover.edition.toUpperCase());
      const title = lines.filter((line) => line.text.length > 10 && TITLE_300.includes(line.text.replace(/[-\u00ad]$/, '')));
      expect(edition).toBeDefined();
      expect(title.length).toBeGreaterThan(1);
      for (const line of title) expect(line.yMin).toBeGreaterThanOrEqual(edition!.yMax - TOLERANCE);
    });

    it.each(['bad-input-participant', 'bad-input-trainer'])('prints a 40-day training, the 80-letter word whole wherever it stands (%s)', async (name) => {
      expect(pages(name)).toBeGreaterThan(40);
      const printed = docxText((await unzipText(readFileSync(join(dir, `${name}.docx`))))['word/document.xml'] ?? '');
      const places = printed.split(WORD_80).length - 1;
      const whole = readWords(text(name), vocabulary(handouts[name]!)).known.filter((word) => word === normal(WORD_80));
      expect(places).toBeGreaterThan(0);
      expect(whole.length).toBe(places);
    });
  },
);
