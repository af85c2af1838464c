import { useCallback, useEffect, useRef, useState } from 'react';
import { CATALOGS, createCardSearch, newId, type CardSearch, type LibraryView, type Module, type TechniqueCard } from '../../core';
import type { HostApi } from '../../contract';

export interface LibraryStore {
  cards: TechniqueCard[];
  /** Named, reusable sequences of blocks, kept beside the cards. */
  modules: Module[];
  /** Saves a new module at the end, or an edited one in its place. */
  saveModule(module: Module): Promise<void>;
  deleteModule(id: string): Promise<void>;
  /** Saves a deleted module back, shown again at the place it had. */
  restoreModule(module: Module, index: number): Promise<void>;
  search: CardSearch;
  /** Changes whenever the search index has caught up with `cards`. */
  indexVersion: number;
  view: LibraryView;
  setView(changes: Partial<LibraryView>): void;
  saveCard(card: TechniqueCard): Promise<TechniqueCard>;
  saveCards(cards: TechniqueCard[]): Promise<TechniqueCard[]>;
  deleteCard(id: string): Promise<void>;
  /** An own copy of any card (built-in included) that remembers where it came from. */
  duplicate(card: TechniqueCard, author: string): TechniqueCard;
}

const SAVE_VIEW_DELAY_MS = 300;

/** The library as the UI sees it: cards from the host, a search index over them, and the remembered view. */
export function useLibrary(host: HostApi, initialCards: TechniqueCard[], initialView: LibraryView, initialModules: Module[]): LibraryStore {
  const [cards, setCards] = useState(initialCards);
  const [modules, setModules] = useState(initialModules);
  const [view, setViewState] = useState(initialView);
  // Small libraries are indexed at once; a very large one is indexed in chunks after the first paint.
  const [search] = useState(() => createCardSearch(initialCards.length <= 2000 ? initialCards : []));
  const [indexVersion, setIndexVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void search.sync(cards).then(() => current && setIndexVersion((version) => version + 1));
    return () => {
      current = false;
    };
  }, [search, cards]);
  const pendingView = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setView = useCallback(
    (changes: Partial<LibraryView>) =>
      setViewState((current) => {
        const next = { ...current, ...changes };
        if (pendingView.current) clearTimeout(pendingView.current);
        pendingView.current = setTimeout(() => void host['uiState.update']({ changes: { library: next } }), SAVE_VIEW_DELAY_MS);
        return next;
      }),
    [host],
  );
  useEffect(() => () => void (pendingView.current && clearTimeout(pendingView.current)), []);

  const merge = (saved: TechniqueCard[]) =>
    setCards((current) => {
      const byId = new Map(saved.map((card) => [card.id, card]));
      const kept = current.map((card) => byId.get(card.id) ?? card);
      return [...kept, ...saved.filter((card) => !current.some((existing) => existing.id === card.id))];
    });

  const saveCards = useCallback(
    async (toSave: TechniqueCard[]) => {
      const saved = await host['library.saveCards']({ cards: toSave });
      merge(saved);
      return saved;
    },
    [host],
  );

  return {
    cards,
    modules,
    saveModule: useCallback(
      async (module: Module) => {
        const saved = await host['library.saveModule']({ module });
        setModules((current) => (current.some((existing) => existing.id === saved.id) ? current.map((existing) => (existing.id === saved.id ? saved : existing)) : [...current, saved]));
      },
      [host],
    ),
    deleteModule: useCallback(
      async (id: string) => {
        await host['library.deleteModule']({ id });
        setModules((current) => current.filter((module) => module.id !== id));
      },
      [host],
    ),
    restoreModule: useCallback(
      async (module: Module, index: number) => {
        const saved = await host['library.saveModule']({ module });
        setModules((current) => {
          const others = current.filter((existing) => existing.id !== saved.id);
          return [...others.slice(0, index), saved, ...others.slice(index)];
        });
      },
      [host],
    ),
    search,
    indexVersion,
    view,
    setView,
    saveCards,
    saveCard: useCallback(async (card: TechniqueCard) => (await saveCards([card]))[0]!, [saveCards]),
    deleteCard: useCallback(
      async (id: string) => {
        await host['library.deleteCard']({ id });
        setCards((current) => current.filter((card) => card.id !== id));
      },
      [host],
    ),
    duplicate: (card, author) => ({
      ...structuredClone(card),
      id: newId('own'),
      // Both languages get their suffix, whatever the UI language, so the copy is told apart in either.
      title: { nl: card.title.nl + CATALOGS.nl['card.copySuffix'], en: card.title.en + CATALOGS.en['card.copySuffix'] },
      provenance: { origin: 'own', author, updated: new Date().toISOString(), derivedFrom: card.id },
    }),
  };
}
