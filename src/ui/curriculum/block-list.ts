import { useDraggable, useDroppable, type UniqueIdentifier } from '@dnd-kit/core';
import { createContext, useContext, useLayoutEffect, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Store } from '../../app';
import { useStore } from '../app/context';
import type { DragItem } from './dnd-ids';
import { listDragId } from './dnd-ids';
import type { BlockSpan, ListTarget } from './drop-place';
import type { BlockPointerDrag } from './pointer-drag';

/** The pointer drag of blocks (see BlockPointerDrag), given by CurriculumDnd. */
export const PointerDragContext = createContext<BlockPointerDrag | null>(null);

/** The list a pointer drag of a block is over (its drop id), to mark it as dnd-kit's `isOver` does. */
export const pointerOver = new Store<string | null>(null);

/** What each list that takes drops is, by its drop id: where a pointer drag of a block may land. */
export const listTargets = new Map<string, ListTarget>();

/** A list's blocks as measured when something was grabbed, and the editor the list is in. */
export interface ListGeometry {
  /** Where the list is on screen: measured on grab, again when a pointer drag scrolls. */
  rect: { top: number; left: number; right: number; bottom: number };
  element: HTMLElement;
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
    const rect = list.getBoundingClientRect();
    const { top } = rect;
    const spans: BlockSpan[] = [];
    for (const child of list.children) {
      const id = (child as HTMLElement).dataset.blockId;
      if (!id) continue;
      const rect = child.getBoundingClientRect();
      spans.push({ id, top: rect.top - top, bottom: rect.bottom - top });
    }
    geometry.set(list.dataset.dropId!, { rect, element: list, spans, editor: list.closest('.curriculum-editor') });
  }
}

/**
 * A day's or the parking area's list as one drop target and one draggable. By keyboard, the draggable
 * stands for the block whose handle has the focus (caught before the block's own handlers): its node and
 * data become that block's. By pointer, a block is dragged by BlockPointerDrag, which renders nothing to
 * start. The blocks themselves use no drag-and-drop hooks, so a drag renders none of them; only the
 * lists render, when a keyboard drag starts, ends or crosses into another list.
 */
export function useBlockList(target: ListTarget, dropId: string, readOnly: boolean) {
  // The same object for the list's life: dnd-kit reads the grabbed block from it.
  const [item] = useState<Extract<DragItem, { type: 'block' }>>(() => ({ type: 'block', key: target.key, blockId: '', list: dropId }));
  const { setNodeRef: setDragNode, listeners, attributes, active } = useDraggable({ id: listDragId(dropId), data: item, disabled: readOnly });
  const { setNodeRef, isOver } = useDroppable({ id: dropId, data: target, disabled: readOnly });
  const pointerDrag = useContext(PointerDragContext);
  const overByPointer = useStore(pointerOver, (over) => over === dropId);
  useLayoutEffect(() => {
    if (readOnly) return undefined;
    listTargets.set(dropId, target);
    return () => void listTargets.delete(dropId);
  });
  /** The block whose handle the event is on, in this list. */
  const grabbed = (event: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>): HTMLElement | null => {
    if (active) return null;
    const handle = event.target instanceof Element ? event.target.closest('.block-body') : null;
    const block = handle?.parentElement;
    return block instanceof HTMLElement && block.parentElement === event.currentTarget && block.dataset.blockId ? block : null;
  };
  const handlers = listeners && {
    // The pointer drags a block with BlockPointerDrag: a drag that renders nothing when it starts.
    onPointerDownCapture: (event: PointerEvent<HTMLElement>) => {
      const block = grabbed(event);
      if (block && pointerDrag) pointerDrag.pressed(event.nativeEvent, { type: 'block', key: target.key, blockId: block.dataset.blockId!, list: dropId }, block);
    },
    onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => {
      const block = grabbed(event);
      if (!block) return;
      Object.assign(item, { key: target.key, blockId: block.dataset.blockId, list: dropId });
      setDragNode(block);
      listeners.onKeyDown?.(event);
    },
  };
  return { setNodeRef, isOver: isOver || overByPointer, describedBy: attributes['aria-describedby'], handlers };
}
