import { useEffect, useId, useRef, useState } from 'react';
import type { CollabSession } from '../../app/collab-types';
import { useApplication, useStore } from '../app/context';
import type { Translate } from '../../core';
import { useI18n } from '../i18n';
import { CollabPanel } from './CollabPanel';

/** What the status bar says of a session: how many colleagues, or that it is connecting, or offline. */
export function collabStatusText(t: Translate, session: Pick<CollabSession, 'status' | 'unsynced' | 'colleagues'>): string {
  if (session.status === 'connecting') return t('collab.status.connecting');
  if (session.status === 'offline') return t(session.unsynced ? 'collab.status.offline' : 'collab.status.offlineSynced');
  return t('collab.status.live', { count: session.colleagues.length });
}

/** The status bar item of a live session; it opens a small panel with who is here, the code and Leave. */
export function CollabStatusItem() {
  const { t } = useI18n();
  const app = useApplication();
  const session = useStore(app.collab.store, (state) => state.session);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // A click anywhere else closes the panel, as a menu does.
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  if (!session) return null;
  const status = collabStatusText(t, session);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div ref={wrapper} className="collab-status">
      <button
        ref={button}
        type="button"
        className={`status-item collab-status-${session.status}`}
        aria-label={t('collab.status.button', { status })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
      >
        <span className={`codicon codicon-${session.status === 'offline' ? 'debug-disconnect' : 'live-share'}`} aria-hidden="true" /> {status}
      </button>
      {open && <CollabPanel id={panelId} session={session} onClose={close} />}
    </div>
  );
}
