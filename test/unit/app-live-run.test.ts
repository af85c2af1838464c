import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_DELAY_MS, LIVE_TICK_MS, LiveRunSession, isDirty } from '../../src/app';
import { runReports } from '../../src/core';
import { FakeHost, makeApplicationLayer } from './app-host';
import { makeCurriculumDocument } from './fixtures';

const FILE = '/home/trainer/training.draaiboek';
const MINUTE = 60_000;
/** 09:00 on the training day, local time. */
const NINE = new Date(2026, 11, 3, 9, 0).getTime();

let host: FakeHost;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NINE);
  host = new FakeHost();
  host.put(FILE, makeCurriculumDocument(2, 4));
});
afterEach(() => vi.useRealTimers());

async function openDay() {
  const app = makeApplicationLayer(host, { autosaveDelayMs: 1000, shippedDir: '/opt/draaiboek/resources' });
  const key = (await app.documents.open(FILE))!;
  const live = new LiveRunSession(app.documents, key, 'day-1', { breakTitle: () => 'Pauze' });
  return { ...app, key, live };
}

describe('LiveRunSession: a day run live', () => {
  it('counts the current block down every second while the day runs', async () => {
    const { live } = await openDay();
    live.begin();
    expect(live.store.get().timing?.current?.remainingMs).toBe(30 * MINUTE);
    vi.advanceTimersByTime(90_000);
    expect(live.store.get().timing?.current?.remainingMs).toBe(30 * MINUTE - 90_000);
    live.dispose();
  });

  it('keeps what happened in the training, so saving writes it to the file', async () => {
    const { live, documents, key } = await openDay();
    live.begin();
    vi.advanceTimersByTime(12 * MINUTE);
    live.next();
    vi.advanceTimersByTime(25 * MINUTE);
    live.next();
    live.extend();
    live.skip();
    expect(isDirty(documents.get(key)!)).toBe(true);
    expect(await documents.save(key)).toBe(true);
    const [report] = runReports(host.read(FILE).curriculum!);
    expect(report!.rows.map((row) => [row.actualMinutes, row.skipped])).toEqual([
      [12, false],
      [25, false],
      [null, false],
      [null, true],
    ]);
    live.dispose();
  });

  it('every step is one undo step', async () => {
    const { live, documents, key } = await openDay();
    live.begin();
    vi.advanceTimersByTime(5 * MINUTE);
    live.next();
    documents.undo(key);
    expect(live.store.get().timing?.current?.entry.id).toBe('block-1-1');
  });

  it('"Overslaan" and "Naar parkeerplaats" act on the chosen block still to come, the next one by default', async () => {
    const { live } = await openDay();
    live.begin();
    expect(live.store.get().selectedId).toBe('block-1-2');
    live.selectStep(1);
    expect(live.store.get().selectedId).toBe('block-1-3');
    live.park();
    expect(live.store.get().timing?.upcoming.map((placed) => placed.entry.id)).toEqual(['block-1-2', 'block-1-4']);
    expect(live.store.get().selectedId).toBe('block-1-2');
    live.unpark('block-1-3');
    expect(live.store.get().timing?.upcoming.map((placed) => placed.entry.id)).toEqual(['block-1-3', 'block-1-2', 'block-1-4']);
  });

  it('"Pauze nu" starts a break named in the training\'s language', async () => {
    const { live } = await openDay();
    live.begin();
    vi.advanceTimersByTime(10 * MINUTE);
    live.pauseNow();
    expect(live.store.get().timing?.current?.entry).toMatchObject({ title: 'Pauze', plannedMinutes: 15 });
  });

  it('a run interrupted by closing the app resumes where it was', async () => {
    const first = await openDay();
    first.live.begin();
    vi.advanceTimersByTime(12 * MINUTE);
    first.live.next();
    // The training was saved before, so autosave writes the run to its file; then the app closes.
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS * 5);
    first.live.dispose();
    const second = makeApplicationLayer(host, { autosaveDelayMs: 1000, shippedDir: '/opt/draaiboek/resources' });
    const key = (await second.documents.open(FILE))!;
    vi.advanceTimersByTime(3 * MINUTE);
    const live = new LiveRunSession(second.documents, key, 'day-1', { breakTitle: () => 'Pauze' });
    live.begin();
    expect(live.store.get().timing?.current).toMatchObject({ entry: { id: 'block-1-2' }, remainingMs: 27 * MINUTE - BACKUP_DELAY_MS * 5 });
    expect(live.store.get().run?.entries[0]).toMatchObject({ status: 'done' });
    live.dispose();
  });

  it('stops the clock when the day is over', async () => {
    const { live } = await openDay();
    live.begin();
    live.finish();
    const finished = live.store.get();
    vi.advanceTimersByTime(10 * LIVE_TICK_MS);
    expect(live.store.get()).toBe(finished);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a read-only training is not run', async () => {
    const { live, documents, key } = await openDay();
    documents.store.set((state) => ({ ...state, [key]: { ...state[key]!, readOnly: true } }));
    live.begin();
    expect(live.store.get().run).toBeNull();
  });

  it('closing the training closes its live tab too', async () => {
    const { live, documents, layout, key } = await openDay();
    layout.dispatch({ type: 'open-tab', tab: { id: `live:${key}:day-1`, kind: 'live', key, dayId: 'day-1' } });
    expect(layout.store.get().tabs.some((tab) => tab.kind === 'live')).toBe(true);
    await documents.close(key);
    expect(layout.store.get().tabs.some((tab) => tab.kind === 'live')).toBe(false);
    live.dispose();
  });
});
