import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core';
import { dispatch } from '../../src/contract';
import { createNodeServices, type ShellCapabilities } from '../../src/services';
import { makeCurriculumDocument, makeTempDir, noShell, removeDir, RESOURCES_DIR } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('draaiboek-scope-');
});
afterEach(async () => {
  await removeDir(dir);
});

/** Real services whose shell writes down what it was asked to reveal, instead of opening a file manager. */
async function servicesWith(edition: 'web' | 'desktop', shell: Partial<ShellCapabilities> = {}) {
  const revealed: string[] = [];
  const services = await createNodeServices({
    dataDir: join(dir, 'data'),
    resourcesDir: RESOURCES_DIR,
    appVersion: '0.1.0-test',
    edition,
    systemLocale: 'nl-NL',
    shell: { ...noShell, revealFile: async ({ path }) => (revealed.push(path), { revealed: true }), ...shell },
  });
  return { services, revealed };
}

describe('settings that name a program', () => {
  it('are refused over the browser edition API, and kept as they were', async () => {
    const { services } = await servicesWith('web');
    const refused = await dispatch(services, 'settings.update', { changes: { chromiumPath: '/tmp/x.sh' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'setting-not-writable', params: { id: 'chromiumPath', file: join(dir, 'data', 'settings.json') } } });
    expect((await services['settings.get']({})).chromiumPath).toBe('');
    // Other settings, and the program setting at the value it already has, still go through.
    expect(await dispatch(services, 'settings.update', { changes: { theme: 'dark', chromiumPath: '' } })).toMatchObject({ ok: true, value: { theme: 'dark', chromiumPath: '' } });
  });

  it('are set by the desktop app from its own window, and read from the settings file in the browser edition', async () => {
    const { services: desktop } = await servicesWith('desktop');
    expect(await dispatch(desktop, 'settings.update', { changes: { chromiumPath: '/usr/bin/chromium' } })).toMatchObject({ ok: true, value: { chromiumPath: '/usr/bin/chromium' } });
    const { services: web } = await servicesWith('web');
    expect((await web['settings.get']({})).chromiumPath).toBe('/usr/bin/chromium');
  });
});

describe('shell.revealFile', () => {
  it('refuses URLs, options and relative paths before the shell sees them', async () => {
    const { services, revealed } = await servicesWith('web');
    for (const path of ['https://evil.example/payload', 'smb://server/share/x', '--help', '-x', 'file:///etc/passwd', 'README.md']) {
      expect(await dispatch(services, 'shell.revealFile', { path }), path).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    }
    expect(revealed).toEqual([]);
  });

  it('shows only a file this session opened, saved or exported', async () => {
    const { services, revealed } = await servicesWith('web');
    const stranger = join(dir, 'README.md');
    await writeFile(stranger, 'niet van Draaiboek');
    expect(await dispatch(services, 'shell.revealFile', { path: stranger })).toMatchObject({ ok: false, error: { code: 'path-not-allowed', params: { file: stranger } } });

    const exported = join(dir, 'hand-out.md');
    const document = makeCurriculumDocument(1, 1);
    await services['export.save']({ document, format: 'markdown', audience: 'participant', dayIndex: null, path: exported });
    const saved = join(dir, 'training.draaiboek');
    await services['documents.save']({ path: saved, document, expectedRevision: null });
    expect(await dispatch(services, 'shell.revealFile', { path: exported })).toEqual({ ok: true, value: { revealed: true } });
    expect(await dispatch(services, 'shell.revealFile', { path: saved })).toEqual({ ok: true, value: { revealed: true } });
    expect(revealed).toEqual([exported, saved]);
  });
});

describe('writing files', () => {
  it('never replaces a file it did not open without the overwrite choice', async () => {
    const { services } = await servicesWith('web');
    const document = makeCurriculumDocument(1, 1);
    const colleague = join(dir, 'collega.draaiboek');
    await writeFile(colleague, 'van een collega');
    expect(await services['documents.save']({ path: colleague, document, expectedRevision: null })).toMatchObject({ status: 'changed-on-disk' });
    const readme = join(dir, 'README.md');
    await writeFile(readme, 'van een collega');
    expect(await services['export.save']({ document, format: 'markdown', audience: 'participant', dayIndex: null, path: readme })).toEqual({ status: 'exists', path: readme });
    expect(await dispatch(services, 'documents.save', { path: join(dir, 'x.sh'), document, expectedRevision: null })).toMatchObject({ ok: false, error: { code: 'wrong-extension' } });
    expect(await readFile(colleague, 'utf8')).toBe('van een collega');
    expect(await readFile(readme, 'utf8')).toBe('van een collega');
  });
});

describe('documents.open outside what the trainer chose', () => {
  it('says only "cannot open": no size, existence or permission detail', async () => {
    const { services } = await servicesWith('web');
    const elsewhere = join(dir, 'elders');
    await mkdir(elsewhere);
    const large = join(elsewhere, 'groot.draaiboek');
    await writeFile(large, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const cannotOpen = (path: string) => ({ ok: false, path, problems: [{ code: 'unreadable', pointer: '', detail: 'cannot open' }] });
    expect(await services['documents.open']({ path: large })).toEqual(cannotOpen(large));
    expect(await services['documents.open']({ path: join(elsewhere, 'bestaat-niet.draaiboek') })).toEqual(cannotOpen(join(elsewhere, 'bestaat-niet.draaiboek')));
    expect(await services['documents.open']({ path: elsewhere })).toEqual(cannotOpen(elsewhere));

    // Once the trainer browsed to the folder in the file dialog, the reason is told in full.
    await services['files.listFolder']({ path: elsewhere, filter: 'draaiboek' });
    expect(await services['documents.open']({ path: large })).toMatchObject({ ok: false, problems: [{ code: 'too-large', detail: expect.stringContaining('bytes') }] });
  });

  it('tells the full reason for a file picked in the desktop dialog', async () => {
    const picked = join(dir, 'kapot.draaiboek');
    await writeFile(picked, '{ niet af');
    const { services } = await servicesWith('desktop', { pickOpenPath: async () => ({ path: picked }) });
    expect(await services['documents.open']({ path: picked })).toMatchObject({ problems: [{ detail: 'cannot open' }] });
    await services['dialogs.pickOpenPath']({ filter: 'draaiboek' });
    expect(await services['documents.open']({ path: picked })).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
  });
});
