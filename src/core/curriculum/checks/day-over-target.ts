import { dayName } from '../labels';
import { toClock } from '../time';
import { defineRule, type Finding } from './define-rule';

/** The day's blocks run past the time the trainer wants to finish. */
export const dayOverTarget = defineRule('day-over-target', 'warning', (curriculum, { schedules }) =>
  curriculum.days.flatMap((day, index): Finding[] => {
    const schedule = schedules.get(day.id);
    if (!schedule || schedule.overrun <= 0) return [];
    const params = { day: dayName(curriculum, index), minutes: schedule.overrun, targetEnd: toClock(schedule.targetEnd) };
    return [{ message: { key: 'check.day-over-target', params }, location: { dayId: day.id } }];
  }),
);
