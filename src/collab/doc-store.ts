import { mkdir, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARE_CODE } from '../core/collab/session-code';
import { writeFileAtomic } from '../services/atomic-write';

/**
 * The largest document and the largest message the server takes: a training with its embedded cards is
 * a few hundred KB as a Yjs state, so 8 MiB leaves room for years of edit history and still keeps one
 * hostile peer from filling the server's memory or disk.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** Where the live trainings are kept: one file of Yjs state per share code, `<dataDir>/docs/<code>.yjs`. */
export function documentStore(dataDir: string) {
  const folder = join(dataDir, 'docs');
  const fileOf = (code: string) => {
    // The code becomes a file name: only a well-formed one may, so no name can reach outside the folder.
    if (!SHARE_CODE.test(code)) throw new Error(`not a share code: ${JSON.stringify(code.slice(0, 40))}`);
    return join(folder, `${code}.yjs`);
  };

  return {
    /** Whether a training with this code was stored. */
    async exists(code: string): Promise<boolean> {
      try {
        return (await stat(fileOf(code))).isFile();
      } catch {
        return false;
      }
    },

    /** The stored state, or null for a code never stored; a file over the bound is refused, not read. */
    async read(code: string): Promise<Uint8Array | null> {
      let handle;
      try {
        handle = await open(fileOf(code), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        if (size > MAX_DOCUMENT_BYTES) throw new Error(`${code}.yjs is ${size} bytes, over the bound of ${MAX_DOCUMENT_BYTES}`);
        return new Uint8Array(await handle.readFile());
      } finally {
        await handle.close();
      }
    },

    /** Replaces the stored state whole (temp file + rename), so a crash mid-write keeps the previous one. */
    async write(code: string, state: Uint8Array): Promise<void> {
      const file = fileOf(code);
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(file, state);
    },
  };
}

export type DocumentStore = ReturnType<typeof documentStore>;
