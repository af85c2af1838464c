import { useEffect, useState } from 'react';
import { useDocuments } from '../curriculum/DocumentsProvider';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';

/** Recent files that still exist, refreshed whenever a document is opened or saved. */
export function RecentFiles() {
  const { host } = useWorkbench();
  const { open, documents } = useDocuments();
  const { t } = useI18n();
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    host['documents.recent']({}).then((files) => current && setRecent(files), () => undefined);
    return () => {
      current = false;
    };
  }, [host, documents]);
  if (recent.length === 0) return <p className="muted">{t('welcome.noRecent')}</p>;
  return (
    <ul className="recent-list" aria-label={t('welcome.recent')}>
      {recent.map((path) => (
        <li key={path}>
          <button type="button" className="link-button" onClick={() => void open(path)} title={path}>
            {path.split(/[\\/]/).pop()}
          </button>
          <span className="muted recent-path">{path}</span>
        </li>
      ))}
    </ul>
  );
}
