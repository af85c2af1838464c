import { Store } from '../../app';
import { findBlock, type BlockPlace, type Curriculum } from '../../core';
import type { DragItem, DropTarget } from './dnd-ids';

/** Where the pointer is while dragging, and the rectangle of the block it is over. */
export interface PointerOver {
  y: number;
  rect: { top: number; height: number };
}

/**
 * Where a drop lands. A block moved within its own list follows the sortable preview on screen (before
 * the block when moving up, after it when moving down). Anything else (a card or module from the library,
 * a block from another day) lands before or after the block it is over, by which half the pointer is in;
 * over an empty area, or below the last block, it lands at the end.
 */
export function dropPlace(curriculum: Curriculum, item: DragItem, target: DropTarget, pointer: PointerOver | null): BlockPlace | null {
  if (target.type === 'container') {
    if (target.container === 'parking') return { container: 'parking', index: curriculum.parking.length };
    const day = curriculum.days.find((candidate) => candidate.id === target.dayId);
    return day ? { container: 'day', dayId: day.id, index: day.blocks.length } : null;
  }
  const over = findBlock(curriculum, target.blockId);
  if (!over) return null;
  if (movesWithinList(curriculum, item, target) || !pointer) return over.place;
  const after = pointer.y > pointer.rect.top + pointer.rect.height / 2;
  return { ...over.place, index: over.place.index + (after ? 1 : 0) };
}

/** A block dragged over another block of its own list: the list moves aside to show where it lands. */
export function movesWithinList(curriculum: Curriculum, item: DragItem, target: DropTarget): boolean {
  if (item.type !== 'block' || target.type !== 'block' || item.key !== target.key) return false;
  const from = findBlock(curriculum, item.blockId)?.place;
  const over = findBlock(curriculum, target.blockId)?.place;
  if (!from || !over || from.container !== over.container) return false;
  return from.container === 'parking' || (over.container === 'day' && from.dayId === over.dayId);
}

/** The insertion marker shown while something is dragged from elsewhere: a line before or after a block. */
export type DropMarker = { key: string; blockId: string; side: 'before' | 'after' } | null;
export const dropMarker = new Store<DropMarker>(null);

/** The marker for a place: after the block before it, or before the first block. */
export function markerFor(curriculum: Curriculum, key: string, place: BlockPlace): DropMarker {
  const list = place.container === 'parking' ? curriculum.parking : (curriculum.days.find((day) => day.id === place.dayId)?.blocks ?? []);
  if (list.length === 0) return null;
  const previous = list[place.index - 1];
  return previous ? { key, blockId: previous.id, side: 'after' } : { key, blockId: list[0]!.id, side: 'before' };
}
