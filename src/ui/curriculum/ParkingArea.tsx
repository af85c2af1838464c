import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import type { Block, TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { BlockItem } from './BlockItem';
import { useEditorGroup } from '../workbench/editor-group';
import { blockDragId, parkingDropId, type DropTarget } from './dnd-ids';

/** Blocks not yet scheduled: a place to park ideas while the days take shape. */
export const ParkingArea = memo(function ParkingArea(props: {
  docKey: string;
  blocks: Block[];
  cards: ReadonlyMap<string, TechniqueCard>;
  selected: readonly string[];
  readOnly: boolean;
  onSelect(blockId: string, extend: boolean): void;
}) {
  const { t } = useI18n();
  const group = useEditorGroup();
  const target: DropTarget = { type: 'container', key: props.docKey, container: 'parking', empty: props.blocks.length === 0 };
  const ids = props.blocks.map((block) => block.id).join('\n');
  const items = useMemo(() => (ids ? ids.split('\n').map((id) => blockDragId(group, id)) : []), [ids, group]);
  const { setNodeRef, isOver } = useDroppable({ id: parkingDropId(group, props.docKey), data: target, disabled: props.readOnly });
  return (
    <section className={`day-column parking${isOver ? ' drop-over' : ''}`} aria-label={t('curriculum.parking')}>
      <header className="day-header">
        <h2>
          <span className="codicon codicon-inbox" aria-hidden="true" /> {t('curriculum.parking')}
        </h2>
        <p className="muted">{t('curriculum.parkingHint')}</p>
      </header>
      <SortableContext id={parkingDropId(group, props.docKey)} items={items} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="block-list" aria-label={t('curriculum.parking')}>
          {props.blocks.map((block) => (
            <BlockItem
              key={block.id}
              docKey={props.docKey}
              block={block}
              cards={props.cards}
              selected={props.selected.includes(block.id)}
              readOnly={props.readOnly}
              onSelect={props.onSelect}
            />
          ))}
          {props.blocks.length === 0 && <li className="drop-hint">{t('curriculum.dropHere')}</li>}
        </ol>
      </SortableContext>
    </section>
  );
});
