import { translator } from '../i18n';
import type { TechniqueCard } from '../model/card';
import { newId, type Language } from '../model/common';
import type { Alternative, Block, BlockType, CardBlock, CustomBlock, CardAlternative, ChoiceBlock, CustomAlternative } from '../model/curriculum';
import type { NeedMapping } from '../model/needs';
import { blockFromCard } from './create';

/**
 * What offering a choice does for the participants, on top of what the alternatives themselves do: the
 * 'exercise' layer. Strength 2, not 3: the trainer still sets the menu, so it is a real but bounded choice.
 * Meaningful choice among a few options is a core form of autonomy support (Patall, Cooper & Robinson 2008,
 * a meta-analysis of choice and intrinsic motivation; Vansteenkiste & Soenens, Vitamines voor groei, 2015).
 */
export const CHOICE_AUTONOMY: NeedMapping = {
  layer: 'exercise',
  need: 'autonomy',
  effect: 'supports',
  strength: 2,
  rationale: {
    nl: 'Deelnemers kiezen zelf wat ze oefenen; een betekenisvolle keuze uit een paar opties ondersteunt autonomie.',
    en: 'Participants choose what they practise; a meaningful choice among a few options supports autonomy.',
  },
  evidence: 'literature',
};

/** Every card id a block refers to: its own, or its alternatives'. */
export function blockCardIds(block: Block): string[] {
  if (block.kind === 'card') return [block.cardId];
  if (block.kind === 'choice') return block.alternatives.flatMap((alternative) => (alternative.kind === 'card' ? [alternative.cardId] : []));
  return [];
}

/** A block with its alternatives, each alternative as a block in the choice's slot (for code that handles one block at a time). */
export function alternativeAsBlock(choice: ChoiceBlock, alternative: Alternative): CardBlock | CustomBlock {
  return { ...alternative, durationMinutes: choice.durationMinutes };
}

/** A card as an alternative: the card's texts in the curriculum's language, as `blockFromCard` copies them. */
export function alternativeFromCard(card: TechniqueCard, language: Language): CardAlternative {
  const { durationMinutes: _minutes, ...alternative } = blockFromCard(card, language);
  return { ...alternative, id: newId('alt') };
}

/** A hand-written alternative, an exercise in subgroups until the trainer says otherwise. */
export function customAlternative(title: string, type: BlockType = 'exercise'): CustomAlternative {
  return { kind: 'custom', type, title: title.trim() || type, id: newId('alt'), groupFormat: 'subgroups', goal: '', participantText: '', trainerNotes: '', materials: [] };
}

/**
 * A new choice block of `minutes` with two hand-written alternatives (a choice block needs at least two),
 * titled in the curriculum's language; the trainer replaces them with cards or renames them.
 */
export function choiceBlock(language: Language, minutes: number): ChoiceBlock {
  const t = translator(language);
  return {
    kind: 'choice',
    title: t('curriculum.choice.defaultTitle'),
    pick: 1,
    alternatives: [1, 2].map((number) => customAlternative(`${t('curriculum.choice.newAlternative')} ${number}`)),
    id: newId('block'),
    durationMinutes: Math.min(24 * 60, Math.max(1, Math.round(minutes))),
    groupFormat: 'subgroups',
    goal: '',
    participantText: '',
    trainerNotes: '',
    materials: [],
  };
}
