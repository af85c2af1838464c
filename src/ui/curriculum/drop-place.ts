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
