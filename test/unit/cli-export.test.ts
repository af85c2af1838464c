import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { findChromium } from '../../src/services';
import { makeTempDir, removeDir, RESOURCES_DIR } from './fixtures';
import { unzipText } from './zip';

const EXAMPLE = join(RESOURCES_DIR, 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text), env: { LANG: 'nl_NL.UTF-8' } });
  return { code, out, err };
}

describe('draaiboek export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(() => removeDir(dir));

  it('writes a participant Markdown handout of one day that parses as CommonMark with tables', async () => {
    const out = join(dir, 'dag2.md');
    const result = await cli('export', EXAMPLE, '--format', 'md', '--audience', 'participant', '--day', '2', '-o', out, '--data-dir', dir);
    expect(result).toMatchObject({ code: 0, out: `${out}\n` });
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('Oplossings- en progressiegericht');
    expect(markdown).not.toContain('Motivatie en de basis');
    expect(new MarkdownIt().render(markdown)).toContain('<table>');
  });

  it('writes a trainer Word file with real tables', async () => {
    const result = await cli('export', EXAMPLE, '--format', 'docx', '--audience', 'trainer', '--data-dir', dir, '-o', join(dir, 'trainer.docx'));
    expect(result.code).toBe(0);
    const parts = await unzipText(await readFile(join(dir, 'trainer.docx')));
    expect(parts['word/document.xml']).toContain('<w:tbl>');
  });

  it.skipIf(!findChromium(''))('prints an A4 PDF with Chromium', async () => {
    const out = join(dir, 'deelnemers.pdf');
    expect((await cli('export', EXAMPLE, '--format', 'pdf', '--audience', 'participant', '-o', out, '--data-dir', dir)).code).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(5);
  });

  it('refuses bad options with a clear message and exit code 2, and a file without a curriculum with 1', async () => {
    expect((await cli('export', EXAMPLE, '--format', 'odt', '--audience', 'trainer')).code).toBe(2);
    expect((await cli('export', EXAMPLE, '--format', 'md', '--audience', 'iedereen')).err).toContain('--audience must be participant or trainer');
    const day = await cli('export', EXAMPLE, '--format', 'md', '--audience', 'trainer', '--day', '9', '--data-dir', dir);
    expect(day).toMatchObject({ code: 1 });
    expect(day.err).toContain('dag 9 bestaat niet');
  });
});
