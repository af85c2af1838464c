import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument, newCurriculum } from '../../src/core';
import type { HostApi } from '../../src/contract';
import { makeServices, makeTempDir, removeDir } from './fixtures';

describe('hot-exit backups in the data folder', () => {
  let dataDir: string;
  let services: HostApi;
  beforeEach(async () => {
    dataDir = await makeTempDir();
    services = await makeServices(dataDir);
  });
  afterEach(() => removeDir(dataDir));

  const document = (title: string) => createDocument({ curriculum: newCurriculum('nl', title, '09:00', '17:00') }, '0.1.0');

  it('keeps the latest unsaved state per document and survives a restart', async () => {
    await services['backups.save']({ key: 'untitled-1', path: null, revision: null, document: document('Eerste versie') });
    await services['backups.save']({ key: 'untitled-1', path: null, revision: null, document: document('Tweede versie') });
    await services['backups.save']({ key: '/tmp/a.draaiboek', path: '/tmp/a.draaiboek', revision: 'abc', document: document('Ander bestand') });
    const restarted = await makeServices(dataDir);
    const backups = await restarted['backups.list']({});
    expect(backups.map((backup) => backup.document.curriculum?.title).sort()).toEqual(['Ander bestand', 'Tweede versie']);
    expect(backups.find((backup) => backup.key === '/tmp/a.draaiboek')).toMatchObject({ path: '/tmp/a.draaiboek', revision: 'abc' });
  });

  it('forgets a backup once the document is saved or closed', async () => {
    await services['backups.save']({ key: 'k', path: null, revision: null, document: document('X') });
    await services['backups.discard']({ key: 'k' });
    expect(await services['backups.list']({})).toEqual([]);
    expect(await readdir(join(dataDir, 'backups'))).toEqual([]);
  });

  it('skips a damaged backup file instead of failing, and leaves it on disk', async () => {
    await services['backups.save']({ key: 'good', path: null, revision: null, document: document('Goed') });
    await writeFile(join(dataDir, 'backups', 'kapot.json'), '{ not json');
    expect((await services['backups.list']({})).map((backup) => backup.key)).toEqual(['good']);
    expect(await readdir(join(dataDir, 'backups'))).toContain('kapot.json');
  });
});
