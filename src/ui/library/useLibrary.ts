import { useMemo } from 'react';
import type { LibraryService, LibraryState } from '../../app';
import type { LibraryView, Module, TechniqueCard } from '../../core';
import { useApplication, useStore } from '../app/context';

/** The library as a component uses it: the state it shows and the service's intents. */
export interface LibraryStore extends LibraryState {
  setView(changes: Partial<LibraryView>): void;
  /** Null when a team card changed in its folder meanwhile and the trainer did not keep theirs over it. */
  saveCard(card: TechniqueCard, base?: TechniqueCard): Promise<TechniqueCard | null>;
  saveCards(cards: TechniqueCard[]): Promise<TechniqueCard[]>;
  /** Resolves to the undo. */
  deleteCard(id: string): Promise<() => Promise<unknown>>;
  saveModule(module: Module): Promise<void>;
  deleteModule(id: string): Promise<void>;
  restoreModule(module: Module, index: number): Promise<void>;
  duplicate(card: TechniqueCard, author: string): TechniqueCard;
}

/** Part of the library's state; the component re-renders only when that part changes. */
export function useLibraryState<S>(select: (state: LibraryState) => S): S {
  return useStore(useApplication().library.store, select);
}

export function libraryStore(service: LibraryService, state: LibraryState): LibraryStore {
  return {
    ...state,
    setView: (changes) => service.setView(changes),
    saveCard: (card, base) => service.saveCard(card, base),
    saveCards: (cards) => service.saveCards(cards),
    deleteCard: (id) => service.deleteCard(id),
    saveModule: (module) => service.saveModule(module),
    deleteModule: (id) => service.deleteModule(id),
    restoreModule: (module, index) => service.restoreModule(module, index),
    duplicate: (card, author) => service.duplicate(card, author),
  };
}

/** The whole library, for the views that show it (the side bar, the pack import); others select a part. */
export function useLibrary(): LibraryStore {
  const service = useApplication().library;
  const state = useStore(service.store, (value) => value);
  return useMemo(() => libraryStore(service, state), [service, state]);
}
