import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter, type PdfPrinter } from '../../src/services';
import { makeTempDir, removeDir } from './fixtures';

// Issue 11: the printer keeps one Chromium and one tab for all prints. What it must still do: start anew
// after the browser or the tab crashed, and keep two prints at the same time apart.
const CHROMIUM = '/usr/bin/chromium';
const handout = (text: string) => `<!doctype html><html lang="nl"><p>${text}</p></html>`;

let dir: string;
let printer: PdfPrinter;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterEach(() => printer?.close());
afterAll(() => removeDir(dir));

/** What pdftotext reads on the pages of `pdf`. */
async function textOf(pdf: Uint8Array): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** This test process's Chromium (the one started with the DevTools pipe) and the renderers it runs. */
function ownChromium(): { browser: number; renderers: number[] } {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));
  const browser = rows.find((row) => row.ppid === process.pid && row.args.includes('--remote-debugging-pipe'));
  if (!browser) throw new Error('no Chromium of this process is running');
  const descends = (pid: number): boolean => pid === browser.pid || rows.some((row) => row.pid === pid && row.ppid !== pid && descends(row.ppid));
  return { browser: browser.pid, renderers: rows.filter((row) => row.args.includes('--type=renderer') && descends(row.ppid)).map((row) => row.pid) };
}

describe.skipIf(!existsSync(CHROMIUM))('the Chromium printer, warm between prints', () => {
  it('prints again after Chromium crashed between two prints', async () => {
    printer = chromiumPrinter(CHROMIUM);
    expect(await textOf(await printer.print(handout('Eerste hand-out')))).toContain('Eerste hand-out');
    process.kill(ownChromium().browser, 'SIGKILL');
    expect(await textOf(await printer.print(handout('Tweede hand-out')))).toContain('Tweede hand-out');
  }, 30_000);

  it('prints again after its tab crashed while it waited for the next print', async () => {
    printer = chromiumPrinter(CHROMIUM);
    expect(await textOf(await printer.print(handout('Eerste hand-out')))).toContain('Eerste hand-out');
    const { renderers } = ownChromium();
    expect(renderers.length).toBeGreaterThan(0);
    for (const renderer of renderers) process.kill(renderer, 'SIGKILL');
    expect(await textOf(await printer.print(handout('Tweede hand-out')))).toContain('Tweede hand-out');
  }, 30_000);

  it('keeps two prints at the same time apart: each PDF holds its own handout', async () => {
    printer = chromiumPrinter(CHROMIUM);
    const [first, second] = await Promise.all([printer.print(handout('Alleen in de eerste')), printer.print(handout('Alleen in de tweede'))]);
    const [firstText, secondText] = await Promise.all([textOf(first), textOf(second)]);
    expect(firstText).toContain('Alleen in de eerste');
    expect(firstText).not.toContain('Alleen in de tweede');
    expect(secondText).toContain('Alleen in de tweede');
    expect(secondText).not.toContain('Alleen in de eerste');
  }, 30_000);
});
