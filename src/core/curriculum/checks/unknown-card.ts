import type { Block } from '../../model/curriculum';
import type { TechniqueCard } from '../../model/card';
import { blockCardIds } from '../choice';
import { defineRule, type Finding } from './define-rule';

function unknownCards(blocks: readonly Block[], cards: ReadonlyMap<string, TechniqueCard>, dayId?: string): Finding[] {
  // A choice block reports each unknown card among its alternatives at the choice block's place.
  return blocks.flatMap((block): Finding[] =>
    blockCardIds(block)
      .filter((cardId) => !cards.has(cardId))
      .map((cardId) => ({ message: { key: 'check.unknown-card', params: { cardId } }, location: dayId ? { dayId, blockId: block.id } : { blockId: block.id } })),
  );
}

/** A block refers to a card that is neither in the library nor in the file; its instructions are lost. Parked blocks too. */
export const unknownCard = defineRule('unknown-card', 'error', (curriculum, { cards }) => [
  ...curriculum.days.flatMap((day) => unknownCards(day.blocks, cards, day.id)),
  ...unknownCards(curriculum.parking, cards),
]);
