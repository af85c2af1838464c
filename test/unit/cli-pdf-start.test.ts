import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/services';
import { makeTempDir, removeDir, REPO_ROOT, RESOURCES_DIR } from './fixtures';

// Issue 11: `draaiboek export --format pdf` starts Chromium while it still loads the app, and ends it at
// once when done. Whether the export works or not, the command leaves no Chromium running and nothing in
// the temporary folder (no profile, none of Chromium's own temporary files).
const BUILT_CLI = join(REPO_ROOT, 'out', 'main', 'cli.js');
const EXAMPLE = join(RESOURCES_DIR, 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');

let dir: string;
let temp: string;
beforeEach(async () => {
  dir = await makeTempDir();
  // Chromium's profile goes to the temporary folder: a folder of this test's own shows what is left.
  temp = join(dir, 'tmp');
  await mkdir(temp);
});
afterEach(() => removeDir(dir));

/** Runs the built CLI with its own temporary folder; resolves with the exit code. */
async function draaiboek(...argv: string[]): Promise<number> {
  const env = { ...process.env, TMPDIR: temp, LANG: 'nl_NL.UTF-8' };
  return promisify(execFile)(process.execPath, [BUILT_CLI, ...argv], { env }).then(
    () => 0,
    (error: { code: number }) => error.code,
  );
}

/** Programs still running with a path in this test's temporary folder (Chromium's profile is one). */
const runningFromTemp = () => execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(temp));

describe.skipIf(!existsSync(BUILT_CLI) || !findChromium(''))('a PDF export on the command line', () => {
  it('prints, then leaves no Chromium and no profile behind', async () => {
    const pdf = join(dir, 'deelnemers.pdf');
    expect(await draaiboek('export', EXAMPLE, '--format', 'pdf', '--audience', 'participant', '-o', pdf, '--data-dir', join(dir, 'data'))).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(temp)).toEqual([]);
    expect(runningFromTemp()).toEqual([]);
  }, 30_000);

  it('closes the Chromium it started ahead when the file cannot be exported', async () => {
    expect(await draaiboek('export', join(dir, 'bestaat-niet.draaiboek'), '--format', 'pdf', '--audience', 'participant', '--data-dir', join(dir, 'data'))).toBe(1);
    expect(readdirSync(temp)).toEqual([]);
    expect(runningFromTemp()).toEqual([]);
  }, 30_000);
});
