import type { Settings } from '../core';
import { AppError, HOST_ONLY_SETTINGS, type HostApi, type ListFolderResult, type OpenResult } from '../contract';
import { isLocalPath, type SessionPaths } from './session-paths';

/**
 * The browser edition's API is reachable by whoever holds its token, so it may not change a setting that
 * names a program or folder (a "Chromium" that is really a script would run at the next PDF). Sending the
 * value it already has is harmless and allowed, so a client that sends every setting keeps working.
 */
export function refuseHostOnlySettings(changes: Partial<Settings>, current: Settings, settingsFile: string): void {
  for (const setting of HOST_ONLY_SETTINGS) {
    if (changes[setting] === undefined || changes[setting] === current[setting]) continue;
    throw new AppError('setting-not-writable', { id: setting, file: settingsFile }, `${setting} cannot be changed over the browser edition's API; set it in ${settingsFile}`);
  }
}

/**
 * An open that failed for a path the trainer never reached this session says only "cannot open": no
 * size, no permission or existence detail, so the API is no probe of the disk.
 */
export function withoutDetails(result: OpenResult): OpenResult {
  if (result.ok) return result;
  return { ok: false, path: result.path, problems: [{ code: 'unreadable', pointer: '', detail: 'cannot open' }] };
}

/** Reveals only a file this session opened, saved or exported: an absolute path, never a URL or an option. */
export function revealKnownFile(session: SessionPaths, reveal: HostApi['shell.revealFile']): HostApi['shell.revealFile'] {
  return async ({ path }) => {
    if (!isLocalPath(path) || !session.hasFile(path)) {
      throw new AppError('path-not-allowed', { file: path.slice(0, 300) }, `shell.revealFile: ${path.slice(0, 300)} was not opened, saved or exported in this session`);
    }
    return reveal({ path });
  };
}

/** The desktop's native dialogs: what the trainer picks there counts as chosen for this session. */
export function rememberingDialogs(
  session: SessionPaths,
  pickOpenPath: HostApi['dialogs.pickOpenPath'],
  pickSavePath: HostApi['dialogs.pickSavePath'],
): Pick<HostApi, 'dialogs.pickOpenPath' | 'dialogs.pickSavePath'> {
  return {
    'dialogs.pickOpenPath': async (request) => {
      const choice = await pickOpenPath(request);
      if (choice.path) session.rememberChosen(choice.path);
      return choice;
    },
    'dialogs.pickSavePath': async (request) => {
      const choice = await pickSavePath(request);
      if (choice.path) session.rememberChosen(choice.path);
      return choice;
    },
  };
}

/** The browser edition's own file dialog browses through `files.listFolder`: where it goes, the trainer chose. */
export function rememberListing(session: SessionPaths, result: ListFolderResult): ListFolderResult {
  if (result.ok) session.rememberFolder(result.path);
  else if (result.reason === 'not-a-folder') session.rememberChosen(result.path);
  return result;
}
