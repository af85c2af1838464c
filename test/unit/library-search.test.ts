import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY_VIEW, type TechniqueCard } from '../../src/core';
import { LibraryService, localSearch, remoteSearch, serveIndex, type FromIndex, type IndexPort, type SearchBackend, type ToIndex } from '../../src/app';
import { makeCard } from './fixtures';

const text = (nl: string, en: string) => ({ nl, en });
const titled = (id: string, nl: string, en = nl) => makeCard(id, { title: text(nl, en) });

/**
 * A worker in this thread: messages cross with a structured clone, one task each, as between a page
 * and its worker. `log` records what the page sent.
 */
function fakeWorker() {
  const log: ToIndex[] = [];
  let broken = false;
  const tasks: Array<() => void> = [];
  const schedule = (task: () => void) => {
    tasks.push(task);
    setTimeout(() => tasks.shift()?.(), 0);
  };
  const port: IndexPort & { fail(): void } = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(message);
      const copy = structuredClone(message);
      schedule(() => !broken && handle(copy));
    },
    terminate: () => void (broken = true),
    fail() {
      broken = true;
      port.onerror?.(new Event('error'));
    },
  };
  const handle = serveIndex((answer: FromIndex) => schedule(() => port.onmessage?.({ data: structuredClone(answer) })), schedule);
  return { port, log };
}

describe('the search index in a worker', () => {
  it('finds cards as the index in this thread does, and follows changes to the library', async () => {
    const { port, log } = fakeWorker();
    const search = remoteSearch(port);
    const first = titled('own-1', 'Schaalvraag met een team', 'Scaling question with a team');
    const second = titled('own-2', 'Levenslijn', 'Life line');
    await search.sync([first, second]);
    expect(await search.search('schaal')).toEqual(['own-1']);
    expect(await search.search('life line')).toEqual(['own-2']);
    expect(await search.search('s')).toEqual([]);

    const renamed = { ...first, title: text('Wondervraag', 'Miracle question') };
    const sentBefore = log.length;
    await search.sync([renamed, second]);
    // Only the changed card travels to the worker.
    expect(log.slice(sentBefore).flatMap((message) => (message.type === 'update' ? message.put.map((document) => document.id) : []))).toEqual(['own-1']);
    expect(await search.search('schaal')).toEqual([]);
    expect(await search.search('wondervrag')).toEqual(['own-1']);

    await search.sync([renamed]);
    expect(await search.search('levenslijn')).toEqual([]);
  });

  it('answers a search while a large library is still being indexed, and is complete once sync resolves', async () => {
    const { port } = fakeWorker();
    const search = remoteSearch(port);
    const cards = Array.from({ length: 1200 }, (_, i) => titled(`own-${i}`, `Oefening ${i}`));
    const synced = search.sync(cards);
    let done = false;
    void synced.then(() => (done = true));
    const early = await search.search('oefening');
    expect(done).toBe(false);
    expect(early.length).toBeLessThan(cards.length);
    await synced;
    expect(await search.search('1199')).toEqual(['own-1199']);
    expect(await search.search('oefening')).toHaveLength(cards.length);
  });

  it('moves the index into this thread when the worker fails, losing no question', async () => {
    const { port } = fakeWorker();
    const search = remoteSearch(port);
    await search.sync([titled('own-1', 'Cirkeltechniek')]);
    const pending = search.search('cirkel');
    port.fail();
    expect(await pending).toEqual(['own-1']);
    await search.sync([titled('own-1', 'Cirkeltechniek'), titled('own-2', 'Platformvraag')]);
    expect(await search.search('platform')).toEqual(['own-2']);
  });
});

describe('LibraryService search', () => {
  it('shows the answer for what the trainer typed last, not an answer that arrives late', async () => {
    const cards: TechniqueCard[] = [titled('own-a', 'Appel'), titled('own-b', 'Peer')];
    const local = localSearch();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: SearchBackend = {
      sync: (list) => local.sync(list),
      // "ap" is answered after "pe": the later question wins.
      search: async (query) => {
        if (query === 'ap') await held;
        return local.search(query);
      },
      dispose: () => undefined,
    };
    const host = { 'uiState.update': vi.fn(async () => undefined) };
    const library = new LibraryService(host as never, { cards, modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined, slow);
    library.setView({ query: 'ap' });
    library.setView({ query: 'pe' });
    await vi.waitFor(() => expect(library.get().found).toEqual({ query: 'pe', ids: ['own-b'] }));
    release();
    // Every promise settled: the late answer to "ap" has arrived.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(library.get().found).toEqual({ query: 'pe', ids: ['own-b'] });
  });

  it('answers the query again once the index has caught up with a saved card', async () => {
    const cards: TechniqueCard[] = [titled('own-a', 'Appel')];
    const host = { 'library.saveCards': vi.fn(async ({ cards: saved }: { cards: TechniqueCard[] }) => saved) };
    const library = new LibraryService(host as never, { cards, modules: [], view: { ...DEFAULT_LIBRARY_VIEW, query: 'peer' } }, () => undefined, localSearch());
    await vi.waitFor(() => expect(library.get().indexVersion).toBe(1));
    expect(library.get().found.ids).toEqual([]);
    await library.saveCard(titled('own-p', 'Peer'));
    await vi.waitFor(() => expect(library.get().found).toEqual({ query: 'peer', ids: ['own-p'] }));
  });

  it('lets the answer grow while a large library is still being indexed', async () => {
    vi.useFakeTimers();
    try {
      const indexedSoFar: string[] = ['own-1'];
      let finish = () => undefined as void;
      const indexing: SearchBackend = {
        sync: () => new Promise<void>((resolve) => (finish = resolve)),
        search: async () => [...indexedSoFar],
        dispose: () => undefined,
      };
      const host = { 'uiState.update': vi.fn(async () => undefined) };
      const cards = [titled('own-1', 'Oefening een'), titled('own-2', 'Oefening twee')];
      const library = new LibraryService(host as never, { cards, modules: [], view: { ...DEFAULT_LIBRARY_VIEW, query: 'oefening' } }, () => undefined, indexing);
      await vi.advanceTimersByTimeAsync(0);
      expect(library.get().found.ids).toEqual(['own-1']);
      indexedSoFar.push('own-2');
      await vi.advanceTimersByTimeAsync(1000);
      expect(library.get().found.ids).toEqual(['own-1', 'own-2']);
      finish();
      await vi.advanceTimersByTimeAsync(0);
      expect(library.get().indexVersion).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
