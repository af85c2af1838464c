import { findBlock } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { blockTitle } from './BlockItem';
import { useLayout, useWorkingCopy } from '../app/context';

/** Curriculum > day > block, for the selected block; each step reveals its place in the editor. */
export function Breadcrumbs({ docKey }: { docKey: string }) {
  const { t, language } = useI18n();
  const { dispatch } = useWorkbench();
  const copy = useWorkingCopy(docKey);
  const blockId = useLayout((state) => (state.selection?.key === docKey ? state.selection.blockIds[0] : undefined));
  const curriculum = copy?.history.present;
  if (!copy || !curriculum) return null;
  const found = blockId ? findBlock(curriculum, blockId) : null;
  const dayIndex = found?.place.container === 'day' ? curriculum.days.findIndex((day) => found.place.container === 'day' && day.id === found.place.dayId) : -1;
  const day = dayIndex >= 0 ? curriculum.days[dayIndex] : undefined;
  const reveal = (selector: string) => window.document.querySelector(selector)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs.label')}>
      <ol>
        <li>
          <button type="button" className="link-button" onClick={() => reveal('.curriculum-editor')}>
            <span className="codicon codicon-notebook" aria-hidden="true" /> {curriculum.title || t('document.untitled')}
          </button>
        </li>
        {found && found.place.container === 'parking' && <li>{t('curriculum.parking')}</li>}
        {day && (
          <li>
            <button type="button" className="link-button" onClick={() => reveal(`[data-day-id="${day.id}"]`)}>
              <span className="codicon codicon-calendar" aria-hidden="true" /> {day.title || t('curriculum.dayN', { n: dayIndex + 1 })}
            </button>
          </li>
        )}
        {found && (
          <li aria-current="location">
            <button type="button" className="link-button" onClick={() => dispatch({ type: 'select-block', selection: { key: docKey, blockIds: [found.block.id] } })}>
              <span className="codicon codicon-symbol-event" aria-hidden="true" /> {blockTitle(found.block, copy.cards, language)}
            </button>
          </li>
        )}
      </ol>
    </nav>
  );
}
