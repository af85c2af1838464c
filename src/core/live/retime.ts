import { toMinutes } from '../curriculum/time';
import type { TrainingDay } from '../model/curriculum';
import type { DayRun, RunEntry } from '../model/run';
import { currentEntry, upcomingEntries } from './run';

const MINUTE = 60_000;

/** A block still to come, placed on the clock from now. Times are epoch milliseconds. */
export interface RetimedEntry {
  entry: RunEntry;
  start: number;
  end: number;
  pinned: boolean;
  /** Minutes the blocks before a pinned block run into its time: the squeeze the trainer must absorb. */
  squeeze: number;
  /** Idle minutes before a pinned block when the day runs ahead of it. */
  gap: number;
}

export interface LiveTiming {
  current?: { entry: RunEntry; start: number; end: number; remainingMs: number };
  upcoming: RetimedEntry[];
  /** When the day will end at this pace (the later of the last block's end and now). */
  projectedEnd: number;
  targetEnd: number;
  /** `projectedEnd - targetEnd` in whole minutes: positive runs late. */
  lateMinutes: number;
  finished: boolean;
}

/** Epoch ms of a clock time on the day the run started (local time: the training room's clock). */
export function clockOnRunDay(run: DayRun, clock: string): number {
  const midnight = new Date(run.startedAt);
  midnight.setHours(0, 0, 0, 0);
  return midnight.getTime() + toMinutes(clock) * MINUTE;
}

const plannedLength = (entry: RunEntry) => (entry.plannedMinutes + (entry.addedMinutes ?? 0)) * MINUTE;

/**
 * Re-times the rest of the day from `now`: the current block ends when its (extended) time is up, or now
 * if it runs over; every block after it follows, except a pinned block, which keeps its clock time and
 * shows how much the blocks before it squeeze into it (or the gap when the day is ahead).
 */
export function retime(day: TrainingDay, run: DayRun, now: number): LiveTiming {
  const targetEnd = clockOnRunDay(run, day.targetEnd);
  const running = currentEntry(run);
  let cursor = now;
  let current: LiveTiming['current'];
  if (running?.start) {
    const start = Date.parse(running.start);
    const end = start + plannedLength(running);
    current = { entry: running, start, end, remainingMs: end - now };
    cursor = Math.max(end, now);
  }
  const upcoming = run.endedAt
    ? []
    : upcomingEntries(run).map((entry): RetimedEntry => {
        const pin = entry.pinnedStart !== undefined ? clockOnRunDay(run, entry.pinnedStart) : undefined;
        const start = pin ?? cursor;
        const placed: RetimedEntry = {
          entry,
          start,
          end: start + plannedLength(entry),
          pinned: pin !== undefined,
          squeeze: pin !== undefined ? Math.max(0, Math.round((cursor - pin) / MINUTE)) : 0,
          gap: pin !== undefined ? Math.max(0, Math.round((pin - cursor) / MINUTE)) : 0,
        };
        cursor = placed.end;
        return placed;
      });
  const projectedEnd = run.endedAt ? Date.parse(run.endedAt) : Math.max(cursor, now);
  return { current, upcoming, projectedEnd, targetEnd, lateMinutes: Math.round((projectedEnd - targetEnd) / MINUTE), finished: Boolean(run.endedAt) };
}
