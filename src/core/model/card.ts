import { z } from 'zod';
import { GroupFormat, Id, LocalizedText, Minutes, Timestamp } from './common';
import { NeedMapping } from './needs';
import { BlockType } from './curriculum';

export const TRADITIONS = [
  'motivational-interviewing',
  'solution-focused',
  'progress-focused',
  'positive-psychology',
  'narrative',
  'self-determination',
  'career-development',
  'training-method',
  'other',
] as const;
export const Tradition = z.enum(TRADITIONS);
export type Tradition = z.infer<typeof Tradition>;

export const Source = z.object({
  citation: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Source = z.infer<typeof Source>;

/** Where a card comes from: the starter library, the trainer's own, a colleague's file, or a team library. */
export const CARD_ORIGINS = ['built-in', 'own', 'imported', 'team'] as const;
export type CardOrigin = (typeof CARD_ORIGINS)[number];

export const Provenance = z.object({
  origin: z.enum(CARD_ORIGINS),
  author: z.string(),
  /** The name of the team library a team card lives in (origin "team"). */
  team: z.string().max(200).optional(),
  updated: Timestamp,
  /** The card this one was duplicated or imported from, so a copy remembers where it came from. */
  derivedFrom: Id.optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const TechniqueCard = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  tradition: Tradition,
  needs: z.array(NeedMapping),
  defaultDurationMinutes: Minutes,
  groupFormat: GroupFormat,
  /** How a training practises it ("Rollenspel", "Theorie"): the work form in the trainer's timetable. */
  workForm: BlockType.optional(),
  materials: z.array(LocalizedText),
  goal: LocalizedText,
  /** Markdown. */
  instructions: LocalizedText,
  exampleQuestions: z.array(LocalizedText),
  /** Never shown to participants. */
  trainerNotes: LocalizedText,
  /**
   * "Zie ook": cards from overlapping families (open questions and the attitude of wonder, the scaling question
   * and the MI rulers, exceptions and earlier successes), each with one sentence on how the other card differs,
   * so a trainer picks the right one and can contrast them in a training.
   */
  seeAlso: z.array(z.object({ cardId: Id, difference: LocalizedText })).optional(),
  sources: z.array(Source),
  tags: z.array(z.string().min(1)),
  provenance: Provenance,
});
export type TechniqueCard = z.infer<typeof TechniqueCard>;
