import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { useNotifications } from '../app/context';
import { useWorkbench } from './context';

/** Start-up notices (a data file or record set aside, a file read-only) stay until the trainer dismisses them. */
export function Notifications() {
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const toasts = useNotifications((state) => state.toasts);
  const notices = useNotifications((state) => state.notices);
  if (notices.length === 0 && toasts.length === 0) return null;
  return (
    <div className="notifications">
      {toasts.map((toast) => (
        <Toast key={toast.id} id={toast.id} />
      ))}
      {notices.map((notice, index) => (
        <div key={`${index}:${notice.code}:${notice.file}:${notice.record}`} role="alert" className="notification">
          <span className="codicon codicon-warning" aria-hidden="true" />
          <p>{t(`notice.${notice.code}`, notice)}</p>
          <button type="button" className="icon-button" aria-label={t('notice.dismiss')} onClick={() => dispatch({ type: 'dismiss-notice', index })}>
            <span className="codicon codicon-close" aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}

const TOAST_MS = 8000;

/** A passing message; it stays while hovered or focused, so its action (Undo) can be reached. */
function Toast({ id }: { id: number }) {
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const toast = useNotifications((state) => state.toasts.find((candidate) => candidate.id === id));
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dispatch({ type: 'dismiss-toast', id }), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, id, dispatch]);
  if (!toast) return null;
  return (
    <div
      role={toast.severity === 'error' ? 'alert' : 'status'}
      className={`notification toast${toast.severity === 'error' ? ' error' : ''}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className={`codicon codicon-${toast.severity === 'error' ? 'error' : 'info'}`} aria-hidden="true" />
      <p>{t(toast.key, toast.params)}</p>
      {toast.action && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            toast.action!.run();
            dispatch({ type: 'dismiss-toast', id });
          }}
        >
          {t(toast.action.key)}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('notice.dismiss')} onClick={() => dispatch({ type: 'dismiss-toast', id })}>
        <span className="codicon codicon-close" aria-hidden="true" />
      </button>
    </div>
  );
}
