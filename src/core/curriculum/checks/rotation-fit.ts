import { blockTitle } from '../labels';
import { defineRule, type Finding } from './define-rule';
import { hasForm, PRACTICE_FORMS, replaceBlock, timeRange } from './work-forms';

/**
 * Minutes one round of a practice in pairs or triads takes: about 6 minutes of conversation, 3 of feedback
 * from partner and observer, and 1 to switch roles. Shorter rounds leave no time for the feedback that
 * makes the practice work.
 */
export const ROTATION_ROUND_MINUTES = 10;

/**
 * Rounds needed for everyone to take every role. In pairs: 2, or 3 when the group is odd (one triad). In
 * triads: 3, or 4 when the group does not divide by three (groups of four, where each still leads once).
 */
export function rotationRounds(format: 'pairs' | 'triads', groupSize: number): number {
  if (format === 'pairs') return groupSize % 2 === 0 ? 2 : 3;
  return groupSize % 3 === 0 ? 3 : 4;
}

/**
 * A practice block in pairs or triads too short for every participant to take each role (conversation
 * lead, conversation partner, observer). Needs the curriculum's group size; without it the rule is silent.
 * The fix lengthens the block to the time the rounds take.
 */
export const rotationFit = defineRule('rotation-fit', 'warning', (curriculum, { cards, schedules }) => {
  const groupSize = curriculum.groupSize;
  if (groupSize === undefined) return [];
  return curriculum.days.flatMap((day) =>
    day.blocks.flatMap((block, index): Finding[] => {
      const format = block.groupFormat;
      if (format !== 'pairs' && format !== 'triads') return [];
      if (groupSize < (format === 'pairs' ? 2 : 3) || !hasForm(block, cards, PRACTICE_FORMS)) return [];
      const rounds = rotationRounds(format, groupSize);
      const needed = rounds * ROTATION_ROUND_MINUTES;
      if (block.durationMinutes >= needed) return [];
      const placed = schedules.get(day.id)?.blocks[index];
      const params = {
        title: blockTitle(block, cards, curriculum.language),
        range: placed ? timeRange(placed.start, placed.end) : '',
        groupSize,
        rounds,
        round: ROTATION_ROUND_MINUTES,
        needed,
      };
      return [
        {
          message: { key: `check.rotation-fit.${format}`, params },
          location: { dayId: day.id, blockId: block.id },
          fix: {
            title: { key: 'fix.lengthen', params: { minutes: needed } },
            apply: (c) => replaceBlock(c, block.id, (found) => ({ ...found, durationMinutes: Math.max(found.durationMinutes, needed) })),
          },
        },
      ];
    }),
  );
});
