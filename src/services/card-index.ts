import { createCardSearch, type TechniqueCard } from '../core';

/**
 * The library's search index on the host's side. A window that is still loading a large library page by
 * page asks it, so the whole library is searchable before the window holds every card. It is built when a
 * window starts paging (or at the first search; a small library, which a window gets whole, never needs it)
 * and then follows the library: only cards that were added, changed (another object) or removed are indexed
 * again, in slices, so that the pages a window asks for meanwhile are answered in between.
 *
 * It finds cards by their words and the starts of words, not by misspellings: learning the words for that
 * takes a second of the host's time for 10,000 cards, time the host needs for serving those pages, and
 * the window's own index has typo tolerance once the library is in.
 */
export class LibraryIndex {
  private readonly index = createCardSearch([], { typos: false });
  private syncing: Promise<void> | null = null;
  private stale = true;

  constructor(private readonly cards: () => readonly TechniqueCard[]) {}

  /** The library changed: the next search brings the index up to date first. */
  invalidate(): void {
    this.stale = true;
  }

  /** Starts bringing the index up to date now, so that the first search need not wait for it. */
  prepare(): void {
    if (!this.stale || this.syncing) return;
    this.stale = false;
    this.syncing = this.index.sync(this.cards()).finally(() => (this.syncing = null));
  }

  /** Card ids, best match first. */
  async search(query: string): Promise<string[]> {
    while (this.stale || this.syncing) {
      this.prepare();
      await this.syncing;
    }
    return this.index.search(query);
  }
}
