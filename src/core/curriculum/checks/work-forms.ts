import type { TechniqueCard } from '../../model/card';
import type { Alternative, Block, BlockType, Curriculum } from '../../model/curriculum';
import { remembered } from '../../remember';
import { toClock } from '../time';

/**
 * The didactic role of a block, for the checks: by its work form (a hand-written block's type, a card's
 * `workForm`). A choice block has the forms of its alternatives; a card we do not know has none.
 * Remembered per card library and block object, since every rule asks it of every block on every edit.
 */
export function workForms(block: Block, cards: ReadonlyMap<string, TechniqueCard>): readonly BlockType[] {
  const known = remembered(formsByLibrary, cards, () => new WeakMap<Block, readonly BlockType[]>());
  return remembered(known, block, () => formsOf(block, cards));
}

const formsByLibrary = new WeakMap<ReadonlyMap<string, TechniqueCard>, WeakMap<Block, readonly BlockType[]>>();

function formsOf(block: Block, cards: ReadonlyMap<string, TechniqueCard>): BlockType[] {
  const parts: readonly (Block | Alternative)[] = block.kind === 'choice' ? block.alternatives : [block];
  return parts.flatMap((part) => {
    const form = part.kind === 'custom' ? part.type : part.kind === 'card' ? cards.get(part.cardId)?.workForm : undefined;
    return form ? [form] : [];
  });
}

export const PRACTICE_FORMS: ReadonlySet<BlockType> = new Set(['exercise', 'role-play', 'live-client']);
export const INSTRUCTION_FORMS: ReadonlySet<BlockType> = new Set(['theory', 'demonstration']);
export const TRANSFER_FORMS: ReadonlySet<BlockType> = new Set(['transfer', 'homework']);
export const DEBRIEF_FORMS: ReadonlySet<BlockType> = new Set(['plenary-reflection']);

/** Whether any of the block's forms is in the set: in a choice block, someone does it. */
export const hasForm = (block: Block, cards: ReadonlyMap<string, TechniqueCard>, forms: ReadonlySet<BlockType>) =>
  workForms(block, cards).some((form) => forms.has(form));

/** Replaces one block, wherever it is (a day or the parking area); unchanged lists are shared. */
export function replaceBlock(c: Curriculum, blockId: string, change: (block: Block) => Block): Curriculum {
  const map = (blocks: Block[]): Block[] => (blocks.some((block) => block.id === blockId) ? blocks.map((block) => (block.id === blockId ? change(block) : block)) : blocks);
  return { ...c, days: c.days.map((day) => ({ ...day, blocks: map(day.blocks) })), parking: map(c.parking) };
}

/** "09:30–11:15", the time range a message names (minutes after midnight). */
export const timeRange = (start: number, end: number) => `${toClock(start)}–${toClock(end)}`;
