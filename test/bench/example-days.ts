import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Curriculum, type DraaiboekDocument } from '../../src/core';
import { RESOURCES_DIR } from '../unit/fixtures';

/** The shipped 3-day example training, as the benchmarks' material. */
export const exampleDocument: DraaiboekDocument = (() => {
  const parsed = parseDocument(readFileSync(join(RESOURCES_DIR, 'examples', 'basistraining-activerende-gespreksvoering.draaiboek'), 'utf8'));
  if (!parsed.ok) throw new Error('the example does not open');
  return parsed.document;
})();

/** The example's days repeated to `days` days, with fresh day and block ids (a file with them opens as valid). */
export function curriculumOf(days: number): Curriculum {
  const base = exampleDocument.curriculum!;
  return {
    ...base,
    days: Array.from({ length: days }, (_, i) => {
      const day = base.days[i % base.days.length]!;
      return { ...day, id: `day-${i}`, title: `Dag ${i + 1}`, blocks: day.blocks.map((block) => ({ ...block, id: `${block.id}-${i}` })) };
    }),
  };
}

/** The example's cards by id, as a handout looks them up. */
export const exampleCards = new Map(exampleDocument.cards.map((card) => [card.id, card]));
