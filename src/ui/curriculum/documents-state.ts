import { commit, createHistory, redo, undo, type Curriculum, type History, type Module, type TechniqueCard } from '../../core';

/** One open curriculum: its undo history, where it lives on disk, and what was last saved there. */
export interface OpenCurriculum {
  key: string;
  path: string | null;
  /** Hash of the bytes on disk when last read or written; saving with it detects outside changes. */
  revision: string | null;
  history: History<Curriculum>;
  /** The curriculum as on disk; the document is dirty while history.present is another object. */
  saved: Curriculum | null;
  /** Cards and modules the file carries, so a colleague's file shows everything without my library. */
  embedded: { cards: TechniqueCard[]; modules: Module[] };
  readOnly: boolean;
}

export type DocumentsAction =
  | { type: 'add'; document: OpenCurriculum }
  | { type: 'edit'; key: string; change(curriculum: Curriculum): Curriculum }
  | { type: 'undo' | 'redo'; key: string }
  | { type: 'saved'; key: string; path: string; revision: string; curriculum: Curriculum; embedded: OpenCurriculum['embedded'] }
  | { type: 'reload'; key: string; curriculum: Curriculum; revision: string; embedded: OpenCurriculum['embedded'] }
  | { type: 'close'; key: string };

export type DocumentsState = Record<string, OpenCurriculum>;

export function isDirty(document: OpenCurriculum): boolean {
  return document.history.present !== document.saved;
}

export function reduceDocuments(state: DocumentsState, action: DocumentsAction): DocumentsState {
  const current = 'key' in action ? state[action.key] : undefined;
  switch (action.type) {
    case 'add':
      return { ...state, [action.document.key]: action.document };
    case 'edit': {
      if (!current || current.readOnly) return state;
      const next = action.change(current.history.present);
      return { ...state, [action.key]: { ...current, history: commit(current.history, next) } };
    }
    case 'undo':
    case 'redo':
      if (!current) return state;
      return { ...state, [action.key]: { ...current, history: (action.type === 'undo' ? undo : redo)(current.history) } };
    case 'saved':
      if (!current) return state;
      // The present may have moved on while the save was under way; only what was written counts as saved.
      return { ...state, [action.key]: { ...current, path: action.path, revision: action.revision, saved: action.curriculum, embedded: action.embedded } };
    case 'reload':
      if (!current) return state;
      return {
        ...state,
        [action.key]: { ...current, history: createHistory(action.curriculum), saved: action.curriculum, revision: action.revision, embedded: action.embedded },
      };
    case 'close': {
      const { [action.key]: _closed, ...rest } = state;
      return rest;
    }
  }
}
