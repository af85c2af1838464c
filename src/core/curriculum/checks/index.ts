import type { TechniqueCard } from '../../model/card';
import type { Curriculum } from '../../model/curriculum';
import { scheduleDay } from '../schedule';
import { dayOverTarget } from './day-over-target';
import { emptyDay } from './empty-day';
import { longTheory } from './long-theory';
import { needMissing } from './need-missing';
import { noBreak } from './no-break';
import { pinnedOverlap } from './pinned-overlap';
import type { Problem, ProblemLocation, Rule, Severity } from './types';
import { unknownCard } from './unknown-card';

export * from './types';
export { defineRule, type Finding } from './define-rule';
export { BREAK_FIX_MINUTES } from './no-break';

/** Also the order of problems at the same place and severity. */
export const RULES: readonly Rule[] = [unknownCard, pinnedOverlap, dayOverTarget, noBreak, longTheory, emptyDay, needMissing];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Orders locations as the trainer reads the curriculum: day by day (day-level problems first), block by
 * block, then the parking area; problems without a place come first.
 */
function placeKey(curriculum: Curriculum): (location: ProblemLocation) => [number, number] {
  const dayOrder = new Map(curriculum.days.map((day, index) => [day.id, index]));
  const blockOrder = new Map<string, [number, number]>();
  curriculum.days.forEach((day, dayIndex) => day.blocks.forEach((block, index) => blockOrder.set(block.id, [dayIndex, index])));
  curriculum.parking.forEach((block, index) => blockOrder.set(block.id, [curriculum.days.length, index]));
  return (location) => {
    if (location.blockId !== undefined) return blockOrder.get(location.blockId) ?? [curriculum.days.length + 1, 0];
    if (location.dayId !== undefined) return [dayOrder.get(location.dayId) ?? curriculum.days.length + 1, -1];
    return [-1, -1];
  };
}

/** Runs every rule over the curriculum; the day schedules are computed once and shared. */
export function runChecks(
  curriculum: Curriculum,
  options: { cards: ReadonlyMap<string, TechniqueCard>; breakIntervalMinutes: number },
): Problem[] {
  const schedules = new Map(curriculum.days.map((day) => [day.id, scheduleDay(day)]));
  const context = { ...options, schedules };
  const key = placeKey(curriculum);
  const found = RULES.flatMap((rule) => rule.check(curriculum, context)).map((problem) => ({ problem, place: key(problem.location) }));
  // Array.prototype.sort is stable, so rule order decides the rest.
  found.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity]);
  return found.map((entry) => entry.problem);
}
