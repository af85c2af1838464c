import type { TechniqueCard } from '../../model/card';
import type { Block } from '../../model/curriculum';
import { blockActivity, blockNeeds } from '../needs';
import { dayName } from '../labels';
import { defineRule, type Finding } from './define-rule';

/**
 * Whether participants choose something in this block: a choice block always; any other block when what
 * it does for the participants (its exercise layer) supports autonomy at full strength, the mark of a
 * block in which they steer the content themselves (their own case, their own goal). A transfer block or
 * homework with the type's modest autonomy support (strength 2 or less) does not count: choosing how to
 * apply something at home is not choosing what to do in the training.
 */
function offersChoice(block: Block, cards: ReadonlyMap<string, TechniqueCard>): boolean {
  if (block.kind === 'choice') return true;
  return blockNeeds(block, cards).some((mapping) => mapping.need === 'autonomy' && mapping.effect === 'supports' && mapping.strength >= 3);
}

/**
 * A day in which participants choose nothing: "no fixed programme" is the founding interview's core, and
 * a meaningful choice is the simplest autonomy support a design can give. Only a hint (info): a short day
 * or a day with a fixed frame may rightly have none. Days with nothing but breaks (or nothing at all, the
 * 'empty-day' check) are left alone.
 */
export const noChoice = defineRule('no-choice', 'info', (curriculum, { cards }) =>
  curriculum.days.flatMap((day, index): Finding[] => {
    const working = day.blocks.filter((block) => blockActivity(block, cards) !== 'break');
    if (working.length === 0 || working.some((block) => offersChoice(block, cards))) return [];
    return [{ message: { key: 'check.no-choice', params: { day: dayName(curriculum, index) } }, location: { dayId: day.id } }];
  }),
);
