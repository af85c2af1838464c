import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, FileFilter, Shell } from 'electron';
import type { FileFilter as FileFilterName, MethodInput } from '../../src/contract';
import { electronPdfPrinter } from './pdf';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, safeExternalUrl, type ExportFormat } from '../../src/core';
import type { ShellCapabilities } from '../../src/services';

const FILTERS: Record<FileFilterName, FileFilter> = {
  draaiboek: { name: 'Draaiboek', extensions: ['draaiboek'] },
  ...(Object.fromEntries(
    EXPORT_FORMAT_IDS.map((format) => [format, { name: EXPORT_FORMATS[format].dialogName, extensions: [EXPORT_FORMATS[format].extension.slice(1)] }]),
  ) as Record<ExportFormat, FileFilter>),
};

/** Native dialogs and the system browser, the only things the desktop host adds to the shared services. */
export function electronShell(
  dialog: Dialog,
  shell: Shell,
  window: () => BrowserWindow | null,
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  setMenu: (model: MethodInput<'app.setMenu'>) => void,
): ShellCapabilities {
  return {
    async pickOpenPath({ filter }) {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: [FILTERS[filter]] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
    async pickSavePath({ filter, suggestedName }) {
      const owner = window();
      // The native dialog asks before replacing an existing file (on Linux when told to), so export.save need not ask again.
      const options = { defaultPath: suggestedName, filters: [FILTERS[filter]], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? { path: null } : { path: result.filePath, replaceConfirmed: true };
    },
    async openLink({ url }) {
      const safe = safeExternalUrl(url);
      if (!safe) return { opened: false };
      await shell.openExternal(safe);
      return { opened: true };
    },
    async revealFile({ path }) {
      shell.showItemInFolder(path);
      return { revealed: true };
    },
    pdfPrinter: () => electronPdfPrinter(createWindow),
    async setMenu(model) {
      setMenu(model);
      return { shown: true };
    },
  };
}
