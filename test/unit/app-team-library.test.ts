import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DialogService, LayoutService, LibraryService, NotificationService, TEAM_POLL_MS, TeamLibraryService } from '../../src/app';
import { DEFAULT_LIBRARY_VIEW, DEFAULT_SETTINGS, type TechniqueCard } from '../../src/core';
import { teamHost } from '../../src/services/team/host';
import { makeCard, makeTempDir, removeDir } from './fixtures';

// Issue 15: the team library as the workbench sees it, over the real Node team services and a real folder.

let dir: string;
let folder: string;
let host: ReturnType<typeof teamHost>;
let calls: { since: number | null }[];
let dialogs: DialogService;
let layout: LayoutService;
let team: TeamLibraryService;
let library: LibraryService;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  dir = await makeTempDir();
  folder = join(dir, 'Team Kern');
  await mkdir(folder);
  // No file watcher here: the fake clock drives the host's periodic re-read instead.
  host = teamHost(() => ({ ...DEFAULT_SETTINGS, authorName: 'Anna', teamLibraries: [{ name: 'Team Kern', folder }] }), { watch: false });
  calls = [];
  const api = { ...host.methods, 'team.snapshot': (input: { since: number | null }) => (calls.push(input), host.methods['team.snapshot'](input)) };
  dialogs = new DialogService();
  layout = new LayoutService();
  team = new TeamLibraryService(api, { dialogs, layout, notifications: new NotificationService(), author: () => 'Anna', language: () => 'nl', report: (error) => { throw error; } });
  const own = { 'library.saveCards': async ({ cards }: { cards: TechniqueCard[] }) => cards, 'uiState.update': async () => ({}) };
  library = new LibraryService(own as never, { cards: [makeCard('own-1', { title: { nl: 'Mijn check-in', en: 'My check-in' } })], modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
  library.connectTeam(team);
});
afterEach(async () => {
  team.dispose();
  library.dispose();
  await host.close();
  vi.useRealTimers();
  await removeDir(dir);
});

/** A colleague's card arriving in the folder through the sync tool. */
const colleagueWrites = (card: TechniqueCard) => writeFile(join(folder, 'cards', `${card.id}.json`), JSON.stringify(card, null, 2));
const answerNext = async (choice: string) => {
  await vi.waitFor(() => expect(dialogs.store.get()).not.toBeNull());
  dialogs.store.get()!.answer(choice);
};

describe('TeamLibraryService', () => {
  it('asks the host every poll interval, with the revision it has, until stopped', async () => {
    team.start();
    await vi.advanceTimersByTimeAsync(0);
    // The first answer is under way (real files); waiting for it asks nothing new.
    await team.refresh();
    expect(calls).toEqual([{ since: null }]);
    const revision = team.get().revision;
    await vi.advanceTimersByTimeAsync(TEAM_POLL_MS);
    expect(calls).toEqual([{ since: null }, { since: revision }]);
    team.stop();
    await vi.advanceTimersByTimeAsync(10 * TEAM_POLL_MS);
    expect(calls).toHaveLength(2);
  });

  it('publishes an own card as a team copy that remembers where it came from, beside the own card', async () => {
    await team.refresh();
    const published = await team.publishCard(library.get().cards[0]!, folder);
    expect(published.id).not.toBe('own-1');
    expect(published.provenance).toMatchObject({ origin: 'team', derivedFrom: 'own-1', team: 'Team Kern', author: 'Tester' });
    expect(JSON.parse(await readFile(join(folder, 'cards', `${published.id}.json`), 'utf8'))).toMatchObject({ title: { nl: 'Mijn check-in' } });
    expect(library.get().cards.map((card) => [card.id, card.provenance.origin])).toEqual([['own-1', 'own'], [published.id, 'team']]);
  });

  it('shows a colleague’s new card once the folder is read again, also without a watcher (a network drive)', async () => {
    await team.refresh();
    await team.publishCard(library.get().cards[0]!, folder);
    await colleagueWrites(makeCard('team-bram', { provenance: { origin: 'team', author: 'Bram', updated: '2026-11-01T10:00:00Z' } }));
    const hasBram = () => library.get().cards.some((card) => card.id === 'team-bram');
    await team.refresh();
    expect(hasBram()).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    await team.refresh();
    expect(library.get().cards.some((card) => card.id === 'team-bram' && card.provenance.team === 'Team Kern')).toBe(true);
  });

  it('never overwrites a colleague’s change unseen: "compare" writes nothing and lists the conflict; keep both names the copy', async () => {
    await team.refresh();
    const published = await team.publishCard(library.get().cards[0]!, folder);
    const opened = library.get().cards.find((card) => card.id === published.id)!;
    await colleagueWrites({ ...opened, defaultDurationMinutes: 35, provenance: { ...opened.provenance, author: 'Bram' } });
    await vi.advanceTimersByTimeAsync(10_000);
    await team.refresh();
    const saving = library.saveCard({ ...opened, defaultDurationMinutes: 25 }, opened);
    await answerNext('compare');
    expect(await saving).toBeNull();
    expect(JSON.parse(await readFile(join(folder, 'cards', `${published.id}.json`), 'utf8')).defaultDurationMinutes).toBe(35);
    expect(layout.store.get().tabs.some((tab) => tab.kind === 'team-conflicts')).toBe(true);
    const [conflict] = team.conflicts();
    expect(conflict).toMatchObject({ kind: 'edit', mine: { defaultDurationMinutes: 25 }, theirs: { defaultDurationMinutes: 35 } });
    await team.settle(conflict!, 'keep-both');
    expect(team.conflicts()).toEqual([]);
    const titles = team.cards().map((card) => [card.title.nl, card.defaultDurationMinutes]).sort();
    expect(titles).toEqual([['Mijn check-in (versie van Anna)', 25], ['Mijn check-in', 35]]);
  });

  it('"keep mine" overwrites only on the trainer’s explicit word', async () => {
    await team.refresh();
    const published = await team.publishCard(library.get().cards[0]!, folder);
    const opened = library.get().cards.find((card) => card.id === published.id)!;
    await colleagueWrites({ ...opened, defaultDurationMinutes: 35 });
    const saving = library.saveCard({ ...opened, defaultDurationMinutes: 25 }, opened);
    await answerNext('overwrite');
    expect(await saving).toMatchObject({ defaultDurationMinutes: 25 });
    expect(JSON.parse(await readFile(join(folder, 'cards', `${published.id}.json`), 'utf8')).defaultDurationMinutes).toBe(25);
  });

  it('publishes an own module into the team folder, where a drag into a day finds it', async () => {
    await team.refresh();
    const module = { id: 'own-mod', title: 'Ochtendstart', description: 'Inchecken en doelen', blocks: [] };
    const published = await team.publishModule(module, folder);
    expect(await readdir(join(folder, 'modules'))).toEqual([`${published.id}.json`]);
    expect(library.findModule(published.id)).toMatchObject({ title: 'Ochtendstart' });
    expect(library.get().modules).toEqual([]);
  });

  it('deletes a team card’s file and the undo brings it back', async () => {
    await team.refresh();
    const published = await team.publishCard(library.get().cards[0]!, folder);
    const undo = await library.deleteCard(published.id);
    expect(await readdir(join(folder, 'cards'))).toEqual([]);
    expect(library.get().cards.map((card) => card.id)).toEqual(['own-1']);
    await undo();
    expect(await readdir(join(folder, 'cards'))).toEqual([`${published.id}.json`]);
    expect(library.get().cards.map((card) => card.id)).toEqual(['own-1', published.id]);
  });
});
