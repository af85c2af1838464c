import { removeDay } from '../edit';
import { dayName } from '../labels';
import { defineRule, type Finding } from './define-rule';

/** A day without blocks. Removing it is offered only when another day remains, so a new curriculum keeps its first day. */
export const emptyDay = defineRule('empty-day', 'info', (curriculum) =>
  curriculum.days.flatMap((day, index): Finding[] => {
    if (day.blocks.length > 0) return [];
    return [
      {
        message: { key: 'check.empty-day', params: { day: dayName(curriculum, index) } },
        location: { dayId: day.id },
        ...(curriculum.days.length > 1 ? { fix: { title: { key: 'fix.remove-day' }, apply: (c) => removeDay(c, day.id) } } : {}),
      },
    ];
  }),
);
