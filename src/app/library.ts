import { CATALOGS, newId, type LibraryView, type Module, type TechniqueCard } from '../core';
import type { HostApi } from '../contract';
import { Debouncer } from './debounce';
import { localSearch, type SearchBackend } from './library-search';
import { Store } from './store';
import type { TeamLibraryService } from './team-library';

export interface LibraryState {
  cards: TechniqueCard[];
  /** Named, reusable sequences of blocks, kept beside the cards. */
  modules: Module[];
  view: LibraryView;
  /** Changes whenever the search index has caught up with `cards`. */
  indexVersion: number;
  /**
   * The latest answer of the search index: card ids, best match first, for `query` (trimmed). It follows
   * the query as soon as the index has answered, so it may briefly belong to the previous keystroke.
   */
  found: { query: string; ids: readonly string[] };
}

type LibraryHost = Pick<HostApi, 'library.saveCards' | 'library.deleteCard' | 'library.saveModule' | 'library.deleteModule' | 'uiState.update'>;

const SAVE_VIEW_DELAY_MS = 300;
const REFRESH_WHILE_INDEXING_MS = 1000;

/**
 * The card library and the modules as the workbench sees them: the host's cards, a search index over
 * them and the remembered view. Every change is written through the host first, so what is shown is saved.
 */
export class LibraryService {
  readonly store: Store<LibraryState>;
  private readonly viewWriter: Debouncer;
  /** Numbers the lookups, so that an answer overtaken by a later one is not shown. */
  private lookups = 0;
  private answered = 0;
  /** The trainer's own and imported cards, as the host keeps them; `cards` adds the team libraries' cards. */
  private ownCards: TechniqueCard[];
  private team: TeamLibraryService | null = null;

  constructor(
    private readonly host: LibraryHost,
    initial: { cards: TechniqueCard[]; modules: Module[]; view: LibraryView },
    /** A view that cannot be remembered is worth a line in Output, not a toast. */
    private readonly report: (error: unknown) => void,
    private readonly search: SearchBackend = localSearch(),
  ) {
    this.ownCards = initial.cards;
    this.store = new Store<LibraryState>({ ...initial, indexVersion: 0, found: { query: '', ids: [] } });
    this.viewWriter = new Debouncer(
      () => void this.host['uiState.update']({ changes: { library: this.store.get().view } }).catch(report),
      () => SAVE_VIEW_DELAY_MS,
      () => 4 * SAVE_VIEW_DELAY_MS,
    );
    void this.reindex();
    this.lookup();
  }

  get = (): LibraryState => this.store.get();

  private async reindex(): Promise<void> {
    const cards = this.get().cards;
    // While a large library is indexed, the answer to the query on screen grows with the index.
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const refreshLater = () =>
      (refresh = setTimeout(() => {
        if (this.get().view.query.trim().length >= 2) this.lookup();
        refreshLater();
      }, REFRESH_WHILE_INDEXING_MS));
    refreshLater();
    try {
      await this.search.sync(cards);
    } catch (error) {
      this.report(error);
      return;
    } finally {
      clearTimeout(refresh);
    }
    // A later change started its own sync; only the one for the cards on screen counts.
    if (this.get().cards !== cards) return;
    this.store.set((state) => ({ ...state, indexVersion: state.indexVersion + 1 }));
    this.lookup();
  }

  /** Asks the index about the current query; the answer replaces `found` unless a later one came first. */
  private lookup(): void {
    const query = this.get().view.query.trim();
    const order = ++this.lookups;
    const answer = (ids: readonly string[]) => {
      if (order < this.answered) return;
      this.answered = order;
      this.store.set((state) => ({ ...state, found: { query, ids } }));
    };
    // One letter matches nearly every card: it is the start of typing, not a question yet.
    if (query.length < 2) return answer([]);
    this.search.search(query).then(answer, this.report);
  }

  private setCards(cards: TechniqueCard[]): void {
    this.ownCards = cards;
    this.showCards();
  }

  private showCards(): void {
    const teamCards = this.team?.cards() ?? [];
    const current = this.get().cards;
    const next = teamCards.length > 0 ? [...this.ownCards, ...teamCards] : this.ownCards;
    // The team is asked every second or two; the index is rebuilt only when a card really changed.
    if (next.length === current.length && next.every((card, index) => card === current[index] || JSON.stringify(card) === JSON.stringify(current[index]))) return;
    this.store.set((state) => ({ ...state, cards: next }));
    void this.reindex();
  }

  /** Shows the team libraries' cards beside the own ones, and sends edits of team cards and modules to their folder. */
  connectTeam(team: TeamLibraryService): () => void {
    this.team = team;
    this.showCards();
    return team.store.subscribe(() => this.showCards());
  }

  /** A module by id: an own one, else one of a team library's. */
  findModule(id: string): Module | undefined {
    return this.get().modules.find((module) => module.id === id) ?? this.team?.get().teams.flatMap((team) => team.modules).find((module) => module.id === id);
  }

  /** The team folder a card or module lives in, or null for the own library. */
  private teamFolderOf(id: string): string | null {
    return this.team?.folderOf(id) ?? null;
  }

  private setModules(change: (modules: Module[]) => Module[]): void {
    this.store.set((state) => ({ ...state, modules: change(state.modules) }));
  }

  setView(changes: Partial<LibraryView>): void {
    const query = this.get().view.query;
    this.store.set((state) => ({ ...state, view: { ...state.view, ...changes } }));
    this.viewWriter.request();
    if (this.get().view.query.trim() !== query.trim()) this.lookup();
  }

  async saveCards(toSave: TechniqueCard[]): Promise<TechniqueCard[]> {
    const saved = await this.host['library.saveCards']({ cards: toSave });
    const current = this.ownCards;
    const byId = new Map(saved.map((card) => [card.id, card]));
    this.setCards([...current.map((card) => byId.get(card.id) ?? card), ...saved.filter((card) => !current.some((existing) => existing.id === card.id))]);
    return saved;
  }

  /**
   * Saves one card where it lives: a team card into its team folder (`base`, the card as the editor opened it,
   * tells whether a colleague changed it meanwhile; then nothing is written until the trainer chose, and the
   * result is null), any other into the own library.
   */
  async saveCard(card: TechniqueCard, base?: TechniqueCard): Promise<TechniqueCard | null> {
    if (this.team && card.provenance.origin === 'team' && this.teamFolderOf(card.id)) return this.team.saveCard(card, base);
    return (await this.saveCards([card]))[0]!;
  }

  /** Deletes a card; returns how to bring it back (the undo of the toast). */
  async deleteCard(id: string): Promise<() => Promise<unknown>> {
    const card = this.get().cards.find((candidate) => candidate.id === id);
    if (this.team && card && this.teamFolderOf(id)) return this.team.deleteCard(card);
    await this.host['library.deleteCard']({ id });
    this.setCards(this.ownCards.filter((candidate) => candidate.id !== id));
    return async () => card && this.saveCards([card]);
  }

  /** Saves a new module at the end, or an edited one in its place. */
  async saveModule(module: Module): Promise<void> {
    if (this.team && this.teamFolderOf(module.id)) return this.team.saveModule(module);
    const saved = await this.host['library.saveModule']({ module });
    this.setModules((current) => (current.some((existing) => existing.id === saved.id) ? current.map((existing) => (existing.id === saved.id ? saved : existing)) : [...current, saved]));
  }

  async deleteModule(id: string): Promise<void> {
    const teamModule = this.team?.get().teams.flatMap((team) => team.modules).find((module) => module.id === id);
    if (this.team && teamModule) return this.team.deleteModule(teamModule);
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

  /** Ends the search index (its worker, if it has one). */
  dispose(): void {
    this.search.dispose();
  }
}
