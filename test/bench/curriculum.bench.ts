import { test } from 'vitest';
import { curriculumBalance, insertBlock, customBlock, parseDocument, runChecks, scheduleDay, serializeDocument } from '../../src/core';
import { loadBuiltinCards } from '../../src/services';
import { makeCurriculumDocument, RESOURCES_DIR } from '../unit/fixtures';
import { measure } from './measure';

// Targets for 20 days x 25 blocks: one edit recomputes schedule, needs and all checks in < 4 ms.
test('curriculum of 20 days x 25 blocks', async () => {
  const document = makeCurriculumDocument(20, 25);
  const curriculum = document.curriculum!;
  const cards = new Map([...(await loadBuiltinCards(RESOURCES_DIR)), ...document.cards].map((card) => [card.id, card]));
  let round = 0;
  await measure('one edit + schedule + needs + all checks', () => {
    const day = curriculum.days[round++ % 20]!;
    const edited = insertBlock(curriculum, customBlock('energiser', 'Energizer', 10), { container: 'day', dayId: day.id, index: 3 });
    edited.days.forEach(scheduleDay);
    curriculumBalance(edited, cards);
    runChecks(edited, { cards, breakIntervalMinutes: 90 });
  }, 200);
  const text = serializeDocument(document);
  await measure('open: parse + validate', () => parseDocument(text));
});
