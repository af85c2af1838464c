import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';

export function RecentFiles() {
  const { recent, openFile } = useWorkbench();
  const { t } = useI18n();
  if (recent.length === 0) return <p className="muted">{t('welcome.noRecent')}</p>;
  return (
    <ul className="recent-list" aria-label={t('welcome.recent')}>
      {recent.map((path) => (
        <li key={path}>
          <button type="button" className="link-button" onClick={() => openFile(path)} title={path}>
            {path.split(/[\\/]/).pop()}
          </button>
          <span className="muted recent-path">{path}</span>
        </li>
      ))}
    </ul>
  );
}
