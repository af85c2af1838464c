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
  /** While a large library is still arriving page by page: how many of its cards are here. */
  loading: { loaded: number; total: number } | null;
}

/** What the first page of the host's cards said about the rest: present when it was not the whole list. */
export interface MoreCards {
  total: number;
  revision: number;
}

type LibraryHost = Pick<HostApi, 'library.cardPage' | 'library.searchCards' | 'library.getCards' | 'library.saveCards' | 'library.deleteCard' | 'library.saveModule' | 'library.deleteModule' | 'uiState.update'>;

const SAVE_VIEW_DELAY_MS = 300;
const REFRESH_WHILE_INDEXING_MS = 1000;
/**
 * Cards per page after the first. The window decodes and reads a page in one go on its main thread: a page
 * of 250 cards took 60–130 ms on the 2-core test machine, one of 100 stays under the 50 ms a trainer typing
 * meanwhile would notice.
 */
export const CARDS_PER_PAGE = 100;
/** The first page, which the first screen waits for: most libraries fit in it whole. */
export const FIRST_CARD_PAGE = 500;
/** The best matches of a search that are fetched before their page arrives: more than a side bar shows. */
const FETCH_AHEAD = 200;
/** How often the list, and the count of loaded cards, grow while a large library loads. */
const SHOW_PAGES_EVERY_MS = 1000;
/** How long after a keystroke a large library goes on loading: a trainer types faster than that between letters. */
const TYPING_PAUSE_MS = 400;

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
  /** Cards saved or deleted here while the library was still loading: a page may carry their older state. */
  private readonly touched = new Set<string>();
  private readonly loaded: Promise<void>;
  private disposed = false;
  /** When the query last changed (see typingPaused). */
  private typedAt = 0;

  constructor(
    private readonly host: LibraryHost,
    initial: { cards: TechniqueCard[]; modules: Module[]; view: LibraryView; more?: MoreCards },
    /** A view that cannot be remembered is worth a line in Output, not a toast. */
    private readonly report: (error: unknown) => void,
    private readonly search: SearchBackend = localSearch(),
  ) {
    this.ownCards = initial.cards;
    const { more, ...shown } = initial;
    const loading = more && more.total > initial.cards.length ? { loaded: initial.cards.length, total: more.total } : null;
    this.store = new Store<LibraryState>({ ...shown, indexVersion: 0, found: { query: '', ids: [] }, loading });
    this.viewWriter = new Debouncer(
      () => void this.host['uiState.update']({ changes: { library: this.store.get().view } }).catch(report),
      () => SAVE_VIEW_DELAY_MS,
      () => 4 * SAVE_VIEW_DELAY_MS,
    );
    void this.reindex();
    this.lookup();
    this.loaded = more && loading ? this.loadRest(more) : Promise.resolve();
  }

  get = (): LibraryState => this.store.get();

  /** Resolves once every card of the host is here (at once for a library that fitted the first page). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /**
   * Fetches the pages after the first one, asking for the next while this one is shown. A page whose
   * revision differs from the first's means another window changed the list meanwhile: the pass starts
   * again from the top, and cards already here are replaced by their newer state, never doubled.
   */
  private async loadRest(more: MoreCards): Promise<void> {
    let { revision, total } = more;
    let start = this.ownCards.length;
    // While the trainer types, the next page waits: reading one would hold up the keystrokes.
    const ask = (from: number) => this.typingPaused().then(() => this.host['library.cardPage']({ start: from, count: CARDS_PER_PAGE }));
    let next = ask(start);
    // Pages are shown a batch at a time: each showing sorts the whole list again, which once per page would cost more than the load.
    let arrived: TechniqueCard[] = [];
    let shownAt = Date.now();
    try {
      while (start < total) {
        const page = await next;
        if (this.disposed) return;
        if (page.revision !== revision) {
          ({ revision, total } = page);
          start = 0;
          next = ask(0);
          continue;
        }
        start += CARDS_PER_PAGE;
        if (start < total) next = ask(start);
        arrived.push(...page.cards);
        // The count of loaded cards follows with the list: a change of state every page would re-render the side bar a hundred times.
        if (start >= total || Date.now() - shownAt >= SHOW_PAGES_EVERY_MS) {
          this.receive(arrived);
          arrived = [];
          shownAt = Date.now();
          const loaded = Math.min(this.ownCards.length, total);
          this.store.set((state) => ({ ...state, loading: start < total ? { loaded, total } : null }));
        }
      }
    } catch (error) {
      // What arrived stays; the trainer reads in Output that the rest did not.
      this.receive(arrived);
      this.report(error);
    }
    this.touched.clear();
    this.store.set((state) => (state.loading ? { ...state, loading: null } : state));
  }

  /** Cards of a page: new ones join the list, known ones take the host's state unless they changed here since. */
  private receive(cards: readonly TechniqueCard[]): void {
    const position = new Map(this.ownCards.map((card, index) => [card.id, index]));
    const next = [...this.ownCards];
    for (const card of cards) {
      if (this.touched.has(card.id)) continue;
      const at = position.get(card.id);
      if (at === undefined) position.set(card.id, next.push(card) - 1);
      else if (JSON.stringify(next[at]) !== JSON.stringify(card)) next[at] = card;
    }
    this.setCards(next);
  }

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
    if (!this.get().loading) return void this.search.search(query).then(answer, this.report);
    // While a large library still loads, the host searches all of it (the index here has the team's cards)
    // and the best matches come ahead of their page.
    Promise.all([this.host['library.searchCards']({ query }), this.search.search(query)])
      .then(async ([{ ids: everywhere }, here]) => {
        const known = new Set(this.get().cards.map((card) => card.id));
        const missing = everywhere.slice(0, FETCH_AHEAD).filter((id) => !known.has(id));
        if (missing.length > 0 && order > this.answered) this.receive(await this.host['library.getCards']({ ids: missing }));
        answer([...new Set([...everywhere, ...here])]);
      })
      .catch(this.report);
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
    if (changes.query !== undefined && changes.query !== query) this.typedAt = Date.now();
    this.store.set((state) => ({ ...state, view: { ...state.view, ...changes } }));
    this.viewWriter.request();
    if (this.get().view.query.trim() !== query.trim()) this.lookup();
  }

  /** Resolves once the search box has been left alone for a moment. */
  private async typingPaused(): Promise<void> {
    for (let wait = this.typedAt + TYPING_PAUSE_MS - Date.now(); wait > 0; wait = this.typedAt + TYPING_PAUSE_MS - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  async saveCards(toSave: TechniqueCard[]): Promise<TechniqueCard[]> {
    if (this.get().loading) for (const card of toSave) this.touched.add(card.id);
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
    if (this.get().loading) this.touched.add(id);
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
    this.disposed = true;
    this.search.dispose();
  }
}
