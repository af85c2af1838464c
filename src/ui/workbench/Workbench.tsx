import { ActivityBar } from './ActivityBar';
import { useWorkbench } from './context';
import { EditorArea } from './EditorArea';
import { Notifications } from './Notifications';
import { Panel } from './Panel';
import { PathDialog } from './PathDialog';
import { Sash } from './Sash';
import { SideBar } from './SideBar';
import { StatusBar } from './StatusBar';
import { PANEL_LIMITS, SIDE_BAR_LIMITS } from '../../app';
import { useLayout } from '../app/context';
import { AppDialogs } from './AppDialogs';
import { SessionStarter } from './SessionStarter';
import { ModalHost } from '../components/ModalHost';
import { CommandsProvider } from '../commands/CommandsProvider';
import { CurriculumDnd } from '../curriculum/CurriculumDnd';
import { useI18n } from '../i18n';
import { ExportPackDialog } from '../library/ExportPackDialog';

/** The VS Code-style frame: activity bar | side bar | (editor over panel), status bar below. */
export function Workbench() {
  const { dispatch, initialUiState } = useWorkbench();
  const sideBarVisible = useLayout((state) => state.sideBarVisible);
  const sideBarWidth = useLayout((state) => state.sideBarWidth);
  const panelVisible = useLayout((state) => state.panelVisible);
  const panelHeight = useLayout((state) => state.panelHeight);
  const { t } = useI18n();
  return (
    <ModalHost>
    <CurriculumDnd>
    <CommandsProvider initialRecent={initialUiState.recentCommands}>
    <SessionStarter />
    <AppDialogs />
    <div className="workbench">
      <div className="workbench-main">
        <ActivityBar />
        {sideBarVisible && (
          <>
            <SideBar />
            <Sash
              orientation="vertical"
              label={t('resize.sidebar')}
              value={sideBarWidth}
              limits={SIDE_BAR_LIMITS}
              onResize={(width) => dispatch({ type: 'resize-side-bar', width })}
            />
          </>
        )}
        <div className="workbench-center">
          <EditorArea />
          {panelVisible && (
            <>
              <Sash
                orientation="horizontal"
                label={t('resize.panel')}
                value={panelHeight}
                limits={PANEL_LIMITS}
                onResize={(height) => dispatch({ type: 'resize-panel', height })}
              />
              <Panel />
            </>
          )}
        </div>
      </div>
      <StatusBar />
      <Notifications />
      <PathDialog />
      <ExportPackDialog />
    </div>
    </CommandsProvider>
    </CurriculumDnd>
    </ModalHost>
  );
}
