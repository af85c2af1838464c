import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Curriculum as CurriculumSchema,
  addDay,
  blockFromCard,
  customBlock,
  duplicateBlock,
  findBlock,
  insertBlock,
  insertBlocks,
  moveBlock,
  moveDay,
  newCurriculum,
  removeBlock,
  removeDay,
  updateBlock,
  updateDay,
  type Block,
  type BlockPlace,
  type Curriculum,
} from '../../src/core';
import { makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

/** Freezes deeply, so an operation that mutates its input throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const ids = (blocks: readonly Block[]) => blocks.map((block) => block.id);
const allIds = (c: Curriculum) => [...c.days.flatMap((day) => ids(day.blocks)), ...ids(c.parking)];
const sample = () =>
  deepFreeze(
    makeCurriculum(
      [makeDay('day-1', [makeCustomBlock('a'), makeCustomBlock('b'), makeCustomBlock('c')]), makeDay('day-2', [makeCustomBlock('d')])],
      { parking: [makeCustomBlock('p')] },
    ),
  );

describe('days', () => {
  it('a new day gets the next number and the hours of the last day', () => {
    const c = addDay(deepFreeze(makeCurriculum([makeDay('day-1', [], { start: '08:30', targetEnd: '16:00' })])));
    expect(c.days).toHaveLength(2);
    expect(c.days[1]).toMatchObject({ title: 'Dag 2', start: '08:30', targetEnd: '16:00', blocks: [] });
    expect(c.days[1]!.id).toMatch(/^day-[a-z0-9]+$/);
  });

  it('a new day keeps what is given and titles itself in the curriculum language', () => {
    const c = addDay(makeCurriculum([], { language: 'en' }), { date: '2026-03-02' });
    expect(c.days[0]).toMatchObject({ title: 'Day 1', date: '2026-03-02', start: '09:00', targetEnd: '17:00' });
  });

  it('removes, updates and reorders days', () => {
    const c = sample();
    expect(removeDay(c, 'day-1').days.map((d) => d.id)).toEqual(['day-2']);
    expect(updateDay(c, 'day-2', { title: 'Terugkomdag', targetEnd: '12:30' }).days[1]).toMatchObject({ title: 'Terugkomdag', targetEnd: '12:30', blocks: c.days[1]!.blocks });
    expect(moveDay(c, 'day-2', 0).days.map((d) => d.id)).toEqual(['day-2', 'day-1']);
  });

  it('clearing a date removes the field instead of leaving undefined in the file', () => {
    const dated = updateDay(sample(), 'day-1', { date: '2026-03-02' });
    const cleared = updateDay(dated, 'day-1', { date: undefined });
    expect('date' in cleared.days[0]!).toBe(false);
  });

  it('returns the same curriculum for an unknown day, so undo records nothing', () => {
    const c = sample();
    expect(removeDay(c, 'nope')).toBe(c);
    expect(updateDay(c, 'nope', { title: 'x' })).toBe(c);
    expect(moveDay(c, 'nope', 0)).toBe(c);
  });
});

describe('blocks', () => {
  it('finds a block in a day or in the parking area', () => {
    const c = sample();
    expect(findBlock(c, 'c')).toMatchObject({ place: { container: 'day', dayId: 'day-1', index: 2 } });
    expect(findBlock(c, 'p')).toMatchObject({ place: { container: 'parking', index: 0 } });
    expect(findBlock(c, 'nope')).toBeNull();
  });

  it('inserts a block at a place; an index past the end appends', () => {
    const c = sample();
    expect(ids(insertBlock(c, makeCustomBlock('x'), { container: 'day', dayId: 'day-1', index: 1 }).days[0]!.blocks)).toEqual(['a', 'x', 'b', 'c']);
    expect(ids(insertBlock(c, makeCustomBlock('x'), { container: 'parking', index: 99 }).parking)).toEqual(['p', 'x']);
  });

  it('gives an inserted block a fresh id when its id is already used', () => {
    const c = insertBlock(sample(), makeCustomBlock('a'), { container: 'parking', index: 0 });
    expect(new Set(allIds(c)).size).toBe(allIds(c).length);
  });

  it('moveBlock index counts in the target list after the block was taken out', () => {
    const c = sample();
    // Moving the first of three to the end of its own day is index 2, not 3.
    expect(ids(moveBlock(c, 'a', { container: 'day', dayId: 'day-1', index: 2 }).days[0]!.blocks)).toEqual(['b', 'c', 'a']);
    expect(ids(moveBlock(c, 'c', { container: 'day', dayId: 'day-1', index: 0 }).days[0]!.blocks)).toEqual(['c', 'a', 'b']);
  });

  it('moves a block to another day and to the parking area', () => {
    const toDay2 = moveBlock(sample(), 'b', { container: 'day', dayId: 'day-2', index: 0 });
    expect(ids(toDay2.days[0]!.blocks)).toEqual(['a', 'c']);
    expect(ids(toDay2.days[1]!.blocks)).toEqual(['b', 'd']);
    const parked = moveBlock(sample(), 'd', { container: 'parking', index: 0 });
    expect(ids(parked.days[1]!.blocks)).toEqual([]);
    expect(ids(parked.parking)).toEqual(['d', 'p']);
  });

  it('a move to the same spot or to a day that does not exist changes nothing', () => {
    const c = sample();
    expect(moveBlock(c, 'b', { container: 'day', dayId: 'day-1', index: 1 })).toBe(c);
    expect(moveBlock(c, 'b', { container: 'day', dayId: 'gone', index: 0 })).toBe(c);
  });

  it('removes, updates and duplicates blocks', () => {
    const c = sample();
    expect(ids(removeBlock(c, 'b').days[0]!.blocks)).toEqual(['a', 'c']);
    expect(findBlock(updateBlock(c, 'p', { durationMinutes: 45, title: 'Nieuw' }), 'p')?.block).toMatchObject({ durationMinutes: 45, title: 'Nieuw' });
    const duplicated = duplicateBlock(c, 'b').days[0]!.blocks;
    expect(duplicated).toHaveLength(4);
    expect(duplicated[2]).toEqual({ ...c.days[0]!.blocks[1], id: duplicated[2]!.id });
    expect(duplicated[2]!.id).not.toBe('b');
  });

  it('unpinning removes the pin; a card block ignores a title', () => {
    const pinned = updateBlock(sample(), 'a', { pinnedStart: '10:00' });
    expect(findBlock(pinned, 'a')?.block.pinnedStart).toBe('10:00');
    expect('pinnedStart' in findBlock(updateBlock(pinned, 'a', { pinnedStart: undefined }), 'a')!.block).toBe(false);
    const withCard = makeCurriculum([makeDay('d', [makeCardBlock('k', 'card-1')])]);
    expect(findBlock(updateBlock(withCard, 'k', { title: 'x', goal: 'Nieuw doel' }), 'k')?.block).not.toHaveProperty('title');
  });

  it('dropping a module copies its blocks with fresh ids, in order', () => {
    const moduleBlocks = [makeCustomBlock('m1', { title: 'Een' }), makeCustomBlock('m2', { title: 'Twee' })];
    const c = insertBlocks(sample(), moduleBlocks, { container: 'day', dayId: 'day-2', index: 1 });
    const day2 = c.days[1]!.blocks;
    expect(day2.map((b) => (b.kind === 'card' ? b.cardId : b.title))).toEqual(['Blok d', 'Een', 'Twee']);
    expect(ids(day2).slice(1)).not.toContain('m1');
    expect(new Set(allIds(c)).size).toBe(allIds(c).length);
  });
});

describe('making blocks and curricula', () => {
  it('a block from a card takes its duration, format, materials and texts in the wanted language', () => {
    const card = makeCard('card-1', { defaultDurationMinutes: 25, groupFormat: 'triads' });
    const block = blockFromCard(card, 'en');
    expect(block).toMatchObject({ kind: 'card', cardId: 'card-1', durationMinutes: 25, groupFormat: 'triads', goal: 'Goal', participantText: 'Summary', trainerNotes: '', materials: ['Flip chart'] });
    expect(blockFromCard(card, 'en').id).not.toBe(block.id);
  });

  it('makes valid custom blocks and curricula', () => {
    const block = customBlock('break', 'Pauze', 15);
    expect(block).toMatchObject({ kind: 'custom', type: 'break', title: 'Pauze', durationMinutes: 15 });
    const c = insertBlock(newCurriculum('nl', 'Gespreksvoering', '09:30', '16:30'), block, { container: 'parking', index: 0 });
    expect(c.days).toEqual([expect.objectContaining({ title: 'Dag 1', start: '09:30', targetEnd: '16:30', blocks: [] })]);
    expect(CurriculumSchema.safeParse(c).success).toBe(true);
    expect(customBlock('exercise', '  ', 0)).toMatchObject({ title: 'exercise', durationMinutes: 1 });
  });
});

// ---- properties -------------------------------------------------------------------------------

const arbitraryCurriculum = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }), fc.integer({ min: 0, max: 4 }))
  .map(([dayLengths, parked]) => {
    let next = 0;
    const blocks = (count: number) => Array.from({ length: count }, () => makeCustomBlock(`block-${next++}`));
    return deepFreeze(makeCurriculum(dayLengths.map((length, index) => makeDay(`day-${index}`, blocks(length))), { parking: blocks(parked) }));
  });

/** A place that exists in the curriculum, with an index that may run past the end. */
const arbitraryPlace = (c: Curriculum): fc.Arbitrary<BlockPlace> =>
  fc.oneof(
    fc.integer({ min: 0, max: 8 }).map((index): BlockPlace => ({ container: 'parking', index })),
    ...c.days.map((day) => fc.integer({ min: 0, max: 8 }).map((index): BlockPlace => ({ container: 'day', dayId: day.id, index }))),
  );

describe('edit properties', () => {
  it('moveBlock keeps every block exactly once', () => {
    const scenario = arbitraryCurriculum
      .filter((c) => allIds(c).length > 0)
      .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...allIds(c)), arbitraryPlace(c)));
    fc.assert(
      fc.property(scenario, ([c, blockId, place]) => {
        const moved = moveBlock(c, blockId, place);
        expect([...allIds(moved)].sort()).toEqual([...allIds(c)].sort());
        const found = findBlock(moved, blockId);
        expect(found?.place.container).toBe(place.container);
      }),
    );
  });

  it('inserting a block and removing it again gives back the original', () => {
    const scenario = arbitraryCurriculum.chain((c) => fc.tuple(fc.constant(c), arbitraryPlace(c)));
    fc.assert(
      fc.property(scenario, ([c, place]) => {
        const inserted = insertBlock(c, makeCustomBlock('block-new'), place);
        expect(allIds(inserted)).toContain('block-new');
        expect(removeBlock(inserted, 'block-new')).toEqual(c);
      }),
    );
  });
});
