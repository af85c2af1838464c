import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflictCopyOf, TEAM_FILE, translator, type TechniqueCard } from '../../src/core';
import { TeamFolderStore } from '../../src/services/team/folder-store';
import { TeamLibraries } from '../../src/services/team/libraries';
import { makeCard, makeTempDir, removeDir } from './fixtures';

// Issue 15: a team library is a folder of one file per card; reading never changes it, writing is guarded.

let dir: string;
let folder: string;
let store: TeamFolderStore;
beforeEach(async () => {
  dir = await makeTempDir();
  folder = join(dir, 'Team Kern');
  store = new TeamFolderStore({ name: 'Team Kern', folder });
});
afterEach(() => removeDir(dir));

const teamCard = (id: string, overrides: Partial<TechniqueCard> = {}) => makeCard(id, { provenance: { origin: 'team', author: 'Anna', updated: '2026-11-01T10:00:00Z' }, ...overrides });

/** Every file of the folder with its bytes and modification time, to prove a read left it alone. */
async function folderState(root: string): Promise<string> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  return JSON.stringify(await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8'), (await stat(file)).mtimeMs])));
}

describe('conflict copies of sync tools', () => {
  it.each([
    ['schaalvraag (Anna’s conflicted copy 2026-11-03).json', 'schaalvraag'],
    ["schaalvraag (Anna's conflicted copy 2026-11-03).json", 'schaalvraag'],
    ['schaalvraag (conflicted copy 2026-11-03 101500).json', 'schaalvraag'],
    ['schaalvraag.sync-conflict-20261103-101500-ABCDEF7.json', 'schaalvraag'],
    ['team-abc12-conflict-20261103.json', 'team-abc12'],
    ['schaalvraag (1).json', 'schaalvraag'],
  ])('%s is a second version of %s', (file, id) => {
    expect(conflictCopyOf(file)).toBe(id);
  });

  it.each(['schaalvraag.json', 'own-abc (kopie).json', 'conflict.json', 'team-abc.json'])('%s is an ordinary file', (file) => {
    expect(conflictCopyOf(file)).toBeNull();
  });
});

describe('a team folder', () => {
  it('is "missing" when the folder is gone (an unmounted drive), with nothing to show', async () => {
    expect(await store.read()).toMatchObject({ state: 'missing', cards: [], problems: [] });
  });

  it('becomes a team library with its first card: the team file and one pretty file per card', async () => {
    await mkdir(folder);
    expect(await store.write('card', teamCard('team-1'), null)).toMatchObject({ status: 'saved' });
    expect(JSON.parse(await readFile(join(folder, TEAM_FILE), 'utf8'))).toEqual({ format: 'draaiboek-team', version: 1, name: 'Team Kern' });
    const text = await readFile(join(folder, 'cards', 'team-1.json'), 'utf8');
    expect(text).toContain('\n  "title": {\n');
    expect(text.endsWith('}\n')).toBe(true);
    const read = await store.read();
    expect(read.state).toBe('ok');
    expect(read.cards.map((card) => [card.id, card.provenance.origin, card.provenance.team])).toEqual([['team-1', 'team', 'Team Kern']]);
  });

  it('does not overwrite a card that changed since it was read: it answers with what is there now', async () => {
    await mkdir(folder);
    await store.write('card', teamCard('team-1'), null);
    const readAt = (await store.read()).revisions['cards/team-1.json']!;
    // A colleague's version arrives through the sync tool.
    await writeFile(join(folder, 'cards', 'team-1.json'), JSON.stringify(teamCard('team-1', { title: { nl: 'Van Bram', en: 'From Bram' } }), null, 2));
    const result = await store.write('card', teamCard('team-1', { title: { nl: 'Van mij', en: 'Mine' } }), readAt);
    expect(result).toMatchObject({ status: 'changed', current: { title: { nl: 'Van Bram' } } });
    expect((await store.read()).cards[0]!.title.nl).toBe('Van Bram');
    // A new card never replaces a file that someone else created meanwhile.
    expect(await store.write('card', teamCard('team-1'), null)).toMatchObject({ status: 'changed' });
  });

  it('skips a half-synced, foreign or misnamed file, names it, and loads the rest; reading changes nothing', async () => {
    await mkdir(join(folder, 'cards'), { recursive: true });
    await writeFile(join(folder, 'cards', 'goed.json'), JSON.stringify(teamCard('goed')));
    await writeFile(join(folder, 'cards', 'half.json'), JSON.stringify(teamCard('half')).slice(0, 200));
    await writeFile(join(folder, 'cards', 'recept.json'), JSON.stringify({ recipe: 'appeltaart' }));
    await writeFile(join(folder, 'cards', 'anders.json'), JSON.stringify(teamCard('goed-2')));
    await writeFile(join(folder, 'cards', '.goed.json.draaiboek-tmp-1-1'), 'half written');
    await writeFile(join(folder, 'cards', 'notities.txt'), 'not a card');
    const before = await folderState(folder);
    const read = await store.read();
    expect(read.cards.map((card) => card.id)).toEqual(['goed']);
    expect(read.problems.map((problem) => [problem.kind, problem.file])).toEqual([
      ['id-mismatch', 'cards/anders.json'],
      ['not-json', 'cards/half.json'],
      ['not-an-item', 'cards/recept.json'],
    ]);
    expect(await folderState(folder)).toBe(before);
  });

  it('is only read when a newer Draaiboek made it, and refuses to write there', async () => {
    await mkdir(join(folder, 'cards'), { recursive: true });
    await writeFile(join(folder, TEAM_FILE), JSON.stringify({ format: 'draaiboek-team', version: 9, name: 'Later' }));
    await writeFile(join(folder, 'cards', 'goed.json'), JSON.stringify(teamCard('goed')));
    const read = await store.read();
    expect(read).toMatchObject({ state: 'newer-format', cards: [{ id: 'goed' }] });
    await expect(store.write('card', teamCard('nieuw'), null)).rejects.toMatchObject({ code: 'team-folder-read-only', params: { name: 'Team Kern' } });
    await expect(readdir(join(folder, 'cards'))).resolves.toEqual(['goed.json']);
  });

  it('is read-only with a damaged team file, which is named', async () => {
    await mkdir(folder);
    await writeFile(join(folder, TEAM_FILE), '{"format": "draaiboek-te');
    const read = await store.read();
    expect(read.state).toBe('read-only');
    expect(read.problems).toMatchObject([{ kind: 'team-file', file: TEAM_FILE }]);
  });

  it('shows a sync tool’s conflict copy as a conflict, and "keep both" keeps two cards with different titles', async () => {
    await mkdir(folder);
    await store.write('card', teamCard('team-1', { title: { nl: 'Schaalvraag', en: 'Scaling question' } }), null);
    const theirs = teamCard('team-1', { title: { nl: 'Schaalvraag', en: 'Scaling question' }, defaultDurationMinutes: 35, provenance: { origin: 'team', author: 'Bram', updated: '2026-11-02T10:00:00Z' } });
    const copyFile = 'cards/team-1 (Bram’s conflicted copy 2026-11-03).json';
    await writeFile(join(folder, copyFile), JSON.stringify(theirs, null, 2));
    const libraries = new TeamLibraries({ watch: false });
    libraries.configure([{ name: 'Team Kern', folder }]);
    const { teams } = await libraries.snapshot(null);
    const [conflict] = teams![0]!.conflicts;
    expect(conflict).toMatchObject({ kind: 'copy', file: copyFile, itemFile: 'cards/team-1.json', mine: { defaultDurationMinutes: 20 }, theirs: { defaultDurationMinutes: 35 } });
    const { namedCopy } = await import('../../src/core');
    const copy = namedCopy(conflict!.theirs!, 'team-2', { nl: translator('nl'), en: translator('en') });
    await libraries.settleConflict(folder, copyFile, [conflict!.mine!, copy]);
    const after = (await libraries.snapshot(null)).teams![0]!;
    expect(after.conflicts).toEqual([]);
    expect(after.cards.map((card) => card.title.nl).sort()).toEqual(['Schaalvraag', 'Schaalvraag (versie van Bram)']);
    expect(await readdir(join(folder, 'cards'))).toEqual(['team-1.json', 'team-2.json']);
    await libraries.close();
  });

  it('tells the UI a colleague’s change by a new revision, and only the revision when nothing changed', async () => {
    await mkdir(folder);
    const libraries = new TeamLibraries();
    libraries.configure([{ name: 'Team Kern', folder }]);
    const first = await libraries.snapshot(null);
    expect(await libraries.snapshot(first.revision)).toEqual({ revision: first.revision });
    await new TeamFolderStore({ name: 'Team Kern', folder }).write('card', teamCard('team-9'), null);
    // The watcher notices the new file; no write went through these libraries.
    await expect.poll(async () => (await libraries.snapshot(first.revision)).teams?.[0]?.cards.map((card) => card.id), { timeout: 5000 }).toEqual(['team-9']);
    await libraries.close();
  });
});
