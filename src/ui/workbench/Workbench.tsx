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
import { RenderRegion } from './RenderRegion';
import { CollabLayer } from '../collab/CollabLayer';

/** The VS Code-style frame: activity bar | side bar | (editor over panel), status bar below. */
export function Workbench() {
  const { initialUiState } = useWorkbench();
  // The frame reads no layout state: each part reads what it shows, so a resize or a toggle renders that part only.
  return (
    <ModalHost>
    <CurriculumDnd>
    <CommandsProvider initialRecent={initialUiState.recentCommands}>
    <SessionStarter />
    <AppDialogs />
    <div className="workbench">
      <div className="workbench-main">
        <RenderRegion id="activity-bar"><ActivityBar /></RenderRegion>
        <SideBarPart />
        <div className="workbench-center">
          <RenderRegion id="editor-area"><EditorArea /></RenderRegion>
          <PanelPart />
        </div>
      </div>
      <RenderRegion id="status-bar"><StatusBar /></RenderRegion>
      <Notifications />
      <PathDialog />
      <ExportPackDialog />
      <CollabLayer />
    </div>
    </CommandsProvider>
    </CurriculumDnd>
    </ModalHost>
  );
}

/** The side bar and its sash, while the side bar is shown. */
function SideBarPart() {
  const visible = useLayout((state) => state.sideBarVisible);
  if (!visible) return null;
  return (
    <>
      <RenderRegion id="side-bar"><SideBar /></RenderRegion>
      <RenderRegion id="side-bar-sash"><SideBarSash /></RenderRegion>
    </>
  );
}

function SideBarSash() {
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const width = useLayout((state) => state.sideBarWidth);
  return (
    <Sash
      orientation="vertical"
      label={t('resize.sidebar')}
      value={width}
      limits={SIDE_BAR_LIMITS}
      controls="side-bar"
      onResize={(value) => dispatch({ type: 'resize-side-bar', width: value })}
    />
  );
}

/** The panel below the editors and its sash, while the panel is shown. */
function PanelPart() {
  const visible = useLayout((state) => state.panelVisible);
  if (!visible) return null;
  return (
    <>
      <RenderRegion id="panel-sash"><PanelSash /></RenderRegion>
      <RenderRegion id="panel"><Panel /></RenderRegion>
    </>
  );
}

function PanelSash() {
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const height = useLayout((state) => state.panelHeight);
  return (
    <Sash
      orientation="horizontal"
      label={t('resize.panel')}
      value={height}
      limits={PANEL_LIMITS}
      controls="panel"
      onResize={(value) => dispatch({ type: 'resize-panel', height: value })}
    />
  );
}
