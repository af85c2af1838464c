import {
  blockCardIds,
  createDocument,
  createHistory,
  newCurriculum,
  newId,
  redo,
  slugify,
  undo,
  commit,
  type Curriculum,
  type DraaiboekDocument,
  type History,
  type Language,
  type Module,
  type Settings,
  type TechniqueCard,
  type Translate,
} from '../core';
import type { HostApi, OpenResult } from '../contract';
import { Debouncer } from './debounce';
import type { DialogService } from './dialogs';
import { describeFailure } from './failure';
import type { LayoutService } from './layout';
import type { MarkerService } from './markers';
import type { NotificationService } from './notifications';
import { Store } from './store';

/** One open training, as VS Code's working copy: the file it came from and the trainer's edits since. */
export interface WorkingCopy {
  key: string;
  /** The file it is saved to; null for a new training or a copy that was never saved. */
  path: string | null;
  /** Hash of the bytes on disk when last read or written; saving with it detects a colleague's change. */
  revision: string | null;
  history: History<Curriculum>;
  /** The curriculum as it is on disk; the copy is dirty while the present is another object. */
  saved: Curriculum | null;
  /** Cards and modules the file carries, so a colleague's file shows everything without my library. */
  embedded: { cards: TechniqueCard[]; modules: Module[] };
  /** Every card this training can show: my library, with the file's embedded cards filling the gaps. */
  cards: ReadonlyMap<string, TechniqueCard>;
  readOnly: boolean;
  /** A save found the file changed on disk and the trainer has not settled it: autosave holds off. */
  conflict: boolean;
}

export type DocumentsState = Readonly<Record<string, WorkingCopy>>;

export const isDirty = (copy: WorkingCopy): boolean => copy.history.present !== copy.saved;
export const tabIdOf = (key: string): string => `curriculum:${key}`;

type DocumentHost = Pick<
  HostApi,
  'documents.open' | 'documents.save' | 'backups.save' | 'backups.list' | 'backups.discard' | 'dialogs.pickSavePath' | 'dialogs.pickOpenPath'
>;

export interface DocumentServiceOptions {
  host: DocumentHost;
  appVersion: string;
  /** Where the shipped examples live: nothing under it is ever written, it opens as a copy. */
  shippedDir: string;
  settings: () => Pick<Settings, 'autosaveDelayMs' | 'dayStart' | 'dayEnd'>;
  language: () => Language;
  translate: () => Translate;
  libraryCards: readonly TechniqueCard[];
  /** Resolves once the whole library is here: a file embeds the cards it uses, so a save waits for them. */
  libraryLoaded?: () => Promise<void>;
  notifications: NotificationService;
  markers: MarkerService;
  layout: LayoutService;
  dialogs: DialogService;
}

/** How long the hot-exit backup waits for a pause in typing, and the longest it ever waits. */
export const BACKUP_DELAY_MS = 1000;
export const BACKUP_MAX_WAIT_MS = 3000;
/** A steady stream of edits postpones an autosave by at most this many times its delay. */
export const AUTOSAVE_MAX_WAIT_FACTOR = 4;

function isInside(path: string, folder: string): boolean {
  if (!folder) return false;
  const norm = (value: string) => value.replace(/\\/g, '/').replace(/\/+$/, '');
  return norm(path).startsWith(`${norm(folder)}/`);
}

/**
 * Every open training and its whole lifecycle: open, edit, undo, autosave, hot-exit backup, save, conflicts
 * and close. Plain TypeScript with its own timers; the UI only reads the store and calls these methods.
 * A change from elsewhere (a file changed on disk, later a collaborator) is one more input here.
 */
export class DocumentService {
  readonly store = new Store<DocumentsState>({});
  private library: readonly TechniqueCard[];
  private readonly autosaves = new Map<string, Debouncer>();
  private readonly backups = new Map<string, Debouncer>();
  /** The field last typed in per document: typing on in the same field amends one undo step. */
  private readonly lastGroup = new Map<string, string>();
  /** Saves of one document run one after another, so autosave and Ctrl+S never race. */
  private readonly saving = new Map<string, Promise<boolean>>();
  private readonly opening = new Map<string, Promise<string | null>>();
  private readonly backupQueue = new Map<string, Promise<void>>();
  /** Trainings in a live session: their undo and redo (see shareHistory). */
  private readonly undoHandlers = new Map<string, { undo(): void; redo(): void }>();

  constructor(private readonly options: DocumentServiceOptions) {
    this.library = options.libraryCards;
  }

  get(key: string): WorkingCopy | undefined {
    return this.store.get()[key];
  }

  private findByPath(path: string): WorkingCopy | undefined {
    return Object.values(this.store.get()).find((copy) => copy.path === path);
  }

  /** My library changed: every open training sees the new cards (the file's own cards fill the gaps). */
  setLibraryCards(cards: readonly TechniqueCard[]): void {
    if (cards === this.library) return;
    this.library = cards;
    this.store.set((state) => Object.fromEntries(Object.entries(state).map(([key, copy]) => [key, { ...copy, cards: this.cardMap(copy.embedded.cards) }])));
  }

  private cardMap(embedded: readonly TechniqueCard[]): ReadonlyMap<string, TechniqueCard> {
    const map = new Map<string, TechniqueCard>();
    for (const card of embedded) map.set(card.id, card);
    for (const card of this.library) map.set(card.id, card);
    return map;
  }

  private put(copy: WorkingCopy): void {
    this.store.set((state) => ({ ...state, [copy.key]: copy }));
  }

  private update(key: string, change: (copy: WorkingCopy) => WorkingCopy): WorkingCopy | undefined {
    const copy = this.get(key);
    if (!copy) return undefined;
    const next = change(copy);
    if (next !== copy) this.put(next);
    return next;
  }

  private add(copy: Omit<WorkingCopy, 'cards' | 'conflict'>): string {
    this.put({ ...copy, cards: this.cardMap(copy.embedded.cards), conflict: false });
    this.showTab(copy.key);
    return copy.key;
  }

  private showTab(key: string): void {
    this.options.layout.dispatch({ type: 'open-tab', tab: { id: tabIdOf(key), kind: 'curriculum', key } });
  }

  /** A new, empty training in the settings' day times. */
  create(): string {
    const { dayStart, dayEnd } = this.options.settings();
    const curriculum = newCurriculum(this.options.language(), this.options.translate()('document.untitled'), dayStart, dayEnd);
    return this.add({ key: `untitled-${newId('doc')}`, path: null, revision: null, history: createHistory(curriculum), saved: curriculum, embedded: { cards: [], modules: [] }, readOnly: false });
  }

  /** A training that arrived from elsewhere (a live session joined) as a new untitled tab, with the cards it carries. */
  createFrom(curriculum: Curriculum, cards: readonly TechniqueCard[]): string {
    return this.add({ key: `untitled-${newId('doc')}`, path: null, revision: null, history: createHistory(curriculum), saved: null, embedded: { cards: [...cards], modules: [] }, readOnly: false });
  }

  /**
   * A colleague's change from a live session: the training becomes `next` without an undo step of its
   * own (undo is the session's, which undoes only my edits). Cards it brings are kept as the file's own
   * cards, never put into my library. Saved and backed up like any edit.
   */
  receive(key: string, next: Curriculum, cards: readonly TechniqueCard[] = []): void {
    const copy = this.get(key);
    if (!copy) return;
    const known = new Set(copy.embedded.cards.map((card) => card.id));
    const arrived = cards.filter((card) => !known.has(card.id));
    const embedded = arrived.length > 0 ? { ...copy.embedded, cards: [...copy.embedded.cards, ...arrived] } : copy.embedded;
    if (next === copy.history.present && arrived.length === 0) return;
    this.lastGroup.delete(key);
    this.put({ ...copy, embedded, cards: arrived.length > 0 ? this.cardMap(embedded.cards) : copy.cards, history: { ...copy.history, present: next } });
    this.changed(key);
  }

  /**
   * Undo and redo for a training in a live session go to the session (its own edits only); null gives
   * them back. The history starts afresh either way: its steps would undo colleagues' work.
   */
  shareHistory(key: string, handler: { undo(): void; redo(): void } | null): void {
    if (handler) this.undoHandlers.set(key, handler);
    else this.undoHandlers.delete(key);
    this.update(key, (copy) => ({ ...copy, history: createHistory(copy.history.present) }));
  }

  /**
   * Opens a file; a file already open is shown, never opened twice. A shipped file, or any file when
   * `asCopy`, opens as a new untitled training, so the original is never written.
   */
  async open(path: string, { asCopy = false }: { asCopy?: boolean } = {}): Promise<string | null> {
    const open = !asCopy && this.findByPath(path);
    if (open) {
      this.showTab(open.key);
      return open.key;
    }
    const id = `${asCopy ? 'copy' : 'file'}:${path}`;
    const pending = this.opening.get(id);
    if (pending) return pending;
    const task = this.read(path, asCopy).finally(() => this.opening.delete(id));
    this.opening.set(id, task);
    return task;
  }

  /** Asks which file to open, then opens it. */
  async pickAndOpen(options: { asCopy?: boolean } = {}): Promise<string | null> {
    try {
      const { path } = await this.options.host['dialogs.pickOpenPath']({ filter: 'draaiboek' });
      return path ? await this.open(path, options) : null;
    } catch (error) {
      this.failed(error);
      return null;
    }
  }

  private async read(path: string, asCopy: boolean): Promise<string | null> {
    let result: OpenResult;
    try {
      result = await this.options.host['documents.open']({ path });
    } catch (error) {
      this.failed(error);
      return null;
    }
    this.options.markers.setFileProblems(result.path, result.ok ? [] : result.problems);
    if (!result.ok) {
      this.options.notifications.error({ key: 'document.openFailed', params: { file: result.path } });
      this.options.layout.dispatch({ type: 'show-panel-tab', tab: 'problems' });
      return null;
    }
    return this.show(result, { asCopy });
  }

  /** Shows a file that was read: a training in its editor, a card pack in the import view. */
  show(result: Extract<OpenResult, { ok: true }>, { asCopy = false }: { asCopy?: boolean } = {}): string | null {
    const { curriculum, cards, modules } = result.document;
    if (!curriculum) {
      this.options.layout.dispatch({ type: 'open-tab', tab: { id: `pack:${result.path}`, kind: 'pack-import', path: result.path, cards } });
      return null;
    }
    const shipped = isInside(result.path, this.options.shippedDir);
    if (asCopy || shipped) {
      const title = this.options.translate()('document.copyTitle', { title: curriculum.title });
      const copy = { ...curriculum, title };
      this.options.notifications.log({ key: 'document.openedAsCopy', params: { path: result.path } });
      return this.add({ key: `untitled-${newId('doc')}`, path: null, revision: null, history: createHistory(copy), saved: copy, embedded: { cards, modules }, readOnly: false });
    }
    const open = this.findByPath(result.path);
    if (open) {
      this.showTab(open.key);
      return open.key;
    }
    if (result.readOnly) this.options.notifications.notify({ key: 'file.readOnly', params: { file: result.path } });
    this.options.notifications.log({ key: 'output.opened', params: { path: result.path } });
    // A key is never reused: after 'save as' another copy may still carry this path's old key.
    return this.add({ key: `file-${newId('doc')}`, path: result.path, revision: result.revision, history: createHistory(curriculum), saved: curriculum, embedded: { cards, modules }, readOnly: result.readOnly });
  }

  /**
   * Changes the training through a core edit. Edits with the same `group` in a row (typing in one field)
   * make one undo step. Every edit schedules the hot-exit backup and, for a saved file, the autosave.
   */
  edit(key: string, change: (curriculum: Curriculum) => Curriculum, { group }: { group?: string } = {}): void {
    const copy = this.get(key);
    if (!copy || copy.readOnly) return;
    const next = change(copy.history.present);
    if (next === copy.history.present) return;
    const amend = group !== undefined && this.lastGroup.get(key) === group && copy.history.past.length > 0;
    const history = amend ? { ...copy.history, present: next, future: [] } : commit(copy.history, next);
    if (group === undefined) this.lastGroup.delete(key);
    else this.lastGroup.set(key, group);
    this.put({ ...copy, history });
    this.changed(key);
  }

  undo(key: string): void {
    const shared = this.undoHandlers.get(key);
    if (shared) shared.undo();
    else this.step(key, undo);
  }

  redo(key: string): void {
    const shared = this.undoHandlers.get(key);
    if (shared) shared.redo();
    else this.step(key, redo);
  }

  private step(key: string, move: (history: History<Curriculum>) => History<Curriculum>): void {
    this.lastGroup.delete(key);
    const copy = this.get(key);
    if (!copy || copy.readOnly) return;
    const history = move(copy.history);
    if (history === copy.history) return;
    this.put({ ...copy, history });
    this.changed(key);
  }

  private changed(key: string): void {
    const copy = this.get(key);
    if (!copy) return;
    if (!isDirty(copy)) {
      // Back to what is on disk (undo after a save): nothing to back up or to save.
      this.autosaves.get(key)?.cancel();
      this.backups.get(key)?.cancel();
      void this.discardBackup(key);
      return;
    }
    this.debouncer(this.backups, key, () => void this.backup(key), () => BACKUP_DELAY_MS, () => BACKUP_MAX_WAIT_MS).request();
    const delay = this.options.settings().autosaveDelayMs;
    if (copy.path && delay > 0 && !copy.conflict) {
      this.debouncer(this.autosaves, key, () => void this.autosave(key), () => this.options.settings().autosaveDelayMs, () => AUTOSAVE_MAX_WAIT_FACTOR * this.options.settings().autosaveDelayMs).request();
    }
  }

  private debouncer(map: Map<string, Debouncer>, key: string, task: () => void, delay: () => number, maxWait: () => number): Debouncer {
    let debouncer = map.get(key);
    if (!debouncer) {
      debouncer = new Debouncer(task, delay, maxWait);
      map.set(key, debouncer);
    }
    return debouncer;
  }

  private async autosave(key: string): Promise<void> {
    const copy = this.get(key);
    if (!copy?.path || copy.readOnly || copy.conflict || !isDirty(copy)) return;
    await this.save(key);
  }

  /** Backup writes and deletes of one training run in order, so a delete never lands before an older write. */
  private backupTask(key: string, task: () => Promise<unknown>): Promise<void> {
    const run = () => task().then(() => undefined, (error: unknown) => this.failed(error));
    const next = (this.backupQueue.get(key) ?? Promise.resolve()).then(run);
    this.backupQueue.set(key, next);
    void next.then(() => this.backupQueue.get(key) === next && this.backupQueue.delete(key));
    return next;
  }

  private backup(key: string): Promise<void> {
    return this.backupTask(key, async () => {
      const copy = this.get(key);
      if (!copy || copy.readOnly || !isDirty(copy)) return;
      await this.options.host['backups.save']({ key, path: copy.path, revision: copy.revision, document: this.fileOf(key)! });
    });
  }

  private discardBackup(key: string): Promise<void> {
    this.backups.get(key)?.cancel();
    return this.backupTask(key, () => this.options.host['backups.discard']({ key }));
  }

  /** The cards a training uses, for embedding (and for a live session): in the file's own order first, so saving does not reshuffle it. */
  usedCards(copy: WorkingCopy): TechniqueCard[] {
    const used = new Set<string>();
    const { present } = copy.history;
    for (const block of [...present.days.flatMap((day) => day.blocks), ...present.parking]) for (const cardId of blockCardIds(block)) used.add(cardId);
    const order = [...copy.embedded.cards.map((card) => card.id).filter((id) => used.has(id)), ...[...used].filter((id) => !copy.embedded.cards.some((card) => card.id === id))];
    return [...new Set(order)].flatMap((id) => copy.cards.get(id) ?? []);
  }

  /** The open training as a self-contained file (it embeds the cards it uses), exactly as it would be saved. */
  fileOf(key: string): DraaiboekDocument | null {
    const copy = this.get(key);
    if (!copy) return null;
    return createDocument({ curriculum: copy.history.present, cards: this.usedCards(copy), modules: copy.embedded.modules }, this.options.appVersion);
  }

  /** Saves to the copy's file (asks where for a new training); `as` always asks; `copy` writes elsewhere and stays here. */
  save(key: string, mode: 'save' | 'as' | 'copy' = 'save'): Promise<boolean> {
    const previous = this.saving.get(key) ?? Promise.resolve(true);
    // A save asked for before an earlier one found a conflict does not ask the same question again.
    const conflictBefore = this.get(key)?.conflict ?? false;
    const run = () => (mode === 'save' && !conflictBefore && this.get(key)?.conflict ? false : this.write(key, mode));
    const next = previous.then(run, run);
    this.saving.set(key, next);
    void next.finally(() => this.saving.get(key) === next && this.saving.delete(key));
    return next;
  }

  private async write(key: string, requested: 'save' | 'as' | 'copy'): Promise<boolean> {
    let mode = requested;
    const copy = this.get(key);
    if (!copy) return false;
    const { notifications, host } = this.options;
    if (copy.readOnly && mode === 'save') {
      notifications.notify({ key: 'file.readOnly', params: { file: copy.path ?? '' } });
      return false;
    }
    if (mode === 'save' && copy.path && !isDirty(copy) && !copy.conflict) return true;
    let path = mode === 'save' ? copy.path : null;
    let picked = false;
    try {
      if (!path) {
        path = (await host['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: `${slugify(copy.history.present.title) || 'training'}.draaiboek` })).path;
        picked = true;
      }
      if (!path) return false;
      // A copy onto the open file itself is simply a save (else the next save would see its own write as a colleague's).
      if (mode === 'copy' && path === copy.path) mode = 'save';
      if (isInside(path, this.options.shippedDir)) {
        notifications.error({ key: 'document.shipped', params: { file: path } });
        return false;
      }
      await this.options.libraryLoaded?.();
      // What is written is what is on screen now; edits made while the save runs stay unsaved.
      if (!this.get(key)) return false;
      const curriculum = this.get(key)!.history.present;
      const file = this.fileOf(key)!;
      let expected = path === copy.path ? copy.revision : null;
      for (;;) {
        const result = await host['documents.save']({ path, document: file, expectedRevision: expected });
        if (result.status === 'saved') {
          if (mode === 'copy') {
            notifications.notify({ key: 'document.copySaved', params: { path } });
            return true;
          }
          const updated = this.update(key, (current) => ({ ...current, path, revision: result.revision, saved: curriculum, embedded: { cards: file.cards, modules: file.modules }, conflict: false }));
          if (!updated) return true; // closed meanwhile
          this.autosaves.get(key)?.cancel();
          if (isDirty(updated)) this.changed(key);
          else await this.discardBackup(key);
          notifications.log({ key: 'document.saved', params: { path } });
          return true;
        }
        if (result.status === 'read-only') {
          notifications.error({ key: 'document.newerOnDisk', params: { file: path } }, result.detail);
          return false;
        }
        if (expected === null) {
          // A new file's name is taken. A name just picked in the save dialog was confirmed there.
          if (picked || (await this.confirmReplace(path))) {
            expected = result.revision;
            continue;
          }
          return false;
        }
        if (result.revision === null) {
          // The file was deleted or moved meanwhile: making it again overwrites nothing.
          const choice = await this.resolveVanished(key, path);
          if (choice === 'recreate') {
            expected = null;
            continue;
          }
          return choice === 'save-as' ? this.write(key, 'as') : false;
        }
        const choice = await this.resolveConflict(key, path);
        if (choice !== 'overwrite') return false;
        expected = result.revision;
      }
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  private async confirmReplace(path: string): Promise<boolean> {
    const answer = await this.options.dialogs.ask({
      title: { key: 'document.replace.title' },
      message: { key: 'document.conflict.exists', params: { path } },
      choices: [
        { id: 'cancel', label: { key: 'dialog.cancel' }, default: true },
        { id: 'replace', label: { key: 'document.replace.action' }, danger: true },
      ],
    });
    return answer === 'replace';
  }

  private async resolveVanished(key: string, path: string): Promise<'recreate' | 'save-as' | null> {
    this.update(key, (copy) => ({ ...copy, conflict: true }));
    this.autosaves.get(key)?.cancel();
    return this.options.dialogs.ask({
      title: { key: 'document.vanished.title' },
      message: { key: 'document.vanished.message', params: { path } },
      choices: [
        { id: 'recreate', label: { key: 'document.vanished.recreate' }, default: true },
        { id: 'save-as', label: { key: 'document.saveAs' } },
      ],
    });
  }

  /**
   * The file changed on disk since it was read. The safe answers come first and "Compare" has the focus;
   * overwriting the colleague's version takes an explicit click.
   */
  private async resolveConflict(key: string, path: string): Promise<'overwrite' | 'reload' | 'compare' | null> {
    this.update(key, (copy) => ({ ...copy, conflict: true }));
    this.autosaves.get(key)?.cancel();
    const choice = await this.options.dialogs.ask({
      title: { key: 'document.conflict.title' },
      message: { key: 'document.conflict.changed', params: { path } },
      choices: [
        { id: 'compare', label: { key: 'document.conflict.compare' }, default: true },
        { id: 'reload', label: { key: 'document.conflict.reload' } },
        { id: 'overwrite', label: { key: 'document.conflict.keepMine' }, danger: true },
      ],
    });
    if (choice === 'reload') await this.reload(key);
    if (choice === 'compare') await this.compareWithDisk(key);
    return choice;
  }

  /** Replaces my version with the one on disk; the discarded version's backup goes too, so it never returns. */
  async reload(key: string): Promise<boolean> {
    const copy = this.get(key);
    if (!copy?.path) return false;
    const result = await this.options.host['documents.open']({ path: copy.path });
    if (!result.ok || !result.document.curriculum) {
      this.options.notifications.error({ key: 'document.conflict.unreadable', params: { path: copy.path } });
      return false;
    }
    const { curriculum, cards, modules } = result.document;
    this.lastGroup.delete(key);
    this.autosaves.get(key)?.cancel();
    this.update(key, (current) => ({
      ...current,
      history: createHistory(curriculum),
      saved: curriculum,
      revision: result.revision,
      embedded: { cards, modules },
      cards: this.cardMap(cards),
      readOnly: result.readOnly,
      conflict: false,
    }));
    await this.discardBackup(key);
    return true;
  }

  private async compareWithDisk(key: string): Promise<void> {
    const copy = this.get(key);
    if (!copy?.path) return;
    const onDisk = await this.options.host['documents.open']({ path: copy.path });
    if (!onDisk.ok || !onDisk.document.curriculum) {
      this.options.notifications.error({ key: 'document.conflict.unreadable', params: { path: copy.path } });
      return;
    }
    const t = this.options.translate();
    this.options.layout.dispatch({
      type: 'open-tab',
      tab: {
        id: `compare:${key}:disk`,
        kind: 'compare',
        before: { label: t('compare.onDisk'), curriculum: onDisk.document.curriculum, cards: onDisk.document.cards },
        after: { label: t('compare.mine'), curriculum: copy.history.present, cards: [...copy.cards.values()] },
      },
    });
  }

  /** Closes a training; unsaved changes are saved or discarded only on the trainer's word ("Opslaan" is the default). */
  async close(key: string): Promise<boolean> {
    // No autosave while the question is open ("Niet opslaan" must mean it); a write under way finishes first.
    this.autosaves.get(key)?.cancel();
    await this.saving.get(key);
    const copy = this.get(key);
    if (!copy) return true;
    if (isDirty(copy) && !copy.readOnly) {
      const choice = await this.options.dialogs.ask({
        title: { key: 'document.close.title' },
        message: { key: 'document.close.message', params: { title: copy.history.present.title || this.options.translate()('document.untitled') } },
        choices: [
          { id: 'save', label: { key: 'document.save' }, default: true },
          { id: 'discard', label: { key: 'document.close.discard' }, danger: true },
        ],
      });
      if (choice === null || (choice === 'save' && !(await this.save(key)))) {
        this.changed(key); // still open and unsaved: autosave and backup go on
        return false;
      }
    }
    this.autosaves.get(key)?.cancel();
    this.autosaves.delete(key);
    this.backups.get(key)?.cancel();
    this.backups.delete(key);
    this.lastGroup.delete(key);
    this.options.layout.dispatch({ type: 'close-tab', id: tabIdOf(key) });
    this.options.layout.dispatch({ type: 'close-tab', id: `export:${key}` });
    // A day run live belongs to its training: its tabs close with it (the run itself is in the training).
    for (const tab of this.options.layout.store.get().tabs) {
      if (tab.kind === 'live' && tab.key === key) this.options.layout.dispatch({ type: 'close-tab', id: tab.id });
    }
    this.store.set((state) => {
      const { [key]: _closed, ...rest } = state;
      return rest;
    });
    this.options.markers.clear(key);
    await this.discardBackup(key);
    return true;
  }

  /**
   * After a crash or kill: reopens what was unsaved. A backup of a file that is already open replaces its
   * content (one file, one tab); a backup of an untitled training opens under its own key.
   */
  async restoreBackups(): Promise<number> {
    let backups: Awaited<ReturnType<DocumentHost['backups.list']>>;
    try {
      backups = await this.options.host['backups.list']({});
    } catch (error) {
      this.failed(error);
      return 0;
    }
    let restored = 0;
    for (const backup of backups) {
      const { curriculum, cards, modules } = backup.document;
      if (!curriculum) continue;
      const open = backup.path ? this.findByPath(backup.path) : this.get(backup.key);
      if (open) {
        this.update(open.key, (copy) => ({ ...copy, history: commit(copy.history, curriculum) }));
      } else {
        this.add({ key: backup.key, path: backup.path, revision: backup.revision, history: createHistory(curriculum), saved: null, embedded: { cards, modules }, readOnly: false });
      }
      this.options.notifications.notify({ key: 'document.restored', params: { title: curriculum.title || this.options.translate()('document.untitled') } });
      restored++;
    }
    return restored;
  }

  /** Runs what is pending now: the backup of every unsaved training (before the window closes, say). */
  flush(): void {
    for (const debouncer of this.backups.values()) debouncer.flush();
  }

  private failed(error: unknown): void {
    const { message, detail } = describeFailure(error);
    this.options.notifications.error(message, detail);
  }
}
