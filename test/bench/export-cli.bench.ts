import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { serializeDocument } from '../../src/core';
import { findChromium, loadHandoutFonts } from '../../src/services';
import { renderExport } from '../../src/services/export/render';
import { makeTempDir, removeDir, REPO_ROOT, RESOURCES_DIR } from '../unit/fixtures';
import { curriculumOf, exampleCards, exampleDocument } from './example-days';
import { reportGoal } from './goals';

// Goal (issue 11): a cold `draaiboek export` of a 10-day participant PDF, as a fresh process, takes at most
// 0.6 times what LibreOffice takes to print the same training's Word file (our own docx export) to PDF.
// Median of 5 pairs, the two commands taking turns, so that a busy moment of the machine hits both.
const GOAL_RATIO = 0.6;
const PAIRS = 5;

/** Wall time of one command in milliseconds; throws when it fails. */
function timed(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', cwd: REPO_ROOT });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr || run.error?.message}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let dir: string;
afterAll(() => dir && removeDir(dir));

test('a cold command-line PDF against LibreOffice', async () => {
  if (!findChromium('')) return console.log('no Chromium on this machine: the cold command-line PDF is skipped');
  dir = await makeTempDir('draaiboek-bench-');
  const file = join(dir, 'tien-dagen.draaiboek');
  const curriculum = curriculumOf(10);
  await writeFile(file, serializeDocument({ ...exampleDocument, curriculum }));
  const pdf = join(dir, 'deelnemers.pdf');
  // --data-dir: a fresh data folder, as on a machine where the app never ran.
  const draaiboek = () => timed(process.execPath, [join(REPO_ROOT, 'bin', 'draaiboek.mjs'), 'export', file, '--format', 'pdf', '--audience', 'participant', '-o', pdf, '--data-dir', join(dir, 'data')]);

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) {
    // The first run may build the app; it is not measured.
    draaiboek();
    const times = Array.from({ length: PAIRS }, draaiboek);
    console.log(`Cold CLI PDF, participant, 10 days: median ${seconds(median(times))}`);
    return console.log(`  LibreOffice comparison skipped: soffice is not installed (${soffice.error?.message ?? soffice.stderr.trim()})`);
  }
  const fonts = await loadHandoutFonts(RESOURCES_DIR);
  const docx = join(dir, 'deelnemers.docx');
  await writeFile(docx, await renderExport({ curriculum, cards: exampleCards, format: 'docx', audience: 'participant', generatedOn: '2026-11-25' }, { fonts, printer: () => { throw new Error('no PDF here'); } }));
  // A profile of its own, made by the unmeasured first run, so a LibreOffice the user has open does not interfere.
  const profile = `-env:UserInstallation=file://${join(dir, 'libreoffice-profile')}`;
  await mkdir(join(dir, 'lo'));
  const libreOffice = () => timed('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docx]);

  draaiboek();
  libreOffice();
  const pairs = Array.from({ length: PAIRS }, () => ({ cli: draaiboek(), lo: libreOffice() }));
  const ratio = median(pairs.map((pair) => pair.cli / pair.lo));
  const pages = (path: string) => /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? '?';
  console.log(`Cold CLI PDF, participant, 10 days (${pages(pdf)} pages): median ${seconds(median(pairs.map((pair) => pair.cli)))}`);
  console.log(`LibreOffice, the same training's Word file to PDF (${pages(join(dir, 'lo', 'deelnemers.pdf'))} pages): median ${seconds(median(pairs.map((pair) => pair.lo)))}`);
  const ratios = pairs.map((pair) => pair.cli / pair.lo);
  reportGoal({ name: `cold CLI PDF against LibreOffice, median of ${PAIRS} pairs`, value: ratio, spread: [Math.min(...ratios), Math.max(...ratios)], goal: GOAL_RATIO, unit: 'x', issue: 11 });
  // The PDF is really there: a failed print would have made this figure meaningless.
  if (!(await readFile(pdf)).subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error('the CLI wrote no PDF');
}, 600_000);
