import { ActivityBar } from './ActivityBar';
import { useWorkbench } from './context';
import { EditorArea } from './EditorArea';
import { Notifications } from './Notifications';
import { Panel } from './Panel';
import { PathDialog } from './PathDialog';
import { LayoutKeeper } from './useLayoutPersistence';
import { Sash } from './Sash';
import { SideBar } from './SideBar';
import { StatusBar } from './StatusBar';
import { PANEL_LIMITS, SIDE_BAR_LIMITS } from './state';
import { ModalHost } from '../components/ModalHost';
import { CommandsProvider } from '../commands/CommandsProvider';
import { CurriculumDnd } from '../curriculum/CurriculumDnd';
import { DocumentsProvider } from '../curriculum/DocumentsProvider';
import { DesignProblemsProvider } from '../curriculum/useDesignProblems';
import { useI18n } from '../i18n';
import { ExportPackDialog } from '../library/ExportPackDialog';

/** The VS Code-style frame: activity bar | side bar | (editor over panel), status bar below. */
export function Workbench() {
  const { state, dispatch, initialUiState } = useWorkbench();
  const { t } = useI18n();
  return (
    <ModalHost>
    <DocumentsProvider>
    <CurriculumDnd>
    <CommandsProvider initialRecent={initialUiState.recentCommands}>
    <DesignProblemsProvider>
    <LayoutKeeper />
    <div className="workbench">
      <div className="workbench-main">
        <ActivityBar />
        {state.sideBarVisible && (
          <>
            <SideBar />
            <Sash
              orientation="vertical"
              label={t('resize.sidebar')}
              value={state.sideBarWidth}
              limits={SIDE_BAR_LIMITS}
              onResize={(width) => dispatch({ type: 'resize-side-bar', width })}
            />
          </>
        )}
        <div className="workbench-center">
          <EditorArea />
          {state.panelVisible && (
            <>
              <Sash
                orientation="horizontal"
                label={t('resize.panel')}
                value={state.panelHeight}
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
    </DesignProblemsProvider>
    </CommandsProvider>
    </CurriculumDnd>
    </DocumentsProvider>
    </ModalHost>
  );
}
