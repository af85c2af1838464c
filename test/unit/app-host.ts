import { DialogService, DocumentService, LayoutService, MarkerService, NotificationService, SettingsService } from '../../src/app';
import { watchDesignProblems } from '../../src/app/design-checks';
import { DEFAULT_SETTINGS, parseDocument, serializeDocument, translator, type DraaiboekDocument } from '../../src/core';
import type { HostApi, MethodInput, MethodOutput, OpenResult } from '../../src/contract';

type Backup = MethodOutput<'backups.list'>[number];

/**
 * A stand-in for the host with files in memory, for the application layer's tests: it reads and writes
 * through the real file format and detects changes by revision, as the Node services do.
 */
export class FakeHost {
  readonly files = new Map<string, string>();
  readonly backups = new Map<string, Backup>();
  readonly writes: string[] = [];
  /** What the save dialog answers next. */
  savePath: string | null = null;
  /** What the open dialog answers next. */
  openPath: string | null = null;
  private counter = 0;
  private readonly revisions = new Map<string, string>();

  put(path: string, document: DraaiboekDocument): void {
    this.files.set(path, serializeDocument(document));
    this.revisions.set(path, `r${++this.counter}`);
  }

  /** The file is gone from disk (deleted or moved by someone else). */
  forget(path: string): void {
    this.files.delete(path);
    this.revisions.delete(path);
  }

  read(path: string): DraaiboekDocument {
    const parsed = parseDocument(this.files.get(path) ?? '');
    if (!parsed.ok) throw new Error(`${path} does not parse`);
    return parsed.document;
  }

  readonly api: Pick<HostApi, 'documents.open' | 'documents.save' | 'backups.save' | 'backups.list' | 'backups.discard' | 'dialogs.pickSavePath' | 'dialogs.pickOpenPath' | 'settings.update' | 'uiState.update'> = {
    'documents.open': async ({ path }): Promise<OpenResult> => {
      const text = this.files.get(path);
      if (text === undefined) return { ok: false, path, problems: [{ code: 'unreadable', pointer: '', detail: 'ENOENT' }] };
      const parsed = parseDocument(text);
      if (!parsed.ok) return { ok: false, path, problems: parsed.problems };
      return { ok: true, path, document: parsed.document, revision: this.revisions.get(path)!, readOnly: parsed.readOnly, notices: [] };
    },
    'documents.save': async ({ path, document, expectedRevision }: MethodInput<'documents.save'>) => {
      const current = this.revisions.get(path) ?? null;
      if (current !== expectedRevision) return { status: 'changed-on-disk' as const, revision: current };
      this.put(path, document as DraaiboekDocument);
      this.writes.push(path);
      return { status: 'saved' as const, revision: this.revisions.get(path)! };
    },
    'backups.save': async (backup) => {
      this.backups.set(backup.key, { ...(backup as Omit<Backup, 'savedAt'>), savedAt: new Date().toISOString() });
      return {};
    },
    'backups.list': async () => [...this.backups.values()],
    'backups.discard': async ({ key }) => {
      this.backups.delete(key);
      return {};
    },
    'dialogs.pickSavePath': async () => ({ path: this.savePath }),
    'dialogs.pickOpenPath': async () => ({ path: this.openPath }),
    'settings.update': async () => {
      throw new Error('not used');
    },
    'uiState.update': async () => {
      throw new Error('not used');
    },
  };
}

/** One window's application layer over the fake host (Dutch); a second call is the page after a reload. */
export function makeApplicationLayer(host: FakeHost, options: { autosaveDelayMs: number; shippedDir: string }) {
  const notifications = new NotificationService();
  const markers = new MarkerService();
  const layout = new LayoutService();
  const dialogs = new DialogService();
  const settings = new SettingsService({ ...DEFAULT_SETTINGS, autosaveDelayMs: options.autosaveDelayMs }, host.api, notifications);
  const documents = new DocumentService({
    host: host.api,
    appVersion: '0.1.0-test',
    shippedDir: options.shippedDir,
    settings: settings.get,
    language: () => 'nl',
    translate: () => translator('nl'),
    libraryCards: [],
    notifications,
    markers,
    layout,
    dialogs,
  });
  watchDesignProblems(documents, markers, settings);
  return { notifications, markers, layout, dialogs, documents };
}
