import { chmod, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, isAbsolutePath } from '../../src/contract';
import { listFolder, recentFolders } from '../../src/services/files';
import { makeCurriculumDocument, makeServices, makeTempDir, removeDir } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('draaiboek-files-');
});
afterEach(async () => {
  await removeDir(dir);
});

async function touch(...names: string[]) {
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith('/')) await mkdir(path, { recursive: true });
    else await writeFile(path, 'x');
  }
}

describe('listFolder', () => {
  it('lists folders first, then only the files the filter asks for, sorted by name, hidden ones left out', async () => {
    await touch('b-map/', 'A-map/', 'map 10/', 'map 9/', '.verborgen/', 'training.draaiboek', 'Basis.DRAAIBOEK', '.geheim.draaiboek', 'notities.txt', 'hand-out.pdf');
    const result = await listFolder({ path: dir, filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toEqual([
      { name: 'A-map', kind: 'folder' },
      { name: 'b-map', kind: 'folder' },
      { name: 'map 9', kind: 'folder' },
      { name: 'map 10', kind: 'folder' },
      { name: 'Basis.DRAAIBOEK', kind: 'file' },
      { name: 'training.draaiboek', kind: 'file' },
    ]);
    expect(result.truncated).toBe(false);
    expect(result.path).toBe(dir);
    expect(result.crumbs.at(-1)).toEqual({ name: dir.split('/').at(-1), path: dir });
    expect(result.crumbs[0]!.path).toBe('/');

    const pdf = await listFolder({ path: dir, filter: 'pdf' }, { recentFiles: [], home: dir });
    expect(pdf.ok && pdf.entries.filter((entry) => entry.kind === 'file')).toEqual([{ name: 'hand-out.pdf', kind: 'file' }]);
  });

  it('follows symbolic links to folders and files', async () => {
    await touch('echt/', 'echt/a.draaiboek');
    await symlink(join(dir, 'echt'), join(dir, 'link'));
    await symlink(join(dir, 'echt', 'a.draaiboek'), join(dir, 'link.draaiboek'));
    await symlink(join(dir, 'nergens'), join(dir, 'kapot.draaiboek'));
    const result = await listFolder({ path: dir, filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(result.ok && result.entries).toEqual([
      { name: 'echt', kind: 'folder' },
      { name: 'link', kind: 'folder' },
      { name: 'link.draaiboek', kind: 'file' },
    ]);
  });

  it('is bounded and says so', async () => {
    await touch(...Array.from({ length: 30 }, (_, index) => `f${index}.draaiboek`), 'z-map/');
    const result = await listFolder({ path: dir, filter: 'draaiboek' }, { recentFiles: [], home: dir, limit: 10 });
    expect(result.ok && result.entries.length).toBe(10);
    expect(result.ok && result.entries[0]).toEqual({ name: 'z-map', kind: 'folder' });
    expect(result.ok && result.truncated).toBe(true);
  });

  it('answers a coded reason for a missing folder, a file, or an unreadable folder, never an exception', async () => {
    await touch('a.draaiboek', 'dicht/');
    const missing = await listFolder({ path: join(dir, 'weg'), filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(missing).toMatchObject({ ok: false, reason: 'not-found', path: join(dir, 'weg'), home: dir });
    const file = await listFolder({ path: join(dir, 'a.draaiboek'), filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(file).toMatchObject({ ok: false, reason: 'not-a-folder', path: join(dir, 'a.draaiboek') });
    if (process.getuid?.() !== 0) {
      await chmod(join(dir, 'dicht'), 0o000);
      try {
        const closed = await listFolder({ path: join(dir, 'dicht'), filter: 'draaiboek' }, { recentFiles: [], home: dir });
        expect(closed).toMatchObject({ ok: false, reason: 'unreadable' });
      } finally {
        await chmod(join(dir, 'dicht'), 0o755);
      }
    }
  });

  it('resolves relative paths and ~ against the folder shown, else home, and gives the parent', async () => {
    await touch('sub/', 'sub/deeper/');
    const relative = await listFolder({ path: 'deeper', from: join(dir, 'sub'), filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(relative).toMatchObject({ ok: true, path: join(dir, 'sub', 'deeper'), parent: join(dir, 'sub') });
    const up = await listFolder({ path: '..', from: join(dir, 'sub'), filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(up).toMatchObject({ ok: true, path: dir });
    const home = await listFolder({ path: '~/sub', filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(home).toMatchObject({ ok: true, path: join(dir, 'sub') });
    const root = await listFolder({ path: '/', filter: 'draaiboek' }, { recentFiles: [], home: dir });
    expect(root).toMatchObject({ ok: true, path: '/', parent: null, crumbs: [{ name: '/', path: '/' }] });
  });

  it('starts in the folder last used, else Documents, else home; recent folders exist and come once', async () => {
    await touch('werk/', 'oud/');
    const recentFiles = [join(dir, 'werk', 'a.draaiboek'), join(dir, 'werk', 'b.draaiboek'), join(dir, 'weg', 'c.draaiboek'), join(dir, 'oud', 'd.draaiboek')];
    expect(await recentFolders(recentFiles)).toEqual([join(dir, 'werk'), join(dir, 'oud')]);
    expect(await listFolder({ path: null, filter: 'draaiboek' }, { recentFiles, home: dir })).toMatchObject({ ok: true, path: join(dir, 'werk'), recentFolders: [join(dir, 'werk'), join(dir, 'oud')] });
    expect(await listFolder({ path: null, filter: 'draaiboek' }, { recentFiles: [], home: dir })).toMatchObject({ ok: true, path: dir });
    await touch('Documents/');
    expect(await listFolder({ path: null, filter: 'draaiboek' }, { recentFiles: [], home: dir })).toMatchObject({ ok: true, path: join(dir, 'Documents') });
  });
});

describe('files written by the host', () => {
  it('only takes absolute paths at the contract', async () => {
    expect(isAbsolutePath('/home/t/x.pdf')).toBe(true);
    expect(isAbsolutePath('C:\\Users\\t\\x.pdf')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share\\x.pdf')).toBe(true);
    expect(isAbsolutePath('training.draaiboek')).toBe(false);
    expect(isAbsolutePath('./x.pdf')).toBe(false);
    const services = await makeServices(join(dir, 'data'));
    const document = makeCurriculumDocument(1, 1);
    const saved = await dispatch(services, 'documents.save', { path: 'training.draaiboek', document, expectedRevision: null });
    expect(saved).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const exported = await dispatch(services, 'export.save', { document, format: 'markdown', audience: 'participant', dayIndex: null, path: 'x.md' });
    expect(exported).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await expect(stat(join(process.cwd(), 'x.md'))).rejects.toThrow();
  });

  it('export.save does not replace an existing file without replace: true', async () => {
    const services = await makeServices(join(dir, 'data'));
    const document = makeCurriculumDocument(1, 2);
    const target = join(dir, 'hand-out.md');
    await writeFile(target, 'van een collega');

    const refused = await dispatch(services, 'export.save', { document, format: 'markdown', audience: 'participant', dayIndex: null, path: target });
    expect(refused).toEqual({ ok: true, value: { status: 'exists', path: target } });
    expect(await readFile(target, 'utf8')).toBe('van een collega');

    const replaced = await dispatch(services, 'export.save', { document, format: 'markdown', audience: 'participant', dayIndex: null, path: target, replace: true });
    expect(replaced).toMatchObject({ ok: true, value: { status: 'written', path: target } });
    expect(await readFile(target, 'utf8')).toContain('Motiverende gespreksvoering');

    const fresh = join(dir, 'nieuw.md');
    expect(await services['export.save']({ document, format: 'markdown', audience: 'participant', dayIndex: null, path: fresh })).toMatchObject({ status: 'written', path: fresh });
  });

  it('files.listFolder goes through the contract with the recent files as recent folders', async () => {
    const services = await makeServices(join(dir, 'data'));
    await touch('werk/');
    const file = join(dir, 'werk', 'training.draaiboek');
    const saved = await services['documents.save']({ path: file, document: makeCurriculumDocument(1, 1), expectedRevision: null });
    expect(saved.status).toBe('saved');
    const listed = await dispatch(services, 'files.listFolder', { path: null, filter: 'draaiboek' });
    expect(listed).toMatchObject({ ok: true, value: { ok: true, path: join(dir, 'werk'), recentFolders: [join(dir, 'werk')], entries: [{ name: 'training.draaiboek', kind: 'file' }] } });
    const bad = await dispatch(services, 'files.listFolder', { path: join(dir, 'nope'), filter: 'exe' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
