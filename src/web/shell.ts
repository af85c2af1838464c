import { dirname } from 'node:path';
import { findChromium, systemChromiumPrinter, type ShellCapabilities } from '../services';
import { openFolder, openInSystemBrowser } from './open-browser';

/** What the operating system does for the browser edition; the end-to-end tests bring a silent one. */
export interface WebSystem {
  openInSystemBrowser(url: string): boolean;
  openFolder(folder: string): boolean;
}

const realSystem: WebSystem = { openInSystemBrowser: (url) => openInSystemBrowser(url), openFolder: (folder) => openFolder(folder) };

/** The browser edition's shell: the page asks for paths itself; links and folders go to the system. */
export function webShell(system: WebSystem = realSystem): ShellCapabilities {
  const inThePage = () => Promise.reject(new Error('the browser edition asks for paths in the page'));
  return {
    pickOpenPath: inThePage,
    pickSavePath: inThePage,
    openLink: async ({ url }) => ({ opened: system.openInSystemBrowser(url) }),
    // A browser tab has no application menu; the command palette offers the same commands.
    setMenu: async () => ({ shown: false }),
    revealFile: async ({ path }) => ({ revealed: system.openFolder(dirname(path)) }),
    pdfPrinter: (settings) => systemChromiumPrinter(settings.chromiumPath, (setting) => findChromium(setting)),
  };
}
