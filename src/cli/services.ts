import { join, resolve } from 'node:path';
import type { Settings } from '../core';
import { AppError } from '../contract';
import { createNodeServices } from '../services/host';
import { defaultDataDir, projectRoot } from '../services/paths';
import { readAppVersion, systemLocale } from '../services/app-meta';
import { findChromium } from '../services/export/chromium-probe';
import { systemChromiumPrinter } from '../services/export/pdf';
import type { StartedChromium } from '../services/export/print-tab';
import type { CliIo } from './main';

const noShell = (chromiumAhead?: StartedChromium) => ({
  pickOpenPath: () => Promise.reject(new AppError('unknown-method', { method: 'dialogs.pickOpenPath' }, 'the command line has no file dialogs')),
  pickSavePath: () => Promise.reject(new AppError('unknown-method', { method: 'dialogs.pickSavePath' }, 'the command line has no file dialogs')),
  openLink: () => Promise.reject(new AppError('unknown-method', { method: 'shell.openLink' }, 'the command line does not open links')),
  setMenu: async () => ({ shown: false }),
  revealFile: async () => ({ revealed: false }),
  pdfPrinter: (settings: Settings) => systemChromiumPrinter(settings.chromiumPath, (setting) => findChromium(setting), chromiumAhead),
});

/** The same services the app runs on, over the data folder of `--data-dir` (or the user's), without dialogs. */
export async function cliServices(flags: Map<string, string | true>, io: CliIo, chromiumAhead?: StartedChromium) {
  const root = projectRoot();
  return createNodeServices({
    dataDir: resolve(String(flags.get('data-dir') ?? defaultDataDir(io.env))),
    resourcesDir: join(root, 'resources'),
    appVersion: readAppVersion(root),
    edition: 'web',
    systemLocale: systemLocale(io.env),
    shell: noShell(chromiumAhead),
  });
}
