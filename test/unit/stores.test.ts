import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import { dispatch } from '../../src/contract';
import { BUILTIN_CARD_IDS, makeCard, makeCurriculumDocument, makeCustomBlock, makeServices, makeTempDir, removeDir } from './fixtures';

let dataDir: string;
beforeEach(async () => (dataDir = await makeTempDir()));
afterEach(() => removeDir(dataDir));

const cardIds = async (services: Awaited<ReturnType<typeof makeServices>>) =>
  (await services['library.listCards']({})).map((card) => card.id);

describe('library', () => {
  it('starts with the built-in cards and no notices', async () => {
    const services = await makeServices(dataDir);
    expect(await cardIds(services)).toEqual([...BUILTIN_CARD_IDS]);
    expect((await services['app.info']({})).startupNotices).toEqual([]);
  });

  it('keeps own cards and modules when the app is started again', async () => {
    const first = await makeServices(dataDir);
    const saved = await first['library.saveCard']({ card: makeCard('my-card') });
    expect(saved.provenance.updated).not.toBe('2026-01-01T00:00:00Z'); // stamped on save
    await first['library.saveCard']({ card: makeCard('my-card', { tradition: 'narrative' }) });
    await first['library.saveModule']({ module: { id: 'my-module', title: 'Opening', description: '', blocks: [makeCustomBlock('b-1')] } });

    const again = await makeServices(dataDir);
    const cards = await again['library.listCards']({});
    expect(cards.map((card) => card.id)).toEqual([...BUILTIN_CARD_IDS, 'my-card']);
    expect(cards.at(-1)!.tradition).toBe('narrative');
    expect((await again['library.listModules']({})).map((module) => module.id)).toEqual(['my-module']);
  });

  it('deletes own cards and modules for good', async () => {
    const first = await makeServices(dataDir);
    await first['library.saveCard']({ card: makeCard('my-card') });
    await first['library.saveModule']({ module: { id: 'my-module', title: 'M', description: '', blocks: [] } });
    expect(await first['library.deleteCard']({ id: 'my-card' })).toEqual({ deleted: true });
    expect(await first['library.deleteModule']({ id: 'my-module' })).toEqual({ deleted: true });
    expect(await first['library.deleteCard']({ id: 'my-card' })).toEqual({ deleted: false });

    const again = await makeServices(dataDir);
    expect(await cardIds(again)).toEqual([...BUILTIN_CARD_IDS]);
    expect(await again['library.listModules']({})).toEqual([]);
  });

  it('never changes or removes a built-in card', async () => {
    const services = await makeServices(dataDir);
    const before = await services['library.listCards']({});
    const builtin = before[0]!;
    await expect(services['library.saveCard']({ card: { ...builtin, tradition: 'other' } })).rejects.toThrow(/read-only/);
    await expect(
      services['library.saveCard']({ card: makeCard('sneaky', { provenance: { origin: 'built-in', author: 'x', updated: '2026-01-01T00:00:00Z' } }) }),
    ).rejects.toThrow(/built-in/);
    expect(await services['library.deleteCard']({ id: builtin.id })).toEqual({ deleted: false });

    const again = await makeServices(dataDir);
    expect(await again['library.listCards']({})).toEqual(before);
  });

  it('puts an unreadable library.json aside byte-for-byte and starts with the built-in cards', async () => {
    const broken = Buffer.from('{"cards": [ this is not json \u00e9\n', 'utf8');
    await writeFile(join(dataDir, 'library.json'), broken);
    const services = await makeServices(dataDir);

    expect(await cardIds(services)).toEqual([...BUILTIN_CARD_IDS]);
    const [notice, ...others] = (await services['app.info']({})).startupNotices;
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ code: 'library-unreadable', file: join(dataDir, 'library.json') });
    expect(notice!.movedTo).toMatch(/library\.json\.broken-/);
    expect(notice!.detail).toMatch(/not valid JSON/);
    expect((await readFile(notice!.movedTo)).equals(broken)).toBe(true);

    // The fresh library works and the kept file is left alone.
    await services['library.saveCard']({ card: makeCard('after-crash') });
    expect((await readdir(dataDir)).sort()).toEqual(['library.json', notice!.movedTo.split(/[\\/]/).at(-1)!]);
    expect((await readFile(notice!.movedTo)).equals(broken)).toBe(true);
  });

  it('quarantines a card of the wrong shape on its own and keeps the rest of library.json', async () => {
    await writeFile(join(dataDir, 'library.json'), JSON.stringify({ cards: [{ id: 'Not An Id' }, makeCard('fine')] }));
    const services = await makeServices(dataDir);
    expect(await cardIds(services)).toEqual([...BUILTIN_CARD_IDS, 'fine']);
    const notices = (await services['app.info']({})).startupNotices;
    expect(notices).toEqual([expect.objectContaining({ code: 'record-quarantined', record: 'Not An Id', detail: expect.stringContaining('/cards/0') })]);
  });
});

describe('settings', () => {
  it('starts with defaults, persists an update and keeps the settings that were not named', async () => {
    const services = await makeServices(dataDir);
    expect(await services['settings.get']({})).toEqual(DEFAULT_SETTINGS);
    const first = await dispatch(services, 'settings.update', { changes: { theme: 'dark', dayStart: '08:30' } });
    expect(first).toMatchObject({ ok: true, value: { theme: 'dark', dayStart: '08:30' } });
    const second = await dispatch(services, 'settings.update', { changes: { language: 'en' } });
    expect(second).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark', dayStart: '08:30', language: 'en' } });

    const again = await makeServices(dataDir);
    expect(await again['settings.get']({})).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', dayStart: '08:30', language: 'en' });
  });

  it('refuses a bad value as bad-input naming the setting, and stores nothing', async () => {
    const services = await makeServices(dataDir);
    for (const changes of [{ theme: 'purple' }, { autosaveDelayMs: -1 }, { dayEnd: '24:00' }]) {
      const envelope = await dispatch(services, 'settings.update', { changes });
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('bad-input');
        expect(envelope.error.message).toContain(`/changes/${Object.keys(changes)[0]}`);
      }
    }
    expect(await (await makeServices(dataDir))['settings.get']({})).toEqual(DEFAULT_SETTINGS);
  });

  it('quarantines a setting of the wrong shape and uses its default', async () => {
    const original = '{ "settings": { "theme": "purple" }, "recentFiles": [] }\n';
    await writeFile(join(dataDir, 'settings.json'), original);
    const services = await makeServices(dataDir);
    expect(await services['settings.get']({})).toEqual(DEFAULT_SETTINGS);
    const notices = (await services['app.info']({})).startupNotices;
    expect(notices).toEqual([expect.objectContaining({ code: 'record-quarantined', file: join(dataDir, 'settings.json'), record: 'settings.theme' })]);
    expect(notices[0]!.detail).toContain('/settings/theme');
    expect(JSON.parse(await readFile(notices[0]!.movedTo, 'utf8')).records).toEqual([expect.objectContaining({ value: 'purple' })]);
  });

  it('remembers recently saved files, newest first, and forgets files that are gone', async () => {
    const services = await makeServices(dataDir);
    const a = join(dataDir, 'a.draaiboek');
    const b = join(dataDir, 'b.draaiboek');
    await services['documents.save']({ path: a, document: makeCurriculumDocument(1, 1), expectedRevision: null });
    await services['documents.save']({ path: b, document: makeCurriculumDocument(1, 1), expectedRevision: null });
    await services['documents.open']({ path: a });
    expect(await services['documents.recent']({})).toEqual([a, b]);
    await rm(a);
    expect(await (await makeServices(dataDir))['documents.recent']({})).toEqual([b]);
  });
});
