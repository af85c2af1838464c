import { z } from 'zod';
import { LocalizedText } from './common';

/** The three basic psychological needs of self-determination theory. */
export const NEEDS = ['autonomy', 'competence', 'relatedness'] as const;
export const Need = z.enum(NEEDS);
export type Need = z.infer<typeof Need>;

/** Satisfaction and frustration are separate dimensions, so a card may feed one need and risk thwarting another. */
export const NeedEffect = z.enum(['supports', 'thwarts']);
export const EvidenceKind = z.enum(['literature', 'practitioner', 'judgement']);

export const NeedMapping = z.object({
  need: Need,
  effect: NeedEffect,
  strength: z.int().min(1).max(3),
  rationale: LocalizedText,
  evidence: EvidenceKind,
});
export type NeedMapping = z.infer<typeof NeedMapping>;
