import { describe, expect, it } from 'vitest';
import { dropPlace, markerFor } from '../../src/ui/curriculum/drop-place';
import { makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

const curriculum = makeCurriculum([makeDay('d1', [makeCustomBlock('a'), makeCustomBlock('b'), makeCustomBlock('c')]), makeDay('d2', [makeCustomBlock('x')])]);
const card = { type: 'card' as const, cardId: 'mi-open-questions' };
const overBlock = (blockId: string) => ({ type: 'block' as const, key: 'k', blockId });
const rect = { top: 100, height: 60 };

describe('where a drop lands', () => {
  it('puts a card from the library before a block when the pointer is in its upper half, after it in the lower half', () => {
    expect(dropPlace(curriculum, card, overBlock('b'), { y: 110, rect })).toEqual({ container: 'day', dayId: 'd1', index: 1 });
    expect(dropPlace(curriculum, card, overBlock('b'), { y: 150, rect })).toEqual({ container: 'day', dayId: 'd1', index: 2 });
  });

  it('can land after the last block of a day', () => {
    expect(dropPlace(curriculum, card, overBlock('c'), { y: 159, rect })).toEqual({ container: 'day', dayId: 'd1', index: 3 });
    expect(dropPlace(curriculum, card, { type: 'container', key: 'k', container: 'day', dayId: 'd2', empty: false }, null)).toEqual({ container: 'day', dayId: 'd2', index: 1 });
  });

  it('moves a block to another day where it was pointed', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'a' };
    expect(dropPlace(curriculum, block, overBlock('x'), { y: 150, rect })).toEqual({ container: 'day', dayId: 'd2', index: 1 });
    expect(dropPlace(curriculum, block, overBlock('x'), { y: 101, rect })).toEqual({ container: 'day', dayId: 'd2', index: 0 });
  });

  it('follows the list as it moves aside for a block moved within its own day', () => {
    const block = { type: 'block' as const, key: 'k', blockId: 'c' };
    expect(dropPlace(curriculum, block, overBlock('a'), { y: 150, rect })).toEqual({ container: 'day', dayId: 'd1', index: 0 });
  });

  it('marks the place with a line after the block before it, or before the first block', () => {
    expect(markerFor(curriculum, 'k', { container: 'day', dayId: 'd1', index: 0 })).toEqual({ key: 'k', blockId: 'a', side: 'before' });
    expect(markerFor(curriculum, 'k', { container: 'day', dayId: 'd1', index: 3 })).toEqual({ key: 'k', blockId: 'c', side: 'after' });
  });
});
