import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import {
  BLOCK_TYPES,
  choiceBlock,
  customBlock,
  dayBalance,
  insertBlock,
  removeDay,
  toClock,
  updateDay,
  type BlockType,
  type DaySchedule,
  type TechniqueCard,
  type TrainingDay,
} from '../../core';
import { BoundText } from '../components/BoundText';
import { TimeField } from '../components/TimeField';
import { useI18n } from '../i18n';
import { BlockItem } from './BlockItem';
import { blockDragId, dayDropId, type DropTarget } from './dnd-ids';
import { useApplication, useLayout } from '../app/context';
import { NeedBars } from './NeedBars';
import { useEditorGroup } from '../workbench/editor-group';

interface DayColumnProps {
  docKey: string;
  day: TrainingDay;
  index: number;
  schedule: DaySchedule;
  cards: ReadonlyMap<string, TechniqueCard>;
  selected: readonly string[];
  readOnly: boolean;
  onSelect(blockId: string, extend: boolean): void;
}

const formatDuration = (minutes: number) => `${Math.floor(minutes / 60)}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** A training day: its header (times, total against target, need balance) and its blocks in order. */
export function DayColumn({ docKey, day, index, schedule, cards, selected, readOnly, onSelect }: DayColumnProps) {
  const { t } = useI18n();
  const { documents } = useApplication();
  const group = useEditorGroup();
  const target: DropTarget = { type: 'container', key: docKey, container: 'day', dayId: day.id, empty: day.blocks.length === 0 };
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(group, day.id), data: target, disabled: readOnly });
  const [newType, setNewType] = useState<BlockType>('exercise');
  const needLayer = useLayout((state) => state.needLayer);
  const edit = (changes: Partial<TrainingDay>, field?: string) =>
    documents.edit(docKey, (curriculum) => updateDay(curriculum, day.id, changes), field ? { group: `day:${day.id}:${field}` } : undefined);
  const available = schedule.targetEnd - schedule.start;
  const over = schedule.overrun > 0;
  const label = day.title || t('curriculum.dayN', { n: index + 1 });

  return (
    <section className={`day-column${isOver ? ' drop-over' : ''}`} aria-label={label} data-day-id={day.id}>
      <header className="day-header">
        <BoundText
          className="day-title"
          aria-label={t('curriculum.dayTitle', { n: index + 1 })}
          value={day.title}
          readOnly={readOnly}
          placeholder={t('curriculum.dayN', { n: index + 1 })}
          onEdit={(title) => edit({ title }, 'title')}
        />
        <div className="day-fields">
          <label>
            {t('curriculum.date')}
            <input type="date" value={day.date ?? ''} readOnly={readOnly} onChange={(event) => edit({ date: event.target.value || undefined })} />
          </label>
          <label>
            {t('curriculum.start')}
            <TimeField value={day.start} readOnly={readOnly} onEdit={(start) => edit({ start }, 'start')} />
          </label>
          <label>
            {t('curriculum.targetEnd')}
            <TimeField value={day.targetEnd} readOnly={readOnly} onEdit={(targetEnd) => edit({ targetEnd }, 'targetEnd')} />
          </label>
        </div>
        <p className={`day-total${over ? ' over' : ''}`} role="status">
          {t('curriculum.dayTotal', { total: formatDuration(schedule.totalMinutes), target: formatDuration(available), end: toClock(schedule.end) })}
          {over && ` · ${t('curriculum.overrun', { minutes: schedule.overrun })}`}
        </p>
        <NeedBars balance={dayBalance(day, cards, needLayer)} layer={needLayer} />
      </header>
      <SortableContext id={dayDropId(group, day.id)} items={day.blocks.map((block) => blockDragId(group, block.id))} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="block-list" aria-label={t('curriculum.blocksOf', { day: label })}>
          {day.blocks.map((block, position) => (
            <BlockItem
              key={block.id}
              docKey={docKey}
              block={block}
              scheduled={schedule.blocks[position]}
              cards={cards}
              selected={selected.includes(block.id)}
              readOnly={readOnly}
              onSelect={(extend) => onSelect(block.id, extend)}
            />
          ))}
          {day.blocks.length === 0 && <li className="drop-hint">{t('curriculum.dropHere')}</li>}
        </ol>
      </SortableContext>
      {!readOnly && (
        <footer className="day-footer">
          <select aria-label={t('curriculum.newBlockType')} value={newType} onChange={(event) => setNewType(event.target.value as BlockType)}>
            {BLOCK_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`blockType.${type}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              documents.edit(docKey, (curriculum) =>
                insertBlock(curriculum, customBlock(newType, t(`blockType.${newType}`), newType === 'lunch' ? 45 : newType === 'break' ? 15 : 30), {
                  container: 'day',
                  dayId: day.id,
                  index: day.blocks.length,
                }),
              )
            }
          >
            <span className="codicon codicon-add" aria-hidden="true" /> {t('curriculum.addBlock')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => documents.edit(docKey, (curriculum) => insertBlock(curriculum, choiceBlock(curriculum.language, 45), { container: 'day', dayId: day.id, index: day.blocks.length }))}
          >
            <span className="codicon codicon-list-tree" aria-hidden="true" /> {t('curriculum.addChoice')}
          </button>
          <button type="button" className="icon-button" aria-label={t('curriculum.removeDay', { day: label })} title={t('curriculum.removeDay', { day: label })} onClick={() => documents.edit(docKey, (curriculum) => removeDay(curriculum, day.id))}>
            <span className="codicon codicon-trash" aria-hidden="true" />
          </button>
        </footer>
      )}
    </section>
  );
}
