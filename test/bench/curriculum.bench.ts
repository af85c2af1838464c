import { test } from 'vitest';
import { curriculumBalance, insertBlock, customBlock, parseDocument, runChecks, scheduleDay, serializeDocument } from '../../src/core';
import { loadBuiltinCards } from '../../src/services';
import { makeCurriculumDocument, RESOURCES_DIR } from '../unit/fixtures';
import { reportGoal } from './goals';
import { measure } from './measure';

// Goal (issue 13, kept from the trust issue): on a course of 20 days x 25 blocks, one edit recomputes the
// schedule, the needs and all checks in at most 4 ms at the 95th percentile.
test('curriculum of 20 days x 25 blocks', async () => {
  const document = makeCurriculumDocument(20, 25);
  const curriculum = document.curriculum!;
  const cards = new Map([...(await loadBuiltinCards(RESOURCES_DIR)), ...document.cards].map((card) => [card.id, card]));
  let round = 0;
  // Warmed up as in an app that has been open a while (200 runs first): the first runs are still being compiled.
  const edit = await measure('one edit + schedule + needs + all checks', () => {
    const day = curriculum.days[round++ % 20]!;
    const edited = insertBlock(curriculum, customBlock('energiser', 'Energizer', 10), { container: 'day', dayId: day.id, index: 3 });
    edited.days.forEach(scheduleDay);
    curriculumBalance(edited, cards);
    runChecks(edited, { cards, breakIntervalMinutes: 90 });
  }, 200, 200);
  reportGoal({ name: 'one edit on a 20 x 25 course: schedule, needs, all checks (p95)', value: edit.p95, goal: 4, unit: 'ms', issue: 13 });
  const text = serializeDocument(document);
  await measure('open: parse + validate', () => parseDocument(text));
});
