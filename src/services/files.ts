import { opendir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { FILTER_EXTENSIONS, MAX_FOLDER_ENTRIES, type FileFilter, type ListFolderResult } from '../contract';

export interface ListFolderRequest {
  path: string | null;
  /** The folder a relative path is relative to; the home folder when absent. */
  from?: string | null;
  filter: FileFilter;
}

export interface ListFolderContext {
  /** Recently opened and saved files, most recent first: their folders are the recent folders. */
  recentFiles: readonly string[];
  home?: string;
  limit?: number;
}

type Kind = 'folder' | 'file' | 'other' | 'missing';

async function kindOf(path: string): Promise<Kind> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** The folders of the recent files that still exist, most recent first, each once. */
export async function recentFolders(recentFiles: readonly string[]): Promise<string[]> {
  const folders = [...new Set(recentFiles.map((file) => dirname(resolve(file))))];
  const present = await Promise.all(folders.map(async (folder) => ((await kindOf(folder)) === 'folder' ? folder : null)));
  return present.filter((folder): folder is string => folder !== null);
}

function expandHome(path: string, home: string): string {
  return path === '~' ? home : /^~[\\/]/.test(path) ? join(home, path.slice(2)) : path;
}

function crumbsOf(folder: string): { name: string; path: string }[] {
  const crumbs: { name: string; path: string }[] = [];
  for (let current = folder; ; current = dirname(current)) {
    const root = parse(current).root;
    crumbs.unshift({ name: current === root ? root : basename(current), path: current });
    if (current === root || dirname(current) === current) break;
  }
  return crumbs;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * One folder's contents for the browser edition's file dialog: folders first, then the files the filter
 * asks for, sorted by name; hidden (dot) entries left out; at most `limit` entries. A missing or
 * unreadable folder, or a file, gives `ok: false` with a reason, never an exception.
 */
export async function listFolder(request: ListFolderRequest, context: ListFolderContext): Promise<ListFolderResult> {
  const home = context.home ?? homedir();
  const limit = context.limit ?? MAX_FOLDER_ENTRIES;
  const recent = await recentFolders(context.recentFiles);
  const base = request.from ? resolve(home, expandHome(request.from, home)) : home;
  let path: string;
  if (request.path !== null) path = resolve(base, expandHome(request.path, home));
  else {
    const documents = join(home, 'Documents');
    path = recent[0] ?? ((await kindOf(documents)) === 'folder' ? documents : home);
  }
  const shared = { path, home, recentFolders: recent };

  const kind = await kindOf(path);
  if (kind === 'missing') return { ok: false, reason: 'not-found', ...shared };
  if (kind !== 'folder') return { ok: false, reason: 'not-a-folder', ...shared };

  const extension = FILTER_EXTENSIONS[request.filter];
  const folders: string[] = [];
  const files: string[] = [];
  try {
    const dir = await opendir(path);
    for await (const entry of dir) {
      if (entry.name.startsWith('.')) continue;
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await kindOf(join(path, entry.name));
        isFolder = target === 'folder';
        isFile = target === 'file';
      }
      if (isFolder) folders.push(entry.name);
      else if (isFile && entry.name.toLowerCase().endsWith(extension)) files.push(entry.name);
    }
  } catch {
    return { ok: false, reason: 'unreadable', ...shared };
  }
  folders.sort(collator.compare);
  files.sort(collator.compare);
  const all = [...folders.map((name) => ({ name, kind: 'folder' as const })), ...files.map((name) => ({ name, kind: 'file' as const }))];
  const parent = dirname(path) === path ? null : dirname(path);
  return { ok: true, ...shared, parent, crumbs: crumbsOf(path), entries: all.slice(0, limit), truncated: all.length > limit };
}
