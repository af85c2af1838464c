import { translator } from '../../i18n';
import type { Block } from '../../model/curriculum';
import { customBlock, findBlock, insertBlock } from '../edit';
import { dayName } from '../labels';
import { defineRule, type Finding } from './define-rule';
import type { QuickFix } from './types';

export const BREAK_FIX_MINUTES = 15;

const isBreak = (block: Block) => block.kind === 'custom' && (block.type === 'break' || block.type === 'lunch');

/** Looks the block up when applied, so the fix still lands in the right place after other edits. */
function insertBreakBefore(blockId: string): QuickFix {
  return {
    title: { key: 'fix.insert-break', params: { minutes: BREAK_FIX_MINUTES } },
    apply(curriculum) {
      const found = findBlock(curriculum, blockId);
      if (!found) return curriculum;
      const pause = customBlock('break', translator(curriculum.language)('blockType.break'), BREAK_FIX_MINUTES);
      return insertBlock(curriculum, pause, found.place);
    },
  };
}

/**
 * More than the break interval of blocks without a break or lunch in between. The problem sits on the
 * block that crosses the limit, because a break right before it is the obvious repair. Counting then
 * restarts at that block, as if the break were there, so a long stretch is reported once per interval.
 */
export const noBreak = defineRule('no-break', 'warning', (curriculum, { breakIntervalMinutes }) => {
  const findings: Finding[] = [];
  curriculum.days.forEach((day, dayIndex) => {
    let run = 0;
    day.blocks.forEach((block) => {
      if (isBreak(block)) {
        run = 0;
        return;
      }
      run += block.durationMinutes;
      if (run <= breakIntervalMinutes) return;
      run = block.durationMinutes;
      findings.push({
        message: { key: 'check.no-break', params: { minutes: breakIntervalMinutes, day: dayName(curriculum, dayIndex) } },
        location: { dayId: day.id, blockId: block.id },
        // A break before a block that is itself longer than the interval would not help, so no fix then.
        ...(block.durationMinutes <= breakIntervalMinutes ? { fix: insertBreakBefore(block.id) } : {}),
      });
    });
  });
  return findings;
});
