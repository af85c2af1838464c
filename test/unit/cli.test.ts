import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../src/core';
import { runCli } from '../../src/cli/main';
import { BUILTIN_CARD_IDS, makeCard, makeCurriculumDocument, makeServices, makeTempDir, removeDir, REPO_ROOT } from './fixtures';

let dir: string;
beforeEach(async () => (dir = await makeTempDir()));
afterEach(() => removeDir(dir));

/** Runs the CLI in-process with English messages and captured output. */
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text), env: { LANG: 'en_US.UTF-8' } });
  return { code, out, err };
}

describe('draaiboek CLI', () => {
  it('schema prints the JSON schema', async () => {
    const { code, out } = await cli('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(out) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('validate exits 0 for a good file', async () => {
    const good = join(dir, 'good.draaiboek');
    await writeFile(good, serializeDocument(makeCurriculumDocument(1, 2)));
    const { code, out, err } = await cli('validate', good);
    expect(code).toBe(0);
    expect(out).toBe(`${good}: valid\n`);
    expect(err).toBe('');
  });

  it('validate exits 1 and prints one FILE:LINE:COL line per problem', async () => {
    const good = join(dir, 'good.draaiboek');
    const bad = join(dir, 'bad.draaiboek');
    const document = makeCurriculumDocument(1, 2);
    await writeFile(good, serializeDocument(document));
    document.curriculum!.days[0]!.start = '9:00';
    document.curriculum!.days[0]!.targetEnd = '5pm';
    await writeFile(bad, JSON.stringify(document, null, 2));

    const { code, out, err } = await cli('validate', good, bad);
    expect(code).toBe(1);
    expect(out).toBe(`${good}: valid\n`);
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.startsWith(`${bad}:`)).toBe(true);
    expect(lines[0]).toMatch(/^.*bad\.draaiboek:\d+:\d+: \/curriculum\/days\/0\/start: unexpected content \(/);
    expect(lines[1]).toContain('/curriculum/days/0/targetEnd');
  });

  it('validate reports a missing file and says Dutch things to a Dutch user', async () => {
    const missing = join(dir, 'missing.draaiboek');
    let err = '';
    const code = await runCli(['validate', missing], { out: () => undefined, err: (text) => void (err += text), env: { LANG: 'nl_NL.UTF-8' } });
    expect(code).toBe(1);
    expect(err.startsWith(`${missing}: kan niet worden gelezen`)).toBe(true);
  });

  it('cards --json prints the built-in and own cards as JSON', async () => {
    const dataDir = join(dir, 'data');
    await (await makeServices(dataDir))['library.saveCard']({ card: makeCard('my-card') });
    const { code, out, err } = await cli('cards', '--json', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(err).toBe('');
    const cards = JSON.parse(out) as { id: string; title: unknown; tradition: string; needs: unknown[]; sources: unknown[] }[];
    expect(cards.map((card) => card.id)).toEqual([...BUILTIN_CARD_IDS, 'my-card']);
    const open = cards.find((card) => card.id === 'mi-open-questions')!;
    expect(open.title).toEqual({ nl: 'Open vragen', en: 'Open questions' });
    expect(open.tradition).toBe('motivational-interviewing');
    expect(open.needs.length).toBeGreaterThan(0);
    expect(open.sources.length).toBeGreaterThan(0);
  });

  it('cards --json shows the exercise layer on every built-in card, and the conversation layer on every technique', async () => {
    const { out } = await cli('cards', '--json', '--data-dir', join(dir, 'data'));
    const cards = JSON.parse(out) as { id: string; tradition: string; needs: { layer: string }[] }[];
    const layersOf = (card: (typeof cards)[number]) => new Set(card.needs.map((mapping) => mapping.layer));
    expect(cards.filter((card) => !layersOf(card).has('exercise')).map((card) => card.id)).toEqual([]);
    const techniques = cards.filter((card) => card.tradition !== 'training-method');
    expect(techniques.filter((card) => !layersOf(card).has('conversation')).map((card) => card.id)).toEqual([]);
  });

  it('validate reads a version-1 file (migrated in memory) and leaves the file as it was', async () => {
    const file = join(dir, 'version-1.draaiboek');
    const version1 = serializeDocument(makeCurriculumDocument(1, 3))
      .replace(/"formatVersion": \d+/, '"formatVersion": 1')
      .replace(/\n\s*"layer": "[a-z]+",/g, '');
    await writeFile(file, version1);
    const { code, out } = await cli('validate', file);
    expect(code).toBe(0);
    expect(out).toBe(`${file}: valid\n`);
    expect(await readFile(file, 'utf8')).toBe(version1);
  });

  it('cards warns on stderr when the library had to be put aside', async () => {
    const dataDir = join(dir, 'data');
    await (await makeServices(dataDir))['settings.get']({});
    await writeFile(join(dataDir, 'library.json'), 'garbage');
    const { code, err } = await cli('cards', '--json', `--data-dir=${dataDir}`);
    expect(code).toBe(0);
    expect(err).toMatch(/The library .*library\.json could not be read/);
  });

  it.each([[['frobnicate']], [['validate']], [['cards']], [['cards', '--json', '--data-dir']], [[]]])('exits 2 with usage for %j', async (argv) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out + err).toContain('Usage: draaiboek <command>');
  });

  it('names the unknown command', async () => {
    expect((await cli('frobnicate')).err).toContain('unknown command "frobnicate"');
  });
});

const BUILT_CLI = join(REPO_ROOT, 'out', 'main', 'cli.js');
describe('built CLI', () => {
  it.skipIf(!existsSync(BUILT_CLI))(
    `runs as a subprocess (skipped when ${BUILT_CLI} does not exist: run \`npm run build\` first)`,
    async () => {
      const good = join(dir, 'good.draaiboek');
      const bad = join(dir, 'bad.draaiboek');
      await writeFile(good, serializeDocument(makeCurriculumDocument(1, 1)));
      await writeFile(bad, '{ not json');
      const run = promisify(execFile);
      const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
      const ok = await run(process.execPath, [BUILT_CLI, 'validate', good], { env });
      expect(ok.stdout).toBe(`${good}: valid\n`);
      const failed = await run(process.execPath, [BUILT_CLI, 'validate', bad], { env }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr.startsWith(`${bad}:1:3: not valid JSON`)).toBe(true);
    },
  );

  it.skipIf(!existsSync(BUILT_CLI))('stops quietly when the reader of its output goes away, as in `draaiboek cards --json | head`', async () => {
    const child = spawn(process.execPath, [BUILT_CLI, 'cards', '--json', '--data-dir', join(dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head`: read the first lines of the card list, then close the pipe while the command still writes.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
