import { lstat, open, readdir, readlink, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, toAppError } from '../contract';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Our temp files: `.<name>.draaiboek-tmp-<pid>-<n>`, beside the file they become. */
const TEMP_FILE = /^\..+\.draaiboek-tmp-(\d+)-(\d+)$/;
/** Temp files of earlier versions: our own `.<name>.<12 hex>.tmp` and lowdb's (steno) `.<store>.tmp`. */
const LEGACY_TEMP_FILES = [/^\..+\.[0-9a-f]{12}\.tmp$/, /^\.(library|settings|window)\.json\.tmp$/];

let counter = 0;

/** The name of a temp file for `target`, in our one recognisable pattern. */
export function tempFileFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.draaiboek-tmp-${process.pid}-${++counter}`);
}

/**
 * Writes a whole file or nothing: the data goes to a temporary file beside the target, is flushed to
 * disk, then renamed over it. A crash mid-write leaves the old file intact; a failed write (a full disk)
 * removes its temp file. A symlink is written through: its target gets the data and the link stays a
 * link (a synced file keeps syncing). Rename is retried because virus scanners and indexers briefly lock
 * files on Windows. `mode`: the file's permissions from its first byte on (a secret: 0o600); without
 * it, those of the file replaced, or 0o644.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const real = await resolveSymlinks(target);
  const temp = tempFileFor(real);
  try {
    const mode = options.mode ?? (await stat(real).then((info) => info.mode & 0o777, () => 0o644));
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, real);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw asWriteError(error, target);
  }
}

/** The file a path finally points to, following symlinks (also a dangling one: the file it would create). */
export async function resolveSymlinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/** Whether a file name is one of our temp files (this version's pattern or an earlier one's). */
export function isOurTempFile(name: string): boolean {
  return TEMP_FILE.test(name) || LEGACY_TEMP_FILES.some((pattern) => pattern.test(name));
}

/**
 * Removes temp files of ours left in `dir` by a killed process or a crash (only ours, by pattern; never
 * one of a Draaiboek process that is still running, which may be writing it). Returns the names removed.
 * A folder that is missing or cannot be cleaned is left as it is.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isOurTempFile)) {
    const pid = Number(TEMP_FILE.exec(name)?.[1] ?? 0);
    if (pid && isRunning(pid)) continue;
    try {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // A read-only folder: the leftover stays, harmless.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function renameWithRetry(from: string, to: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= attempts || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** A failed write as an AppError that names the file the trainer chose, never our temp file. */
function asWriteError(error: unknown, target: string): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // Creating the temp file beside the target fails this way only when the folder is missing.
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('folder-not-found', { folder: dirname(resolve(target)), file: resolve(target) }, (error as Error).message, { cause: error });
  }
  return toAppError(error, { file: resolve(target) });
}
