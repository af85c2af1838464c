import { NEEDS } from '../../model/needs';
import { dayName } from '../labels';
import { dayBalance } from '../needs';
import { defineRule, type Finding } from './define-rule';
import type { Message } from './types';

/**
 * A day with blocks that feeds one of the three needs (for the participants, the exercise layer) for
 * fewer weighted minutes (minutes x strength / 3) than the set threshold; a hint, not a fault. A need
 * fed not at all has its own message.
 */
export const needMissing = defineRule('need-missing', 'info', (curriculum, { cards, needMissingMinutes }) =>
  curriculum.days.flatMap((day, index): Finding[] => {
    if (day.blocks.length === 0) return [];
    const { supports } = dayBalance(day, cards);
    const label = dayName(curriculum, index);
    return NEEDS.filter((need) => supports[need] === 0 || supports[need] < needMissingMinutes).map((need) => {
      const minutes = Math.round(supports[need]);
      // One key per need, so the need is named in the UI's language rather than passed in as a word.
      const message: Message =
        supports[need] === 0
          ? { key: `check.need-missing.${need}` as const, params: { day: label, need } }
          : { key: `check.need-weak.${need}`, params: { day: label, need, minutes, limit: needMissingMinutes } };
      return { message, location: { dayId: day.id } };
    });
  }),
);
