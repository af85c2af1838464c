import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { BUILTIN_CARD_IDS, makeCard, makeServices, makeTempDir, removeDir } from './fixtures';

// Issue 15: `draaiboek cards --json --team DIR` lists the team folder's cards after the library's.

let dir: string;
beforeEach(async () => (dir = await makeTempDir()));
afterEach(() => removeDir(dir));

async function cli(language: 'en_US' | 'nl_NL', ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text), env: { LANG: `${language}.UTF-8` } });
  return { code, out, err };
}

describe('draaiboek cards --team', () => {
  it('prints built-in, own and team cards, team cards marked "team"; each skipped file is named on stderr', async () => {
    const dataDir = join(dir, 'data');
    await (await makeServices(dataDir))['library.saveCard']({ card: makeCard('own-1') });
    const team = join(dir, 'Team Kern');
    await mkdir(join(team, 'cards'), { recursive: true });
    await writeFile(join(team, 'draaiboek-team.json'), JSON.stringify({ format: 'draaiboek-team', version: 1, name: 'Team Kern' }));
    await writeFile(join(team, 'cards', 'team-1.json'), JSON.stringify(makeCard('team-1', { provenance: { origin: 'team', author: 'Anna', updated: '2026-11-01T10:00:00Z' } }), null, 2));
    await writeFile(join(team, 'cards', 'half.json'), '{"id": "half", "title": {"nl": "Hal');
    const { code, out, err } = await cli('en_US', 'cards', '--json', '--data-dir', dataDir, '--team', team);
    expect(code).toBe(0);
    const cards = JSON.parse(out) as { id: string; provenance: { origin: string; team?: string } }[];
    expect(cards.map((card) => card.id)).toEqual([...BUILTIN_CARD_IDS, 'own-1', 'team-1']);
    expect(cards.at(-1)!.provenance).toMatchObject({ origin: 'team', team: 'Team Kern' });
    expect(err).toContain(`Team Kern: ${join(team, 'cards', 'half.json')} `);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    // Reading is all it does.
    expect(await readdir(join(team, 'cards'))).toEqual(['half.json', 'team-1.json']);
  });

  it('says in Dutch when the team folder is not there, and still lists the library', async () => {
    const { code, out, err } = await cli('nl_NL', 'cards', '--json', '--data-dir', join(dir, 'data'), '--team', join(dir, 'weg'));
    expect(code).toBe(0);
    expect((JSON.parse(out) as unknown[]).length).toBe(BUILTIN_CARD_IDS.length);
    expect(err).toMatch(/^weg: De map .*niet gevonden/);
  });
});
