import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  rectIntersection,
  useSensor,
  type CollisionDetection,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useRef, type ReactNode } from 'react';
import { blockFromCard, findBlock, insertBlock, insertBlocks, moveBlock, type BlockPlace, type Curriculum } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useApplication } from '../app/context';
import { blockTitle } from './BlockItem';
import type { DragItem, DropTarget } from './dnd-ids';

/** Where a drop lands: before the block it is over, or at the end of the day or parking area it is over. */
function placeOf(curriculum: Curriculum, target: DropTarget): BlockPlace | null {
  if (target.type === 'block') return findBlock(curriculum, target.blockId)?.place ?? null;
  if (target.container === 'parking') return { container: 'parking', index: curriculum.parking.length };
  const day = curriculum.days.find((candidate) => candidate.id === target.dayId);
  return day ? { container: 'day', dayId: day.id, index: day.blocks.length } : null;
}

/**
 * Blocks win over the day or parking area they lie in, so a drop lands between blocks; the area itself
 * is the target only where there is no block (an empty day, or below the last block).
 */
function detectCollisions(args: Parameters<CollisionDetection>[0], byKeyboard: boolean) {
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
  const { library } = useWorkbench();
  const { documents } = useApplication();
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
    if (item.type === 'card') return library.cards.find((card) => card.id === item.cardId)?.title[language] ?? t('curriculum.unknownCard');
    if (item.type === 'module') return library.modules.find((module) => module.id === item.moduleId)?.title ?? '';
    if (item.type === 'block') {
      const copy = documents.get(item.key);
      const found = copy && findBlock(copy.history.present, item.blockId);
      if (!copy || !found) return '';
      return blockTitle(found.block, copy.cards, language);
    }
    if (item.container === 'parking') return t('curriculum.parking');
    return documents.get(item.key)?.history.present.days.find((day) => day.id === item.dayId)?.title ?? '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { item: describe(active.id, active.data.current) }),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', { item: describe(active.id, active.data.current), target: describe(over.id, over.data.current) }) : t('dnd.nowhere', { item: describe(active.id, active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.dropped', { item: describe(active.id, active.data.current), target: describe(over.id, over.data.current) }) : t('dnd.cancelled', { item: describe(active.id, active.data.current) }),
    onDragCancel: ({ active }) => t('dnd.cancelled', { item: describe(active.id, active.data.current) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = active.data.current as DragItem | undefined;
    const target = over?.data.current as DropTarget | undefined;
    if (!item || !target || (item.type === 'block' && target.type === 'block' && item.blockId === target.blockId)) return;
    documents.edit(target.key, (curriculum) => {
      const place = placeOf(curriculum, target);
      if (!place) return curriculum;
      if (item.type === 'card') {
        const card = documents.get(target.key)?.cards.get(item.cardId);
        return card ? insertBlock(curriculum, blockFromCard(card, curriculum.language), place) : curriculum;
      }
      if (item.type === 'module') {
        const module = library.modules.find((candidate) => candidate.id === item.moduleId);
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
      onDragStart={({ activatorEvent }) => (byKeyboard.current = activatorEvent instanceof KeyboardEvent)}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {children}
    </DndContext>
  );
}
