import { translator } from '../i18n';
import type { TechniqueCard } from '../model/card';
import type { Language } from '../model/common';
import type { Alternative, Block, Curriculum } from '../model/curriculum';
import { localized } from '../text';

/**
 * How a message names a day: its title, or "Dag 2" for an untitled one. The fallback is in the
 * curriculum's language because it stands where a title written in that language would stand.
 */
export function dayName(curriculum: Curriculum, dayIndex: number): string {
  const title = curriculum.days[dayIndex]?.title.trim();
  return title || translator(curriculum.language)('day.untitled', { number: dayIndex + 1 });
}

/** How a message names a block: its own title, its card's title, or the card id when the card is unknown. */
export function blockTitle(block: Block | Alternative, cards: ReadonlyMap<string, TechniqueCard>, language: Language): string {
  if (block.kind === 'custom' || block.kind === 'choice') return block.title;
  const card = cards.get(block.cardId);
  return card ? localized(card.title, language) : block.cardId;
}
