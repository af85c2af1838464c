import type { TechniqueCard } from '../../model/card';
import type { Block, Curriculum } from '../../model/curriculum';
import { scheduleDay } from '../schedule';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { competenceArc } from './competence-arc';
import { controllingLanguage } from './controlling-language';
import { dayOverTarget } from './day-over-target';
import { emptyDay } from './empty-day';
import { goalCoverage } from './goal-coverage';
import { longTheory } from './long-theory';
import { needMissing } from './need-missing';
import { noBreak } from './no-break';
import { noChoice } from './no-choice';
import { noFollowUp } from './no-follow-up';
import { passiveTime } from './passive-time';
import { pinnedOverlap } from './pinned-overlap';
import { rotationFit } from './rotation-fit';
import { CHECK_SETTINGS, type CheckSettings, type Problem, type ProblemLocation, type Rule, type Severity } from './types';
import { unknownCard } from './unknown-card';

export * from './types';
export { defineRule, type Finding } from './define-rule';
export { BREAK_FIX_MINUTES } from './no-break';
export { ROTATION_ROUND_MINUTES } from './rotation-fit';

/** Also the order of problems at the same place and severity. */
export const RULES: readonly Rule[] = [
  unknownCard,
  pinnedOverlap,
  dayOverTarget,
  noBreak,
  longTheory,
  competenceArc,
  passiveTime,
  rotationFit,
  controllingLanguage,
  goalCoverage,
  noFollowUp,
  noChoice,
  emptyDay,
  needMissing,
];

/** The check thresholds out of the settings, e.g. for `runChecks`. */
export function checkSettings(settings: CheckSettings): CheckSettings {
  return Object.fromEntries(CHECK_SETTINGS.map((key) => [key, settings[key]])) as unknown as CheckSettings;
}

/** Identical problems (same rule, place and message) are reported once. */
function problemKey({ ruleId, location, message }: Problem): string {
  return `${ruleId}|${location.dayId ?? ''}|${location.blockId ?? ''}|${message.key}|${message.params ? JSON.stringify(message.params) : ''}`;
}

/**
 * A problem the trainer accepted for its block (`acceptedChecks`: a follow-up day that practises without a
 * new demonstration, a "verplicht kader" that must be named) is not reported again for that block.
 */
function acceptedChecksByBlock(curriculum: Curriculum): (problem: Problem) => boolean {
  const accepted = new Map<string, readonly string[]>();
  const note = (block: Block) => block.acceptedChecks?.length && accepted.set(block.id, block.acceptedChecks);
  for (const day of curriculum.days) day.blocks.forEach(note);
  curriculum.parking.forEach(note);
  return (problem) => problem.location.blockId !== undefined && (accepted.get(problem.location.blockId)?.includes(problem.ruleId) ?? false);
}

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

/**
 * Runs every rule over the curriculum; the day schedules are computed once and shared. Thresholds not
 * given are the settings' defaults.
 */
export function runChecks(curriculum: Curriculum, options: { cards: ReadonlyMap<string, TechniqueCard> } & Partial<CheckSettings>): Problem[] {
  const schedules = new Map(curriculum.days.map((day) => [day.id, scheduleDay(day)]));
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const context = { ...checkSettings(DEFAULT_SETTINGS), ...given, cards: options.cards, schedules };
  const key = placeKey(curriculum);
  const accepted = acceptedChecksByBlock(curriculum);
  const seen = new Set<string>();
  const unique = RULES.flatMap((rule) => rule.check(curriculum, context)).filter((problem) => {
    const id = problemKey(problem);
    if (seen.has(id) || accepted(problem)) return false;
    seen.add(id);
    return true;
  });
  const found = unique.map((problem) => ({ problem, place: key(problem.location) }));
  // Array.prototype.sort is stable, so rule order decides the rest.
  found.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity]);
  return found.map((entry) => entry.problem);
}
