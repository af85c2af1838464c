import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from './context';

/** One status bar item per team library that is a git repository: what is still to share and to pull. */
export function TeamStatusItems() {
  const { t } = useI18n();
  const { dispatch } = useWorkbench();
  const app = useApplication();
  const teams = useStore(app.team.store, (state) => state.teams);
  const openLibrary = () => {
    const state = app.layout.store.get();
    if (state.activeView !== 'library' || !state.sideBarVisible) dispatch({ type: 'activate-view', view: 'library' });
  };
  return teams.flatMap((team) => {
    if (!team.git) return [];
    const counts = { ahead: team.git.ahead, behind: team.git.behind, changed: team.git.changed };
    return [
      <button key={team.folder} type="button" className="status-item" aria-label={t('team.status.itemLabel', { team: team.name, ...counts })} title={team.name} onClick={openLibrary}>
        <span className="codicon codicon-source-control" aria-hidden="true" /> {t('team.status.item', counts)}
      </button>,
    ];
  });
}
