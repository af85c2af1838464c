import { useDraggable, useDroppable, type UniqueIdentifier } from '@dnd-kit/core';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { DragItem } from './dnd-ids';
import { listDragId } from './dnd-ids';
import type { BlockSpan, ListTarget } from './drop-place';

/** A list's blocks as measured when something was grabbed, and the editor the list is in. */
export interface ListGeometry {
  /** Where the list was on screen when measured. */
  rect: { top: number; left: number };
  spans: BlockSpan[];
  editor: Element | null;
}

/** Every block list's geometry by drop id, in document order; measured when something is grabbed. */
export const geometry = new Map<UniqueIdentifier, ListGeometry>();

/**
 * Measures where every block of every list lies, from the top of its list: one layout read per block,
 * made when the pointer goes down or a key picks up (the layout is clean then), never while dragging.
 */
export function measureLists(): void {
  geometry.clear();
  for (const list of document.querySelectorAll<HTMLElement>('ol[data-drop-id]')) {
    const { top, left } = list.getBoundingClientRect();
    const spans: BlockSpan[] = [];
    for (const child of list.children) {
      const id = (child as HTMLElement).dataset.blockId;
      if (!id) continue;
      const rect = child.getBoundingClientRect();
      spans.push({ id, top: rect.top - top, bottom: rect.bottom - top });
    }
    geometry.set(list.dataset.dropId!, { rect: { top, left }, spans, editor: list.closest('.curriculum-editor') });
  }
}

/**
 * A day's or the parking area's list as one drop target and one draggable. The draggable stands for the
 * block that is grabbed (pointer down or a key on its handle, caught before the block's own handlers):
 * its node and data become that block's. The blocks themselves use no drag-and-drop hooks, so a drag
 * renders none of them; only the lists render, when the drag starts, ends or crosses into another list.
 */
export function useBlockList(target: ListTarget, dropId: string, readOnly: boolean) {
  // The same object for the list's life: dnd-kit reads the grabbed block from it.
  const [item] = useState<Extract<DragItem, { type: 'block' }>>(() => ({ type: 'block', key: target.key, blockId: '', list: dropId }));
  const { setNodeRef: setDragNode, listeners, attributes, active } = useDraggable({ id: listDragId(dropId), data: item, disabled: readOnly });
  const { setNodeRef, isOver } = useDroppable({ id: dropId, data: target, disabled: readOnly });
  const grab = (event: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>): boolean => {
    if (active) return false;
    const handle = event.target instanceof Element ? event.target.closest('.block-body') : null;
    const block = handle?.parentElement;
    if (!block || block.parentElement !== event.currentTarget || !(block instanceof HTMLElement) || !block.dataset.blockId) return false;
    Object.assign(item, { key: target.key, blockId: block.dataset.blockId, list: dropId });
    setDragNode(block);
    return true;
  };
  const handlers = listeners && {
    onPointerDownCapture: (event: PointerEvent<HTMLElement>) => {
      if (grab(event)) listeners.onPointerDown?.(event);
    },
    onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => {
      if (grab(event)) listeners.onKeyDown?.(event);
    },
  };
  return { setNodeRef, isOver, describedBy: attributes['aria-describedby'], handlers };
}
