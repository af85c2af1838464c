import { z } from 'zod';
import { ClockTime, GroupFormat, Id, Language, Minutes } from './common';

export const BLOCK_TYPES = [
  'opening',
  'goals-programme',
  'theory',
  'demonstration',
  'exercise',
  'role-play',
  'live-client',
  'plenary-reflection',
  'break',
  'lunch',
  'energiser',
  'transfer',
  'closing',
  'homework',
] as const;
export const BlockType = z.enum(BLOCK_TYPES);
export type BlockType = z.infer<typeof BlockType>;

/** Fields every block has, whether it comes from a card or is written by hand. Texts are in the curriculum's language. */
const blockFields = {
  id: Id,
  durationMinutes: Minutes,
  groupFormat: GroupFormat,
  /** "Waartoe": what the block is for. */
  goal: z.string(),
  participantText: z.string(),
  /** Never shown to participants. */
  trainerNotes: z.string(),
  materials: z.array(z.string()),
  /** A pinned block keeps its clock time; gaps and overlaps around it are shown, not fixed. */
  pinnedStart: ClockTime.optional(),
};

export const CardBlock = z.object({ kind: z.literal('card'), cardId: Id, ...blockFields });
export const CustomBlock = z.object({ kind: z.literal('custom'), type: BlockType, title: z.string().min(1), ...blockFields });
export const Block = z.discriminatedUnion('kind', [CardBlock, CustomBlock]);
export type CardBlock = z.infer<typeof CardBlock>;
export type CustomBlock = z.infer<typeof CustomBlock>;
export type Block = z.infer<typeof Block>;

export const TrainingDay = z.object({
  id: Id,
  title: z.string(),
  date: z.iso.date().optional(),
  start: ClockTime,
  targetEnd: ClockTime,
  blocks: z.array(Block),
});
export type TrainingDay = z.infer<typeof TrainingDay>;

/** A named, reusable sequence of blocks; dropping it into a day copies the blocks. */
export const Module = z.object({
  id: Id,
  title: z.string().min(1),
  description: z.string(),
  blocks: z.array(Block),
});
export type Module = z.infer<typeof Module>;

export const Curriculum = z.object({
  id: Id,
  title: z.string(),
  language: Language,
  audience: z.string(),
  learningGoals: z.array(z.string()),
  trainers: z.array(z.string()),
  place: z.string(),
  days: z.array(TrainingDay),
  /** Blocks not yet scheduled. */
  parking: z.array(Block),
});
export type Curriculum = z.infer<typeof Curriculum>;
