import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARDS_PER_PAGE, createApplication, LibraryService, type Loaded } from '../../src/app';
import { CARD_PAGE_MAX, dispatch, type HostApi } from '../../src/contract';
import { DEFAULT_LIBRARY_VIEW, parseDocument } from '../../src/core';
import { BUILTIN_CARD_IDS, makeCard, makeCardBlock, makeCurriculum, makeDay, makeServices, makeTempDir, removeDir } from './fixtures';

let dataDir: string;
beforeEach(async () => (dataDir = await makeTempDir()));
afterEach(() => removeDir(dataDir));

/** A library larger than the first page: the starter cards plus this many own ones. */
const OWN = CARD_PAGE_MAX + CARDS_PER_PAGE + 40;
const ownCard = (i: number) => makeCard(`own-page-${i}`, { title: { nl: `Kaart ${i}`, en: `Card ${i}` } });

async function largeLibrary(): Promise<HostApi> {
  const services = await makeServices(dataDir);
  await services['library.saveCards']({ cards: Array.from({ length: OWN }, (_, i) => ownCard(i)) });
  return services;
}

/**
 * The host with its pages on the way: each is answered when asked, but arrives only at `release`
 * (a window still loading while the trainer acts).
 */
function heldPages(services: HostApi) {
  const waiting: (() => void)[] = [];
  const host: HostApi = {
    ...services,
    'library.cardPage': (input) => {
      const answer = services['library.cardPage'](input);
      return new Promise((resolve, reject) => waiting.push(() => void answer.then(resolve, reject)));
    },
  };
  return { host, release: () => waiting.splice(0).forEach((answer) => answer()) };
}

/** A window's library after its first page (asked of the services themselves, so it is never held). */
async function firstWindow(services: HostApi, host: HostApi) {
  const { cards, total, revision } = await services['library.cardPage']({ start: 0, count: CARD_PAGE_MAX });
  return new LibraryService(host, { cards, more: { total, revision }, modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
}

/** Lets the held pages through, one turn at a time, until `done` has settled. */
async function releaseUntil(release: () => void, done: Promise<unknown>): Promise<void> {
  let settled = false;
  void done.finally(() => (settled = true));
  while (!settled) {
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const ids = (cards: readonly { id: string }[]) => cards.map((card) => card.id);

describe('a large library arrives page by page', () => {
  it('gives the whole list in pages, with its length and a revision that changes with every write', async () => {
    const services = await largeLibrary();
    const all = await services['library.listCards']({});
    const pages = [];
    for (let start = 0; start < all.length; start += 300) pages.push(await services['library.cardPage']({ start, count: 300 }));
    expect(ids(pages.flatMap((page) => page.cards))).toEqual(ids(all));
    expect(new Set(pages.map((page) => page.total))).toEqual(new Set([BUILTIN_CARD_IDS.length + OWN]));
    const before = pages[0]!.revision;
    await services['library.deleteCard']({ id: 'own-page-0' });
    expect((await services['library.cardPage']({ start: 0, count: 1 })).revision).not.toBe(before);
    // Past the end is an empty page, not an error; a page over the limit is refused at the boundary.
    expect((await services['library.cardPage']({ start: all.length + 5, count: 10 })).cards).toEqual([]);
    const refused = await dispatch(services, 'library.cardPage', { start: 0, count: CARD_PAGE_MAX + 1 });
    expect(refused.ok).toBe(false);
  });

  it('lists the first page at once, says how far it is, and ends with every card, searchable', async () => {
    const services = await largeLibrary();
    const { host, release } = heldPages(services);
    const library = await firstWindow(services, host);
    const total = BUILTIN_CARD_IDS.length + OWN;
    expect(library.get().cards).toHaveLength(CARD_PAGE_MAX);
    expect(library.get().loading).toEqual({ loaded: CARD_PAGE_MAX, total });
    let done = false;
    void library.whenLoaded().then(() => (done = true));
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    expect(library.get().loading).toEqual({ loaded: CARD_PAGE_MAX, total });
    await releaseUntil(release, library.whenLoaded());
    expect(ids(library.get().cards)).toEqual(ids(await services['library.listCards']({})));
    expect(library.get().loading).toBeNull();
    library.setView({ query: `Kaart ${OWN - 1}` });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(library.get().found.ids[0]).toBe(`own-page-${OWN - 1}`);
  });

  it('keeps what the trainer saved or deleted meanwhile: a later page brings neither back in its older state', async () => {
    const services = await largeLibrary();
    const { host, release } = heldPages(services);
    const library = await firstWindow(services, host);
    // Both cards are on the second page, which the host answered before these edits but has not arrived.
    const deleted = `own-page-${CARD_PAGE_MAX - BUILTIN_CARD_IDS.length + 5}`;
    const renamed = `own-page-${CARD_PAGE_MAX - BUILTIN_CARD_IDS.length + 6}`;
    await library.deleteCard(deleted);
    await library.saveCard(makeCard(renamed, { title: { nl: 'Hernoemd', en: 'Renamed' } }));
    await releaseUntil(release, library.whenLoaded());
    const cards = library.get().cards;
    expect(ids(cards)).not.toContain(deleted);
    expect(cards.filter((card) => card.id === renamed).map((card) => card.title.nl)).toEqual(['Hernoemd']);
    expect(new Set(ids(cards)).size).toBe(cards.length);
    expect(cards).toHaveLength(BUILTIN_CARD_IDS.length + OWN - 1);
  });

  it('starts its pages again when another window changed the library meanwhile, without doubling a card', async () => {
    const services = await largeLibrary();
    const { host, release } = heldPages(services);
    const library = await firstWindow(services, host);
    // Another window (the desktop app and the browser edition on one data folder) deletes a first-page card and adds one.
    await services['library.deleteCard']({ id: 'own-page-3' });
    await services['library.saveCard']({ card: makeCard('own-elsewhere', { title: { nl: 'Van elders', en: 'From elsewhere' } }) });
    await releaseUntil(release, library.whenLoaded());
    const cards = library.get().cards;
    expect(new Set(ids(cards)).size).toBe(cards.length);
    expect(ids(cards)).toContain('own-elsewhere');
    // A card gone elsewhere stays listed until the next start: this window never saw it go.
    expect(new Set(ids(cards))).toEqual(new Set([...ids(await services['library.listCards']({})), 'own-page-3']));
  });

  it('searches the whole library on the host, which follows saves and deletions, and hands out cards by id', async () => {
    const services = await largeLibrary();
    const find = async (query: string) => (await services['library.searchCards']({ query })).ids;
    expect((await find(`Kaart ${OWN - 1}`))[0]).toBe(`own-page-${OWN - 1}`);
    await services['library.saveCard']({ card: makeCard('own-page-7', { title: { nl: 'Toverstaf', en: 'Magic wand' } }) });
    expect((await find('toverstaf'))[0]).toBe('own-page-7');
    await services['library.deleteCard']({ id: 'own-page-7' });
    expect(await find('toverstaf')).toEqual([]);
    expect(ids(await services['library.getCards']({ ids: ['own-page-9', 'no-such-card', BUILTIN_CARD_IDS[0]!] }))).toEqual(['own-page-9', BUILTIN_CARD_IDS[0]]);
  });

  it('finds a card whose page has not arrived yet, and lists it at once', async () => {
    const services = await largeLibrary();
    const { host, release } = heldPages(services);
    const library = await firstWindow(services, host);
    const last = `own-page-${OWN - 1}`;
    expect(ids(library.get().cards)).not.toContain(last);
    library.setView({ query: `Kaart ${OWN - 1}` });
    for (let turn = 0; turn < 400 && library.get().found.ids[0] !== last; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(library.get().found.ids[0]).toBe(last);
    expect(ids(library.get().cards)).toContain(last);
    expect(library.get().loading).not.toBeNull();
    await releaseUntil(release, library.whenLoaded());
    expect(library.get().cards.filter((card) => card.id === last)).toHaveLength(1);
    expect(library.get().cards).toHaveLength(BUILTIN_CARD_IDS.length + OWN);
  });

  it('asks for no page while the trainer types in the search box, and goes on once the typing pauses', async () => {
    vi.useFakeTimers();
    try {
      const total = 1000;
      // Each page takes the host 100 ms, so the load spans the typing.
      const cardPage = vi.fn(async ({ start, count }: { start: number; count: number }) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return {
        cards: Array.from({ length: Math.max(0, Math.min(count, total - start)) }, (_, i) => ownCard(start + i)),
        total,
        revision: 0,
      };
      });
      const host = { 'library.cardPage': cardPage, 'library.searchCards': async () => ({ ids: [] }), 'library.getCards': async () => [], 'uiState.update': async () => ({}) };
      const library = new LibraryService(host as never, { cards: [ownCard(0)], more: { total, revision: 0 }, modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
      library.setView({ query: 's' });
      await vi.advanceTimersByTimeAsync(0);
      const asked = cardPage.mock.calls.length;
      for (const query of ['sc', 'sch', 'scha', 'schaa', 'schaal']) {
        await vi.advanceTimersByTimeAsync(150);
        library.setView({ query });
      }
      // At most the page already asked for arrives meanwhile; without the pause seven more would have.
      expect(cardPage.mock.calls.length).toBeLessThanOrEqual(asked + 1);
      await vi.advanceTimersByTimeAsync(5000);
      await library.whenLoaded();
      expect(library.get().cards).toHaveLength(total);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves a training only once every card is here, so the file embeds a card from a late page', async () => {
    const services = await largeLibrary();
    const { host, release } = heldPages(services);
    const path = join(dataDir, 'groot.draaiboek');
    const first = await services['library.cardPage']({ start: 0, count: CARD_PAGE_MAX });
    const loaded: Loaded = {
      info: await services['app.info']({}),
      settings: await services['settings.get']({}),
      cards: first.cards,
      moreCards: { total: first.total, revision: first.revision },
      uiState: await services['uiState.get']({}),
      modules: [],
    };
    const app = createApplication({ ...host, 'dialogs.pickSavePath': async () => ({ path }) }, loaded, 'nl-NL');
    const lateCard = `own-page-${OWN - 1}`;
    const key = app.documents.createFrom(makeCurriculum([makeDay('d-1', [makeCardBlock('b-1', lateCard)])]), []);
    let saved = false;
    const saving = app.documents.save(key).then((result) => (saved = result));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saved).toBe(false);
    await releaseUntil(release, saving);
    expect(saved).toBe(true);
    const file = parseDocument(await readFile(path, 'utf8'));
    expect(file.ok && file.document.cards.map((card) => card.id)).toEqual([lateCard]);
    app.dispose();
  });
});
