import { scheduleDay, type DaySchedule, type TrainingDay } from '../../core';

const schedules = new WeakMap<TrainingDay, DaySchedule>();

/**
 * A day's schedule, worked out once per version of the day: an edit makes a new day object only for the
 * day it changed, so the other days keep their schedule (and the components showing it need not render).
 */
export function scheduleOf(day: TrainingDay): DaySchedule {
  let schedule = schedules.get(day);
  if (!schedule) {
    schedule = scheduleDay(day);
    schedules.set(day, schedule);
  }
  return schedule;
}
