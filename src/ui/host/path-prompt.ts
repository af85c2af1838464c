import type { FileFilter, HostApi, MethodInput, ListFolderResult } from '../../contract';

/**
 * The browser has no native file dialog that yields a path on disk, so the browser edition shows its own
 * (`<FileDialog>`, mounted by the workbench), which browses folders through the host. The requests are
 * queued here; the dialog answers them.
 */
export interface PathRequest {
  mode: 'open' | 'save';
  filter: FileFilter;
  suggestedName: string;
  /** The folder to start in: the one last used in this session, else null (the host's choice). */
  startFolder: string | null;
  /** Folders chosen in this session, most recent first (the host adds those of recent files). */
  sessionFolders: string[];
  listFolder(input: MethodInput<'files.listFolder'>): Promise<ListFolderResult>;
  answer(choice: { path: string; folder: string; replaceConfirmed?: boolean } | null): void;
}

type Listener = (request: PathRequest | null) => void;
let listener: Listener | null = null;
/** Remembered for this page's lifetime: every open, save and export starts where the trainer last was. */
const sessionFolders: string[] = [];

let cancelPending: (() => void) | null = null;

export function onPathRequest(next: Listener | null): void {
  listener = next;
}

function askPath(
  listFolder: PathRequest['listFolder'],
  mode: PathRequest['mode'],
  filter: FileFilter,
  suggestedName: string,
): Promise<{ path: string | null; replaceConfirmed?: boolean }> {
  return new Promise((resolve) => {
    if (!listener) return resolve({ path: null });
    // One dialog at a time: a request that is still open is answered "cancelled", never left hanging.
    cancelPending?.();
    const current = listener;
    let settled = false;
    const settle = (value: { path: string | null; replaceConfirmed?: boolean }) => {
      if (settled) return;
      settled = true;
      cancelPending = null;
      resolve(value);
    };
    cancelPending = () => {
      current(null);
      settle({ path: null });
    };
    current({
      mode,
      filter,
      suggestedName,
      startFolder: sessionFolders[0] ?? null,
      sessionFolders: [...sessionFolders],
      listFolder,
      answer: (choice) => {
        current(null);
        if (!choice) return settle({ path: null });
        sessionFolders.splice(0, sessionFolders.length, ...[choice.folder, ...sessionFolders.filter((folder) => folder !== choice.folder)].slice(0, 8));
        settle(mode === 'save' ? { path: choice.path, replaceConfirmed: choice.replaceConfirmed ?? false } : { path: choice.path });
      },
    });
  });
}

/** The browser edition's dialogs, over the host's folder listing. */
export function inPageDialogs(listFolder: HostApi['files.listFolder']): Pick<HostApi, 'dialogs.pickOpenPath' | 'dialogs.pickSavePath'> {
  return {
    'dialogs.pickOpenPath': ({ filter }) => askPath(listFolder, 'open', filter, ''),
    'dialogs.pickSavePath': ({ filter, suggestedName }) => askPath(listFolder, 'save', filter, suggestedName),
  };
}
