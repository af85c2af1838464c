import { useMemo } from 'react';
import type { DocumentsState, WorkingCopy } from '../../app';
import type { Curriculum, DraaiboekDocument, TechniqueCard } from '../../core';
import type { OpenResult } from '../../contract';
import { useApplication, useStore } from '../app/context';

export { isDirty, tabIdOf } from '../../app';
export type OpenCurriculum = WorkingCopy;

/** The document service as components call it; the state itself lives in src/app/documents.ts. */
export interface Documents {
  documents: DocumentsState;
  create(): void;
  /** Asks for a path when none is given; a bad file's problems go to the Problems panel. */
  open(path?: string, options?: { asCopy?: boolean }): Promise<void>;
  show(result: Extract<OpenResult, { ok: true }>): void;
  edit(key: string, change: (curriculum: Curriculum) => Curriculum, options?: { group?: string }): void;
  undo(key: string): void;
  redo(key: string): void;
  save(key: string, options?: { as?: boolean; copy?: boolean }): Promise<boolean>;
  close(key: string): Promise<boolean>;
  cardsFor(key: string): ReadonlyMap<string, TechniqueCard>;
  fileOf(key: string): DraaiboekDocument | null;
}

const NO_CARDS: ReadonlyMap<string, TechniqueCard> = new Map();

/** A thin adapter over the application layer's document service; it re-renders when any open training changes. */
export function useDocuments(): Documents {
  const app = useApplication();
  const service = app.documents;
  const documents = useStore(service.store, (state) => state);
  return useMemo<Documents>(
    () => ({
      documents,
      create: () => void service.create(),
      open: async (path, options) => {
        const chosen = path ?? (await app.host['dialogs.pickOpenPath']({ filter: 'draaiboek' }).catch(() => ({ path: null }))).path;
        if (chosen) await service.open(chosen, options);
      },
      show: (result) => void service.show(result),
      edit: (key, change, options) => service.edit(key, change, options),
      undo: (key) => service.undo(key),
      redo: (key) => service.redo(key),
      save: (key, options = {}) => service.save(key, options.copy ? 'copy' : options.as ? 'as' : 'save'),
      close: (key) => service.close(key),
      cardsFor: (key) => service.get(key)?.cards ?? NO_CARDS,
      fileOf: (key) => service.fileOf(key),
    }),
    [app, service, documents],
  );
}
