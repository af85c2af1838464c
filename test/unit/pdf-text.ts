import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE, withoutSoftHyphens } from '../../src/core';

/**
 * Reading a printed PDF back as a trainer would check it: the words of each page in the order Chromium
 * painted them (so a table cell's lines stay together), with their place, from poppler's `pdftotext -raw
 * -bbox`, grouped into lines. Chromium writes a soft hyphen as a zero-width glyph that overlaps the next
 * letter, and pdftotext takes that step back for a new word, so letters that touch are joined into one word
 * again here; plain `pdftotext -raw` even starts a new line there ("Ba|sis|trai|ning" on four lines).
 */

export interface PrintedPage {
  /** The lines of the page's body in reading order, without the running header and footer. */
  lines: string[];
  /** The lowest line of the body: what a reader sees at the foot of the page. */
  foot: string;
  /** The running header's line, in the top margin. */
  header: string;
  /** The footer's line, in the bottom margin, and on which side of the page it starts. */
  footer: string;
  footerSide: 'left' | 'right' | null;
  /** In PostScript points. */
  width: number;
  height: number;
}

interface Word {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const POINTS_PER_MM = 72 / 25.4;
/** Closer than this (in points), two pieces of text are one word: a space is wider, even in 8pt text. */
const TOUCHING = 0.8;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

/** Words on one line follow each other left to right at (nearly) the same height; touching pieces are one word. */
function toLines(pieces: Word[]): Word[][] {
  const lines: Word[][] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    const previous = line?.at(-1);
    const sameLine = line && previous && Math.abs(previous.top - piece.top) < 2 && piece.left > previous.left;
    if (sameLine && piece.left - previous.right < TOUCHING) line[line.length - 1] = { ...previous, text: previous.text + piece.text, right: Math.max(previous.right, piece.right) };
    else if (sameLine) line.push(piece);
    else lines.push([piece]);
  }
  return lines;
}

const lineText = (line: Word[]) => line.map((word) => word.text).join(' ');
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function readPage(width: number, height: number, wordMarkup: string): PrintedPage {
  // The running header and footer sit in the page margins, which come from the one page geometry.
  const bodyTop = PAGE.margin.top * POINTS_PER_MM;
  const bodyBottom = height - PAGE.margin.bottom * POINTS_PER_MM;
  const all = [...wordMarkup.matchAll(WORD)]
    .map(([, left, top, right, bottom, text]) => ({ left: Number(left), top: Number(top), right: Number(right), bottom: Number(bottom), text: withoutSoftHyphens(unescape(text!)) }))
    .filter((piece) => piece.text);
  const pieces = all.filter((piece) => piece.bottom > bodyTop && piece.top < bodyBottom);
  const footerPieces = all.filter((piece) => piece.top >= bodyBottom);
  const header = toLines(all.filter((piece) => piece.bottom <= bodyTop)).map(lineText).join(' ');
  const footer = toLines(footerPieces).map(lineText).join(' ');
  const footerLeft = Math.min(...footerPieces.map((piece) => piece.left));
  const footerSide = footerPieces.length === 0 ? null : footerLeft < width / 2 ? 'left' : 'right';
  const lines = toLines(pieces);
  const lowest = Math.max(...pieces.map((piece) => piece.top));
  const foot = lines.filter((line) => Math.abs(line[0]!.top - lowest) < 2).map(lineText).join(' ');
  return { lines: lines.map(lineText), foot, header, footer, footerSide, width, height };
}

/** The pages of a PDF, written to `dir` as `name`.pdf for pdftotext. */
export function readPdf(pdf: Uint8Array, dir: string, name: string): PrintedPage[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const xhtml = execFileSync('pdftotext', ['-raw', '-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((match) => readPage(Number(match[1]), Number(match[2]), match[3]!));
}

const LETTERS = /\p{L}+/gu;
/** A hyphen at the end of a line, after a letter: Chromium's printed soft hyphen, or a real one. */
const LINE_END_HYPHEN = /\p{L}[-\u2010]$/u;

const words = (text: string) => (withoutSoftHyphens(text).toLocaleLowerCase('nl').match(LETTERS) ?? []) as string[];

/** Every word (run of letters, lower case) in any string of `sources`, however deeply nested. */
export function vocabulary(...sources: unknown[]): Set<string> {
  const known = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const word of words(value)) known.add(word);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  sources.forEach(visit);
  return known;
}

/**
 * The printed words that are in no source text: a word broken at a line end without a hyphen shows up as
 * two fragments ("Trainingsmetho" / "diek") that are not words. A line ending in "xxx-" is read with the
 * next line's first word: as one word when that is a known word (a hyphenation point), otherwise as two
 * (a real hyphen, as in "re-integratie- en loopbaancoaches").
 */
export function unknownWords(lines: readonly string[], known: ReadonlySet<string>): string[] {
  const unknown: string[] = [];
  let hyphenated: string | undefined;
  for (const line of lines) {
    const own = words(line);
    if (hyphenated !== undefined) {
      if (own[0] !== undefined && known.has(`${hyphenated}${own[0]}`)) own.shift();
      else if (!known.has(hyphenated)) unknown.push(hyphenated);
      hyphenated = undefined;
    }
    if (LINE_END_HYPHEN.test(line)) hyphenated = own.pop();
    unknown.push(...own.filter((word) => !known.has(word)));
  }
  if (hyphenated !== undefined && !known.has(hyphenated)) unknown.push(hyphenated);
  return unknown;
}

/**
 * Lines as running text, with each word broken at a printed hyphen joined again ("driehon-" + "derd"); a
 * word broken without a hyphen, or cut off at the page edge, stays broken. (A real hyphen at a line end is
 * dropped too, which only matters for words that had one.)
 */
export const readingText = (lines: readonly string[]) => lines.join('\n').replace(/(\p{L})[-\u2010]\n(?=\p{L})/gu, '$1').replace(/\n/g, ' ');

/** Text of some HTML as it prints: tags gone, entities and soft hyphens resolved, spaces collapsed. */
const printedText = (markup: string) =>
  withoutSoftHyphens(unescape(markup.replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'")))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The texts that must not end a page, from handout HTML: headings (h1–h3), meta lines ("rond 10:45"),
 * labels and table header rows. Labels of boxes to write in are left out: their lines print no text, so
 * such a label is the last text of a page whenever its box ends there.
 */
export function headingTexts(html: string): string[] {
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => printedText(match[1]!));
  const boxLabels = new Set(all(/<div class="write[^"]*">\s*<p class="label">([\s\S]*?)<\/p>/g));
  const headings = [
    ...all(/<h[1-3]\b[^>]*>([\s\S]*?)<\/h[1-3]>/g),
    ...all(/<p class="(?:meta|label)">([\s\S]*?)<\/p>/g),
    ...all(/<th>([\s\S]*?)<\/th>/g),
    ...all(/<thead>([\s\S]*?)<\/thead>/g),
  ];
  return [...new Set(headings)].filter((heading) => heading && !boxLabels.has(heading));
}

/** Whether a printed line is one of `headings`, or the start or end of one that wrapped. */
export function isHeadingLine(line: string, headings: readonly string[]): boolean {
  const printed = line.replace(/\s+/g, ' ').trim();
  const start = printed.replace(/[-\u2010]$/, '');
  return printed !== '' && headings.some((heading) => heading === printed || heading.endsWith(printed) || heading.startsWith(start));
}
