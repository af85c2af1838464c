import { useI18n } from '../i18n';
import { useWorkbench } from './context';

/** Start-up notices (a data file put aside) stay until the trainer dismisses them. */
export function Notifications() {
  const { state, dispatch } = useWorkbench();
  const { t } = useI18n();
  if (state.notices.length === 0) return null;
  return (
    <div className="notifications">
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
