import { useDraggable } from '@dnd-kit/core';
import type { PointerEventHandler, ReactNode } from 'react';
import { blockFromCard, insertBlock, insertBlocks, type Block, type BlockPlace, type Curriculum, type TechniqueCard } from '../../core';
import { cardDragId, moduleDragId, type DragItem } from '../curriculum/dnd-ids';
import { useEditableActiveKey } from '../curriculum/useActiveCurriculum';
import { useI18n } from '../i18n';
import { useApplication } from '../app/context';

/** Where the "+" button puts a block: after the selected block, else at the end of the first day. */
function placeForAdding(curriculum: Curriculum, selected: readonly string[]): BlockPlace {
  for (const day of curriculum.days) {
    const index = day.blocks.findIndex((block) => selected.includes(block.id));
    if (index >= 0) return { container: 'day', dayId: day.id, index: index + 1 };
  }
  const first = curriculum.days[0];
  return first ? { container: 'day', dayId: first.id, index: first.blocks.length } : { container: 'parking', index: curriculum.parking.length };
}

/** A side-bar item that can be dragged (mouse) into a day; the "+" button does the same for the keyboard. */
export function DraggableSource({ item, children }: { item: DragItem & { type: 'card' | 'module' }; children: ReactNode }) {
  const id = item.type === 'card' ? cardDragId(item.cardId) : moduleDragId(item.moduleId);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id, data: item });
  return (
    <div ref={setNodeRef} className={`draggable-source${isDragging ? ' dragging' : ''}`} onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLDivElement> | undefined}>
      {children}
    </div>
  );
}

export function AddButton({ card, blocks, label }: { card?: TechniqueCard; blocks?: Block[]; label: string }) {
  const { t } = useI18n();
  const key = useEditableActiveKey();
  const { documents, layout } = useApplication();
  if (!key) return null;
  // The selection is read on the click: following it would render every add button on every click in a day.
  const add = () =>
    documents.edit(key, (curriculum) => {
      const selection = layout.store.get().selection;
      const place = placeForAdding(curriculum, selection?.key === key ? selection.blockIds : []);
      if (card) return insertBlock(curriculum, blockFromCard(card, curriculum.language), place);
      return blocks ? insertBlocks(curriculum, blocks, place) : curriculum;
    });
  const name = t('library.addToCurriculum', { title: label });
  return (
    <button type="button" className="icon-button add-to-day" aria-label={name} title={name} onClick={add}>
      <span className="codicon codicon-insert" aria-hidden="true" />
    </button>
  );
}
