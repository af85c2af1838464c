import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { blockNeeds, localized, toClock, translator, type Alternative, type Block, type ScheduledBlock, type TechniqueCard } from '../../core';
import { useLayout, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { dropMarker } from './drop-place';
import { useEditorGroup } from '../workbench/editor-group';
import { blockDragId, type DragItem, type DropTarget } from './dnd-ids';

export function blockTitle(block: Block | Alternative, cards: ReadonlyMap<string, TechniqueCard>, language: 'nl' | 'en'): string {
  if (block.kind === 'custom' || block.kind === 'choice') return block.title;
  const card = cards.get(block.cardId);
  // A card that is neither in my library nor in the file: say so, never show its id.
  return card ? localized(card.title, language) : translator(language)('curriculum.unknownCard');
}

interface BlockItemProps {
  docKey: string;
  block: Block;
  scheduled?: ScheduledBlock;
  cards: ReadonlyMap<string, TechniqueCard>;
  selected: boolean;
  readOnly: boolean;
  onSelect(extend: boolean): void;
}

/** One block in a day: clock time, title, duration, needs; draggable by mouse and keyboard. */
export function BlockItem({ docKey, block, scheduled, cards, selected, readOnly, onSelect }: BlockItemProps) {
  const { t, language } = useI18n();
  const group = useEditorGroup();
  const data: DragItem & DropTarget = { type: 'block', key: docKey, blockId: block.id };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: blockDragId(group, block.id), data, disabled: readOnly });
  const title = blockTitle(block, cards, language);
  const marker = useStore(dropMarker, (current) => (current?.key === docKey && current.blockId === block.id ? current.side : null));
  const card = block.kind === 'card' ? cards.get(block.cardId) : undefined;
  const kind =
    block.kind === 'custom'
      ? t(`blockType.${block.type}`)
      : block.kind === 'choice'
        ? t('curriculum.choice.kind', { pick: block.pick })
        : card
          ? t(`tradition.${card.tradition}`)
          : t('curriculum.unknownCard');
  const alternatives = block.kind === 'choice' ? block.alternatives.map((alternative) => blockTitle(alternative, cards, language)) : [];
  const time = scheduled ? `${toClock(scheduled.start)}–${toClock(scheduled.end)}` : '';
  // The dots show the layer the day bars show (the participants' by default); one dot per need.
  const needLayer = useLayout((state) => state.needLayer);
  const needs = blockNeeds(block, cards, needLayer).filter((mapping, index, all) => mapping.effect === 'supports' && all.findIndex((other) => other.need === mapping.need && other.effect === 'supports') === index);
  return (
    <li
      ref={setNodeRef}
      id={`block-${block.id}`}
      className={`block-item type-${block.kind === 'custom' ? block.type : block.kind}${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}${marker ? ` drop-${marker}` : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {scheduled && scheduled.gapBefore > 0 && <p className="gap-marker">{t('curriculum.gap', { minutes: scheduled.gapBefore })}</p>}
      {scheduled && scheduled.overlap > 0 && <p className="overlap-marker" role="note">{t('curriculum.overlap', { minutes: scheduled.overlap })}</p>}
      <div
        className="block-body"
        {...attributes}
        {...listeners}
        aria-roledescription={t('dnd.roleDescription')}
        aria-pressed={selected}
        onClick={(event) => onSelect(event.shiftKey || event.ctrlKey || event.metaKey)}
        onKeyDown={(event) => {
          listeners?.onKeyDown?.(event);
          if (!event.defaultPrevented && event.key === 'Enter') onSelect(false);
        }}
      >
        <span className="block-time">{time}</span>
        <span className="block-title">
          {block.pinnedStart && <span className="codicon codicon-pinned" title={t('curriculum.pinned', { time: block.pinnedStart })} aria-label={t('curriculum.pinned', { time: block.pinnedStart })} role="img" />}
          {title}
        </span>
        <span className="block-meta">
          {kind} · {t('card.duration', { minutes: block.durationMinutes })} · {t(`groupFormat.${block.groupFormat}`)}
        </span>
        {alternatives.length > 0 && <span className="block-alternatives">{t('curriculum.choice.summary', { titles: alternatives.join(' · ') })}</span>}
        {needs.length > 0 && (
          <span className="block-needs" aria-hidden="true">
            {needs.map((mapping) => (
              <span key={mapping.need} className={`need-dot need-${mapping.need}`} />
            ))}
          </span>
        )}
      </div>
    </li>
  );
}
