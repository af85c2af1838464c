import { z } from 'zod';
import { LocalizedText } from './common';

/** The three basic psychological needs of self-determination theory. */
export const NEEDS = ['autonomy', 'competence', 'relatedness'] as const;
export const Need = z.enum(NEEDS);
export type Need = z.infer<typeof Need>;

/** Satisfaction and frustration are separate dimensions, so a card may feed one need and risk thwarting another. */
export const NeedEffect = z.enum(['supports', 'thwarts']);
export const EvidenceKind = z.enum(['literature', 'practitioner', 'judgement']);

/**
 * Whose needs a mapping is about. A technique card describes what the technique does for the client when a
 * coach uses it ('conversation'); every card also says what practising it in the training does for the
 * participants ('exercise'). A training is designed for its participants, so its balance counts 'exercise'.
 */
export const NEED_LAYERS = ['exercise', 'conversation'] as const;
export const NeedLayer = z.enum(NEED_LAYERS);
export type NeedLayer = z.infer<typeof NeedLayer>;

export const NeedMapping = z.object({
  layer: NeedLayer,
  need: Need,
  effect: NeedEffect,
  strength: z.int().min(1).max(3),
  rationale: LocalizedText,
  evidence: EvidenceKind,
});
export type NeedMapping = z.infer<typeof NeedMapping>;
