import { findBlock, updateBlock } from '../edit';
import { blockTitle } from '../labels';
import { THEORY_LIMIT_MINUTES } from '../needs-by-type';
import { defineRule, type Finding } from './define-rule';
import { timeRange, workForms } from './work-forms';

/**
 * A theory block longer than the limit: attention drops and participants get little say. Theory by work
 * form, so a hand-written theory block and a card done as theory (`tm-mini-lecture`) alike; a choice block
 * only when every alternative is theory. The fix shortens it to the limit; splitting it up is the trainer's call.
 */
export const longTheory = defineRule('long-theory', 'warning', (curriculum, { cards, schedules }) =>
  curriculum.days.flatMap((day) =>
    day.blocks.flatMap((block, index): Finding[] => {
      const forms = workForms(block, cards);
      if (forms.length === 0 || !forms.every((form) => form === 'theory') || block.durationMinutes <= THEORY_LIMIT_MINUTES) return [];
      const placed = schedules.get(day.id)?.blocks[index];
      const params = {
        title: blockTitle(block, cards, curriculum.language),
        minutes: block.durationMinutes,
        limit: THEORY_LIMIT_MINUTES,
        range: placed ? timeRange(placed.start, placed.end) : '',
      };
      return [
        {
          message: { key: 'check.long-theory', params },
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
