import type { Block } from '../../model/curriculum';
import type { TechniqueCard } from '../../model/card';
import { defineRule, type Finding } from './define-rule';

function unknownCards(blocks: readonly Block[], cards: ReadonlyMap<string, TechniqueCard>, dayId?: string): Finding[] {
  return blocks.flatMap((block): Finding[] =>
    block.kind === 'card' && !cards.has(block.cardId)
      ? [{ message: { key: 'check.unknown-card', params: { cardId: block.cardId } }, location: dayId ? { dayId, blockId: block.id } : { blockId: block.id } }]
      : [],
  );
}

/** A block refers to a card that is neither in the library nor in the file; its instructions are lost. Parked blocks too. */
export const unknownCard = defineRule('unknown-card', 'error', (curriculum, { cards }) => [
  ...curriculum.days.flatMap((day) => unknownCards(day.blocks, cards, day.id)),
  ...unknownCards(curriculum.parking, cards),
]);
