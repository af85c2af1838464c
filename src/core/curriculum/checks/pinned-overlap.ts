import { blockTitle, dayName } from '../labels';
import { toClock } from '../time';
import { defineRule, type Finding } from './define-rule';

/**
 * A pinned block starts while the block before it is still running. Nothing is moved: only the
 * trainer knows what can shift. A first block pinned before the day's start has no block to overlap.
 */
export const pinnedOverlap = defineRule('pinned-overlap', 'error', (curriculum, { schedules, cards }) =>
  curriculum.days.flatMap((day, index) =>
    (schedules.get(day.id)?.blocks ?? []).flatMap((scheduled): Finding[] => {
      if (!scheduled.pinned || scheduled.overlap <= 0 || scheduled.index === 0) return [];
      const params = {
        title: blockTitle(scheduled.block, cards, curriculum.language),
        pin: toClock(scheduled.start),
        minutes: scheduled.overlap,
        day: dayName(curriculum, index),
      };
      return [{ message: { key: 'check.pinned-overlap', params }, location: { dayId: day.id, blockId: scheduled.block.id } }];
    }),
  ),
);
