import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringFrequency,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  pointerWithin,
  rectIntersection,
  useDndContext,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type KeyboardCoordinateGetter,
  type MeasuringConfiguration,
} from '@dnd-kit/core';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { blockFromCard, findBlock, insertBlock, insertBlocks, moveBlock, type BlockPlace } from '../../core';
import { useI18n } from '../i18n';
import { useApplication } from '../app/context';
import { blockTitle } from './BlockItem';
import { geometry, listTargets, measureLists, pointerOver, PointerDragContext } from './block-list';
import { BlockPointerDrag, type PointerDragHandlers } from './pointer-drag';
import type { DragItem } from './dnd-ids';
import { blockById, blocksOf, blockAt, draggedBlock, dropMarker, gapAt, gapForIndex, listTargetOf, markerForGap, placeForGap, stepSlot, type DropMarker, type KeyboardSlot, type ListTarget } from './drop-place';

/**
 * Drop targets (the days and the parking area) are measured when something that can be dragged is grabbed
 * (see MeasureOnGrab) and when a list changes outside a drag; never on every pointer move.
 */
const MEASURING: MeasuringConfiguration = { droppable: { strategy: MeasuringStrategy.BeforeDragging, frequency: MeasuringFrequency.Optimized } };

/** Things dnd-kit drags: side-bar sources, and a block's handle by keyboard (the pointer's is BlockPointerDrag's). */
const DRAGGABLE = '.block-list .block-body, .draggable-source';
const POINTER_DRAGGABLE = '.draggable-source';

/**
 * Measures the drop targets the moment a draggable is grabbed: the pointer goes down on it (a drag starts
 * only after it moved 6 pixels) or a key is pressed on it. The layout may have changed since the last
 * measure (a block edited, a panel opened); rectangles measured now are the ones the drag will use: the
 * lists' by dnd-kit, each block's (from the top of its list) by measureLists. The ids are named: dnd-kit
 * forgets a request to measure everything (an empty list) only once a named list was measured.
 */
function MeasureOnGrab() {
  const { measureDroppableContainers, droppableContainers } = useDndContext();
  useEffect(() => {
    const grab = (event: PointerEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent && event.code !== 'Space' && event.code !== 'Enter') return; // the keys that pick up
      if (!(event.target instanceof Element) || !event.target.closest(event instanceof KeyboardEvent ? DRAGGABLE : POINTER_DRAGGABLE)) return;
      measureLists();
      measureDroppableContainers([...droppableContainers.keys()]);
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
/**
 * The page scrolls when the pointer comes within a tenth of a scrolling area's edge (dnd-kit's default is a
 * fifth): a block picked up low in a short editor would otherwise scroll the editor under the pointer.
 */
const AUTO_SCROLL = { canScroll: canAutoScroll, threshold: { x: 0.1, y: 0.1 } };

const sameMarker = (a: DropMarker, b: DropMarker) => a === b || (!!a && !!b && a.key === b.key && a.blockId === b.blockId && a.side === b.side);
const showMarker = (marker: DropMarker) => {
  if (!sameMarker(marker, dropMarker.get())) dropMarker.set(marker);
};

const POINTER = { activationConstraint: { distance: 6 } };
const ARROWS = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'];

/** The light preview that follows the pointer: the dragged thing's name on a block's face. */
function DragPreview({ describe }: { describe(active: Active): string }) {
  const { active } = useDndContext();
  return (
    <DragOverlay dropAnimation={null}>
      {active ? (
        <div className="block-body drag-preview" aria-hidden="true">
          <span className="block-title">{describe(active)}</span>
        </div>
      ) : null}
    </DragOverlay>
  );
}

/**
 * One drag-and-drop context for the whole workbench: cards and modules from the side bar into a day,
 * blocks within and between days and the parking area. The keyboard does the same (Space, arrows, Space),
 * and every step is announced in the UI language.
 *
 * Nothing slides aside while dragging: the dragged block stays dimmed in its place, a light preview
 * follows the pointer and a line shows where the drop lands. The drop targets are the lists; where in a
 * list, the pointer's height says against the blocks' places measured when the drag was grabbed, so a
 * drag renders no block but the dragged one and the two beside the line. A block picked up by the pointer
 * is dragged by BlockPointerDrag (outside dnd-kit, so its first frame renders next to nothing) and
 * planned, dropped and announced the same way.
 */
export function CurriculumDnd({ children }: { children: ReactNode }) {
  const { documents, library } = useApplication();
  const { t, language } = useI18n();
  /**
   * The drag under way, from its start to its drop or cancel; null between drags. dnd-kit reports moves
   * and changes of target from the effects of the render that saw them, reading its latest state: when
   * the drop (a key, a button let go) comes between such a render and its effects, the report arrives
   * after the drop, about a drag that is over. Only a drag under way is planned and announced.
   * `byKeyboard`: which sensor started it decides how its place is found (a mouse may still hover
   * somewhere). `slot`: where a keyboard drag is (see KeyboardSlot); the arrow keys set it, the drop uses it.
   */
  const drag = useRef<{ byKeyboard: boolean; slot: KeyboardSlot | null } | null>(null);

  const curriculumOf = (key: string) => documents.get(key)?.history.present;
  const listName = (target: ListTarget | BlockPlace, key: string) => {
    if (target.container === 'parking') return t('curriculum.parking');
    const days = curriculumOf(key)?.days ?? [];
    const index = days.findIndex((day) => day.id === target.dayId);
    return days[index]?.title || t('curriculum.dayN', { n: index + 1 });
  };
  const describe = (item: DragItem | undefined): string => {
    if (!item) return '';
    if (item.type === 'card') return library.get().cards.find((card) => card.id === item.cardId)?.title[language] ?? t('curriculum.unknownCard');
    if (item.type === 'module') return library.findModule(item.moduleId)?.title ?? '';
    const copy = documents.get(item.key);
    const block = copy && blockById(copy.history.present, item.blockId);
    return copy && block ? blockTitle(block, copy.cards, language) : '';
  };
  const describeActive = (active: Active) => describe(active.data.current as DragItem | undefined);

  const collisionDetection: CollisionDetection = (args) => {
    if (drag.current?.byKeyboard) {
      // Only to mark the list as the one dragged over: a keyboard drop goes by the slot, not by this.
      const list = drag.current.slot?.list;
      const container = list !== undefined && args.droppableContainers.find((candidate) => candidate.id === list);
      return container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
    }
    const touching = pointerWithin(args);
    if (touching.length > 0) return touching;
    const overlapping = rectIntersection(args);
    return overlapping.length > 0 ? overlapping : closestCenter(args);
  };

  /**
   * The keyboard moves a block one place at a time through its list and on into the next (down past the
   * end, up past the start), or to the list beside (left, right): the slot moves at once, on the key press
   * (stepSlot), and the preview goes to that place.
   */
  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    if (!ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    const item = context.active?.data.current as DragItem | undefined;
    const session = drag.current;
    if (!item || !session?.slot) return currentCoordinates;
    const current = session.slot;
    const curriculum = curriculumOf(current.target.key);
    if (!curriculum) return currentCoordinates;
    // The lists of the same training in the same editor, in document order.
    const editor = geometry.get(current.list)?.editor;
    const lists: { list: string; target: ListTarget }[] = [];
    for (const [id, measured] of geometry) {
      const candidate = context.droppableContainers.get(id);
      const target = candidate?.data.current as ListTarget | undefined;
      if (measured.editor === editor && candidate && !candidate.disabled && target?.key === current.target.key) lists.push({ list: String(id), target });
    }
    const next = stepSlot(curriculum, item, lists, current, event.code);
    const rect = context.droppableRects.get(next.list) ?? geometry.get(next.list)?.rect;
    if (!rect) return currentCoordinates; // a list not measured: the block stays where it is, as the preview does
    session.slot = next;
    const spans = geometry.get(next.list)?.spans ?? [];
    const gap = gapForIndex(curriculum, item, next.target, next.index);
    return { x: rect.left, y: rect.top + (spans[gap]?.top ?? spans.at(-1)?.bottom ?? 0) };
  };
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, { coordinateGetter }));

  // The place a drop would land, kept up to date while dragging; the drop and its announcement use it.
  const planned = useRef<{ key: string; place: BlockPlace } | null>(null);
  // What to announce next (the item over a block or a list), and what was announced last.
  const speech = useRef<{ next: string | null; said: string | null }>({ next: null, said: null });
  const plan = ({ active, over, activatorEvent, delta }: DragMoveEvent | DragEndEvent) => {
    const current = drag.current;
    if (!current) return null; // a report that came after the drop
    const item = active.data.current as DragItem | undefined;
    // A keyboard drag is where its slot is; a pointer drag over the list dnd-kit found under the pointer.
    const target = current.byKeyboard ? current.slot?.target : (over?.data.current as ListTarget | undefined);
    const curriculum = target && curriculumOf(target.key);
    if (item && target && curriculum && current.slot && current.byKeyboard) {
      return planGap(item, target, gapForIndex(curriculum, item, target, current.slot.index), blocksOf(curriculum, target)?.[current.slot.index]?.id ?? null);
    }
    if (over && activatorEvent && 'clientY' in activatorEvent) return planAt(item, target, over.id, (activatorEvent as PointerEvent).clientY + delta.y - over.rect.top);
    return planGap(item, target, null, null);
  };
  /** Plans a drop at height `y` (from the list's top) of a list, by the blocks' places measured on grab. */
  const planAt = (item: DragItem | undefined, target: ListTarget | undefined, list: string | number, y: number) => {
    const spans = geometry.get(list)?.spans ?? [];
    const gap = gapAt(spans, y);
    return planGap(item, target, gap, blockAt(spans, y) ?? spans[gap]?.id ?? null);
  };
  /** Plans a drop into a gap of a list (null: nowhere): the drop line, the place, what to announce. */
  const planGap = (item: DragItem | undefined, target: ListTarget | undefined, gap: number | null, named: string | null) => {
    const curriculum = target && curriculumOf(target.key);
    if (!item || !target || !curriculum || gap === null) {
      planned.current = null;
      showMarker(null);
      speech.current.next = t('dnd.nowhere', { item: describe(item) });
      return null;
    }
    const place = placeForGap(curriculum, item, target, gap);
    planned.current = place && { key: target.key, place };
    showMarker(place ? markerForGap(curriculum, target, gap) : null);
    const block = named ? blockById(curriculum, named) : undefined;
    const copy = documents.get(target.key);
    speech.current.next = t('dnd.over', { item: describe(item), target: block && copy ? blockTitle(block, copy.cards, language) : listName(target, target.key) });
    return place && { item, target, place };
  };
  const speak = () => {
    const { next, said } = speech.current;
    if (!drag.current || !next || next === said) return undefined;
    speech.current.said = next;
    return next;
  };

  const dropped = (item: string) => {
    const landed = planned.current;
    return landed ? t('dnd.droppedAt', { item, target: listName(landed.place, landed.key), position: landed.place.index + 1 }) : t('dnd.cancelled', { item });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { item: describeActive(active) }),
    onDragMove: speak,
    onDragOver: speak,
    onDragEnd: ({ active }) => dropped(describeActive(active)),
    onDragCancel: ({ active }) => t('dnd.cancelled', { item: describeActive(active) }),
  };

  const finish = () => {
    drag.current = null;
    showMarker(null);
    draggedBlock.set(null);
    pointerOver.set(null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    const drop = plan(event);
    finish();
    if (drop) land(drop.item, { key: drop.target.key, place: drop.place });
  };
  /** Puts the dropped card, module or block at its place in a training. */
  const land = (item: DragItem, { key, place }: { key: string; place: BlockPlace }) => {
    documents.edit(key, (curriculum) => {
      if (item.type === 'card') {
        const card = documents.get(key)?.cards.get(item.cardId);
        return card ? insertBlock(curriculum, blockFromCard(card, curriculum.language), place) : curriculum;
      }
      if (item.type === 'module') {
        const module = library.findModule(item.moduleId);
        return module ? insertBlocks(curriculum, module.blocks, place) : curriculum;
      }
      if (item.key !== key) return curriculum;
      return moveBlock(curriculum, item.blockId, place);
    });
  };

  // A block dragged by the pointer (BlockPointerDrag): planned and dropped as above, announced in a live
  // region of its own, as dnd-kit is not involved.
  const announcer = useRef<HTMLDivElement>(null);
  const announce = (text: string | undefined) => {
    if (text && announcer.current) announcer.current.textContent = text;
  };
  const pointerHandlers: PointerDragHandlers = {
    start: (item) => {
      drag.current = { byKeyboard: false, slot: null };
      planned.current = null;
      speech.current = { next: null, said: null };
      draggedBlock.set({ key: item.key, blockId: item.blockId });
      const name = describe(item);
      announce(t('dnd.start', { item: name }));
      return name;
    },
    move: (item, list, y) => {
      if (!drag.current) return;
      pointerOver.set(list);
      planAt(item, list === null ? undefined : listTargets.get(list), list ?? '', y);
      announce(speak());
    },
    drop: (item) => {
      const landed = drag.current ? planned.current : null;
      announce(dropped(describe(item)));
      finish();
      if (landed) land(item, landed);
    },
    cancel: (item) => {
      planned.current = null;
      announce(t('dnd.cancelled', { item: describe(item) }));
      finish();
    },
  };
  const [pointerDrag] = useState(() => new BlockPointerDrag((item, list) => listTargets.get(list)?.key === item.key));
  // The handlers read this render's state (language, documents); a drag under way calls the latest.
  useLayoutEffect(() => {
    pointerDrag.setHandlers(pointerHandlers);
  });
  useEffect(() => () => pointerDrag.dispose(), [pointerDrag]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      onDragStart={({ active, activatorEvent }) => {
        overflowing = new WeakMap();
        drag.current = { byKeyboard: activatorEvent instanceof KeyboardEvent, slot: null };
        planned.current = null;
        speech.current = { next: null, said: null };
        const item = active.data.current as DragItem | undefined;
        if (item?.type === 'block') {
          draggedBlock.set({ key: item.key, blockId: item.blockId });
          const curriculum = curriculumOf(item.key);
          const found = curriculum && findBlock(curriculum, item.blockId);
          if (item.list && found) drag.current.slot = { list: item.list, target: listTargetOf(item.key, found.place), index: found.place.index };
        }
      }}
      onDragMove={(event) => void plan(event)}
      onDragOver={(event) => void plan(event)}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        planned.current = null;
        finish();
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <MeasureOnGrab />
      <PointerDragContext.Provider value={pointerDrag}>{children}</PointerDragContext.Provider>
      <DragPreview describe={describeActive} />
      <div ref={announcer} id="block-drag-announcement" className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true" />
    </DndContext>
  );
}
