import type { Block, TrainingDay } from '../model/curriculum';
import { remembered } from '../remember';
import { toMinutes } from './time';

/** One block placed on the clock; all times are minutes after midnight. */
export interface ScheduledBlock {
  block: Block;
  index: number;
  start: number;
  end: number;
  pinned: boolean;
  /** Idle minutes before a pinned block whose pin lies after the previous block's end. */
  gapBefore: number;
  /** Minutes a pinned block starts before the previous block has ended. */
  overlap: number;
}

export interface DaySchedule {
  dayId: string;
  start: number;
  /** End of the last block (even when a pin makes it earlier than an overlapped block's end), or the day's start for an empty day. */
  end: number;
  targetEnd: number;
  /** Sum of the block durations; idle gaps and overlaps are not in it. */
  totalMinutes: number;
  /** `end - targetEnd`: positive when the day runs late, negative when it ends early. */
  overrun: number;
  blocks: ScheduledBlock[];
}

/**
 * Schedules remembered per day object: an edit makes a new object only for the day it changes, so the
 * other days keep theirs (and the views showing them need not render). Callers treat a schedule as read-only.
 */
const schedules = new WeakMap<TrainingDay, DaySchedule>();

/**
 * Places the blocks of a day one after the other from the day's start. A pinned block keeps its clock
 * time: the gap or overlap this causes is reported, never repaired, because only the trainer knows
 * whether the lunch or the guest speaker can move.
 */
export function scheduleDay(day: TrainingDay): DaySchedule {
  return remembered(schedules, day, placeBlocks);
}

function placeBlocks(day: TrainingDay): DaySchedule {
  const dayStart = toMinutes(day.start);
  const targetEnd = toMinutes(day.targetEnd);
  let cursor = dayStart;
  let totalMinutes = 0;
  const blocks = day.blocks.map((block, index): ScheduledBlock => {
    const pinned = block.pinnedStart !== undefined;
    const start = block.pinnedStart !== undefined ? toMinutes(block.pinnedStart) : cursor;
    const scheduled: ScheduledBlock = {
      block,
      index,
      start,
      end: start + block.durationMinutes,
      pinned,
      gapBefore: Math.max(0, start - cursor),
      overlap: Math.max(0, cursor - start),
    };
    cursor = scheduled.end;
    totalMinutes += block.durationMinutes;
    return scheduled;
  });
  return { dayId: day.id, start: dayStart, end: cursor, targetEnd, totalMinutes, overrun: cursor - targetEnd, blocks };
}
