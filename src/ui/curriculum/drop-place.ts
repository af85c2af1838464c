import { Store } from '../../app';
import { findBlock, type Block, type BlockPlace, type Curriculum } from '../../core';
import type { DragItem, DropTarget } from './dnd-ids';

/** A day or the parking area as a place to drop (its blocks are not drop targets of their own). */
export type ListTarget = Extract<DropTarget, { type: 'container' }>;

/** The blocks of a day or of the parking area. */
export function blocksOf(curriculum: Curriculum, target: ListTarget): readonly Block[] | null {
  if (target.container === 'parking') return curriculum.parking;
  return curriculum.days.find((day) => day.id === target.dayId)?.blocks ?? null;
}

/** A block's extent in its list, from the top of the list, as measured when something was grabbed. */
export interface BlockSpan {
  id: string;
  top: number;
  bottom: number;
}

/**
 * The gap a pointer at `y` (from the top of the list) points at: 0 before the first block, n after the
 * n-th; a block's upper half is the gap before it, its lower half the gap after it.
 */
export function gapAt(spans: readonly BlockSpan[], y: number): number {
  let gap = 0;
  while (gap < spans.length && y > (spans[gap]!.top + spans[gap]!.bottom) / 2) gap++;
  return gap;
}

/** The block under the pointer (to name it), if any. */
export function blockAt(spans: readonly BlockSpan[], y: number): string | null {
  return spans.find((span) => y >= span.top && y <= span.bottom)?.id ?? null;
}

/**
 * Where a drop into a gap of a list lands. A block moved within its own list lands at the gap less its own
 * place; a gap right before or after itself moves nothing (null).
 */
export function placeForGap(curriculum: Curriculum, item: DragItem, target: ListTarget, gap: number): BlockPlace | null {
  const list = blocksOf(curriculum, target);
  if (!list) return null;
  const index = Math.max(0, Math.min(gap, list.length));
  const place: BlockPlace = target.container === 'parking' ? { container: 'parking', index } : { container: 'day', dayId: target.dayId, index };
  if (item.type !== 'block' || item.key !== target.key) return place;
  const from = list.findIndex((block) => block.id === item.blockId);
  if (from < 0) return place;
  if (index === from || index === from + 1) return null;
  return { ...place, index: index > from ? index - 1 : index };
}

/** Where a block dragged by keyboard to `index` of a list (its final place) was: the gap to show and drop into. */
export function gapForIndex(curriculum: Curriculum, item: DragItem, target: ListTarget, index: number): number {
  const list = blocksOf(curriculum, target) ?? [];
  const from = item.type === 'block' && item.key === target.key ? list.findIndex((block) => block.id === item.blockId) : -1;
  return from >= 0 && index > from ? index + 1 : index;
}

/** The last place a keyboard drag can reach in a list: its end, or its last place when the block is in it. */
export function lastIndex(curriculum: Curriculum, item: DragItem, target: ListTarget): number {
  const list = blocksOf(curriculum, target) ?? [];
  const own = item.type === 'block' && item.key === target.key && list.some((block) => block.id === item.blockId);
  return own ? list.length - 1 : list.length;
}

/** The list a block's place is in, as a drop target. */
export function listTargetOf(key: string, place: BlockPlace, empty = false): ListTarget {
  return place.container === 'parking' ? { type: 'container', key, container: 'parking', empty } : { type: 'container', key, container: 'day', dayId: place.dayId, empty };
}

/**
 * Where a keyboard drag is: a list (its drop id and what it is) and the place the block would get in it.
 * The arrow keys move it and the drop lands there: it is the drag's own state, never worked out again
 * from dnd-kit's collisions, which follow a key press a render (or more) later.
 */
export interface KeyboardSlot {
  list: string;
  target: ListTarget;
  index: number;
}

/**
 * The slot an arrow key moves a block to: one place at a time through its list and on into the next
 * (down past the end, up past the start), or to the list beside (left, right), at the same place or its
 * end. `lists` are the lists it may go to, in document order. A key that leads nowhere keeps the slot.
 */
export function stepSlot(curriculum: Curriculum, item: DragItem, lists: readonly { list: string; target: ListTarget }[], current: KeyboardSlot, code: string): KeyboardSlot {
  const at = lists.findIndex((candidate) => candidate.list === current.list);
  const to = (offset: number) => (at < 0 ? undefined : lists[at + offset]);
  if (code === 'ArrowDown') {
    if (current.index < lastIndex(curriculum, item, current.target)) return { ...current, index: current.index + 1 };
    const next = to(1);
    return next ? { ...next, index: 0 } : current;
  }
  if (code === 'ArrowUp') {
    if (current.index > 0) return { ...current, index: current.index - 1 };
    const previous = to(-1);
    return previous ? { ...previous, index: lastIndex(curriculum, item, previous.target) } : current;
  }
  if (code === 'ArrowLeft' || code === 'ArrowRight') {
    const beside = to(code === 'ArrowRight' ? 1 : -1);
    return beside ? { ...beside, index: Math.min(current.index, lastIndex(curriculum, item, beside.target)) } : current;
  }
  return current;
}

/** The insertion marker shown while something is dragged: a line before or after a block. */
export type DropMarker = { key: string; blockId: string; side: 'before' | 'after' } | null;
export const dropMarker = new Store<DropMarker>(null);

/** The block being dragged, shown dimmed in its place while a light preview follows the pointer. */
export const draggedBlock = new Store<{ key: string; blockId: string } | null>(null);

/** The marker for a gap: after the block before it, or before the first block; none in an empty list. */
export function markerForGap(curriculum: Curriculum, target: ListTarget, gap: number): DropMarker {
  const list = blocksOf(curriculum, target) ?? [];
  if (list.length === 0) return null;
  const previous = list[gap - 1];
  return previous ? { key: target.key, blockId: previous.id, side: 'after' } : { key: target.key, blockId: list[0]!.id, side: 'before' };
}

/** A block by id, for naming it. */
export const blockById = (curriculum: Curriculum, blockId: string) => findBlock(curriculum, blockId)?.block;
