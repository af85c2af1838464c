import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import {
  createDocument,
  createHistory,
  newCurriculum,
  newId,
  slugify,
  type Curriculum,
  type DraaiboekDocument,
  type TechniqueCard,
} from '../../core';
import type { OpenResult } from '../../contract';
import { useChoice } from '../components/ModalHost';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { isDirty, reduceDocuments, type DocumentsState, type OpenCurriculum } from './documents-state';

const BACKUP_DELAY_MS = 1000;

export interface Documents {
  documents: DocumentsState;
  create(): void;
  /** Asks for a path when none is given; a bad file's problems go to the Problems panel. */
  open(path?: string): Promise<void>;
  /** Shows an opened file: a curriculum in its editor, a card pack in the import view. */
  show(result: Extract<OpenResult, { ok: true }>): void;
  edit(key: string, change: (curriculum: Curriculum) => Curriculum): void;
  undo(key: string): void;
  redo(key: string): void;
  save(key: string, options?: { as?: boolean }): Promise<boolean>;
  close(key: string): Promise<void>;
  /** Library cards with the file's embedded cards filling in what the library lacks. */
  cardsFor(key: string): ReadonlyMap<string, TechniqueCard>;
  /** The open curriculum as a self-contained file (it embeds the cards it uses), as it would be saved. */
  fileOf(key: string): DraaiboekDocument | null;
}

const DocumentsContext = createContext<Documents | null>(null);

export function useDocuments(): Documents {
  const value = useContext(DocumentsContext);
  if (!value) throw new Error('useDocuments outside DocumentsProvider');
  return value;
}

export const tabIdOf = (key: string) => `curriculum:${key}`;

function fileNameFor(title: string): string {
  return `${slugify(title)}.draaiboek`;
}

/** The cards a curriculum uses, for embedding: a shared file must show everything without my library. */
function usedCards(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>): TechniqueCard[] {
  const ids = new Set<string>();
  for (const block of [...curriculum.days.flatMap((day) => day.blocks), ...curriculum.parking]) if (block.kind === 'card') ids.add(block.cardId);
  return [...ids].flatMap((id) => cards.get(id) ?? []);
}

export function DocumentsProvider({ children }: { children: ReactNode }) {
  const { host, info, settings, library, dispatch } = useWorkbench();
  const { t, language } = useI18n();
  const choose = useChoice();
  const [documents, act] = useReducer(reduceDocuments, {});
  const latest = useRef(documents);
  useEffect(() => {
    latest.current = documents;
  }, [documents]);

  const report = useCallback(
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'log', line: { key: 'error.host', params: { message } } });
      dispatch({ type: 'toast', toast: { key: 'error.host', params: { message } } });
    },
    [dispatch],
  );

  const cardsFor = useCallback(
    (key: string) => {
      const map = new Map<string, TechniqueCard>();
      for (const card of latest.current[key]?.embedded.cards ?? []) map.set(card.id, card);
      for (const card of library.cards) map.set(card.id, card);
      return map;
    },
    [library.cards],
  );

  const add = useCallback(
    (document: OpenCurriculum) => {
      act({ type: 'add', document });
      dispatch({ type: 'open-tab', tab: { id: tabIdOf(document.key), kind: 'curriculum', key: document.key } });
    },
    [dispatch],
  );

  const show = useCallback(
    (result: Extract<OpenResult, { ok: true }>) => {
      const { curriculum, cards, modules } = result.document;
      if (!curriculum) {
        dispatch({ type: 'open-tab', tab: { id: `pack:${result.path}`, kind: 'pack-import', path: result.path, cards } });
        return;
      }
      const open = Object.values(latest.current).find((document) => document.path === result.path);
      if (open) return dispatch({ type: 'activate-tab', id: tabIdOf(open.key) });
      add({ key: result.path, path: result.path, revision: result.revision, history: createHistory(curriculum), saved: curriculum, embedded: { cards, modules }, readOnly: result.readOnly });
    },
    [add, dispatch],
  );

  const save = useCallback(
    async (key: string, options: { as?: boolean } = {}): Promise<boolean> => {
      const document = latest.current[key];
      if (!document) return false;
      if (document.readOnly && !options.as) {
        dispatch({ type: 'toast', toast: { key: 'file.readOnly', params: { file: document.path ?? '' } } });
        return false;
      }
      const curriculum = document.history.present;
      let path = options.as || !document.path ? null : document.path;
      if (!path) path = (await host['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: fileNameFor(curriculum.title) })).path;
      if (!path) return false;
      const embedded = { cards: usedCards(curriculum, cardsFor(key)), modules: document.embedded.modules };
      const file: DraaiboekDocument = createDocument({ curriculum, ...embedded }, info.version);
      try {
        let expected = path === document.path ? document.revision : null;
        for (;;) {
          const result = await host['documents.save']({ path, document: file, expectedRevision: expected });
          if (result.status === 'saved') {
            act({ type: 'saved', key, path, revision: result.revision, curriculum, embedded });
            await host['backups.discard']({ key });
            dispatch({ type: 'log', line: { key: 'document.saved', params: { path } } });
            return true;
          }
          if (result.status === 'read-only') {
            dispatch({ type: 'toast', toast: { key: 'error.host', params: { message: result.detail } } });
            return false;
          }
          // The file on disk is not the one we read (or a save-as target exists): the trainer decides.
          const choice = await choose({
            title: t('document.conflict.title'),
            message: t(expected === null ? 'document.conflict.exists' : 'document.conflict.changed', { path }),
            choices: [
              { id: 'overwrite', label: t('document.conflict.keepMine'), danger: true },
              ...(expected === null ? [] : [{ id: 'reload', label: t('document.conflict.reload') }, { id: 'compare', label: t('document.conflict.compare') }]),
            ],
          });
          if (choice === 'overwrite') {
            expected = result.revision;
            continue;
          }
          if (choice === 'reload' || choice === 'compare') {
            const onDisk = await host['documents.open']({ path });
            if (!onDisk.ok || !onDisk.document.curriculum) throw new Error(t('document.conflict.unreadable', { path }));
            if (choice === 'reload') {
              act({ type: 'reload', key, curriculum: onDisk.document.curriculum, revision: onDisk.revision, embedded: { cards: onDisk.document.cards, modules: onDisk.document.modules } });
            } else {
              // Compare: what changed between the version on disk and mine, field by field.
              dispatch({
                type: 'open-tab',
                tab: {
                  id: `compare:${key}:disk`,
                  kind: 'compare',
                  before: { label: t('compare.onDisk'), curriculum: onDisk.document.curriculum, cards: onDisk.document.cards },
                  after: { label: t('compare.mine'), curriculum, cards: [...cardsFor(key).values()] },
                },
              });
            }
          }
          return false;
        }
      } catch (error) {
        report(error);
        return false;
      }
    },
    [cardsFor, choose, dispatch, host, info.version, report, t],
  );

  const close = useCallback(
    async (key: string) => {
      const document = latest.current[key];
      if (document && isDirty(document) && !document.readOnly) {
        const choice = await choose({
          title: t('document.close.title'),
          message: t('document.close.message', { title: document.history.present.title || t('document.untitled') }),
          choices: [
            { id: 'save', label: t('document.save') },
            { id: 'discard', label: t('document.close.discard'), danger: true },
          ],
        });
        if (choice === null) return;
        if (choice === 'save' && !(await save(key))) return;
      }
      dispatch({ type: 'close-tab', id: tabIdOf(key) });
      act({ type: 'close', key });
      await host['backups.discard']({ key }).catch(report);
    },
    [choose, dispatch, host, report, save, t],
  );

  // Hot exit: every unsaved document is backed up about a second after its last change.
  useEffect(() => {
    const timers = Object.values(documents)
      .filter((document) => isDirty(document) && !document.readOnly)
      .map((document) =>
        setTimeout(() => {
          const file = createDocument({ curriculum: document.history.present, ...document.embedded }, info.version);
          host['backups.save']({ key: document.key, path: document.path, revision: document.revision, document: file }).catch(report);
        }, BACKUP_DELAY_MS),
      );
    return () => timers.forEach(clearTimeout);
  }, [documents, host, info.version, report]);

  // Autosave: a document that has a file is saved shortly after the last edit (a setting; 0 turns it off).
  useEffect(() => {
    if (settings.autosaveDelayMs <= 0) return;
    const timers = Object.values(documents)
      .filter((document) => document.path && isDirty(document) && !document.readOnly)
      .map((document) => setTimeout(() => void save(document.key), settings.autosaveDelayMs));
    return () => timers.forEach(clearTimeout);
  }, [documents, save, settings.autosaveDelayMs]);

  // After a crash or kill: reopen what was unsaved.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    host['backups.list']({}).then((backups) => {
      for (const backup of backups) {
        const curriculum = backup.document.curriculum;
        if (!curriculum) continue;
        add({
          key: backup.key,
          path: backup.path,
          revision: backup.revision,
          history: createHistory(curriculum),
          saved: null,
          embedded: { cards: backup.document.cards, modules: backup.document.modules },
          readOnly: false,
        });
        dispatch({ type: 'toast', toast: { key: 'document.restored', params: { title: curriculum.title || t('document.untitled') } } });
      }
    }, report);
  }, [add, dispatch, host, report, t]);

  const open = useCallback(
    async (given?: string) => {
      try {
        const path = given ?? (await host['dialogs.pickOpenPath']({ filter: 'draaiboek' })).path;
        if (!path) return;
        const result = await host['documents.open']({ path });
        dispatch({ type: 'set-problems', file: result.path, problems: result.ok ? [] : result.problems });
        if (!result.ok) return dispatch({ type: 'show-panel-tab', tab: 'problems' });
        show(result);
        dispatch({ type: 'log', line: { key: 'output.opened', params: { path: result.path } } });
      } catch (error) {
        report(error);
      }
    },
    [dispatch, host, report, show],
  );

  const value = useMemo<Documents>(
    () => ({
      documents,
      open,
      create: () => {
        const key = `untitled-${newId('doc')}`;
        const curriculum = newCurriculum(language, t('document.untitled'), settings.dayStart, settings.dayEnd);
        add({ key, path: null, revision: null, history: createHistory(curriculum), saved: curriculum, embedded: { cards: [], modules: [] }, readOnly: false });
      },
      show,
      edit: (key, change) => act({ type: 'edit', key, change }),
      undo: (key) => act({ type: 'undo', key }),
      redo: (key) => act({ type: 'redo', key }),
      save,
      close,
      cardsFor,
      fileOf: (key) => {
        const document = latest.current[key];
        if (!document) return null;
        const curriculum = document.history.present;
        return createDocument({ curriculum, cards: usedCards(curriculum, cardsFor(key)), modules: document.embedded.modules }, info.version);
      },
    }),
    [add, cardsFor, close, documents, info.version, language, open, save, settings.dayEnd, settings.dayStart, show, t],
  );
  return <DocumentsContext.Provider value={value}>{children}</DocumentsContext.Provider>;
}
