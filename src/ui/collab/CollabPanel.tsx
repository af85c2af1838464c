import { useEffect, useRef } from 'react';
import { findBlock } from '../../core';
import type { CollabSession, Colleague } from '../../app/collab-types';
import { useApplication, useWorkingCopy } from '../app/context';
import { blockTitle } from '../curriculum/BlockItem';
import { useI18n } from '../i18n';
import { useCopyCode } from './copy';

/**
 * The status bar item's panel: who is here and what each is working on, the share code, Copy and Leave.
 * Not modal: Escape or a click elsewhere closes it and the focus goes back to the status bar.
 */
export function CollabPanel({ id, session, onClose }: { id: string; session: CollabSession; onClose(): void }) {
  const { t } = useI18n();
  const app = useApplication();
  const panel = useRef<HTMLDivElement>(null);
  const { outcome, copy } = useCopyCode();

  useEffect(() => {
    panel.current?.querySelector('button')?.focus();
  }, []);

  return (
    <div
      ref={panel}
      id={id}
      role="dialog"
      aria-label={t('collab.panel.title')}
      className="collab-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 className="collab-panel-heading">{t('collab.panel.colleagues')}</h2>
      {session.colleagues.length === 0 ? (
        <p>{t('collab.panel.none')}</p>
      ) : (
        <ul className="collab-colleagues">
          {session.colleagues.map((colleague) => (
            <li key={colleague.id}>
              <span className="collab-dot" style={{ background: colleague.color }} aria-hidden="true" />
              <ColleaguePlace docKey={session.key} colleague={colleague} />
            </li>
          ))}
        </ul>
      )}
      <dl className="collab-panel-facts">
        <dt>{t('collab.panel.code')}</dt>
        <dd className="collab-panel-code">{session.code}</dd>
        <dt>{t('collab.panel.server')}</dt>
        <dd>{session.address}</dd>
      </dl>
      <p className="collab-progress" role="status">
        {outcome ? t(outcome === 'copied' ? 'collab.code.copied' : 'collab.code.copyFailed') : ''}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={() => void copy(session.code)}>
          <span className="codicon codicon-copy" aria-hidden="true" /> {t('collab.panel.copy')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            onClose();
            app.collab.leave();
          }}
        >
          {t('collab.panel.leave')}
        </button>
      </div>
    </div>
  );
}

/** "Els: Inchecken · Doel": a colleague's name and the block (and field) they are on, by its title. */
function ColleaguePlace({ docKey, colleague }: { docKey: string; colleague: Colleague }) {
  const { t, language } = useI18n();
  const copy = useWorkingCopy(docKey);
  const focus = colleague.focus;
  if (!focus || !copy) return <>{t('collab.panel.here', { name: colleague.name })}</>;
  const found = findBlock(copy.history.present, focus.blockId);
  const place = found ? blockTitle(found.block, copy.cards, language) : t('collab.panel.goneBlock');
  return <>{focus.field ? t('collab.panel.whereField', { name: colleague.name, place, field: focus.field }) : t('collab.panel.where', { name: colleague.name, place })}</>;
}
