import type { Curriculum, LayoutState, NeedLayer, TechniqueCard } from '../core';
import { Store } from './store';

export interface CompareSide {
  label: string;
  curriculum: Curriculum;
  cards: TechniqueCard[];
}

export type ViewId = 'library' | 'curricula' | 'insights';
export type PanelTab = 'problems' | 'output';

export type EditorTab =
  | { id: 'welcome'; kind: 'welcome' }
  /** A card; `draft` holds unsaved edits (a new card exists only as a draft until it is saved). */
  | { id: string; kind: 'card'; cardId: string; draft?: TechniqueCard }
  | { id: string; kind: 'pack-import'; path: string; cards: TechniqueCard[] }
  /** An open curriculum; its state lives in the documents store under `key`. */
  | { id: string; kind: 'curriculum'; key: string }
  /** Handouts of a curriculum: preview and export. */
  | { id: string; kind: 'export'; key: string }
  /** One day of a curriculum run live (`live:<key>:<dayId>`); not kept across restarts: the run itself is in the file. */
  | { id: string; kind: 'live'; key: string; dayId: string }
  | { id: 'settings'; kind: 'settings' }
  | { id: 'keybindings'; kind: 'keybindings' }
  /** The team libraries' conflicts, each with what differs and the trainer's choice (see TeamLibraryService). */
  | { id: 'team-conflicts'; kind: 'team-conflicts' }
  /** Two curricula compared (e.g. mine and the version on disk). */
  | { id: string; kind: 'compare'; before: CompareSide; after: CompareSide };

export interface WorkbenchState {
  activeView: ViewId;
  sideBarVisible: boolean;
  sideBarWidth: number;
  panelVisible: boolean;
  panelHeight: number;
  panelTab: PanelTab;
  /** Whose needs Insights and the day bars show: 'exercise' (participants in the training) or 'conversation' (clients). */
  needLayer: NeedLayer;
  tabs: EditorTab[];
  activeTabId: string;
  /** The block selected in a curriculum editor (shown in the block form, revealed from Problems). */
  selection: { key: string; blockIds: string[] } | null;
  /** The tab shown in the right half of a split editor, if the editor is split. */
  splitTabId: string | null;
  /** A workbench-wide dialog that is open, if any. */
  dialog: 'export-pack' | null;
}

export const initialState: WorkbenchState = {
  activeView: 'library',
  sideBarVisible: true,
  sideBarWidth: 300,
  panelVisible: true,
  panelHeight: 180,
  panelTab: 'problems',
  needLayer: 'exercise',
  tabs: [{ id: 'welcome', kind: 'welcome' }],
  activeTabId: 'welcome',
  selection: null,
  splitTabId: null,
  dialog: null,
};

export type Action =
  | { type: 'activate-view'; view: ViewId }
  | { type: 'resize-side-bar'; width: number }
  | { type: 'resize-panel'; height: number }
  | { type: 'toggle-panel' }
  | { type: 'show-panel-tab'; tab: PanelTab }
  | { type: 'show-need-layer'; layer: NeedLayer }
  | { type: 'open-tab'; tab: EditorTab }
  | { type: 'activate-tab'; id: string }
  | { type: 'move-tab'; id: string; toIndex: number }
  | { type: 'split-editor'; tabId: string | null }
  | { type: 'close-tab'; id: string }
  | { type: 'show-dialog'; dialog: WorkbenchState['dialog'] }
  | { type: 'select-block'; selection: WorkbenchState['selection'] }
  | { type: 'restore-layout'; layout: LayoutState };

export const SIDE_BAR_LIMITS = { min: 170, max: 700 };
export const PANEL_LIMITS = { min: 80, max: 600 };

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, Math.round(value)));

export function reduceLayout(state: WorkbenchState, action: Action): WorkbenchState {
  switch (action.type) {
    case 'activate-view':
      // Like VS Code: clicking the active view's icon hides the side bar; any icon shows it again.
      if (state.activeView === action.view) return { ...state, sideBarVisible: !state.sideBarVisible };
      return { ...state, activeView: action.view, sideBarVisible: true };
    case 'resize-side-bar':
      return { ...state, sideBarWidth: clamp(action.width, SIDE_BAR_LIMITS) };
    case 'resize-panel':
      return { ...state, panelHeight: clamp(action.height, PANEL_LIMITS) };
    case 'toggle-panel':
      return { ...state, panelVisible: !state.panelVisible };
    case 'show-panel-tab':
      return { ...state, panelVisible: true, panelTab: action.tab };
    case 'show-need-layer':
      return { ...state, needLayer: action.layer };
    case 'open-tab': {
      const exists = state.tabs.some((tab) => tab.id === action.tab.id);
      const tabs = exists ? state.tabs.map((tab) => (tab.id === action.tab.id ? action.tab : tab)) : [...state.tabs, action.tab];
      return { ...state, tabs, activeTabId: action.tab.id };
    }
    case 'activate-tab':
      return { ...state, activeTabId: action.id };
    case 'split-editor':
      return { ...state, splitTabId: action.tabId };
    case 'move-tab': {
      const tab = state.tabs.find((candidate) => candidate.id === action.id);
      if (!tab) return state;
      const rest = state.tabs.filter((candidate) => candidate.id !== action.id);
      const index = Math.max(0, Math.min(rest.length, action.toIndex));
      return { ...state, tabs: [...rest.slice(0, index), tab, ...rest.slice(index)] };
    }
    case 'close-tab': {
      const index = state.tabs.findIndex((tab) => tab.id === action.id);
      if (index < 0) return state;
      const tabs = state.tabs.filter((tab) => tab.id !== action.id);
      const neighbour = tabs[Math.min(index, tabs.length - 1)];
      const activeTabId = state.activeTabId === action.id ? (neighbour?.id ?? '') : state.activeTabId;
      return { ...state, tabs, activeTabId, splitTabId: state.splitTabId === action.id ? null : state.splitTabId };
    }
    case 'restore-layout': {
      const { activeView, sideBarVisible, sideBarWidth, panelVisible, panelHeight, panelTab, needLayer } = action.layout;
      return {
        ...state,
        activeView,
        sideBarVisible,
        sideBarWidth: clamp(sideBarWidth, SIDE_BAR_LIMITS),
        panelVisible,
        panelHeight: clamp(panelHeight, PANEL_LIMITS),
        panelTab,
        needLayer,
        tabs: action.layout.tabs.some((tab) => tab.kind === 'welcome') ? state.tabs : state.tabs.filter((tab) => tab.kind !== 'welcome'),
      };
    }
    case 'select-block':
      return { ...state, selection: action.selection };
    case 'show-dialog':
      return { ...state, dialog: action.dialog };
  }
}

/** The workbench's layout and editors: which view, which tabs, what is selected. Changed only by actions. */
export class LayoutService {
  readonly store = new Store<WorkbenchState>(initialState);
  dispatch = (action: Action): void => this.store.set((state) => reduceLayout(state, action));
}
