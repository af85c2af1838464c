import { describe, expect, it } from 'vitest';
import {
  breakNow,
  currentEntry,
  extendCurrent,
  finishRun,
  nextBlock,
  openRun,
  parkEntry,
  reflectOnEntry,
  retime,
  skipEntry,
  startRun,
  toClock,
  unparkEntry,
  upcomingEntries,
  withRun,
  type Block,
  type DayRun,
} from '../../src/core';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

const block = (id: string, minutes: number, pinnedStart?: string): Block =>
  makeCustomBlock(id, { title: `Blok ${id}`, durationMinutes: minutes, ...(pinnedStart ? { pinnedStart } : {}) });

/** 09:00 on a training day, local time (as the room's clock shows it), plus `minutes`. */
const at = (minutes: number) => new Date(2026, 11, 3, 9, minutes);
const clockOf = (epoch: number) => {
  const date = new Date(epoch);
  return toClock(date.getHours() * 60 + date.getMinutes());
};

const day = makeDay('dag-1', [block('opening', 15), block('theorie', 30), block('oefenen', 45), block('lunch', 45, '10:30'), block('middag', 60)], {
  start: '09:00',
  targetEnd: '12:15',
});
const curriculum = makeCurriculum([day]);
const noCards = cardMap();

describe('a day run live', () => {
  it('starts with the first block running and every block still to come', () => {
    const run = startRun(curriculum, day, noCards, at(0));
    expect(currentEntry(run)?.title).toBe('Blok opening');
    expect(upcomingEntries(run).map((entry) => entry.title)).toEqual(['Blok theorie', 'Blok oefenen', 'Blok lunch', 'Blok middag']);
    expect(run.date).toBe('2026-12-03');
  });

  it('names a card block by its card, so the record reads right after the plan changes', () => {
    const card = makeCard('schaalvraag', { title: { nl: 'Schaalvraag', en: 'Scaling question' } });
    const withCard = makeDay('d', [makeCardBlock('b1', 'schaalvraag', { durationMinutes: 20 })]);
    const run = startRun(makeCurriculum([withCard]), withCard, cardMap(card), at(0));
    expect(run.entries[0]).toMatchObject({ title: 'Schaalvraag', cardId: 'schaalvraag', plannedMinutes: 20 });
  });

  it('moving on records the actual start and end of each block', () => {
    let run = startRun(curriculum, day, noCards, at(0));
    run = nextBlock(run, at(12));
    run = nextBlock(run, at(37));
    expect(run.entries[0]).toMatchObject({ status: 'done', start: at(0).toISOString(), end: at(12).toISOString() });
    expect(run.entries[1]).toMatchObject({ status: 'done', start: at(12).toISOString(), end: at(37).toISOString() });
    expect(currentEntry(run)?.title).toBe('Blok oefenen');
    expect(run.changes.map((change) => change.kind)).toEqual(['next', 'next']);
  });

  it('ends the run after the last block', () => {
    const short = makeDay('kort', [block('a', 10)]);
    const run = nextBlock(startRun(makeCurriculum([short]), short, noCards, at(0)), at(10));
    expect(run.endedAt).toBe(at(10).toISOString());
    expect(currentEntry(run)).toBeUndefined();
  });

  it('skipping a block to come takes it out of the day without a time', () => {
    let run = startRun(curriculum, day, noCards, at(0));
    run = skipEntry(run, 'theorie', at(5));
    run = nextBlock(run, at(15));
    expect(run.entries[1]).toMatchObject({ status: 'skipped' });
    expect(run.entries[1]!.start).toBeUndefined();
    expect(currentEntry(run)?.id).toBe('oefenen');
  });

  it('skipping the running block starts the next at once', () => {
    const run = skipEntry(startRun(curriculum, day, noCards, at(0)), 'opening', at(2));
    expect(run.entries[0]!.status).toBe('skipped');
    expect(currentEntry(run)).toMatchObject({ id: 'theorie', start: at(2).toISOString() });
  });

  it('"Pauze nu" ends the running block and starts a break that was not in the plan', () => {
    const run = breakNow(startRun(curriculum, day, noCards, at(0)), 'Pauze', 15, at(10));
    expect(run.entries[0]).toMatchObject({ status: 'done', end: at(10).toISOString() });
    expect(run.entries[1]).toMatchObject({ title: 'Pauze', plannedMinutes: 15, start: at(10).toISOString() });
    expect(run.entries[1]!.blockId).toBeUndefined();
    expect(currentEntry(run)?.title).toBe('Pauze');
  });

  it('a parked block leaves the order and comes back as the next one', () => {
    let run = parkEntry(startRun(curriculum, day, noCards, at(0)), 'oefenen', at(1));
    expect(upcomingEntries(run).map((entry) => entry.id)).toEqual(['theorie', 'lunch', 'middag']);
    run = unparkEntry(run, 'oefenen', at(2));
    expect(upcomingEntries(run).map((entry) => entry.id)).toEqual(['oefenen', 'theorie', 'lunch', 'middag']);
  });

  it('finishing early leaves the blocks still to come unrun', () => {
    const run = finishRun(startRun(curriculum, day, noCards, at(0)), at(20));
    expect(run.endedAt).toBe(at(20).toISOString());
    expect(run.entries[0]).toMatchObject({ status: 'done', end: at(20).toISOString() });
    expect(run.entries.slice(1).every((entry) => entry.status === 'planned' && !entry.start)).toBe(true);
  });

  it('the plan itself never changes', () => {
    let run = startRun(curriculum, day, noCards, at(0));
    run = extendCurrent(run, 5, at(1));
    run = skipEntry(run, 'theorie', at(2));
    const stored = withRun(curriculum, run);
    expect(stored.days).toBe(curriculum.days);
    expect(stored.runs).toEqual([run]);
    expect(withRun(stored, nextBlock(run, at(30))).runs).toHaveLength(1);
  });

  it('an unfinished run is found again, to resume after the app was closed', () => {
    const run = startRun(curriculum, day, noCards, at(0));
    expect(openRun(withRun(curriculum, run), 'dag-1')?.id).toBe(run.id);
    expect(openRun(withRun(curriculum, finishRun(run, at(5))), 'dag-1')).toBeUndefined();
  });

  it('keeps a reflection per block, and clears it again', () => {
    const run = startRun(curriculum, day, noCards, at(0));
    const reflected = reflectOnEntry(run, 'opening', { rating: 4, note: 'Werkte goed' });
    expect(reflected.entries[0]).toMatchObject({ rating: 4, note: 'Werkte goed' });
    const cleared = reflectOnEntry(reflected, 'opening', {});
    expect(cleared.entries[0]!.rating).toBeUndefined();
    expect(cleared.entries[0]!.note).toBeUndefined();
  });
});

describe('re-timing the rest of the day', () => {
  it('follows the plan when the day is on time', () => {
    const timing = retime(day, startRun(curriculum, day, noCards, at(0)), at(5).getTime());
    expect(timing.current?.remainingMs).toBe(10 * 60_000);
    expect(timing.upcoming.map((placed) => clockOf(placed.start))).toEqual(['09:15', '09:45', '10:30', '11:15']);
    expect(clockOf(timing.projectedEnd)).toBe('12:15');
    expect(timing.lateMinutes).toBe(0);
  });

  it('moves later blocks when a block runs over, but the pinned lunch keeps its time and shows the squeeze', () => {
    let run = startRun(curriculum, day, noCards, at(0));
    run = nextBlock(run, at(25)); // the opening took 25 instead of 15 minutes
    const timing = retime(day, run, at(25).getTime());
    const [oefenen, lunch, middag] = timing.upcoming;
    expect(clockOf(oefenen!.start)).toBe('09:55');
    expect(lunch).toMatchObject({ pinned: true, squeeze: 10, gap: 0 });
    expect(clockOf(lunch!.start)).toBe('10:30');
    expect(clockOf(middag!.start)).toBe('11:15');
  });

  it('a pinned block after a skipped one shows the gap instead', () => {
    const run = skipEntry(startRun(curriculum, day, noCards, at(0)), 'oefenen', at(1));
    const lunch = retime(day, run, at(1).getTime()).upcoming.find((placed) => placed.entry.id === 'lunch');
    expect(lunch).toMatchObject({ squeeze: 0, gap: 45 });
  });

  it('"+5 min" moves every unpinned block after it by five minutes', () => {
    const run = extendCurrent(startRun(curriculum, day, noCards, at(0)), 5, at(3));
    const timing = retime(day, run, at(3).getTime());
    expect(timing.current?.remainingMs).toBe(17 * 60_000);
    expect(timing.upcoming.map((placed) => clockOf(placed.start))).toEqual(['09:20', '09:50', '10:30', '11:15']);
  });

  it('a block that runs past its time pushes the rest from now, and the projected end against the target', () => {
    const noPins = makeDay('d2', [block('a', 30), block('b', 30)], { start: '09:00', targetEnd: '10:00' });
    const timing = retime(noPins, startRun(makeCurriculum([noPins]), noPins, noCards, at(0)), at(40).getTime());
    expect(timing.current?.remainingMs).toBe(-10 * 60_000);
    expect(clockOf(timing.upcoming[0]!.start)).toBe('09:40');
    expect(timing.lateMinutes).toBe(10);
  });

  it('a finished run has nothing to come and ends when it ended', () => {
    const run: DayRun = finishRun(startRun(curriculum, day, noCards, at(0)), at(50));
    const timing = retime(day, run, at(90).getTime());
    expect(timing).toMatchObject({ finished: true, upcoming: [], projectedEnd: at(50).getTime() });
  });
});
