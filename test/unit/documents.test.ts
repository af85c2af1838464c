import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, serializeDocument } from '../../src/core';
import { openDocument, revisionOf, saveDocument, writeFileAtomic } from '../../src/services';
import { makeCurriculumDocument, makeTempDir, removeDir } from './fixtures';

let dir: string;
beforeEach(async () => (dir = await makeTempDir()));
afterEach(() => removeDir(dir));

function expectOpened(result: Awaited<ReturnType<typeof openDocument>>) {
  if (!result.ok) throw new Error(`expected the file to open: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('saveDocument and openDocument', () => {
  it('saves a new file atomically and opens it again with the same revision', async () => {
    const file = join(dir, 'training.draaiboek');
    const document = makeCurriculumDocument(2, 3);
    const saved = await saveDocument(file, document, null);
    expect(saved.status).toBe('saved');
    const bytes = await readFile(file);
    expect(bytes.toString('utf8')).toBe(serializeDocument(document));
    if (saved.status === 'saved') expect(saved.revision).toBe(revisionOf(bytes));

    const opened = expectOpened(await openDocument(file));
    expect(opened.document).toEqual(document);
    expect(opened.revision).toBe(revisionOf(bytes));
    expect(opened.readOnly).toBe(false);
    expect(await readdir(dir)).toEqual(['training.draaiboek']);
  });

  it('saves over the file it read, and a second save with the old revision is refused', async () => {
    const file = join(dir, 'training.draaiboek');
    const first = await saveDocument(file, makeCurriculumDocument(1, 1), null);
    if (first.status !== 'saved') throw new Error('first save failed');
    const second = await saveDocument(file, makeCurriculumDocument(1, 2), first.revision);
    expect(second.status).toBe('saved');
    const stale = await saveDocument(file, makeCurriculumDocument(1, 3), first.revision);
    expect(stale).toEqual({ status: 'changed-on-disk', revision: second.status === 'saved' ? second.revision : null });
    expect(expectOpened(await openDocument(file)).document.curriculum!.days[0]!.blocks).toHaveLength(2);
  });

  it('refuses with changed-on-disk when someone else changed the file, and leaves their bytes', async () => {
    const file = join(dir, 'training.draaiboek');
    await writeFile(file, serializeDocument(makeCurriculumDocument(1, 1)));
    const opened = expectOpened(await openDocument(file));
    const theirs = serializeDocument(makeCurriculumDocument(3, 1));
    await writeFile(file, theirs);

    const result = await saveDocument(file, makeCurriculumDocument(1, 5), opened.revision);
    expect(result).toEqual({ status: 'changed-on-disk', revision: revisionOf(Buffer.from(theirs)) });
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('treats "new file" (revision null) over an existing file as changed-on-disk', async () => {
    const file = join(dir, 'exists.draaiboek');
    await writeFile(file, 'someone else wrote this');
    expect((await saveDocument(file, makeCurriculumDocument(1, 1), null)).status).toBe('changed-on-disk');
    expect(await readFile(file, 'utf8')).toBe('someone else wrote this');
  });

  it('never overwrites a file of a newer format version', async () => {
    const file = join(dir, 'newer.draaiboek');
    const newer = serializeDocument(makeCurriculumDocument(1, 2)).replace(`"formatVersion": ${FORMAT_VERSION}`, `"formatVersion": ${FORMAT_VERSION + 1}`);
    await writeFile(file, newer);
    const opened = expectOpened(await openDocument(file));
    expect(opened.readOnly).toBe(true);

    const result = await saveDocument(file, opened.document, opened.revision);
    expect(result.status).toBe('read-only');
    expect((await readFile(file)).equals(Buffer.from(newer))).toBe(true);
  });

  it('throws when the path does not end in .draaiboek, and writes nothing', async () => {
    for (const name of ['training.json', 'training', 'training.draaiboek.txt']) {
      await expect(saveDocument(join(dir, name), makeCurriculumDocument(1, 1), null)).rejects.toThrow(/\.draaiboek/);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('throws on an invalid document and leaves the file as it was', async () => {
    const file = join(dir, 'training.draaiboek');
    const original = serializeDocument(makeCurriculumDocument(1, 1));
    await writeFile(file, original);
    const bad = makeCurriculumDocument(1, 1);
    bad.curriculum!.days[0]!.blocks[0]!.durationMinutes = 0;
    await expect(saveDocument(file, bad, revisionOf(Buffer.from(original)))).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(await readdir(dir)).toEqual(['training.draaiboek']);
  });

  it('opens a non-JSON file as problems and leaves it byte-identical', async () => {
    const file = join(dir, 'broken.draaiboek');
    const bytes = Buffer.from([0x7b, 0x0a, 0xff, 0xfe, 0x00, 0x22, 0x78]);
    await writeFile(file, bytes);
    const result = await openDocument(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('not-json');
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(['broken.draaiboek']);
  });

  it('opens a file that starts with a byte order mark', async () => {
    const file = join(dir, 'bom.draaiboek');
    await writeFile(file, '\uFEFF' + serializeDocument(makeCurriculumDocument(1, 1)));
    expect((await openDocument(file)).ok).toBe(true);
  });

  it('reports a missing file or a folder as unreadable', async () => {
    const missing = await openDocument(join(dir, 'nope.draaiboek'));
    const folder = await openDocument(dir);
    for (const result of [missing, folder]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.code).toBe('unreadable');
    }
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temporary file', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'old content that is longer than the new');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('rejects and creates nothing when the folder is missing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.txt'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects and leaves the old content when the final rename fails', async () => {
    // A non-empty folder at the target path cannot be replaced by a file.
    const target = join(dir, 'target');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['target']);
  });
});
