import { z } from 'zod';
import { TechniqueCard } from '../model/card';
import { Curriculum, Module } from '../model/curriculum';

export const FORMAT_NAME = 'draaiboek';
export const FORMAT_VERSION = 4;
export const FILE_EXTENSION = '.draaiboek';
/** Curriculum files are shared by e-mail and chat; anything larger than this is not one of ours. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const DocumentHeader = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.int().min(0),
  app: z.object({ name: z.string(), version: z.string() }),
});

/** A `.draaiboek` file: a curriculum and/or the cards and modules it carries (a card pack has no curriculum). */
export const DraaiboekDocument = z.object({
  ...DocumentHeader.shape,
  curriculum: Curriculum.optional(),
  cards: z.array(TechniqueCard),
  modules: z.array(Module),
});
export type DraaiboekDocument = z.infer<typeof DraaiboekDocument>;
