import { z } from 'zod';
import { ClockTime, Id, Minutes, Timestamp } from './common';

/**
 * What happened to one block on the day. An entry keeps the block's title and planned length as they were
 * when the run started, so the record still reads right after the plan changes or the block is deleted.
 * A break inserted on the day ("Pauze nu") is an entry without a `blockId`.
 */
export const RunEntry = z.object({
  id: Id,
  /** The plan's block this entry ran; absent for a break inserted on the day. */
  blockId: Id.optional(),
  /** The card a card block used, so what a card did on the day is known after the plan changes. */
  cardId: Id.optional(),
  title: z.string(),
  plannedMinutes: Minutes,
  /** Minutes added on the day ("+5 min"): the re-timing counts them, the plan does not change. */
  addedMinutes: z.int().min(0).max(24 * 60).optional(),
  /** A pinned block (lunch) keeps its clock time on the day too. */
  pinnedStart: ClockTime.optional(),
  /** `parked`: moved out of the day's order on the day, to the live view's parking area. */
  status: z.enum(['planned', 'done', 'skipped', 'parked']),
  start: Timestamp.optional(),
  end: Timestamp.optional(),
  /** Afterwards: how it went, 1 (badly) to 5 (very well), and "wat werkte, wat niet". */
  rating: z.int().min(1).max(5).optional(),
  note: z.string().max(4000).optional(),
});
export type RunEntry = z.infer<typeof RunEntry>;

export const RUN_CHANGE_KINDS = ['next', 'extend', 'skip', 'break', 'park', 'unpark', 'finish'] as const;

/** One thing the trainer did on the day, in order: the day's story beside its outcome. */
export const RunChange = z.object({
  at: Timestamp,
  kind: z.enum(RUN_CHANGE_KINDS),
  entryId: Id.optional(),
  minutes: z.int().min(1).max(24 * 60).optional(),
});
export type RunChange = z.infer<typeof RunChange>;

/** One run of one training day: started live, and finished when the last block ends or the trainer ends it. */
export const DayRun = z.object({
  id: Id,
  dayId: Id,
  date: z.iso.date(),
  startedAt: Timestamp,
  endedAt: Timestamp.optional(),
  entries: z.array(RunEntry),
  changes: z.array(RunChange),
});
export type DayRun = z.infer<typeof DayRun>;
