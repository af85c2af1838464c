import { translator } from '../i18n';
import type { TechniqueCard } from '../model/card';
import { newId, type Language } from '../model/common';
import type { BlockType, CardBlock, Curriculum, CustomBlock, TrainingDay } from '../model/curriculum';
import { localized } from '../text';

/** Block durations must stay whole minutes within a day, or the document no longer validates. */
function validMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.min(24 * 60, Math.max(1, Math.round(minutes))) : 1;
}

/** An empty day named "Dag {number}" in the curriculum's language. */
export function newDay(language: Language, number: number, start: string, targetEnd: string): TrainingDay {
  return { id: newId('day'), title: translator(language)('day.untitled', { number }), start, targetEnd, blocks: [] };
}

/**
 * A block that uses a card, with a fresh id. Texts are copied in the curriculum's language so the
 * trainer can adapt them to this group without changing the card.
 */
export function blockFromCard(card: TechniqueCard, language: Language): CardBlock {
  return {
    kind: 'card',
    cardId: card.id,
    id: newId('block'),
    durationMinutes: validMinutes(card.defaultDurationMinutes),
    groupFormat: card.groupFormat,
    goal: localized(card.goal, language),
    participantText: localized(card.summary, language),
    trainerNotes: '',
    materials: card.materials.map((material) => localized(material, language)),
  };
}

/** A hand-written block, plenary until the trainer says otherwise. An empty title becomes the type id, because a block needs one. */
export function customBlock(type: BlockType, title: string, minutes: number): CustomBlock {
  return {
    kind: 'custom',
    type,
    title: title.trim() || type,
    id: newId('block'),
    durationMinutes: validMinutes(minutes),
    groupFormat: 'plenary',
    goal: '',
    participantText: '',
    trainerNotes: '',
    materials: [],
  };
}

/** A new curriculum with one empty day from `dayStart` to `dayEnd`. */
export function newCurriculum(language: Language, title: string, dayStart: string, dayEnd: string): Curriculum {
  return {
    id: newId('curriculum'),
    title,
    language,
    audience: '',
    learningGoals: [],
    trainers: [],
    place: '',
    days: [newDay(language, 1, dayStart, dayEnd)],
    parking: [],
  };
}
