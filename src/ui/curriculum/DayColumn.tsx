import { memo, useMemo, useState } from 'react';
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
import { dayDropId, type DropTarget } from './dnd-ids';
import { useBlockList } from './block-list';
import { useApplication, useLayout } from '../app/context';
import { NeedBars } from './NeedBars';
import { useEditorGroup } from '../workbench/editor-group';
import { RenderRegion } from '../workbench/RenderRegion';

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

/**
 * A training day: its header (times, total against target, need balance) and its blocks in order.
 * Memoized: an edit elsewhere in the training, which leaves this day's object as it was, does not render it.
 * Its block list is one drop target and one draggable (useBlockList): a drag renders this frame when it
 * starts, ends or crosses into another list, never the header, the footer or the blocks.
 */
export const DayColumn = memo(function DayColumn({ docKey, day, index, schedule, cards, selected, readOnly, onSelect }: DayColumnProps) {
  const { t } = useI18n();
  const group = useEditorGroup();
  const target: DropTarget = { type: 'container', key: docKey, container: 'day', dayId: day.id, empty: day.blocks.length === 0 };
  const dropId = dayDropId(group, day.id);
  const { setNodeRef, isOver, describedBy, handlers } = useBlockList(target, dropId, readOnly);
  const label = day.title || t('curriculum.dayN', { n: index + 1 });
  const blocks = useMemo(
    () =>
      day.blocks.map((block, position) => (
        <BlockItem
          key={block.id}
          docKey={docKey}
          block={block}
          scheduled={schedule.blocks[position]}
          cards={cards}
          selected={selected.includes(block.id)}
          readOnly={readOnly}
          describedBy={describedBy}
          onSelect={onSelect}
        />
      )),
    [day.blocks, docKey, schedule, cards, selected, readOnly, describedBy, onSelect],
  );

  return (
    <RenderRegion id={`day:${day.id}`}>
    <section className={`day-column${isOver ? ' drop-over' : ''}`} aria-label={label} data-day-id={day.id}>
      <DayHeader docKey={docKey} day={day} index={index} schedule={schedule} cards={cards} readOnly={readOnly} />
      <ol ref={setNodeRef} className="block-list" data-drop-id={dropId} aria-label={t('curriculum.blocksOf', { day: label })} {...handlers}>
        {blocks}
        {day.blocks.length === 0 && <li className="drop-hint">{t('curriculum.dropHere')}</li>}
      </ol>
      {!readOnly && <DayFooter docKey={docKey} dayId={day.id} blockCount={day.blocks.length} label={label} />}
    </section>
    </RenderRegion>
  );
});

const DayHeader = memo(function DayHeader({ docKey, day, index, schedule, cards, readOnly }: Omit<DayColumnProps, 'selected' | 'onSelect'>) {
  const { t } = useI18n();
  const { documents } = useApplication();
  const needLayer = useLayout((state) => state.needLayer);
  const edit = (changes: Partial<TrainingDay>, field?: string) =>
    documents.edit(docKey, (curriculum) => updateDay(curriculum, day.id, changes), field ? { group: `day:${day.id}:${field}` } : undefined);
  const available = schedule.targetEnd - schedule.start;
  const over = schedule.overrun > 0;
  const balance = useMemo(() => dayBalance(day, cards, needLayer), [day, cards, needLayer]);
  return (
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
      <NeedBars balance={balance} layer={needLayer} />
    </header>
  );
});

/** Adding a block or a choice at the end of the day, and removing the day. */
const DayFooter = memo(function DayFooter({ docKey, dayId, blockCount, label }: { docKey: string; dayId: string; blockCount: number; label: string }) {
  const { t } = useI18n();
  const { documents, layout } = useApplication();
  const [newType, setNewType] = useState<BlockType>('exercise');
  return (
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
              dayId,
              index: blockCount,
            }),
          )
        }
      >
        <span className="codicon codicon-add" aria-hidden="true" /> {t('curriculum.addBlock')}
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={() => documents.edit(docKey, (curriculum) => insertBlock(curriculum, choiceBlock(curriculum.language, 45), { container: 'day', dayId, index: blockCount }))}
      >
        <span className="codicon codicon-list-tree" aria-hidden="true" /> {t('curriculum.addChoice')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('live.runDay', { day: label })}
        title={t('live.runDay', { day: label })}
        disabled={blockCount === 0}
        onClick={() => layout.dispatch({ type: 'open-tab', tab: { id: `live:${docKey}:${dayId}`, kind: 'live', key: docKey, dayId } })}
      >
        <span className="codicon codicon-play" aria-hidden="true" />
      </button>
      <button type="button" className="icon-button" aria-label={t('curriculum.removeDay', { day: label })} title={t('curriculum.removeDay', { day: label })} onClick={() => documents.edit(docKey, (curriculum) => removeDay(curriculum, dayId))}>
        <span className="codicon codicon-trash" aria-hidden="true" />
      </button>
    </footer>
  );
});
