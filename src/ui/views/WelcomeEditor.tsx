import { useApplication } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { RecentFiles } from './RecentFiles';

export function WelcomeEditor() {
  const { info } = useWorkbench();
  const { documents } = useApplication();
  const { t } = useI18n();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="welcome-tagline">{t('welcome.tagline')}</p>
      <div className="welcome-columns">
        <div>
          <h2>{t('welcome.start')}</h2>
          <ul className="start-list">
            <li>
              <button type="button" className="link-button" onClick={() => documents.create()}>
                <span className="codicon codicon-new-file" aria-hidden="true" /> {t('welcome.newCurriculum')}
              </button>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => void documents.pickAndOpen()}>
                <span className="codicon codicon-folder-opened" aria-hidden="true" /> {t('welcome.openFile')}
              </button>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => void documents.open(`${info.examplesDir}/basistraining-activerende-gespreksvoering.draaiboek`)}>
                <span className="codicon codicon-book" aria-hidden="true" /> {t('welcome.openExample')}
              </button>
            </li>
          </ul>
        </div>
        <div>
          <h2>{t('welcome.recent')}</h2>
          <RecentFiles />
        </div>
      </div>
      <p className="muted welcome-footer">
        {t(info.edition === 'web' ? 'welcome.edition.web' : 'welcome.edition.desktop')} {info.version} ·{' '}
        {t('welcome.dataDir', { dir: info.dataDir })}
      </p>
    </section>
  );
}
