// Straight from the module, not the barrel: the worker's bundle holds only the index.
import { cardDocument, createCardSearch, createDocumentIndex, type IndexedCard } from '../core/library/search';
import type { TechniqueCard } from '../core';

/**
 * Where the search index lives: in this thread (tests, the CLI) or in a worker, so that indexing a large
 * library and searching it never hold up the page.
 */
export interface SearchBackend {
  /** Brings the index up to date with the library; resolves once every card is searchable. */
  sync(cards: readonly TechniqueCard[]): Promise<void>;
  /** Card ids, best match first; a query under two letters matches nothing. */
  search(query: string): Promise<string[]>;
  dispose(): void;
}

/** The index in this thread. */
export function localSearch(): SearchBackend {
  const index = createCardSearch([]);
  return { sync: (cards) => index.sync(cards), search: async (query) => index.search(query), dispose: () => undefined };
}

/** What the page asks of the index in a worker. */
export type ToIndex =
  /** Cards travel as their text (cardDocument): strings copy to a worker much faster than whole cards. */
  | { type: 'update'; put: IndexedCard[]; remove: string[] }
  /** Answered once every update before it is searchable (typo tolerance for its words follows; see learnWords). */
  | { type: 'settled'; id: number }
  | { type: 'search'; id: number; query: string };
/** The index's answer to a `settled` or `search` message (no ids for `settled`). */
export interface FromIndex {
  id: number;
  ids: string[];
}

/** The page's end of a worker (a `Worker`), or a stand-in for one in a test. */
export interface IndexPort {
  postMessage(message: ToIndex): void;
  onmessage: ((event: { data: FromIndex }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/**
 * Cards per message to the worker: making their text and copying it takes the page about 10 ms for 100 cards
 * on the 2-core test machine while a large library loads (250 took 20–40 ms there).
 */
const CARDS_PER_MESSAGE = 100;
/** Cards the worker indexes before it looks at its messages again, so a search waits at most this long. */
const CARDS_PER_SLICE = 1000;
/** Cards whose words the worker learns (for typo tolerance) before it looks at its messages again. */
const WORDS_PER_SLICE = 100;

/**
 * A new task after the ones waiting now (input and rendering included): a message to ourselves, which
 * unlike setTimeout is not slowed to 4 ms a turn after a few turns.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    // Typed as the page and Node both have it.
    const channel = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null; close(): void }; port2: { postMessage(message: null): void } };
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * The search index in a worker, seen from the page: only cards that were added, changed (another object)
 * or removed are sent, a few hundred per task so the page keeps responding, and a search is answered with
 * what is indexed so far. Should the worker fail (or not start), the index moves into this thread.
 */
export function remoteSearch(port: IndexPort, fallback: () => SearchBackend = localSearch): SearchBackend {
  const sent = new Map<string, TechniqueCard>();
  const waiting = new Map<number, { message: ToIndex & { id: number }; resolve: (ids: string[]) => void }>();
  let nextId = 0;
  let posting = Promise.resolve();
  let latest: readonly TechniqueCard[] = [];
  let local: SearchBackend | null = null;

  const moveHere = (): SearchBackend => {
    if (local) return local;
    const here = (local = fallback());
    port.terminate();
    const synced = here.sync(latest);
    for (const { message, resolve } of waiting.values()) {
      if (message.type === 'search') void synced.then(() => here.search(message.query)).then(resolve);
      else void synced.then(() => resolve([]));
    }
    waiting.clear();
    return here;
  };
  const request = (message: { type: 'settled' } | { type: 'search'; query: string }) =>
    new Promise<string[]>((resolve) => {
      const id = nextId++;
      const full = { ...message, id } as Extract<ToIndex, { id: number }>;
      waiting.set(id, { message: full, resolve });
      port.postMessage(full);
    });

  port.onmessage = ({ data }) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    entry?.resolve(data.ids);
  };
  port.onerror = () => void moveHere();

  return {
    async sync(cards) {
      latest = cards;
      if (local) return local.sync(cards);
      const ids = new Set(cards.map((card) => card.id));
      const remove = [...sent.keys()].filter((id) => !ids.has(id));
      for (const id of remove) sent.delete(id);
      const put = cards.filter((card) => sent.get(card.id) !== card);
      for (const card of put) sent.set(card.id, card);
      // One sync's messages go out after the previous one's, so the last version of a card wins.
      posting = posting.then(async () => {
        for (let start = 0; start < Math.max(put.length, remove.length > 0 ? 1 : 0); start += CARDS_PER_MESSAGE) {
          if (start > 0) await nextTask();
          if (local) return;
          port.postMessage({ type: 'update', put: put.slice(start, start + CARDS_PER_MESSAGE).map(cardDocument), remove: start === 0 ? remove : [] });
        }
      });
      await posting;
      if (local) return (local as SearchBackend).sync(cards);
      await request({ type: 'settled' });
    },
    search: (query) => (local ? local.search(query) : request({ type: 'search', query })),
    dispose: () => port.terminate(),
  };
}

/**
 * The worker's side: keeps the index, takes cards in slices between messages and answers each search
 * at once with what is indexed so far. `later` runs a task after the messages waiting now.
 */
export function serveIndex(post: (message: FromIndex) => void, later: (task: () => void) => void): (message: ToIndex) => void {
  const index = createDocumentIndex();
  let queue: IndexedCard[] = [];
  let done = 0;
  let settled: number[] = [];
  let working = false;

  const work = () => {
    if (done < queue.length) {
      index.update(queue.slice(done, done + CARDS_PER_SLICE), []);
      done += CARDS_PER_SLICE;
    }
    if (done < queue.length) return later(work);
    if (queue.length > 0) {
      // Every card is searchable: by its words and their starts now, with typos once its words are learnt.
      queue = [];
      done = 0;
      for (const id of settled) post({ id, ids: [] });
      settled = [];
    }
    if (index.learnWords(WORDS_PER_SLICE)) return later(work);
    working = false;
  };

  return (message) => {
    switch (message.type) {
      case 'update': {
        if (message.remove.length > 0) {
          const removed = new Set(message.remove);
          queue = queue.slice(done).filter((document) => !removed.has(document.id));
          done = 0;
          index.update([], message.remove);
        }
        queue.push(...message.put);
        if (!working && queue.length > done) {
          working = true;
          later(work);
        }
        return;
      }
      case 'settled':
        if (queue.length > done) settled.push(message.id);
        else post({ id: message.id, ids: [] });
        return;
      case 'search':
        post({ id: message.id, ids: index.search(message.query) });
        return;
    }
  };
}
