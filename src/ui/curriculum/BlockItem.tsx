import { memo } from 'react';
import { blockNeeds, localized, toClock, translator, type Alternative, type Block, type ScheduledBlock, type TechniqueCard } from '../../core';
import { useLayout, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { draggedBlock, dropMarker } from './drop-place';
import { RenderRegion } from '../workbench/RenderRegion';
import { CollabMarks } from '../collab/CollabMarks';

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
  /** dnd-kit's instructions for dragging (the id of its hidden text); the same for every block. */
  describedBy?: string;
  /** Stable across renders (one function for every block of a list), so an unchanged block need not render. */
  onSelect(blockId: string, extend: boolean): void;
}

/** Its place on the clock is all a block shows of its schedule; a new schedule with the same times is no change. */
const sameTimes = (a: ScheduledBlock | undefined, b: ScheduledBlock | undefined) =>
  a === b || (!!a && !!b && a.start === b.start && a.end === b.end && a.gapBefore === b.gapBefore && a.overlap === b.overlap);

const sameProps = (before: BlockItemProps, after: BlockItemProps) =>
  before.block === after.block &&
  sameTimes(before.scheduled, after.scheduled) &&
  before.docKey === after.docKey &&
  before.cards === after.cards &&
  before.selected === after.selected &&
  before.readOnly === after.readOnly &&
  before.describedBy === after.describedBy &&
  before.onSelect === after.onSelect;

/**
 * One block in a day: clock time, title, duration, needs; draggable by mouse and keyboard through its
 * list (see useBlockList), so it uses no drag-and-drop hooks and does not render while something is
 * dragged. Memoized: typing in one block renders that block only. Of a drag, a block renders when it is
 * the one dragged (shown dimmed in its place) and when the drop line comes to or leaves its edge.
 */
export const BlockItem = memo(function BlockItem(props: BlockItemProps) {
  const { docKey, block, selected } = props;
  const marker = useStore(dropMarker, (current) => (current?.key === docKey && current.blockId === block.id ? current.side : null));
  const dragging = useStore(draggedBlock, (current) => current?.key === docKey && current.blockId === block.id);
  return (
    <RenderRegion id={`block:${block.id}`}>
      <li
        id={`block-${block.id}`}
        data-block-id={block.id}
        className={`block-item type-${block.kind === 'custom' ? block.type : block.kind}${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${marker ? ` drop-${marker}` : ''}`}
      >
        <BlockContent {...props} />
        <CollabMarks docKey={docKey} blockId={block.id} />
      </li>
    </RenderRegion>
  );
}, sameProps);

/** The block's markers and its handle: what a drag does not change. */
const BlockContent = memo(function BlockContent({ block, scheduled, cards, selected, readOnly, describedBy, onSelect }: BlockItemProps) {
  const { t } = useI18n();
  return (
    <>
      {scheduled && scheduled.gapBefore > 0 && <p className="gap-marker">{t('curriculum.gap', { minutes: scheduled.gapBefore })}</p>}
      {scheduled && scheduled.overlap > 0 && <p className="overlap-marker" role="note">{t('curriculum.overlap', { minutes: scheduled.overlap })}</p>}
      <div
        className="block-body"
        role="button"
        tabIndex={0}
        aria-disabled={readOnly}
        aria-describedby={describedBy}
        aria-roledescription={t('dnd.roleDescription')}
        aria-pressed={selected}
        onClick={(event) => onSelect(block.id, event.shiftKey || event.ctrlKey || event.metaKey)}
        onKeyDown={(event) => {
          if (!event.defaultPrevented && event.key === 'Enter') onSelect(block.id, false);
        }}
      >
        <BlockSummary block={block} start={scheduled?.start} end={scheduled?.end} cards={cards} />
      </div>
    </>
  );
}, sameProps);

/** What a block says: time, title, kind, duration, group format, alternatives and need dots. */
const BlockSummary = memo(function BlockSummary({ block, start, end, cards }: { block: Block; start?: number; end?: number; cards: ReadonlyMap<string, TechniqueCard> }) {
  const { t, language } = useI18n();
  const title = blockTitle(block, cards, language);
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
  const time = start !== undefined && end !== undefined ? `${toClock(start)}–${toClock(end)}` : '';
  // The dots show the layer the day bars show (the participants' by default); one dot per need.
  const needLayer = useLayout((state) => state.needLayer);
  const needs = blockNeeds(block, cards, needLayer).filter((mapping, index, all) => mapping.effect === 'supports' && all.findIndex((other) => other.need === mapping.need && other.effect === 'supports') === index);
  return (
    <>
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
    </>
  );
});
