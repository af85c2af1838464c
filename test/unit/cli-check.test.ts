import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument, serializeDocument, type Curriculum } from '../../src/core';
import { runCli } from '../../src/cli/main';
import { makeCardBlock, makeCurriculum, makeCustomBlock, makeDay, makeTempDir, removeDir, REPO_ROOT, RESOURCES_DIR } from './fixtures';

// Issue 12: `draaiboek check FILE... [--json]`, the design checks as a linter for a trainer's CI.

const EXAMPLE = join(RESOURCES_DIR, 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');
const BUILT_CLI = join(REPO_ROOT, 'out', 'main', 'cli.js');

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  dataDir = join(dir, 'data'); // no settings.json: the default thresholds
});
afterEach(() => removeDir(dir));

/** Runs the CLI in-process with captured output, in English unless told otherwise. */
async function cli(argv: string[], lang = 'en_US.UTF-8') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text), env: { LANG: lang } });
  return { code, out, err };
}

async function writeCurriculum(name: string, curriculum: Curriculum): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, serializeDocument(createDocument({ curriculum, cards: [], modules: [] }, '0.1.0')));
  return file;
}

/** A 40-minute theory block (a warning) and a card that is nowhere (an error). */
const flawed = () =>
  makeCurriculum([
    makeDay('day-1', [
      makeCustomBlock('uitleg', { type: 'theory', title: 'Uitleg', durationMinutes: 40 }),
      makeCustomBlock('oefenen', { type: 'exercise', title: 'Oefenen', durationMinutes: 30, groupFormat: 'triads' }),
      makeCardBlock('weg', 'card-gone', { durationMinutes: 10 }),
      makeCustomBlock('huiswerk', { type: 'homework', title: 'Huiswerk', durationMinutes: 10 }),
    ]),
  ]);

/** Only warnings and hints: exit 0. */
const warned = () =>
  makeCurriculum([
    makeDay('day-1', [
      makeCustomBlock('uitleg', { type: 'theory', title: 'Uitleg', durationMinutes: 40 }),
      makeCustomBlock('oefenen', { type: 'exercise', title: 'Oefenen', durationMinutes: 30, groupFormat: 'triads' }),
      makeCustomBlock('huiswerk', { type: 'homework', title: 'Huiswerk', durationMinutes: 10 }),
    ]),
  ]);

describe('draaiboek check', () => {
  it('prints one line per problem, FILE: Day N › Block: code: message, and exits 1 on an error', async () => {
    const file = await writeCurriculum('flawed.draaiboek', flawed());
    const { code, out, err } = await cli(['check', file, '--data-dir', dataDir]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain(`${file}: Day 1 › Uitleg: long-theory: Theory "Uitleg" (09:00–09:40) takes 40 minutes; keep theory under 20 minutes where you can`);
    expect(lines).toContain(`${file}: Day 1 › card-gone: unknown-card: The card "card-gone" is not in the library`);
    expect(lines.every((line) => line.startsWith(`${file}: `))).toBe(true);
    expect(err).toMatch(/flawed\.draaiboek: \d+ problems \(1 error\)\n$/);
  });

  it('speaks the system language and exits 0 when there are only warnings', async () => {
    const file = await writeCurriculum('warned.draaiboek', warned());
    const { code, out, err } = await cli(['check', file, '--data-dir', dataDir], 'nl_NL.UTF-8');
    expect(code).toBe(0);
    expect(out).toContain(`${file}: Dag 1 › Uitleg: long-theory: Theorie "Uitleg" (09:00–09:40) duurt 40 minuten`);
    expect(err).toMatch(/warned\.draaiboek: \d+ problemen \(geen fouten\)\n$/);
  });

  it('--json prints an array of { code, severity, dayIndex, blockId, message }, with the file when there are several', async () => {
    const file = await writeCurriculum('flawed.draaiboek', flawed());
    const single = await cli(['check', file, '--json', '--data-dir', dataDir]);
    expect(single.code).toBe(1);
    expect(single.err).toBe('');
    const problems = JSON.parse(single.out) as Record<string, unknown>[];
    expect(problems).toContainEqual({ code: 'unknown-card', severity: 'error', dayIndex: 0, blockId: 'weg', message: 'The card "card-gone" is not in the library' });
    expect(problems.every((problem) => Object.keys(problem).sort().join() === 'blockId,code,dayIndex,message,severity')).toBe(true);

    const other = await writeCurriculum('warned.draaiboek', warned());
    const both = JSON.parse((await cli(['check', file, other, '--json', '--data-dir', dataDir])).out) as { file: string }[];
    expect(new Set(both.map((problem) => problem.file))).toEqual(new Set([file, other]));
  });

  it('takes the thresholds from the settings in the data folder', async () => {
    const file = await writeCurriculum('warned.draaiboek', warned());
    const before = JSON.parse((await cli(['check', file, '--json', '--data-dir', dataDir])).out) as { code: string }[];
    expect(before.some((problem) => problem.code === 'need-missing')).toBe(true);
    expect(before.some((problem) => problem.code === 'passive-time')).toBe(true); // 40 of 80 minutes listening
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settings: { needMissingMinutes: 0, listeningShareMaxPercent: 100 } }));
    const after = JSON.parse((await cli(['check', file, '--json', '--data-dir', dataDir])).out) as { code: string; message: string }[];
    // Only needs fed not at all remain, without a threshold in the message; 50% listening is allowed now.
    expect(after.filter((problem) => problem.code === 'need-missing').every((problem) => !problem.message.includes('threshold'))).toBe(true);
    expect(after.some((problem) => problem.code === 'passive-time')).toBe(false);
  });

  it('names a file it cannot open and exits 2, after checking the others', async () => {
    const missing = join(dir, 'bestaat-niet.draaiboek');
    const file = await writeCurriculum('warned.draaiboek', warned());
    const { code, out, err } = await cli(['check', missing, file, '--data-dir', dataDir], 'nl_NL.UTF-8');
    expect(code).toBe(2);
    expect(err.startsWith(`${missing}: kan niet worden gelezen`)).toBe(true);
    expect(out).toContain(`${file}: Dag 1 › Uitleg: long-theory:`);
  });

  it('needs a file', async () => {
    const { code, err } = await cli(['check']);
    expect(code).toBe(2);
    expect(err).toContain('check needs at least one FILE');
  });

  it('finds no errors in the shipped example', async () => {
    const { code, out } = await cli(['check', EXAMPLE, '--json', '--data-dir', dataDir]);
    const problems = JSON.parse(out) as { severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe.skipIf(!existsSync(BUILT_CLI))('the built draaiboek check', () => {
  it('runs as a command: text, --json and exit codes', async () => {
    const file = await writeCurriculum('flawed.draaiboek', flawed());
    const run = (...argv: string[]) =>
      promisify(execFile)(process.execPath, [BUILT_CLI, ...argv], { env: { ...process.env, LANG: 'en_US.UTF-8' } }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    const text = await run('check', file, '--data-dir', dataDir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}: Day 1 › card-gone: unknown-card: The card "card-gone" is not in the library\n`);
    const json = await run('check', file, '--json', '--data-dir', dataDir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ code: 'long-theory', severity: 'warning', dayIndex: 0, blockId: 'uitleg' }));
    expect((await run('check', EXAMPLE, '--data-dir', dataDir)).code).toBe(0);
    expect((await run('check', join(dir, 'missing.draaiboek'), '--data-dir', dataDir)).code).toBe(2);
  }, 30_000);
});
