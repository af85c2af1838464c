import { memo } from 'react';
import type { MessageKey } from '../../core';
import { InsightsView } from '../curriculum/InsightsView';
import { useI18n } from '../i18n';
import { LibraryView } from '../views/LibraryView';
import { RecentFiles } from '../views/RecentFiles';
import { useApplication, useLayout } from '../app/context';
import type { ViewId } from '../../app';
import { RenderRegion } from './RenderRegion';

const TITLES: Record<ViewId, MessageKey> = {
  library: 'activity.library',
  curricula: 'activity.curricula',
  insights: 'activity.insights',
};

export function SideBar() {
  const activeView = useLayout((state) => state.activeView);
  const width = useLayout((state) => state.sideBarWidth);
  const { t } = useI18n();
  const title = t(TITLES[activeView]);
  return (
    <aside
      id="side-bar"
      className="side-bar"
      role="tabpanel"
      aria-labelledby={`activity-${activeView}`}
      style={{ width }}
    >
      <h2 className="side-bar-title">{title}</h2>
      <SideBarView view={activeView} />
    </aside>
  );
}

/** The view inside the side bar; memoized, so resizing the side bar does not render the view again. */
const SideBarView = memo(function SideBarView({ view: activeView }: { view: ViewId }) {
  const { documents } = useApplication();
  const { t } = useI18n();
  return (
    <RenderRegion id="side-bar-view">
    <div className="side-bar-content">
      {activeView === 'library' && <LibraryView />}
      {activeView === 'curricula' && (
        <>
          <p className="muted">{t('sidebar.curricula.hint')}</p>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => documents.create()}>
              <span className="codicon codicon-new-file" aria-hidden="true" /> {t('welcome.newCurriculum')}
            </button>
            <button type="button" className="button secondary" onClick={() => void documents.pickAndOpen()}>
              <span className="codicon codicon-folder-opened" aria-hidden="true" /> {t('welcome.openFile')}
            </button>
          </div>
          <h3 className="section-title">{t('welcome.recent')}</h3>
          <RecentFiles />
        </>
      )}
      {activeView === 'insights' && <InsightsView />}
    </div>
    </RenderRegion>
  );
});
