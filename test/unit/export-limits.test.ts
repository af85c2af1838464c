import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandout, HANDOUT_LIMITS, renderHandoutMarkdown, type Curriculum } from '../../src/core';
import { chromiumPrinter, loadHandoutFonts, printWithinLimits, type FontFace, type PdfPrinter } from '../../src/services';
import { renderExport } from '../../src/services/export/render';
import { unzipText } from './zip';
import { makeCurriculum, makeCustomBlock, makeDay, makeTempDir, removeDir, RESOURCES_DIR } from './fixtures';

// Issue 10, failure 4: hostile text made a PDF take minutes or never end. The real Chromium of this machine prints.
const CHROMIUM = '/usr/bin/chromium';
const cards = new Map();
const trainerCurriculum = (participantText: string, blocks = 1): Curriculum =>
  makeCurriculum([makeDay('d1', Array.from({ length: blocks }, (_, i) => makeCustomBlock(`b${i}`, { participantText })))]);
const pdfRequest = (curriculum: Curriculum) => ({ curriculum, cards, format: 'pdf' as const, audience: 'trainer' as const, generatedOn: '2026-12-02' });

let dir: string;
let fonts: FontFace[];
let printer: PdfPrinter;
beforeAll(async () => {
  dir = await makeTempDir();
  fonts = await loadHandoutFonts(RESOURCES_DIR);
  printer = chromiumPrinter(CHROMIUM);
  // Chromium starts once per host and stays warm; starting it (1 to 4 s here, more on a loaded machine) is
  // not what the limits are about, so it happens before the timed tests.
  await printer.print('<!doctype html><p>warm</p>');
}, 30_000);
afterAll(async () => {
  await printer.close();
  await removeDir(dir);
});

/** The text of a PDF, as pdftotext (poppler) reads it: only what is on the pages. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('text is cut to the handout limits, with a notice', () => {
  it('cuts a 1,000,000-character field and says so in the handout', () => {
    const handout = buildHandout(trainerCurriculum('x'.repeat(1_000_000)), cards, { audience: 'trainer', generatedOn: '2026-12-02' });
    const markdown = renderHandoutMarkdown(handout);
    expect(markdown.length).toBeLessThan(3 * HANDOUT_LIMITS.field + 20_000);
    expect(markdown).toContain('[Ingekort: dit veld is langer dan 20.000 tekens; de laatste 980.000 tekens');
  });

  it('says so in a Word file too (Word itself breaks a word longer than the line)', async () => {
    const docx = await renderExport({ ...pdfRequest(trainerCurriculum('x'.repeat(1_000_000))), format: 'docx' }, { fonts, printer: () => printer });
    const body = (await unzipText(docx))['word/document.xml']!;
    expect(body.length).toBeLessThan(200_000);
    expect(body).toContain('[Ingekort: dit veld is langer dan 20.000 tekens');
  });

  it('stops at the total limit with one notice, however many fields follow', () => {
    const handout = buildHandout(trainerCurriculum('y'.repeat(HANDOUT_LIMITS.field - 1), 60), cards, { audience: 'trainer', generatedOn: '2026-12-02' });
    const markdown = renderHandoutMarkdown(handout);
    expect(markdown.split('[Ingekort: de hand-out heeft meer dan 400.000 tekens tekst').length).toBe(2);
    expect(markdown.length).toBeLessThan(HANDOUT_LIMITS.total + 60_000);
  });

  it('leaves a handout within the limits as it was', () => {
    const curriculum = trainerCurriculum('Gewone tekst.', 5);
    const handout = buildHandout(curriculum, cards, { audience: 'participant', generatedOn: '2026-12-02' });
    expect(JSON.stringify([handout.cover, handout.toc, handout.days])).not.toContain('Ingekort');
    expect(handout.audience === 'participant' && handout.days[0]!.programme[0]!.text).toBe('Gewone tekst.');
  });
});

describe('PDF export of hostile text', () => {
  // "Within 10 s on this machine" (issue 10) is this test's timeout, with Chromium already running (about
  // 1 s here; 5 s with a cold start). Before the limits it did not finish in 400 s. test/bench/export.bench.ts
  // keeps the figures.
  it('prints a 1,000,000-character single field within 10 s, cut, with the notice on the page', async () => {
    const started = performance.now();
    const pdf = await renderExport(pdfRequest(trainerCurriculum('x'.repeat(1_000_000))), { fonts, printer: () => printer });
    console.log(`1,000,000-character field as a trainer PDF: ${Math.round(performance.now() - started)} ms`);
    const text = await pdfText(pdf);
    expect(text.replace(/\s+/g, ' ')).toContain('[Ingekort: dit veld is langer dan 20.000 tekens');
  }, 10_000);

  it('wraps one long unbroken word at the page edge instead of cutting it off', async () => {
    const word = 'QZ'.repeat(2500);
    const pdf = await renderExport(pdfRequest(trainerCurriculum(word)), { fonts, printer: () => printer });
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    // All of it on the pages (letters, as the running header may sit between two of them at a page break);
    // an unwrapped word runs off the page and loses most of its letters there.
    expect(text.match(/Q/g)?.length).toBeGreaterThanOrEqual(2500);
    expect(text.match(/Z/g)?.length).toBeGreaterThanOrEqual(2500);
  }, 20_000);

  it('stops a print at its time limit with export-timeout, and prints again afterwards', async () => {
    const html = '<!doctype html><p>kort</p>';
    await expect(printWithinLimits(printer, html, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'export-timeout' });
    const pdf = await printWithinLimits(printer, html);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 20_000);

  it('ends a print that would take minutes at its time limit, and the next print is prompt', async () => {
    // What the limits keep out of a handout: one unbroken 1,000,000-character line, which Chromium lays out for minutes.
    const html = `<!doctype html><p>${'x'.repeat(1_000_000)}</p>`;
    const started = performance.now();
    await expect(printWithinLimits(printer, html, { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'export-timeout' });
    const next = await printWithinLimits(printer, '<!doctype html><p>kort</p>', { timeoutMs: 15_000 });
    expect(Buffer.from(next.subarray(0, 5)).toString()).toBe('%PDF-');
    console.log(`hung print stopped and the next one printed after ${Math.round(performance.now() - started)} ms`);
  }, 30_000);

  it('stops a print when the signal is aborted, with export-cancelled', async () => {
    const cancel = new AbortController();
    const printing = renderExport(pdfRequest(trainerCurriculum('Tekst.', 40)), { fonts, printer: () => printer, signal: cancel.signal });
    cancel.abort();
    await expect(printing).rejects.toMatchObject({ code: 'export-cancelled' });
  }, 20_000);
});
