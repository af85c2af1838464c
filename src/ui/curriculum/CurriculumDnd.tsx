import {
  DndContext,
  KeyboardSensor,
  MeasuringFrequency,
  MeasuringStrategy,
  PointerSensor,
  type MeasuringConfiguration,
  closestCenter,
  pointerWithin,
  rectIntersection,
  useDndContext,
  useSensor,
  type ClientRect,
  type CollisionDetection,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useEffect, useRef, type ReactNode } from 'react';
import { blockFromCard, findBlock, insertBlock, insertBlocks, moveBlock, type BlockPlace } from '../../core';
import { useI18n } from '../i18n';
import { useApplication } from '../app/context';
import { blockTitle } from './BlockItem';
import type { DragItem, DropTarget } from './dnd-ids';
import { dropMarker, dropPlace, markerFor, movesWithinList, type PointerOver } from './drop-place';

/**
 * Drop targets are measured when something that can be dragged is grabbed (pointer down or a key on it,
 * see MeasureOnGrab) and when a list changes outside a drag; never on every pointer move, and not in the
 * frame that picks the item up, which in a day of 60 blocks already renders every block of the day.
 */
const MEASURING: MeasuringConfiguration = { droppable: { strategy: MeasuringStrategy.BeforeDragging, frequency: MeasuringFrequency.Optimized } };

/** Things that can be dragged: blocks (dnd-kit's attributes describe them by its instructions) and side-bar sources. */
const DRAGGABLE = '[aria-describedby^="DndDescribedBy"], .draggable-source';

/**
 * Measures the drop targets the moment a draggable is grabbed: the pointer goes down on it (a drag starts
 * only after it moved 6 pixels) or a key is pressed on it. The layout may have changed since the last
 * measure (a block edited, a panel opened), and rectangles measured now are the ones the drag will use
 * (measuring is off while dragging: dnd-kit would otherwise measure all again in the frame that picks up).
 * The ids are named: dnd-kit forgets a request to measure everything (an empty list, as it makes at the
 * start and after each drop) only once a named list was measured, and until then measures every target
 * again on every render of the drag context: with such a request left over, on every pointer move.
 */
function MeasureOnGrab() {
  const { measureDroppableContainers, droppableContainers } = useDndContext();
  useEffect(() => {
    const grab = (event: PointerEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent && event.code !== 'Space' && event.code !== 'Enter') return; // the keys that pick up
      if (event.target instanceof Element && event.target.closest(DRAGGABLE)) measureDroppableContainers([...droppableContainers.keys()]);
    };
    document.addEventListener('pointerdown', grab, true);
    document.addEventListener('keydown', grab, true);
    return () => {
      document.removeEventListener('pointerdown', grab, true);
      document.removeEventListener('keydown', grab, true);
    };
  }, [measureDroppableContainers, droppableContainers]);
  return null;
}

/**
 * Scrolls the page only where there is something to scroll. dnd-kit asks every scrollable ancestor of the
 * dragged item on every pointer move where it stands (a layout read each); most of them, the window among
 * them, have nothing to scroll. Whether one has is worked out once per drag.
 */
let overflowing = new WeakMap<Element, boolean>();
function canAutoScroll(element: Element): boolean {
  let can = overflowing.get(element);
  if (can === undefined) {
    can = element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth;
    overflowing.set(element, can);
  }
  return can;
}
const AUTO_SCROLL = { canScroll: canAutoScroll };

/**
 * The drop targets' rectangles as plain numbers. dnd-kit keeps each as an object whose every side, on every
 * read, adds up the scroll positions of all its scrollable ancestors; the collision checks below read them
 * many times per pointer move, and over a day of 60 blocks that was most of the time a move took. The blocks
 * of one list share their ancestors, so one read per list gives how far the list scrolled since it was measured.
 */
function plainRects({ droppableContainers, droppableRects }: Parameters<CollisionDetection>[0]): Map<UniqueIdentifier, ClientRect> {
  const scrolled = new Map<Element, { x: number; y: number }>();
  const rects = new Map<UniqueIdentifier, ClientRect>();
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    // The rectangle as measured, before scrolling (dnd-kit's Rect keeps it, not enumerable, as `rect`).
    const measured = (rect as ClientRect & { rect?: ClientRect }).rect;
    const list = container.node.current?.parentElement;
    if (!measured || !list) {
      rects.set(container.id, { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right, width: rect.width, height: rect.height });
      continue;
    }
    let delta = scrolled.get(list);
    if (!delta) {
      delta = { x: rect.left - measured.left, y: rect.top - measured.top };
      scrolled.set(list, delta);
    }
    const { x, y } = delta;
    rects.set(container.id, { top: measured.top + y, bottom: measured.bottom + y, left: measured.left + x, right: measured.right + x, width: measured.width, height: measured.height });
  }
  return rects;
}

/**
 * Blocks win over the day or parking area they lie in, so a drop lands between blocks; the area itself
 * is the target only where there is no block (an empty day, or below the last block).
 */
function detectCollisions(all: Parameters<CollisionDetection>[0], byKeyboard: boolean) {
  const args = { ...all, droppableRects: plainRects(all) };
  const targetOf = (id: UniqueIdentifier) => args.droppableContainers.find((container) => container.id === id)?.data.current as DropTarget | undefined;
  if (byKeyboard) {
    // Keyboard: step from block to block; an area is a stop only while it is empty.
    const stops = args.droppableContainers.filter((container) => {
      const target = container.data.current as DropTarget | undefined;
      return target?.type === 'block' || (target?.type === 'container' && target.empty);
    });
    return closestCenter({ ...args, droppableContainers: stops });
  }
  const touching = pointerWithin(args);
  const candidates = touching.length > 0 ? touching : rectIntersection(args);
  const blocks = candidates.filter((candidate) => targetOf(candidate.id)?.type === 'block');
  if (blocks.length > 0) {
    const ids = new Set(blocks.map((candidate) => candidate.id));
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((container) => ids.has(container.id)) });
  }
  return candidates.length > 0 ? candidates : closestCenter(args);
};

/**
 * One drag-and-drop context for the whole workbench: cards and modules from the side bar into a day,
 * blocks within and between days and the parking area. The keyboard does the same (Space, arrows, Space),
 * and every step is announced in the UI language.
 */
export function CurriculumDnd({ children }: { children: ReactNode }) {
  const { documents, library } = useApplication();
  const { t, language } = useI18n();
  // Which sensor started the drag decides how targets are found (a mouse may still hover somewhere).
  const byKeyboard = useRef(false);
  const collisionDetection: CollisionDetection = (args) => detectCollisions(args, byKeyboard.current);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const describe = (id: UniqueIdentifier | undefined, data: unknown): string => {
    const item = data as DragItem | DropTarget | undefined;
    if (!item) return String(id ?? '');
    if (item.type === 'card') return library.get().cards.find((card) => card.id === item.cardId)?.title[language] ?? t('curriculum.unknownCard');
    if (item.type === 'module') return library.get().modules.find((module) => module.id === item.moduleId)?.title ?? '';
    if (item.type === 'block') {
      const copy = documents.get(item.key);
      const found = copy && findBlock(copy.history.present, item.blockId);
      if (!copy || !found) return '';
      return blockTitle(found.block, copy.cards, language);
    }
    if (item.container === 'parking') return t('curriculum.parking');
    return documents.get(item.key)?.history.present.days.find((day) => day.id === item.dayId)?.title ?? '';
  };

  // The place a drop would land, kept up to date while dragging; the drop and its announcement use it.
  const planned = useRef<{ key: string; place: BlockPlace } | null>(null);
  const plan = ({ active, over, activatorEvent, delta }: DragMoveEvent | DragEndEvent) => {
    const item = active.data.current as DragItem | undefined;
    const target = over?.data.current as DropTarget | undefined;
    const curriculum = target && documents.get(target.key)?.history.present;
    if (!item || !target || !curriculum || (item.type === 'block' && target.type === 'block' && item.blockId === target.blockId)) {
      planned.current = null;
      dropMarker.set(null);
      return null;
    }
    const pointer: PointerOver | null =
      !byKeyboard.current && activatorEvent && 'clientY' in activatorEvent && over
        ? { y: (activatorEvent as PointerEvent).clientY + delta.y, rect: over.rect }
        : null;
    const place = dropPlace(curriculum, item, target, pointer);
    planned.current = place && { key: target.key, place };
    // A block moved within its own list shows its place by the list moving aside; anything else gets a marker.
    dropMarker.set(place && !movesWithinList(curriculum, item, target) ? markerFor(curriculum, target.key, place) : null);
    return place && { item, target, place };
  };

  const placeName = (key: string, place: BlockPlace) =>
    place.container === 'parking' ? t('curriculum.parking') : (documents.get(key)?.history.present.days.find((day) => day.id === place.dayId)?.title ?? '');

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { item: describe(active.id, active.data.current) }),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', { item: describe(active.id, active.data.current), target: describe(over.id, over.data.current) }) : t('dnd.nowhere', { item: describe(active.id, active.data.current) }),
    onDragEnd: ({ active }) => {
      const item = describe(active.id, active.data.current);
      const landed = planned.current;
      return landed ? t('dnd.droppedAt', { item, target: placeName(landed.key, landed.place), position: landed.place.index + 1 }) : t('dnd.cancelled', { item });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { item: describe(active.id, active.data.current) }),
  };

  const onDragEnd = (event: DragEndEvent) => {
    const drop = plan(event);
    dropMarker.set(null);
    if (!drop) return;
    const { item, target, place } = drop;
    documents.edit(target.key, (curriculum) => {
      if (item.type === 'card') {
        const card = documents.get(target.key)?.cards.get(item.cardId);
        return card ? insertBlock(curriculum, blockFromCard(card, curriculum.language), place) : curriculum;
      }
      if (item.type === 'module') {
        const module = library.get().modules.find((candidate) => candidate.id === item.moduleId);
        return module ? insertBlocks(curriculum, module.blocks, place) : curriculum;
      }
      if (item.key !== target.key) return curriculum;
      return moveBlock(curriculum, item.blockId, place);
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      onDragStart={({ activatorEvent }) => {
        overflowing = new WeakMap();
        byKeyboard.current = activatorEvent instanceof KeyboardEvent;
        planned.current = null;
      }}
      onDragMove={(event) => void plan(event)}
      onDragOver={(event) => void plan(event)}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        planned.current = null;
        dropMarker.set(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <MeasureOnGrab />
      {children}
    </DndContext>
  );
}
