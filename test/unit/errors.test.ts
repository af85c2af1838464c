import { mkdir, open, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGS, translator, type MessageKey } from '../../src/core';
import {
  AppError,
  describeError,
  dispatch,
  ERROR_CODES,
  errorMessage,
  errorMessageKey,
  isAppError,
  parentFolder,
  toAppError,
  type HostApi,
} from '../../src/contract';
import { writeFileAtomic } from '../../src/services';
import { makeServices, makeTempDir, removeDir } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeDir(dir));

/** The rejection of a promise (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('toAppError maps real file system errors', () => {
  it('ENOENT: a missing file, keeping its path', async () => {
    const file = join(dir, 'missing.draaiboek');
    const error = toAppError(await rejectionOf(readFile(file)));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('file-not-found');
    expect(error.params).toMatchObject({ file, errno: 'ENOENT' });
    expect(error.message).toContain('ENOENT');
  });

  it('EISDIR: a folder where a file was expected', async () => {
    const error = toAppError(await rejectionOf(readFile(dir)));
    expect(error.code).toBe('is-a-folder');
    // Some platforms leave out the path on EISDIR; then the caller's params name it.
    expect(toAppError(await rejectionOf(readFile(dir)), { file: dir }).params.file).toBe(dir);
  });

  it('ENOTDIR: a file used as a folder names the folder', async () => {
    const plain = join(dir, 'plain.txt');
    await writeFile(plain, 'x');
    const error = toAppError(await rejectionOf(readdir(plain)));
    expect(error.code).toBe('folder-not-found');
    expect(error.params.file).toBe(plain);
    expect(error.params.folder).toBe(dir);
  });

  it('EEXIST: exclusive create of a file that exists', async () => {
    const file = join(dir, 'there.txt');
    await writeFile(file, 'x');
    const error = toAppError(await rejectionOf(open(file, 'wx')));
    expect(error).toMatchObject({ code: 'file-exists', params: { file } });
  });

  it('EACCES, EPERM, ENOSPC, EROFS, EBUSY as Node reports them', () => {
    const errno = (code: string, path?: string) => Object.assign(new Error(`${code}: something, open '${path}'`), { code, path });
    expect(toAppError(errno('EACCES', '/etc/x'))).toMatchObject({ code: 'permission-denied', params: { file: '/etc/x' } });
    expect(toAppError(errno('EPERM', '/etc/x'))).toMatchObject({ code: 'permission-denied' });
    expect(toAppError(errno('ENOSPC'), { file: '/media/usb/a.pdf' })).toMatchObject({ code: 'disk-full', params: { file: '/media/usb/a.pdf' } });
    expect(toAppError(errno('EROFS', '/media/cd/a.pdf'))).toMatchObject({ code: 'read-only-file-system', params: { file: '/media/cd/a.pdf' } });
    expect(toAppError(errno('EBUSY', 'C:\\x.docx'))).toMatchObject({ code: 'file-busy', params: { file: 'C:\\x.docx' } });
  });

  it('the caller names the file the trainer chose, instead of a temporary one', () => {
    const error = Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/d/.a.pdf.tmp' });
    expect(toAppError(error, { file: '/d/a.pdf' }).params.file).toBe('/d/a.pdf');
  });

  it('anything else is unexpected, with the original message in params.detail', () => {
    expect(toAppError(new TypeError('x is undefined'))).toMatchObject({ code: 'unexpected', params: { detail: 'x is undefined' }, message: 'x is undefined' });
    expect(toAppError('plain string')).toMatchObject({ code: 'unexpected', params: { detail: 'plain string' } });
    expect(toAppError(Object.assign(new Error('odd'), { code: 'EWHATEVER' })).code).toBe('unexpected');
    expect(toAppError(undefined).code).toBe('unexpected');
  });

  it('an AppError stays itself; params only fill gaps', () => {
    const original = new AppError('wrong-extension', { file: '/a.txt' });
    expect(toAppError(original)).toBe(original);
    const filled = toAppError(original, { file: '/other', format: 'pdf' });
    expect(filled.params).toEqual({ file: '/a.txt', format: 'pdf' });
    expect(isAppError(filled)).toBe(true);
  });

  it('parentFolder works for both kinds of separator', () => {
    expect(parentFolder('/a/b/c.txt')).toBe('/a/b');
    expect(parentFolder('/c.txt')).toBe('/');
    expect(parentFolder('C:\\Users\\x\\c.txt')).toBe('C:\\Users\\x');
  });
});

describe('writeFileAtomic fails with the chosen file named', () => {
  it('a missing folder is folder-not-found, naming the folder', async () => {
    const target = join(dir, 'missing', 'a.pdf');
    const error = await rejectionOf(writeFileAtomic(target, 'x'));
    expect(error).toMatchObject({ code: 'folder-not-found', params: { folder: join(dir, 'missing'), file: target } });
  });

  it('a folder in the way of the target names the target, not the temp file', async () => {
    const target = join(dir, 'taken.pdf');
    await mkdir(target);
    const error = await rejectionOf(writeFileAtomic(target, 'x'));
    expect(isAppError(error)).toBe(true);
    expect((error as AppError).params.file).toBe(target);
  });
});

describe('dispatch carries code and params', () => {
  it('for a service that throws an AppError', async () => {
    const services = await makeServices(join(dir, 'data'));
    const thrower: HostApi = { ...services, 'app.info': () => Promise.reject(new AppError('disk-full', { file: '/x.pdf' }, 'ENOSPC: no space left')) };
    expect(await dispatch(thrower, 'app.info', {})).toEqual({ ok: false, error: { code: 'disk-full', params: { file: '/x.pdf' }, message: 'ENOSPC: no space left' } });
  });

  it('for a service that throws a raw fs error', async () => {
    const services = await makeServices(join(dir, 'data'));
    const file = join(dir, 'nope.txt');
    const thrower: HostApi = { ...services, 'app.info': () => readFile(file) as never };
    expect(await dispatch(thrower, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'file-not-found', params: { file } } });
  });

  it('for bad input and an unknown method', async () => {
    const services = await makeServices(join(dir, 'data'));
    expect(await dispatch(services, 'library.deleteCard', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', params: { method: 'library.deleteCard', pointer: '/id' } },
    });
    expect(await dispatch(services, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown-method', params: { method: 'nope' } } });
  });
});

describe('error messages', () => {
  const sample = { file: '/home/trainer/Basis.draaiboek', folder: '/home/trainer', id: 'schaalvraag', format: 'pdf', extension: '.pdf', detail: 'x', method: 'm', name: 'Team Kern' };

  it.each(ERROR_CODES)('%s has a message in Dutch and English that shows no raw code or placeholder', (code) => {
    const key = errorMessageKey(code);
    for (const language of ['nl', 'en'] as const) {
      const text = CATALOGS[language][key as MessageKey];
      expect(text, `${language} ${key}`).toBeTruthy();
      const shown = translator(language)(key, sample);
      expect(shown).not.toContain(key);
      expect(shown).not.toMatch(/\{\w+\}/);
      // A code is an identifier for the program; the trainer reads sentences.
      if (code.includes('-')) expect(shown).not.toContain(code);
    }
  });

  it('the messages name the file where there is one', () => {
    const t = translator('nl');
    expect(describeError(new AppError('folder-not-found', { folder: '/tmp/weg' }), t).message).toContain('/tmp/weg');
    expect(describeError(new AppError('permission-denied', { file: '/x/a.pdf' }), t).message).toBe(
      'Geen schrijf- of leesrechten voor /x/a.pdf. Sla op in een andere map of vraag toegang aan de beheerder.',
    );
    expect(describeError(new AppError('disk-full', { file: 'a.pdf' }), t).message).toMatch(/^De schijf is vol; a\.pdf is niet opgeslagen\./);
  });
});

describe('describeError', () => {
  it('translates the message and keeps the English technical detail', async () => {
    const error = toAppError(await rejectionOf(readFile(join(dir, 'weg.draaiboek'))));
    const nl = describeError(error, translator('nl'));
    expect(nl.code).toBe('file-not-found');
    expect(nl.key).toBe('error.file-not-found');
    expect(nl.message).toContain('Het bestand bestaat niet');
    expect(nl.message).toContain(join(dir, 'weg.draaiboek'));
    expect(nl.detail).toContain('ENOENT');
    expect(describeError(error, translator('en')).message).toContain('The file does not exist');
  });

  it('fills a placeholder the params lack, so no {file} reaches the screen', () => {
    const described = describeError(new AppError('disk-full'), translator('en'));
    expect(described.message).not.toMatch(/\{\w+\}/);
    expect(described.params.file).toBe('…');
    expect(translator('en')(described.key, described.params)).toBe(described.message);
  });

  it('errorMessage gives key and params to translate later, with every placeholder filled', () => {
    expect(errorMessage(new AppError('wrong-extension', { file: '/a.txt' }, 'a.txt: must end in .pdf'))).toEqual({
      code: 'wrong-extension',
      key: 'error.wrong-extension',
      params: { file: '/a.txt', format: '…', extension: '…' },
      detail: 'a.txt: must end in .pdf',
    });
  });

  it('describes anything thrown, even a string', () => {
    expect(describeError('kaboom', translator('nl'))).toMatchObject({ code: 'unexpected', detail: 'kaboom', message: expect.stringContaining('onverwachts') });
    expect(describeError(new Error('x'), translator('en')).detail).toBe('x');
  });
});

describe('the CLI says what went wrong in the user language', () => {
  it('an export into a missing folder: the translated message, then the detail, exit 1', async () => {
    const { runCli } = await import('../../src/cli/main');
    const { serializeDocument } = await import('../../src/core');
    const { makeCurriculumDocument } = await import('./fixtures');
    const file = join(dir, 'training.draaiboek');
    await writeFile(file, serializeDocument(makeCurriculumDocument(1, 1)));
    const out = join(dir, 'missing', 'x.md');
    let err = '';
    const run = (LANG: string) =>
      runCli(['export', file, '--format', 'md', '--audience', 'trainer', '-o', out, '--data-dir', join(dir, 'data')], { out: () => undefined, err: (text) => void (err += text), env: { LANG } });
    expect(await run('nl_NL.UTF-8')).toBe(1);
    expect(err).toMatch(new RegExp(`^draaiboek: De map bestaat niet: ${join(dir, 'missing').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. .*\\(ENOENT`));
    err = '';
    expect(await run('en_US.UTF-8')).toBe(1);
    expect(err).toContain('The folder does not exist');
  });
});
