import type { TechniqueCard } from '../model/card';
import { newId } from '../model/common';
import type { Curriculum, TrainingDay } from '../model/curriculum';
import type { DayRun, RunChange, RunEntry } from '../model/run';
import { blockTitle } from '../curriculum/labels';

/**
 * A day run live, as pure steps: each takes the run and the moment and returns a new run. The plan
 * (the day's blocks) is never changed by a run: what was done differently is kept in the run itself.
 */

const iso = (now: Date) => now.toISOString();
const localDate = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Starts a run of `day` at `now`: every block becomes an entry, the first one running. */
export function startRun(curriculum: Curriculum, day: TrainingDay, cards: ReadonlyMap<string, TechniqueCard>, now: Date): DayRun {
  const entries = day.blocks.map(
    (block): RunEntry => ({
      id: block.id,
      blockId: block.id,
      ...(block.kind === 'card' ? { cardId: block.cardId } : {}),
      title: blockTitle(block, cards, curriculum.language),
      plannedMinutes: block.durationMinutes,
      ...(block.pinnedStart ? { pinnedStart: block.pinnedStart } : {}),
      status: 'planned',
    }),
  );
  const run: DayRun = { id: newId('run'), dayId: day.id, date: localDate(now), startedAt: iso(now), entries, changes: [] };
  const first = entries[0];
  return first ? { ...run, entries: [{ ...first, start: iso(now) }, ...entries.slice(1)] } : { ...run, endedAt: iso(now) };
}

/** The entry running now: started, not ended, not skipped. */
export function currentEntry(run: DayRun): RunEntry | undefined {
  return run.endedAt ? undefined : run.entries.find((entry) => entry.status === 'planned' && entry.start !== undefined && entry.end === undefined);
}

/** Entries still to come, in order (not started, not skipped, not parked). */
export function upcomingEntries(run: DayRun): RunEntry[] {
  return run.entries.filter((entry) => entry.status === 'planned' && entry.start === undefined);
}

function withChange(run: DayRun, change: Omit<RunChange, 'at'>, now: Date): DayRun {
  return { ...run, changes: [...run.changes, { at: iso(now), ...change }] };
}

function replaceEntry(run: DayRun, id: string, change: (entry: RunEntry) => RunEntry): DayRun {
  return { ...run, entries: run.entries.map((entry) => (entry.id === id ? change(entry) : entry)) };
}

/** Ends the current block now and starts the next; after the last block the run ends. */
export function nextBlock(run: DayRun, now: Date): DayRun {
  const current = currentEntry(run);
  if (!current) return run;
  let next = withChange(replaceEntry(run, current.id, (entry) => ({ ...entry, status: 'done', end: iso(now) })), { kind: 'next', entryId: current.id }, now);
  const following = upcomingEntries(next)[0];
  next = following ? replaceEntry(next, following.id, (entry) => ({ ...entry, start: iso(now) })) : { ...next, endedAt: iso(now) };
  return next;
}

/** "+5 min": the current block gets more time; the blocks after it move (pinned ones keep their time). */
export function extendCurrent(run: DayRun, minutes: number, now: Date): DayRun {
  const current = currentEntry(run);
  if (!current || minutes <= 0) return run;
  const extended = replaceEntry(run, current.id, (entry) => ({ ...entry, addedMinutes: (entry.addedMinutes ?? 0) + minutes }));
  return withChange(extended, { kind: 'extend', entryId: current.id, minutes }, now);
}

/** Skips a block still to come (or, if it is the one running, ends it as skipped and starts the next). */
export function skipEntry(run: DayRun, entryId: string, now: Date): DayRun {
  const entry = run.entries.find((candidate) => candidate.id === entryId);
  if (!entry || entry.status !== 'planned' || entry.end !== undefined || run.endedAt) return run;
  const wasCurrent = entry.start !== undefined;
  let next = withChange(
    replaceEntry(run, entryId, ({ start: _start, ...rest }) => ({ ...rest, status: 'skipped' })),
    { kind: 'skip', entryId },
    now,
  );
  if (wasCurrent) {
    const following = upcomingEntries(next)[0];
    next = following ? replaceEntry(next, following.id, (upcoming) => ({ ...upcoming, start: iso(now) })) : { ...next, endedAt: iso(now) };
  }
  return next;
}

/** "Pauze nu": ends the current block now and starts a break of `minutes` in its place. */
export function breakNow(run: DayRun, title: string, minutes: number, now: Date): DayRun {
  const current = currentEntry(run);
  if (run.endedAt) return run;
  const ended = current ? replaceEntry(run, current.id, (entry) => ({ ...entry, status: 'done', end: iso(now) })) : run;
  const breakEntry: RunEntry = { id: newId('break'), title, plannedMinutes: minutes, status: 'planned', start: iso(now) };
  const at = current ? ended.entries.findIndex((entry) => entry.id === current.id) + 1 : 0;
  const entries = [...ended.entries.slice(0, at), breakEntry, ...ended.entries.slice(at)];
  return withChange({ ...ended, entries }, { kind: 'break', entryId: breakEntry.id, minutes }, now);
}

/** Moves a block still to come out of the day's order, to the live view's parking area. */
export function parkEntry(run: DayRun, entryId: string, now: Date): DayRun {
  const entry = upcomingEntries(run).find((candidate) => candidate.id === entryId);
  if (!entry) return run;
  return withChange(replaceEntry(run, entryId, (parked) => ({ ...parked, status: 'parked' })), { kind: 'park', entryId }, now);
}

/** Brings a parked block back as the next one. */
export function unparkEntry(run: DayRun, entryId: string, now: Date): DayRun {
  const entry = run.entries.find((candidate) => candidate.id === entryId && candidate.status === 'parked');
  if (!entry || run.endedAt) return run;
  const rest = run.entries.filter((candidate) => candidate.id !== entryId);
  const current = currentEntry(run);
  const at = current ? rest.findIndex((candidate) => candidate.id === current.id) + 1 : rest.findIndex((candidate) => candidate.status === 'planned');
  const back: RunEntry = { ...entry, status: 'planned' };
  const entries = at < 0 ? [...rest, back] : [...rest.slice(0, at), back, ...rest.slice(at)];
  return withChange({ ...run, entries }, { kind: 'unpark', entryId }, now);
}

/** Ends the day now: the current block ends; blocks still to come stay unrun. */
export function finishRun(run: DayRun, now: Date): DayRun {
  if (run.endedAt) return run;
  const current = currentEntry(run);
  const ended = current ? replaceEntry(run, current.id, (entry) => ({ ...entry, status: 'done', end: iso(now) })) : run;
  return withChange({ ...ended, endedAt: iso(now) }, { kind: 'finish' }, now);
}

/** Afterwards: how a block went (1-5) and a note. `undefined` clears a value. */
export function reflectOnEntry(run: DayRun, entryId: string, reflection: { rating?: number; note?: string }): DayRun {
  return replaceEntry(run, entryId, ({ rating: _rating, note: _note, ...entry }) => ({
    ...entry,
    ...(reflection.rating !== undefined ? { rating: reflection.rating } : {}),
    ...(reflection.note?.trim() ? { note: reflection.note } : {}),
  }));
}

/** The curriculum with `run` stored (replacing the run with its id, or added as the newest). */
export function withRun(curriculum: Curriculum, run: DayRun): Curriculum {
  const runs = curriculum.runs ?? [];
  const known = runs.some((existing) => existing.id === run.id);
  return { ...curriculum, runs: known ? runs.map((existing) => (existing.id === run.id ? run : existing)) : [...runs, run] };
}

/** The unfinished run of a day, if the app closed during one: it resumes where it was. */
export function openRun(curriculum: Curriculum, dayId: string): DayRun | undefined {
  return (curriculum.runs ?? []).findLast((run) => run.dayId === dayId && !run.endedAt);
}

/** The most recent run of a day, finished or not. */
export function latestRun(curriculum: Curriculum, dayId: string): DayRun | undefined {
  return (curriculum.runs ?? []).findLast((run) => run.dayId === dayId);
}
