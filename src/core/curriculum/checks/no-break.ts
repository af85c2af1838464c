import { translator } from '../../i18n';
import type { Block } from '../../model/curriculum';
import { customBlock, findBlock, insertBlock } from '../edit';
import { dayName } from '../labels';
import { defineRule, type Finding } from './define-rule';
import type { QuickFix } from './types';
import { timeRange } from './work-forms';

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
 * Index (within `blocks`) of the block boundary nearest the middle of the stretch: a break there splits it
 * into two halves as equal as the blocks allow. -1 for a single block, which has no boundary inside.
 */
function middleBoundary(blocks: readonly Block[]): number {
  const total = blocks.reduce((sum, block) => sum + block.durationMinutes, 0);
  let best = -1;
  let bestDistance = Infinity;
  let elapsed = 0;
  blocks.forEach((block, index) => {
    if (index > 0 && Math.abs(elapsed - total / 2) < bestDistance) {
      best = index;
      bestDistance = Math.abs(elapsed - total / 2);
    }
    elapsed += block.durationMinutes;
  });
  return best;
}

/**
 * A stretch of blocks without a break or lunch that lasts longer than the break interval, reported once per
 * stretch with its time range. The fix puts a break at the block boundary nearest the middle of the
 * stretch, and the problem sits on the block after that boundary; a stretch still too long after that is
 * reported again, half by half. A single block longer than the interval gets no fix: only the trainer can
 * split it.
 */
export const noBreak = defineRule('no-break', 'warning', (curriculum, { breakIntervalMinutes, schedules }) => {
  const findings: Finding[] = [];
  curriculum.days.forEach((day, dayIndex) => {
    const scheduled = schedules.get(day.id)?.blocks ?? [];
    let from = 0;
    const close = (to: number) => {
      const stretch = day.blocks.slice(from, to);
      const minutes = stretch.reduce((sum, block) => sum + block.durationMinutes, 0);
      if (stretch.length > 0 && minutes > breakIntervalMinutes) {
        const middle = middleBoundary(stretch);
        const start = scheduled[from]?.start ?? 0;
        const end = scheduled[to - 1]?.end ?? start + minutes;
        const at = stretch[Math.max(middle, 0)]!;
        findings.push({
          message: { key: 'check.no-break', params: { range: timeRange(start, end), minutes, limit: breakIntervalMinutes, day: dayName(curriculum, dayIndex) } },
          location: { dayId: day.id, blockId: at.id },
          ...(middle > 0 ? { fix: insertBreakBefore(at.id) } : {}),
        });
      }
      from = to + 1;
    };
    day.blocks.forEach((block, index) => {
      if (isBreak(block)) close(index);
    });
    close(day.blocks.length);
  });
  return findings;
});
