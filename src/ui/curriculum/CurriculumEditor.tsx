import { useCallback, useEffect, useState } from 'react';
import { addDay, canRedo, canUndo, findBlock, scheduleDay, type Curriculum, type TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useCommands } from '../commands/CommandsProvider';
import { BlockForm } from './BlockForm';
import { CurriculumDetails } from './CurriculumDetails';
import { DayColumn } from './DayColumn';
import { useApplication, useLayout, useWorkingCopy } from '../app/context';
import { isDirty } from '../../app';
import { ParkingArea } from './ParkingArea';
import { RenderRegion } from '../workbench/RenderRegion';

const NO_CARDS: ReadonlyMap<string, TechniqueCard> = new Map();
const NO_IDS: readonly string[] = [];

/** A curriculum in an editor tab: days side by side (or as a list), the parking area and the block form. */
export function CurriculumEditor({ docKey }: { docKey: string }) {
  const { t } = useI18n();
  const { documents, layout: layoutService } = useApplication();
  const { dispatch, host } = useWorkbench();
  const commands = useCommands();
  const [layout, setLayout] = useState<'columns' | 'list'>('columns');
  const document = useWorkingCopy(docKey);
  const curriculum = document?.history.present;
  const cards = document?.cards ?? NO_CARDS;
  const selection = useLayout((state) => state.selection);
  const selectedIds = selection?.key === docKey ? selection.blockIds : NO_IDS;
  // One select function for every block, whatever is selected: the blocks need not render when it changes.
  const select = useCallback(
    (blockId: string, extend: boolean) => {
      const current = layoutService.store.get().selection;
      const ids = current?.key === docKey ? current.blockIds : NO_IDS;
      dispatch({ type: 'select-block', selection: { key: docKey, blockIds: extend ? (ids.includes(blockId) ? ids.filter((id) => id !== blockId) : [...ids, blockId]) : [blockId] } });
    },
    [dispatch, docKey, layoutService],
  );

  // Reveal: a block selected from elsewhere (the Problems panel) scrolls into view.
  const firstSelected = selectedIds[0];
  useEffect(() => {
    if (firstSelected) window.document.getElementById(`block-${firstSelected}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [firstSelected]);

  if (!document || !curriculum) return null;
  const readOnly = document.readOnly;
  const selectedBlocks = selectedIds.flatMap((id) => {
    const found = findBlock(curriculum, id);
    return found ? [found.block] : [];
  });

  // Undo, redo, save and the block shortcuts are commands (see ../commands), so palette, menu and keys agree.
  const edit = (change: (current: Curriculum) => Curriculum, group?: string) => documents.edit(docKey, change, group ? { group } : undefined);

  // A semantic comparison with another .draaiboek file (a colleague's version, an older copy).
  const compareWithFile = async () => {
    const { path } = await host['dialogs.pickOpenPath']({ filter: 'draaiboek' });
    if (!path) return;
    const other = await host['documents.open']({ path });
    dispatch({ type: 'set-problems', file: other.path, problems: other.ok ? [] : other.problems });
    if (!other.ok || !other.document.curriculum) return dispatch({ type: 'show-panel-tab', tab: 'problems' });
    const mine = { label: document.path?.split(/[\\/]/).pop() ?? curriculum.title, curriculum, cards: [...cards.values()] };
    const theirs = { label: other.path.split(/[\\/]/).pop() ?? other.path, curriculum: other.document.curriculum, cards: other.document.cards };
    dispatch({ type: 'open-tab', tab: { id: `compare:${docKey}:${other.path}`, kind: 'compare', before: mine, after: theirs } });
  };

  return (
    <RenderRegion id={`editor:${docKey}`}>
    <div className="curriculum-editor">
      {readOnly && (
        <p role="status" className="banner">
          <span className="codicon codicon-lock" aria-hidden="true" /> {t('curriculum.readOnly')}
        </p>
      )}
      <div className="curriculum-toolbar" role="toolbar" aria-label={t('curriculum.toolbar')}>
        <button type="button" className="button" onClick={() => void documents.save(docKey)} disabled={readOnly}>
          <span className="codicon codicon-save" aria-hidden="true" /> {t('document.save')}
        </button>
        <button type="button" className="button secondary" onClick={() => void documents.save(docKey, 'as')}>
          {t('document.saveAs')}
        </button>
        <button type="button" className="icon-button" aria-label={t('document.undo')} title={t('document.undo')} disabled={!canUndo(document.history)} onClick={() => documents.undo(docKey)}>
          <span className="codicon codicon-discard" aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" aria-label={t('document.redo')} title={t('document.redo')} disabled={!canRedo(document.history)} onClick={() => documents.redo(docKey)}>
          <span className="codicon codicon-redo" aria-hidden="true" />
        </button>
        <button type="button" className="button secondary" onClick={() => dispatch({ type: 'open-tab', tab: { id: `export:${docKey}`, kind: 'export', key: docKey } })}>
          <span className="codicon codicon-file-pdf" aria-hidden="true" /> {t('export.open')}
        </button>
        <button type="button" className="button secondary" disabled={curriculum.days.length === 0} onClick={() => commands.run('draaiboek.curriculum.runDayLive')}>
          <span className="codicon codicon-play" aria-hidden="true" /> {t('command.runDayLive')}
        </button>
        <button type="button" className="button secondary" onClick={() => void compareWithFile()}>
          <span className="codicon codicon-diff" aria-hidden="true" /> {t('compare.withFile')}
        </button>
        {document.embedded.cards.length > 0 && (
          <button
            type="button"
            className="button secondary"
            onClick={() => dispatch({ type: 'open-tab', tab: { id: `pack:${docKey}`, kind: 'pack-import', path: document.path ?? curriculum.title, cards: document.embedded.cards } })}
          >
            <span className="codicon codicon-library" aria-hidden="true" /> {t('curriculum.cardsInFile', { count: document.embedded.cards.length })}
          </button>
        )}
        <button type="button" className="button secondary" disabled={readOnly} onClick={() => edit((current) => addDay(current))}>
          <span className="codicon codicon-add" aria-hidden="true" /> {t('curriculum.addDay')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-pressed={layout === 'list'}
          aria-label={t('curriculum.layoutList')}
          title={t('curriculum.layoutList')}
          onClick={() => setLayout(layout === 'list' ? 'columns' : 'list')}
        >
          <span className={`codicon codicon-${layout === 'list' ? 'split-horizontal' : 'list-flat'}`} aria-hidden="true" />
        </button>
        <span className="muted document-state" role="status">
          {document.path ?? t('document.notSaved')}
          {isDirty(document) && !readOnly ? ` · ${t('document.unsaved')}` : ''}
        </span>
      </div>
      <CurriculumDetails curriculum={curriculum} readOnly={readOnly} onChange={(changes, field) => edit((current) => ({ ...current, ...changes }), `details:${field}`)} />
      <div className="curriculum-body">
        <div className={`days ${layout}`}>
          {curriculum.days.map((day, index) => (
            <DayColumn
              key={day.id}
              docKey={docKey}
              day={day}
              index={index}
              schedule={scheduleDay(day)}
              cards={cards}
              selected={selectedIds}
              readOnly={readOnly}
              onSelect={select}
            />
          ))}
          <ParkingArea docKey={docKey} blocks={curriculum.parking} cards={cards} selected={selectedIds} readOnly={readOnly} onSelect={select} />
        </div>
        {selectedBlocks.length > 0 && (
          <RenderRegion id="block-form">
            <BlockForm key={selectedBlocks.map((block) => block.id).join()} docKey={docKey} blocks={selectedBlocks} cards={cards} readOnly={readOnly} />
          </RenderRegion>
        )}
      </div>
    </div>
    </RenderRegion>
  );
}
