import { useEffect, useState } from 'react';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';

/** Recent files that still exist, refreshed whenever a document is opened or saved. */
export function RecentFiles() {
  const { host } = useWorkbench();
  const { documents } = useApplication();
  // Refreshed when a file is opened, saved or closed (the set of open paths changes).
  const openPaths = useStore(documents.store, (copies) => Object.values(copies).map((copy) => copy.path ?? '').join('\n'));
  const { t } = useI18n();
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    host['documents.recent']({}).then((files) => current && setRecent(files), () => undefined);
    return () => {
      current = false;
    };
  }, [host, openPaths]);
  if (recent.length === 0) return <p className="muted">{t('welcome.noRecent')}</p>;
  return (
    <ul className="recent-list" aria-label={t('welcome.recent')}>
      {recent.map((path) => (
        <li key={path}>
          <button type="button" className="link-button" onClick={() => void documents.open(path)} title={path}>
            {path.split(/[\\/]/).pop()}
          </button>
          <span className="muted recent-path">{path}</span>
        </li>
      ))}
    </ul>
  );
}
