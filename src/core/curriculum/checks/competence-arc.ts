import type { Block, BlockType } from '../../model/curriculum';
import { blockTitle, dayName } from '../labels';
import { defineRule, type Finding } from './define-rule';
import { DEBRIEF_FORMS, hasForm, INSTRUCTION_FORMS, PRACTICE_FORMS, timeRange, TRANSFER_FORMS } from './work-forms';

const THEORY_FORMS: ReadonlySet<BlockType> = new Set(['theory']);

/**
 * Group formats in which someone watches the practice and gives feedback on the spot: the observer in a
 * triad, the others in a subgroup, the room in a plenary (fishbowl, a live client). Pairs and individual
 * work need a debrief afterwards.
 */
const OBSERVED = new Set<Block['groupFormat']>(['triads', 'subgroups', 'plenary']);

/** Whether a practice block after `index` starts by `latest` (minutes; a pinned block may start before the one above it). */
function practiceWithin(scheduled: readonly { start: number }[], practice: readonly boolean[], index: number, latest: number): boolean {
  for (let later = index + 1; later < scheduled.length; later++) if (practice[later] && scheduled[later]!.start <= latest) return true;
  return false;
}

/**
 * The competence arc of a day: explain or show, practise with feedback, take it home. Practice with no
 * theory or demonstration before it that day (only the first such block: the rest of the day follows
 * from it) and practice without any feedback are warnings; theory with no practice soon after and a day
 * without transfer are hints, because a trainer can have good reasons for both.
 */
export const competenceArc = defineRule('competence-arc', 'warning', (curriculum, { cards, schedules, practiceAfterTheoryMinutes }) =>
  curriculum.days.flatMap((day, dayIndex): Finding[] => {
    if (day.blocks.length === 0) return [];
    const findings: Finding[] = [];
    const scheduled = schedules.get(day.id)?.blocks ?? [];
    const where = (index: number) => {
      const placed = scheduled[index];
      const block = day.blocks[index]!;
      return {
        title: blockTitle(block, cards, curriculum.language),
        range: placed ? timeRange(placed.start, placed.end) : '',
        day: dayName(curriculum, dayIndex),
      };
    };
    // Each block's roles once, and where the day's last debrief is: the rule stays linear in the day's length.
    const practice = day.blocks.map((block) => hasForm(block, cards, PRACTICE_FORMS));
    const lastDebrief = day.blocks.findLastIndex((block) => hasForm(block, cards, DEBRIEF_FORMS));
    let instructed = false;
    let reportedUninstructed = false;
    day.blocks.forEach((block, index) => {
      const location = { dayId: day.id, blockId: block.id };
      if (practice[index]) {
        if (!instructed && !reportedUninstructed) {
          reportedUninstructed = true;
          findings.push({ message: { key: 'check.competence-arc.no-instruction', params: where(index) }, location });
        }
        if (!OBSERVED.has(block.groupFormat) && lastDebrief <= index) {
          findings.push({ message: { key: 'check.competence-arc.no-feedback', params: where(index) }, location });
        }
      }
      if (hasForm(block, cards, INSTRUCTION_FORMS)) instructed = true;
      if (hasForm(block, cards, THEORY_FORMS)) {
        const end = scheduled[index]?.end;
        if (end === undefined || !practiceWithin(scheduled, practice, index, end + practiceAfterTheoryMinutes)) {
          findings.push({
            severity: 'info',
            message: { key: 'check.competence-arc.theory-no-practice', params: { ...where(index), minutes: practiceAfterTheoryMinutes } },
            location,
          });
        }
      }
    });
    if (!day.blocks.some((block) => hasForm(block, cards, TRANSFER_FORMS))) {
      findings.push({ severity: 'info', message: { key: 'check.competence-arc.no-transfer', params: { day: dayName(curriculum, dayIndex) } }, location: { dayId: day.id } });
    }
    return findings;
  }),
);
