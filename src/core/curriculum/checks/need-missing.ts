import { NEEDS } from '../../model/needs';
import { dayName } from '../labels';
import { dayBalance } from '../needs';
import { defineRule, type Finding } from './define-rule';

/** A day with blocks that feeds none of the blocks to one of the three needs; a hint, not a fault. */
export const needMissing = defineRule('need-missing', 'info', (curriculum, { cards }) =>
  curriculum.days.flatMap((day, index): Finding[] => {
    if (day.blocks.length === 0) return [];
    const { supports } = dayBalance(day, cards);
    return NEEDS.filter((need) => supports[need] === 0).map((need) => ({
      // One key per need, so the need is named in the UI's language rather than passed in as a word.
      message: { key: `check.need-missing.${need}`, params: { day: dayName(curriculum, index), need } },
      location: { dayId: day.id },
    }));
  }),
);
