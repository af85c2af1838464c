import { cardDocument, createDocumentIndex, type TechniqueCard } from '../core';

/** Cards folded per turn of the event loop, so that the pages a window asks for meanwhile are answered in between. */
const CARDS_PER_TURN = 1000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The library's search index on the host's side. A window that is still loading a large library page by
 * page asks it, so the whole library is searchable before the window holds every card. It is built when a
 * window starts paging (or at the first search; a small library, which a window gets whole, never needs it)
 * and then follows the library: only cards that were added, changed (another object) or removed are indexed again.
 *
 * It finds cards by their words and the starts of words, not by misspellings: learning the words for that
 * takes a second of the host's time for 10,000 cards, time the host needs for serving those pages, and
 * the window's own index has typo tolerance once the library is in.
 */
export class LibraryIndex {
  private readonly index = createDocumentIndex();
  private readonly indexed = new Map<string, TechniqueCard>();
  private syncing: Promise<void> | null = null;
  private stale = true;

  constructor(private readonly cards: () => readonly TechniqueCard[]) {}

  /** The library changed: the next search brings the index up to date first. */
  invalidate(): void {
    this.stale = true;
  }

  /** Starts bringing the index up to date now, so that the first search need not wait for it. */
  prepare(): void {
    if (this.stale && !this.syncing) this.syncing = this.sync().finally(() => (this.syncing = null));
  }

  /** Card ids, best match first. */
  async search(query: string): Promise<string[]> {
    while (this.stale || this.syncing) {
      this.prepare();
      await this.syncing;
    }
    return this.index.search(query);
  }

  private async sync(): Promise<void> {
    this.stale = false;
    const cards = this.cards();
    const ids = new Set(cards.map((card) => card.id));
    const removed = [...this.indexed.keys()].filter((id) => !ids.has(id));
    for (const id of removed) this.indexed.delete(id);
    this.index.update([], removed);
    const fresh = cards.filter((card) => this.indexed.get(card.id) !== card);
    for (let start = 0; start < fresh.length; start += CARDS_PER_TURN) {
      if (start > 0) await nextTurn();
      const slice = fresh.slice(start, start + CARDS_PER_TURN);
      this.index.update(slice.map(cardDocument), []);
      for (const card of slice) this.indexed.set(card.id, card);
    }
  }
}
