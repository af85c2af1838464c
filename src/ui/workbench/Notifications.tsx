import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { useWorkbench } from './context';

/** Start-up notices (a data file put aside) stay until the trainer dismisses them. */
export function Notifications() {
  const { state, dispatch } = useWorkbench();
  const { t } = useI18n();
  if (state.notices.length === 0 && state.toasts.length === 0) return null;
  return (
    <div className="notifications">
      {state.toasts.map((toast) => (
        <Toast key={toast.id} id={toast.id} />
      ))}
      {state.notices.map((notice, index) => (
        <div key={notice.movedTo} role="alert" className="notification">
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
  const { state, dispatch } = useWorkbench();
  const { t } = useI18n();
  const toast = state.toasts.find((candidate) => candidate.id === id);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dispatch({ type: 'dismiss-toast', id }), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, id, dispatch]);
  if (!toast) return null;
  return (
    <div
      role="status"
      className="notification toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="codicon codicon-info" aria-hidden="true" />
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
