import { mkdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { EXPORT_FORMATS, type DraaiboekDocument, type Settings, type TechniqueCard } from '../core';
import { AppError, type HostApi, type StartupNotice } from '../contract';
import { loadHandoutFonts, type FontFace } from './export/fonts';
import type { PdfPrinter } from './export/pdf';
import { printerSlot } from './export/printer-slot';
import { loadBuiltinCards } from './builtin-cards';
import { writeFileAtomic } from './atomic-write';
import { BackupService } from './backups';
import { openDocument, saveDocument } from './documents';
import { listFolder } from './files';
import { LibraryService } from './library';
import { CardUsageStore } from './card-usage';
import { SettingsService } from './settings';
import { teamHost } from './team/host';
import { SessionPaths } from './session-paths';
import { refuseHostOnlySettings, rememberingDialogs, rememberListing, revealKnownFile, withoutDetails } from './host-guards';

/** What only the host shell can do: native dialogs and the system browser. */
export interface ShellCapabilities {
  pickOpenPath: HostApi['dialogs.pickOpenPath'];
  pickSavePath: HostApi['dialogs.pickSavePath'];
  openLink: HostApi['shell.openLink'];
  revealFile: HostApi['shell.revealFile'];
  setMenu: HostApi['app.setMenu'];
  /** The PDF engine: Electron's printToPDF in the desktop app, a Chromium elsewhere (see chromiumPath). */
  pdfPrinter(settings: Settings): PdfPrinter;
}

export interface NodeServicesOptions {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  edition: 'desktop' | 'web';
  systemLocale: string;
  shell: ShellCapabilities;
}


/** Files are written where the trainer chose, never relative to this process's working folder. */
function assertAbsolute(path: string): void {
  if (!isAbsolute(path)) throw new AppError('bad-input', { file: path }, `${path}: not an absolute path`);
}

/** The contract's methods, plus `dispose` for the host to release what they hold (a warm PDF browser). */
export type NodeServices = HostApi & { dispose(): Promise<void> };

/** The one implementation of the host contract that the desktop app, the browser edition and the CLI share. */
export async function createNodeServices(options: NodeServicesOptions): Promise<NodeServices> {
  await mkdir(options.dataDir, { recursive: true });
  const builtin = await loadBuiltinCards(options.resourcesDir);
  const library = await LibraryService.open(options.dataDir, builtin);
  const settings = await SettingsService.open(options.dataDir);
  const usage = await CardUsageStore.open(options.dataDir);
  const team = teamHost(() => settings.get());
  // How cards went is bookkeeping derived from files: failing to keep it never fails an open or a save.
  const recordUsage = (path: string, document: DraaiboekDocument) => usage.recordFile(path, document.curriculum).catch(() => undefined);
  const backups = new BackupService(options.dataDir);
  // Handout rendering (markdown-it, docx, fonts) loads on the first preview or export, so a host starts fast.
  const exporter = () => import('./export/render');
  let fonts: Promise<FontFace[]> | null = null;
  const handoutFonts = () => (fonts ??= loadHandoutFonts(options.resourcesDir).catch((error: unknown) => ((fonts = null), Promise.reject(error))));
  const printer = printerSlot((current) => options.shell.pdfPrinter(current));
  // Exports in progress, so the trainer's cancel (export.cancel) can stop them.
  const exporting = new Set<AbortController>();
  const today = () => new Date().toISOString().slice(0, 10);
  // A shared file's embedded cards show what my library lacks; my library wins where both have a card.
  const cardsFor = (document: DraaiboekDocument) => new Map<string, TechniqueCard>([...document.cards, ...library.listCards()].map((card) => [card.id, card]));
  const curriculumOf = (document: DraaiboekDocument) => {
    if (!document.curriculum) throw new AppError('not-a-curriculum', {}, 'this file holds no curriculum to make a handout of');
    return document.curriculum;
  };
  const startupNotices: StartupNotice[] = [...library.notices, ...settings.notices, ...usage.notices];
  const session = new SessionPaths();
  const examplesDir = join(options.resourcesDir, 'examples');
  // What the trainer reached: this session's files and dialog folders, the recent files, the examples.
  const reached = (path: string) => session.covers(path, [examplesDir]) || settings.recentFiles().includes(resolve(path));

  return {
    dispose: async () => {
      for (const running of exporting) running.abort();
      await printer.close();
      await team.close();
    },
    'app.info': async () => ({
      name: 'Draaiboek',
      version: options.appVersion,
      edition: options.edition,
      dataDir: options.dataDir,
      examplesDir,
      systemLocale: options.systemLocale,
      startupNotices,
    }),
    'library.listCards': async () => library.listCards(),
    'library.cardPage': async ({ start, count }) => library.cardPage(start, count),
    'library.searchCards': async ({ query }) => ({ ids: await library.searchCards(query) }),
    'library.getCards': async ({ ids }) => library.cardsById(ids),
    'library.saveCard': async ({ card }) => library.saveCard(card),
    'library.saveCards': async ({ cards }) => library.saveCards(cards),
    'library.deleteCard': async ({ id }) => ({ deleted: await library.deleteCard(id) }),
    'library.listModules': async () => library.listModules(),
    'library.saveModule': async ({ module }) => library.saveModule(module),
    'library.deleteModule': async ({ id }) => ({ deleted: await library.deleteModule(id) }),
    'library.cardUsage': async () => usage.summary(),
    ...team.methods,
    'settings.get': async () => settings.get(),
    'settings.update': async ({ changes }) => {
      if (options.edition === 'web') refuseHostOnlySettings(changes, settings.get(), join(options.dataDir, 'settings.json'));
      const updated = await settings.update(changes);
      team.follow(updated);
      return updated;
    },
    'uiState.get': async () => settings.uiState(),
    'uiState.update': async ({ changes }) => settings.updateUiState(changes),
    'documents.open': async ({ path }) => {
      const result = await openDocument(path);
      if (!result.ok) return reached(path) ? result : withoutDetails(result);
      session.rememberFile(result.path);
      await settings.addRecentFile(result.path);
      await recordUsage(result.path, result.document);
      return result;
    },
    'documents.save': async ({ path, document, expectedRevision }) => {
      assertAbsolute(path);
      const result = await saveDocument(path, document, expectedRevision);
      if (result.status === 'saved') {
        session.rememberFile(path);
        await settings.addRecentFile(resolve(path));
        await recordUsage(path, document);
      }
      return result;
    },
    'documents.recent': async () => {
      const present = await Promise.all(settings.recentFiles().map((file) => stat(file).then(() => file, () => null)));
      return present.filter((file): file is string => file !== null);
    },
    'backups.save': async (backup) => (await backups.save(backup), {}),
    'backups.list': async () => backups.list(),
    'backups.discard': async ({ key }) => (await backups.discard(key), {}),
    ...rememberingDialogs(session, options.shell.pickOpenPath, options.shell.pickSavePath),
    'files.listFolder': async (request) => rememberListing(session, await listFolder(request, { recentFiles: settings.recentFiles() })),
    'export.fonts': async () => ({ fonts: await handoutFonts() }),
    'export.save': async ({ document, format, audience, dayIndex, path, replace = false }) => {
      assertAbsolute(path);
      const target = resolve(path);
      if (extname(target).toLowerCase() !== EXPORT_FORMATS[format].extension) {
        throw new AppError('wrong-extension', { file: target, format, extension: EXPORT_FORMATS[format].extension }, `${target}: a ${format} export must end in ${EXPORT_FORMATS[format].extension}`);
      }
      // Never replace a file silently: the trainer answers "replace?" first and the UI calls again.
      if (!replace && (await stat(target).then(() => true, () => false))) return { status: 'exists', path: target };
      const running = new AbortController();
      exporting.add(running);
      const bytes = await (await exporter())
        .renderExport(
          { curriculum: curriculumOf(document), cards: cardsFor(document), format, audience, dayIndex: dayIndex ?? undefined, generatedOn: today() },
          { fonts: await handoutFonts(), printer: () => printer.get(settings.get()), signal: running.signal },
        )
        .finally(() => exporting.delete(running));
      await writeFileAtomic(target, bytes);
      session.rememberFile(target);
      return { status: 'written', path: target, bytes: bytes.length };
    },
    'export.cancel': async () => {
      const cancelled = exporting.size;
      for (const running of exporting) running.abort();
      return { cancelled };
    },
    'shell.openLink': options.shell.openLink,
    'shell.revealFile': revealKnownFile(session, options.shell.revealFile),
    'app.setMenu': options.shell.setMenu,
  };
}
