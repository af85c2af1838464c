import { CATALOGS, createCardSearch, newId, type CardSearch, type LibraryView, type Module, type TechniqueCard } from '../core';
import type { HostApi } from '../contract';
import { Debouncer } from './debounce';
import { Store } from './store';

export interface LibraryState {
  cards: TechniqueCard[];
  /** Named, reusable sequences of blocks, kept beside the cards. */
  modules: Module[];
  view: LibraryView;
  /** Changes whenever the search index has caught up with `cards`. */
  indexVersion: number;
}

type LibraryHost = Pick<HostApi, 'library.saveCards' | 'library.deleteCard' | 'library.saveModule' | 'library.deleteModule' | 'uiState.update'>;

const SAVE_VIEW_DELAY_MS = 300;
/** Small libraries are indexed at once; a very large one is indexed in chunks after the first paint. */
const INDEX_AT_ONCE = 2000;

/**
 * The card library and the modules as the workbench sees them: the host's cards, a search index over
 * them and the remembered view. Every change is written through the host first, so what is shown is saved.
 */
export class LibraryService {
  readonly store: Store<LibraryState>;
  readonly search: CardSearch;
  private readonly viewWriter: Debouncer;

  constructor(
    private readonly host: LibraryHost,
    initial: { cards: TechniqueCard[]; modules: Module[]; view: LibraryView },
    /** A view that cannot be remembered is worth a line in Output, not a toast. */
    report: (error: unknown) => void,
  ) {
    this.store = new Store<LibraryState>({ ...initial, indexVersion: 0 });
    this.search = createCardSearch(initial.cards.length <= INDEX_AT_ONCE ? initial.cards : []);
    this.viewWriter = new Debouncer(
      () => void this.host['uiState.update']({ changes: { library: this.store.get().view } }).catch(report),
      () => SAVE_VIEW_DELAY_MS,
      () => 4 * SAVE_VIEW_DELAY_MS,
    );
    void this.reindex();
  }

  get = (): LibraryState => this.store.get();

  private async reindex(): Promise<void> {
    const cards = this.get().cards;
    await this.search.sync(cards);
    // A later change started its own sync; only the one for the cards on screen counts.
    if (this.get().cards === cards) this.store.set((state) => ({ ...state, indexVersion: state.indexVersion + 1 }));
  }

  private setCards(cards: TechniqueCard[]): void {
    this.store.set((state) => ({ ...state, cards }));
    void this.reindex();
  }

  private setModules(change: (modules: Module[]) => Module[]): void {
    this.store.set((state) => ({ ...state, modules: change(state.modules) }));
  }

  setView(changes: Partial<LibraryView>): void {
    this.store.set((state) => ({ ...state, view: { ...state.view, ...changes } }));
    this.viewWriter.request();
  }

  async saveCards(toSave: TechniqueCard[]): Promise<TechniqueCard[]> {
    const saved = await this.host['library.saveCards']({ cards: toSave });
    const current = this.get().cards;
    const byId = new Map(saved.map((card) => [card.id, card]));
    this.setCards([...current.map((card) => byId.get(card.id) ?? card), ...saved.filter((card) => !current.some((existing) => existing.id === card.id))]);
    return saved;
  }

  async saveCard(card: TechniqueCard): Promise<TechniqueCard> {
    return (await this.saveCards([card]))[0]!;
  }

  async deleteCard(id: string): Promise<void> {
    await this.host['library.deleteCard']({ id });
    this.setCards(this.get().cards.filter((card) => card.id !== id));
  }

  /** Saves a new module at the end, or an edited one in its place. */
  async saveModule(module: Module): Promise<void> {
    const saved = await this.host['library.saveModule']({ module });
    this.setModules((current) => (current.some((existing) => existing.id === saved.id) ? current.map((existing) => (existing.id === saved.id ? saved : existing)) : [...current, saved]));
  }

  async deleteModule(id: string): Promise<void> {
    await this.host['library.deleteModule']({ id });
    this.setModules((current) => current.filter((module) => module.id !== id));
  }

  /** Saves a deleted module back, shown again at the place it had. */
  async restoreModule(module: Module, index: number): Promise<void> {
    const saved = await this.host['library.saveModule']({ module });
    this.setModules((current) => {
      const others = current.filter((existing) => existing.id !== saved.id);
      return [...others.slice(0, index), saved, ...others.slice(index)];
    });
  }

  /** An own copy of any card (built-in included) that remembers where it came from. */
  duplicate(card: TechniqueCard, author: string): TechniqueCard {
    return {
      ...structuredClone(card),
      id: newId('own'),
      // Both languages get their suffix, whatever the UI language, so the copy is told apart in either.
      title: { nl: card.title.nl + CATALOGS.nl['card.copySuffix'], en: card.title.en + CATALOGS.en['card.copySuffix'] },
      provenance: { origin: 'own', author, updated: new Date().toISOString(), derivedFrom: card.id },
    };
  }

  /** Writes a pending view change now (the page is going away). */
  flush(): void {
    this.viewWriter.flush();
  }
}
