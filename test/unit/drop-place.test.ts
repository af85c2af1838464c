import { describe, expect, it } from 'vitest';
import { blockAt, gapAt, gapForIndex, lastIndex, listTargetOf, markerForGap, placeForGap, stepSlot } from '../../src/ui/curriculum/drop-place';
import { makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

const curriculum = makeCurriculum([makeDay('d1', [makeCustomBlock('a'), makeCustomBlock('b'), makeCustomBlock('c')]), makeDay('d2', [makeCustomBlock('x')])]);
const card = { type: 'card' as const, cardId: 'mi-open-questions' };
const day = (dayId: string) => ({ type: 'container' as const, key: 'k', container: 'day' as const, dayId, empty: false });
const parking = { type: 'container' as const, key: 'k', container: 'parking' as const, empty: true };
// Three blocks of 60 pixels, 4 apart, from the top of their list.
const spans = [
  { id: 'a', top: 0, bottom: 60 },
  { id: 'b', top: 64, bottom: 124 },
  { id: 'c', top: 128, bottom: 188 },
];

describe('where a drop lands', () => {
  it('points at the gap before a block from its upper half, after it from its lower half', () => {
    expect(gapAt(spans, 70)).toBe(1);
    expect(gapAt(spans, 110)).toBe(2);
    expect(gapAt(spans, 300)).toBe(3);
    expect(gapAt([], 10)).toBe(0);
    expect(blockAt(spans, 70)).toBe('b');
    expect(blockAt(spans, 62)).toBeNull();
  });

  it('puts a card from the library into the gap, also after the last block or into an empty list', () => {
    expect(placeForGap(curriculum, card, day('d1'), 1)).toEqual({ container: 'day', dayId: 'd1', index: 1 });
    expect(placeForGap(curriculum, card, day('d1'), 3)).toEqual({ container: 'day', dayId: 'd1', index: 3 });
    expect(placeForGap(curriculum, card, parking, 0)).toEqual({ container: 'parking', index: 0 });
  });

  it('moves a block to another day where it was pointed', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'a' };
    expect(placeForGap(curriculum, block, day('d2'), 1)).toEqual({ container: 'day', dayId: 'd2', index: 1 });
    expect(placeForGap(curriculum, block, day('d2'), 0)).toEqual({ container: 'day', dayId: 'd2', index: 0 });
  });

  it('moves a block within its own day to the gap, and nowhere when the gap is beside it', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'b' };
    expect(placeForGap(curriculum, block, day('d1'), 0)).toEqual({ container: 'day', dayId: 'd1', index: 0 });
    expect(placeForGap(curriculum, block, day('d1'), 3)).toEqual({ container: 'day', dayId: 'd1', index: 2 });
    expect(placeForGap(curriculum, block, day('d1'), 1)).toBeNull();
    expect(placeForGap(curriculum, block, day('d1'), 2)).toBeNull();
  });

  it('steps a block by keyboard through the places of its own list and to the end of another', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'a' };
    expect(gapForIndex(curriculum, block, day('d1'), 1)).toBe(2);
    expect(placeForGap(curriculum, block, day('d1'), gapForIndex(curriculum, block, day('d1'), 1))).toEqual({ container: 'day', dayId: 'd1', index: 1 });
    expect(lastIndex(curriculum, block, day('d1'))).toBe(2);
    expect(lastIndex(curriculum, block, day('d2'))).toBe(1);
  });

  it('moves a keyboard drag\'s slot on the key press: down through its list and on into the next, up back, left and right to the list beside', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'b' };
    const lists = [
      { list: 'g:d1', target: day('d1') },
      { list: 'g:d2', target: day('d2') },
      { list: 'g:p', target: parking },
    ];
    const start = { list: 'g:d1', target: listTargetOf('k', { container: 'day', dayId: 'd1', index: 1 }), index: 1 };
    expect(start.target).toEqual({ ...day('d1'), empty: false });
    const down = stepSlot(curriculum, block, lists, start, 'ArrowDown');
    expect(down).toMatchObject({ list: 'g:d1', index: 2 });
    // Past its own list's last place, into the next list's first.
    expect(stepSlot(curriculum, block, lists, down, 'ArrowDown')).toMatchObject({ list: 'g:d2', index: 0, target: day('d2') });
    // Up from another list's first place: the last place of the list before, where the block already is.
    expect(stepSlot(curriculum, block, lists, { ...lists[1]!, index: 0 }, 'ArrowUp')).toMatchObject({ list: 'g:d1', index: 2 });
    // Beside: the same place, or the end of a shorter list; the parking area is the last list.
    expect(stepSlot(curriculum, block, lists, down, 'ArrowRight')).toMatchObject({ list: 'g:d2', index: 1 });
    expect(stepSlot(curriculum, block, lists, { ...lists[2]!, index: 0 }, 'ArrowRight')).toMatchObject({ list: 'g:p', index: 0 });
    expect(stepSlot(curriculum, block, lists, start, 'ArrowLeft')).toBe(start);
    expect(stepSlot(curriculum, block, lists, { ...start, index: 0 }, 'ArrowUp')).toEqual({ ...start, index: 0 });
    // The drop goes to the slot: index 2 in its own list is the gap after the last block, the last place.
    expect(placeForGap(curriculum, block, down.target, gapForIndex(curriculum, block, down.target, down.index))).toEqual({ container: 'day', dayId: 'd1', index: 2 });
  });

  it('marks the gap with a line after the block before it, or before the first block', () => {
    expect(markerForGap(curriculum, day('d1'), 0)).toEqual({ key: 'k', blockId: 'a', side: 'before' });
    expect(markerForGap(curriculum, day('d1'), 3)).toEqual({ key: 'k', blockId: 'c', side: 'after' });
    expect(markerForGap(curriculum, parking, 0)).toBeNull();
  });
});
