import { z } from 'zod';
import { ClockTime, GroupFormat, Id, Language, Minutes } from './common';
import { DayRun } from './run';

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
  /** The curriculum's learning goals this block serves, by their place in `learningGoals` (0-based). */
  servesGoals: z.array(z.int().min(0)).optional(),
  /** Design checks the trainer has accepted for this block (a "verplicht kader" that must be named), by code. */
  acceptedChecks: z.array(z.string().min(1)).optional(),
};

export const CardBlock = z.object({ kind: z.literal('card'), cardId: Id, ...blockFields });
export const CustomBlock = z.object({ kind: z.literal('custom'), type: BlockType, title: z.string().min(1), ...blockFields });
export type CardBlock = z.infer<typeof CardBlock>;
export type CustomBlock = z.infer<typeof CustomBlock>;

/**
 * One option of a choice block: a card or a hand-written block, without the fields that belong to the
 * time slot. The alternatives share the choice block's slot, so they have no `durationMinutes` or
 * `pinnedStart` of their own (a per-alternative length would make the day's end depend on what people
 * choose). `servesGoals` and `acceptedChecks` are left out too: the choice block as a whole serves goals
 * and carries the accepted checks, because checks report per block on the timeline. The alternative keeps
 * its own id (so an editor can address it), group format, goal, texts and materials: those differ per option.
 */
const ALTERNATIVE_OMIT = { durationMinutes: true, pinnedStart: true, servesGoals: true, acceptedChecks: true } as const;
export const CardAlternative = CardBlock.omit(ALTERNATIVE_OMIT);
export const CustomAlternative = CustomBlock.omit(ALTERNATIVE_OMIT);
export const Alternative = z.discriminatedUnion('kind', [CardAlternative, CustomAlternative]);
export type CardAlternative = z.infer<typeof CardAlternative>;
export type CustomAlternative = z.infer<typeof CustomAlternative>;
export type Alternative = z.infer<typeof Alternative>;

export const MIN_ALTERNATIVES = 2;
export const MAX_ALTERNATIVES = 4;

/**
 * A time slot in which participants choose one (or two) of 2-4 alternatives: "no fixed programme", the
 * founding interview's core. The block's own fields describe the slot as a whole: its length and pinned
 * start, its group format, what the choice is for (`goal`), an introduction for participants
 * (`participantText`, may be empty), notes and shared materials. `pick: 2` means every participant does two
 * alternatives one after the other within the slot. Alternatives cannot nest: an alternative is never a choice.
 */
export const ChoiceBlock = z.object({
  kind: z.literal('choice'),
  title: z.string().min(1),
  pick: z.union([z.literal(1), z.literal(2)]),
  alternatives: z.array(Alternative).min(MIN_ALTERNATIVES).max(MAX_ALTERNATIVES),
  ...blockFields,
});
export type ChoiceBlock = z.infer<typeof ChoiceBlock>;

export const Block = z.discriminatedUnion('kind', [CardBlock, CustomBlock, ChoiceBlock]);
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
  /** How many participants the training is for; some checks (rotation in pairs and triads) need it. */
  groupSize: z.int().min(1).max(500).optional(),
  trainers: z.array(z.string()),
  place: z.string(),
  days: z.array(TrainingDay),
  /** Blocks not yet scheduled. */
  parking: z.array(Block),
  /** What happened when days were run live, oldest first (format version 3). The plan above never changes by a run. */
  runs: z.array(DayRun).optional(),
});
export type Curriculum = z.infer<typeof Curriculum>;
