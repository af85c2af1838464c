import type { MessageKey } from '../../core';
import { useDocuments } from '../curriculum/DocumentsProvider';
import { InsightsView } from '../curriculum/InsightsView';
import { useI18n } from '../i18n';
import { LibraryView } from '../views/LibraryView';
import { RecentFiles } from '../views/RecentFiles';
import { useWorkbench } from './context';
import type { ViewId } from './state';

const TITLES: Record<ViewId, MessageKey> = {
  library: 'activity.library',
  curricula: 'activity.curricula',
  insights: 'activity.insights',
};

export function SideBar() {
  const { state } = useWorkbench();
  const documents = useDocuments();
  const { t } = useI18n();
  const title = t(TITLES[state.activeView]);
  return (
    <aside
      id="side-bar"
      className="side-bar"
      role="tabpanel"
      aria-labelledby={`activity-${state.activeView}`}
      style={{ width: state.sideBarWidth }}
    >
      <h2 className="side-bar-title">{title}</h2>
      <div className="side-bar-content">
        {state.activeView === 'library' && <LibraryView />}
        {state.activeView === 'curricula' && (
          <>
            <p className="muted">{t('sidebar.curricula.hint')}</p>
            <div className="toolbar">
              <button type="button" className="button" onClick={documents.create}>
                <span className="codicon codicon-new-file" aria-hidden="true" /> {t('welcome.newCurriculum')}
              </button>
              <button type="button" className="button secondary" onClick={() => void documents.open()}>
                <span className="codicon codicon-folder-opened" aria-hidden="true" /> {t('welcome.openFile')}
              </button>
            </div>
            <h3 className="section-title">{t('welcome.recent')}</h3>
            <RecentFiles />
          </>
        )}
        {state.activeView === 'insights' && <InsightsView />}
      </div>
    </aside>
  );
}
