import { findBlock, updateBlock } from '../edit';
import { THEORY_LIMIT_MINUTES } from '../needs-by-type';
import { defineRule, type Finding } from './define-rule';

/**
 * A theory block longer than the limit: attention drops and participants get little say. The fix
 * shortens it to the limit; splitting it up is the trainer's call.
 */
export const longTheory = defineRule('long-theory', 'warning', (curriculum) =>
  curriculum.days.flatMap((day) =>
    day.blocks.flatMap((block): Finding[] => {
      if (block.kind !== 'custom' || block.type !== 'theory' || block.durationMinutes <= THEORY_LIMIT_MINUTES) return [];
      return [
        {
          message: { key: 'check.long-theory', params: { title: block.title, minutes: block.durationMinutes, limit: THEORY_LIMIT_MINUTES } },
          location: { dayId: day.id, blockId: block.id },
          fix: {
            title: { key: 'fix.shorten-theory', params: { minutes: THEORY_LIMIT_MINUTES } },
            apply: (c) => (findBlock(c, block.id) ? updateBlock(c, block.id, { durationMinutes: THEORY_LIMIT_MINUTES }) : c),
          },
        },
      ];
    }),
  ),
);
