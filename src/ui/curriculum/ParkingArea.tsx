import { memo } from 'react';
import type { Block, TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { BlockItem } from './BlockItem';
import { useEditorGroup } from '../workbench/editor-group';
import { parkingDropId, type DropTarget } from './dnd-ids';
import { useBlockList } from './block-list';

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
  const dropId = parkingDropId(group, props.docKey);
  const { setNodeRef, isOver, describedBy, handlers } = useBlockList(target, dropId, props.readOnly);
  return (
    <section className={`day-column parking${isOver ? ' drop-over' : ''}`} aria-label={t('curriculum.parking')}>
      <header className="day-header">
        <h2>
          <span className="codicon codicon-inbox" aria-hidden="true" /> {t('curriculum.parking')}
        </h2>
        <p className="muted">{t('curriculum.parkingHint')}</p>
      </header>
      <ol ref={setNodeRef} className="block-list" data-drop-id={dropId} aria-label={t('curriculum.parking')} {...handlers}>
        {props.blocks.map((block) => (
          <BlockItem
            key={block.id}
            docKey={props.docKey}
            block={block}
            cards={props.cards}
            selected={props.selected.includes(block.id)}
            readOnly={props.readOnly}
            describedBy={describedBy}
            onSelect={props.onSelect}
          />
        ))}
        {props.blocks.length === 0 && <li className="drop-hint">{t('curriculum.dropHere')}</li>}
      </ol>
    </section>
  );
});
