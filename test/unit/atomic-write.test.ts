import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOurTempFile, tempFileFor, writeFileAtomic } from '../../src/services/atomic-write';
import { makeTempDir, removeDir } from './fixtures';

// A full disk cannot be made on demand, so the temp file's write fails with ENOSPC here (after the
// file was created, as on a real full disk).
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!diskFull.on) return handle;
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
        close: () => handle.close(),
        sync: () => handle.sync(),
      });
    },
  };
});

let dir: string;
beforeEach(async () => (dir = await makeTempDir()));
afterEach(async () => {
  diskFull.on = false;
  await removeDir(dir);
});

describe('writeFileAtomic on a full disk', () => {
  it('fails, keeps the old file and removes its temp file', async () => {
    const file = join(dir, 'library.json');
    await writeFile(file, 'old');
    diskFull.on = true;
    await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'disk-full' });
    diskFull.on = false;
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['library.json']);
  });

  it('names its temp files in one recognisable pattern, and only those count as ours', () => {
    const temp = basename(tempFileFor(join(dir, 'settings.json')));
    expect(temp).toMatch(new RegExp(`^\\.settings\\.json\\.draaiboek-tmp-${process.pid}-\\d+$`));
    expect(isOurTempFile(temp)).toBe(true);
    expect(isOurTempFile('.library.json.0123456789ab.tmp')).toBe(true); // an earlier version's
    for (const name of ['settings.json', '.settings.json.swp', 'x.draaiboek-tmp-1-1', '.notes.tmp']) expect(isOurTempFile(name)).toBe(false);
  });
});
