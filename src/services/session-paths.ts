import { dirname, resolve } from 'node:path';
import { isAbsolutePath } from '../contract';

/**
 * What the trainer reached in this session: files the app opened or wrote, and folders chosen in a file
 * dialog (the desktop's native one, or the browser edition's, which browses through `files.listFolder`).
 * The host asks it before revealing a file or telling why a file cannot be opened, so a caller of the
 * host API learns nothing about, and touches nothing in, places the trainer never went. Kept in memory
 * only: a new session starts empty.
 */
export class SessionPaths {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly chosen = new Set<string>();

  /** A file opened, saved or exported this session. */
  rememberFile(path: string): void {
    this.files.add(resolve(path));
  }

  /** A file picked in a file dialog: it may be opened or written, but it is not revealed until it was. */
  rememberChosen(path: string): void {
    this.chosen.add(resolve(path));
  }

  /** A folder the trainer chose or browsed to in a file dialog. */
  rememberFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  /** A file opened, saved or exported this session: the only files that may be revealed. */
  hasFile(path: string): boolean {
    return isLocalPath(path) && this.files.has(resolve(path));
  }

  /** True for a file of this session or picked in a dialog, or one directly in a folder chosen this session or given in `extraFolders`. */
  covers(path: string, extraFolders: readonly string[] = []): boolean {
    if (!isLocalPath(path)) return false;
    const target = resolve(path);
    if (this.files.has(target) || this.chosen.has(target)) return true;
    // Only a folder's own files: browsing a folder says nothing of what lies deeper down.
    return this.folders.has(dirname(target)) || extraFolders.some((folder) => resolve(folder) === dirname(target));
  }
}

/** An absolute path on this machine: never a URL, an option for a program (`-…`) or relative to the working folder. */
export function isLocalPath(path: string): boolean {
  return isAbsolutePath(path) && !path.includes('\0');
}
