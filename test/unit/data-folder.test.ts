import { chmod, lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import { migrateStore, STORE_FORMAT_VERSION, storeVersionOf } from '../../src/core/format/store-migrations';
import { LibraryService } from '../../src/services/library';
import { SettingsService } from '../../src/services/settings';
import { loadWindowState, saveWindowState } from '../../electron/main/window-state';
import { makeCard, makeServices, makeTempDir, removeDir } from './fixtures';

const isRoot = process.getuid?.() === 0;
/** Root ignores file permissions, so the real chmod cases cannot fail there; the injected-fs cases cover them. */
const rootSkip = isRoot ? ' (skipped: tests run as root, where chmod blocks nothing; simulated in the test above)' : '';

let dataDir: string;
beforeEach(async () => (dataDir = await makeTempDir()));
afterEach(async () => {
  await chmod(dataDir, 0o755).catch(() => undefined);
  await removeDir(dataDir);
});

const libraryFile = () => join(dataDir, 'library.json');
const settingsFile = () => join(dataDir, 'settings.json');
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const ownCardIds = (library: LibraryService) => library.listCards().map((card) => card.id);

describe('store format versions', () => {
  it('treats a file without a version as version 0 and migrates it to the current one', () => {
    expect(storeVersionOf({})).toEqual({ status: 'older', version: 0 });
    expect(storeVersionOf({ formatVersion: STORE_FORMAT_VERSION })).toEqual({ status: 'current', version: STORE_FORMAT_VERSION });
    expect(storeVersionOf({ formatVersion: STORE_FORMAT_VERSION + 1 }).status).toBe('newer');
    expect(storeVersionOf({ formatVersion: 'one' }).status).toBe('invalid');
    expect(migrateStore('library', { cards: [] }, 0).data).toEqual({ cards: [], formatVersion: STORE_FORMAT_VERSION });
  });

  it('gives the own cards of a version-1 library their need layers, so none of them is quarantined', async () => {
    const withoutLayers = (card: ReturnType<typeof makeCard>) => ({ ...card, needs: card.needs.map(({ layer: _layer, ...mapping }) => mapping) });
    const cards = [withoutLayers(makeCard('techniek')), withoutLayers(makeCard('werkvorm', { tradition: 'training-method' }))];
    await writeFile(libraryFile(), JSON.stringify({ formatVersion: 1, cards, modules: [] }));
    const library = await LibraryService.open(dataDir, []);
    expect(library.notices.filter((notice) => notice.code === 'record-quarantined')).toEqual([]);
    expect(library.listCards().map((card) => [card.id, card.needs.map((mapping) => mapping.layer)])).toEqual([
      ['techniek', ['conversation', 'exercise']],
      ['werkvorm', ['exercise']],
    ]);
  });

  it('writes the format version into a migrated library on its first save', async () => {
    await writeFile(libraryFile(), JSON.stringify({ cards: [makeCard('old-card')] }));
    const library = await LibraryService.open(dataDir, []);
    expect(library.notices).toEqual([]);
    await library.saveCard(makeCard('new-card'));
    const written = await readJson(libraryFile());
    expect(Object.keys(written)[0]).toBe('formatVersion');
    expect(written.formatVersion).toBe(STORE_FORMAT_VERSION);
  });
});

describe('per-record quarantine', () => {
  it('quarantines only the one invalid card, loads the others and names it in a notice', async () => {
    const bad = { ...makeCard('bad-card'), defaultDurationMinutes: 'twenty' };
    await writeFile(libraryFile(), JSON.stringify({ cards: [makeCard('first'), bad, makeCard('last')], modules: [] }));
    const services = await makeServices(dataDir);

    const cards = await services['library.listCards']({});
    expect(cards.filter((card) => card.provenance.origin === 'own').map((card) => card.id)).toEqual(['first', 'last']);
    const notices = (await services['app.info']({})).startupNotices;
    expect(notices).toEqual([
      expect.objectContaining({ code: 'record-quarantined', file: libraryFile(), record: 'Kaart bad-card (bad-card)' }),
    ]);
    expect(notices[0]!.detail).toContain('/cards/1/defaultDurationMinutes');
    expect(notices[0]!.movedTo).toMatch(/[\\/]quarantine[\\/]library\.json-.*\.json$/);
    const kept = await readJson(notices[0]!.movedTo);
    expect(kept.records).toEqual([expect.objectContaining({ pointer: '/cards/1', value: bad })]);

    // The library file no longer holds it, so the next start has nothing to say.
    expect(((await readJson(libraryFile())).cards as { id: string }[]).map((card) => card.id)).toEqual(['first', 'last']);
    expect((await (await makeServices(dataDir))['app.info']({})).startupNotices).toEqual([]);
  });

  it('quarantines a bad module and a card with a duplicate id', async () => {
    const modules = [{ id: 'good', title: 'Goed', description: '', blocks: [] }, { id: 'broken', title: 42 }];
    await writeFile(libraryFile(), JSON.stringify({ cards: [makeCard('twice'), makeCard('twice', { tradition: 'narrative' })], modules }));
    const library = await LibraryService.open(dataDir, []);
    expect(library.listModules().map((module) => module.id)).toEqual(['good']);
    expect(library.listCards().map((card) => card.tradition)).toEqual(['solution-focused']);
    expect(library.notices.map((notice) => [notice.code, notice.record])).toEqual([
      ['record-quarantined', 'Kaart twice (twice)'],
      ['record-quarantined', 'broken'],
    ]);
  });

  it('quarantines a bad setting on its own; the other settings stay', async () => {
    await writeFile(settingsFile(), JSON.stringify({ settings: { theme: 'purple', language: 'en', dayStart: '08:00' }, recentFiles: ['/a.draaiboek', 7] }));
    const settings = await SettingsService.open(dataDir);
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', dayStart: '08:00' });
    expect(settings.recentFiles()).toEqual(['/a.draaiboek']);
    expect(settings.notices.map((notice) => notice.record)).toEqual(['settings.theme', 'recentFiles/1']);
  });

  it('leaves the file alone and refuses to save when the bad record cannot be kept aside (read-only folder)', async () => {
    const original = JSON.stringify({ cards: [makeCard('good'), { id: 'bad' }] });
    await writeFile(libraryFile(), original);
    const library = await LibraryService.open(dataDir, [], { mkdir: () => Promise.reject(errno('EROFS')) });
    expect(ownCardIds(library)).toEqual(['good']);
    expect(library.notices).toEqual([expect.objectContaining({ code: 'record-skipped', record: 'bad', file: libraryFile() })]);
    await expect(library.saveCard(makeCard('new'))).rejects.toThrow(/read-only/);
    expect(await readFile(libraryFile(), 'utf8')).toBe(original);
    expect(await readdir(dataDir)).toEqual(['library.json']);
  });

  it('loads a file that starts with a UTF-8 byte order mark', async () => {
    await writeFile(libraryFile(), '\uFEFF' + JSON.stringify({ cards: [makeCard('with-bom')] }), 'utf8');
    const library = await LibraryService.open(dataDir, []);
    expect(ownCardIds(library)).toEqual(['with-bom']);
    expect(library.notices).toEqual([]);
  });
});

describe('a file that is not JSON', () => {
  it('is copied aside, never renamed away, and copied only once while unchanged', async () => {
    await writeFile(libraryFile(), '{ not json');
    const first = await LibraryService.open(dataDir, []);
    expect(first.notices).toEqual([expect.objectContaining({ code: 'library-unreadable', movedTo: expect.stringMatching(/library\.json\.broken-/) })]);
    expect(await readFile(libraryFile(), 'utf8')).toBe('{ not json');
    expect(await readFile(first.notices[0]!.movedTo, 'utf8')).toBe('{ not json');

    const second = await LibraryService.open(dataDir, []);
    expect(second.notices[0]!.movedTo).toBe(first.notices[0]!.movedTo);
    expect((await readdir(dataDir)).filter((name) => name.includes('.broken-'))).toHaveLength(1);
  });

  it('in a read-only data folder: the app still starts, the file is left alone and saves are refused', async () => {
    await writeFile(libraryFile(), '{ not json');
    const library = await LibraryService.open(dataDir, [], { copyFile: () => Promise.reject(errno('EROFS')) });
    expect(library.notices).toEqual([expect.objectContaining({ code: 'store-not-set-aside', file: libraryFile() })]);
    expect(library.notices[0]!.detail).toContain('read-only');
    await expect(library.saveCard(makeCard('x'))).rejects.toThrow(/read-only/);
    expect(ownCardIds(library)).toEqual([]);
    expect(await readFile(libraryFile(), 'utf8')).toBe('{ not json');
  });

  it.skipIf(isRoot)(`in a really read-only data folder (chmod 555): the services still start${rootSkip}`, async () => {
    await writeFile(libraryFile(), '{ not json');
    await writeFile(settingsFile(), JSON.stringify({ settings: { theme: 'purple' } }));
    await chmod(dataDir, 0o555);
    const services = await makeServices(dataDir);
    const codes = (await services['app.info']({})).startupNotices.map((notice) => notice.code).sort();
    expect(codes).toEqual(['record-skipped', 'store-not-set-aside']);
  });
});

describe('an unreadable file', () => {
  it('is not moved, the store works in memory with defaults and refuses to save (simulated EACCES)', async () => {
    const original = JSON.stringify({ cards: [makeCard('mine')] });
    await writeFile(libraryFile(), original);
    const library = await LibraryService.open(dataDir, [], { readFile: () => Promise.reject(errno('EACCES')) });
    expect(library.notices).toEqual([expect.objectContaining({ code: 'store-read-only', file: libraryFile(), detail: 'no permission' })]);
    expect(ownCardIds(library)).toEqual([]);
    await expect(library.saveCard(makeCard('new'))).rejects.toThrow(/library\.json is read-only/);
    expect(ownCardIds(library)).toEqual([]);
    expect(await readdir(dataDir)).toEqual(['library.json']);
    expect(await readFile(libraryFile(), 'utf8')).toBe(original);
  });

  it.skipIf(isRoot)(`is not moved when it really cannot be read (chmod 000)${rootSkip}`, async () => {
    await writeFile(settingsFile(), JSON.stringify({ settings: { theme: 'dark' } }));
    await chmod(settingsFile(), 0o000);
    const settings = await SettingsService.open(dataDir);
    expect(settings.notices.map((notice) => notice.code)).toEqual(['store-read-only']);
    await expect(settings.update({ theme: 'light' })).rejects.toThrow(/read-only/);
    expect(await readdir(dataDir)).toEqual(['settings.json']);
  });
});

describe('a file from a newer version', () => {
  it('is used as far as it parses and never overwritten', async () => {
    const original = JSON.stringify({ formatVersion: 99, settings: { theme: 'dark', hologram: true }, recentFiles: [], ui: {} });
    await writeFile(settingsFile(), original);
    const settings = await SettingsService.open(dataDir);
    expect(settings.get().theme).toBe('dark');
    expect(settings.notices).toEqual([expect.objectContaining({ code: 'store-newer-version', file: settingsFile(), detail: '99' })]);
    await expect(settings.update({ theme: 'light' })).rejects.toThrow(/newer version/);
    expect(settings.get().theme).toBe('dark');
    // Bookkeeping goes on in memory only, without an error.
    await settings.addRecentFile('/x.draaiboek');
    expect(settings.recentFiles()).toEqual(['/x.draaiboek']);
    expect(await readFile(settingsFile(), 'utf8')).toBe(original);
  });
});

describe('unknown fields', () => {
  it('survive a save, in the file, in a card and in a setting', async () => {
    const card = { ...makeCard('future'), hologram: { x: 1 }, provenance: { ...makeCard('future').provenance, signature: 'abc' } };
    await writeFile(libraryFile(), JSON.stringify({ formatVersion: 1, cards: [card], modules: [], sharedWith: ['team'] }));
    await writeFile(settingsFile(), JSON.stringify({ formatVersion: 1, settings: { theme: 'dark', sound: 'on' }, recentFiles: [], ui: {}, sync: 'x' }));

    const library = await LibraryService.open(dataDir, []);
    await library.saveCard({ ...makeCard('future'), tradition: 'narrative' });
    await library.saveCard(makeCard('other'));
    const written = await readJson(libraryFile());
    expect(written.sharedWith).toEqual(['team']);
    const [future, other] = written.cards as Record<string, unknown>[];
    expect(future).toMatchObject({ tradition: 'narrative', hologram: { x: 1 }, provenance: { signature: 'abc' } });
    expect(other).not.toHaveProperty('hologram');

    const settings = await SettingsService.open(dataDir);
    await settings.update({ language: 'en' });
    const savedSettings = await readJson(settingsFile());
    expect(savedSettings.sync).toBe('x');
    expect(savedSettings.settings).toMatchObject({ theme: 'dark', language: 'en', sound: 'on' });
  });
});

describe('writes in the data folder', () => {
  it('go through a symlinked library.json to its target, and the link stays a link', async () => {
    const synced = await makeTempDir('draaiboek-synced-');
    try {
      const target = join(synced, 'library.json');
      await writeFile(target, JSON.stringify({ cards: [makeCard('synced')] }));
      await symlink(target, libraryFile());
      const library = await LibraryService.open(dataDir, []);
      expect(ownCardIds(library)).toEqual(['synced']);
      await library.saveCard(makeCard('added'));

      expect((await lstat(libraryFile())).isSymbolicLink()).toBe(true);
      expect(await readlink(libraryFile())).toBe(target);
      expect(((await readJson(target)).cards as { id: string }[]).map((card) => card.id)).toEqual(['synced', 'added']);
      expect(await readdir(synced)).toEqual(['library.json']);
      expect(await readdir(dataDir)).toEqual(['library.json']);
    } finally {
      await removeDir(synced);
    }
  });

  it('leave no temp files, and leftovers of ours (only ours) are removed at the next start', async () => {
    const deadPid = 4_999_999; // above the largest pid Linux hands out
    await mkdir(join(dataDir, 'backups'));
    const ours = [`.library.json.draaiboek-tmp-${deadPid}-1`, '.settings.json.0123456789ab.tmp', '.library.json.tmp'];
    const oursInBackups = [`.abc.json.draaiboek-tmp-${deadPid}-7`];
    const notOurs = ['notes.txt', '.library.json.swp', `library.json.draaiboek-tmp-${deadPid}-1`, `.running.draaiboek-tmp-${process.pid}-1`];
    for (const name of [...ours, ...notOurs]) await writeFile(join(dataDir, name), 'x');
    for (const name of oursInBackups) await writeFile(join(dataDir, 'backups', name), 'x');

    const services = await makeServices(dataDir);
    await services['library.saveCard']({ card: makeCard('c') });
    await services['settings.update']({ changes: { theme: 'dark' } });
    expect((await readdir(dataDir)).sort()).toEqual(['backups', 'library.json', 'settings.json', ...notOurs].sort());
    expect(await readdir(join(dataDir, 'backups'))).toEqual([]);
  });

  it('writes window.json atomically and through a symlink', async () => {
    const synced = await makeTempDir('draaiboek-synced-');
    try {
      await symlink(join(synced, 'window.json'), join(dataDir, 'window.json'));
      const state = { width: 1200, height: 800, maximized: false };
      await saveWindowState(dataDir, state);
      expect((await lstat(join(dataDir, 'window.json'))).isSymbolicLink()).toBe(true);
      expect(await readJson(join(synced, 'window.json'))).toEqual(state);
      expect(await readdir(synced)).toEqual(['window.json']);
      expect(await loadWindowState(dataDir)).toEqual(state);
    } finally {
      await removeDir(synced);
    }
  });
});
