import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertChromiumFamily } from '../../src/services';
import { makeCurriculumDocument, makeServices, makeTempDir, removeDir } from './fixtures';

const CHROMIUM = '/usr/bin/chromium';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('draaiboek-chromium-');
});
afterEach(async () => {
  await removeDir(dir);
});

/** A program that is not a browser: it writes down every start and its arguments, and answers `--version` as told. */
async function impostor(answer: string): Promise<{ path: string; starts: () => Promise<string[]> }> {
  const path = join(dir, 'x.sh');
  const log = join(dir, 'starts.log');
  await writeFile(path, `#!/bin/sh\necho "$*" >> '${log}'\necho '${answer}'\n`);
  await chmod(path, 0o755);
  return { path, starts: async () => (existsSync(log) ? (await readFile(log, 'utf8')).trim().split('\n') : []) };
}

describe('the Chromium that prints PDFs', () => {
  it.skipIf(!existsSync(CHROMIUM))('is accepted when its --version names a Chromium-family browser', async () => {
    await expect(assertChromiumFamily(CHROMIUM)).resolves.toBeUndefined();
  });

  it('is refused when --version names something else, and such a program is never started with other arguments', async () => {
    const program = await impostor('Totally Legit 1.0');
    await expect(assertChromiumFamily(program.path)).rejects.toMatchObject({ code: 'chromium-not-chromium', params: { file: program.path } });
    expect(await program.starts()).toEqual(['--version']);
  });

  it('is refused when it is no program at all or not an absolute path', async () => {
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'Chromium 1.0');
    await expect(assertChromiumFamily(text)).rejects.toMatchObject({ code: 'chromium-not-chromium' });
    await expect(assertChromiumFamily('chromium')).rejects.toMatchObject({ code: 'chromium-not-chromium', params: { detail: 'not an absolute path' } });
  });

  it('makes a PDF export with a planted program in settings.json fail with a clear error, running only --version', async () => {
    const program = await impostor('hello');
    const dataDir = join(dir, 'data');
    await mkdir(dataDir);
    // The settings file is the one place the browser edition takes this setting from.
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settings: { chromiumPath: program.path } }));
    const services = await makeServices(dataDir);
    const target = join(dir, 'hand-out.pdf');
    const exported = services['export.save']({ document: makeCurriculumDocument(1, 1), format: 'pdf', audience: 'participant', dayIndex: null, path: target });
    await expect(exported).rejects.toMatchObject({ code: 'chromium-not-chromium', params: { file: program.path } });
    expect(await program.starts()).toEqual(['--version']);
    expect(existsSync(target)).toBe(false);
  });
});
