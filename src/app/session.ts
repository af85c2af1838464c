import type { LayoutState } from '../core';
import type { HostApi } from '../contract';
import { Debouncer } from './debounce';
import type { DocumentService } from './documents';
import type { EditorTab, LayoutService, WorkbenchState } from './layout';

const SAVE_DELAY_MS = 500;
const SAVE_MAX_WAIT_MS = 2000;

type SavedTab = LayoutState['tabs'][number];

/** The part of a tab that survives a restart; unsaved drafts and previews are not reopened. */
function toSaved(tab: EditorTab, pathOf: (key: string) => string | null): SavedTab | null {
  if (tab.kind === 'welcome' || tab.kind === 'settings' || tab.kind === 'keybindings') return { kind: tab.kind };
  if (tab.kind === 'card' && !tab.draft) return { kind: 'card', cardId: tab.cardId };
  if (tab.kind === 'curriculum') {
    const path = pathOf(tab.key);
    return path ? { kind: 'file', path } : null;
  }
  return null;
}

export function layoutToSave(state: WorkbenchState, pathOf: (key: string) => string | null): LayoutState {
  const kept = state.tabs.flatMap((tab) => {
    const saved = toSaved(tab, pathOf);
    return saved ? [{ id: tab.id, saved }] : [];
  });
  return {
    activeView: state.activeView,
    sideBarVisible: state.sideBarVisible,
    sideBarWidth: state.sideBarWidth,
    panelVisible: state.panelVisible,
    panelHeight: state.panelHeight,
    panelTab: state.panelTab,
    needLayer: state.needLayer,
    tabs: kept.map((entry) => entry.saved).slice(0, 50),
    activeTab: Math.max(0, kept.findIndex((entry) => entry.id === state.activeTabId)),
  };
}

/**
 * The workbench as the trainer left it: unsaved work from backups first, then the layout and the tabs
 * (a file that a backup already reopened is not opened twice). Afterwards the layout is remembered as it changes.
 */
export async function restoreSession(
  layout: LayoutService,
  documents: DocumentService,
  host: Pick<HostApi, 'uiState.update'>,
  saved: LayoutState,
  report: (error: unknown) => void,
): Promise<() => void> {
  layout.dispatch({ type: 'restore-layout', layout: saved });
  const restored = await documents.restoreBackups();
  const restoredTab = layout.store.get().activeTabId;
  for (const tab of saved.tabs) {
    if (tab.kind === 'file') await documents.open(tab.path);
    else if (tab.kind === 'card') layout.dispatch({ type: 'open-tab', tab: { id: `card:${tab.cardId}`, kind: 'card', cardId: tab.cardId } });
    else if (tab.kind === 'settings') layout.dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
    else if (tab.kind === 'keybindings') layout.dispatch({ type: 'open-tab', tab: { id: 'keybindings', kind: 'keybindings' } });
  }
  const active = saved.tabs[saved.activeTab];
  // Work that came back from a backup is what the trainer sees first.
  if (restored > 0) layout.dispatch({ type: 'activate-tab', id: restoredTab });
  else if (active?.kind === 'card') layout.dispatch({ type: 'activate-tab', id: `card:${active.cardId}` });
  else if (active && active.kind !== 'file') layout.dispatch({ type: 'activate-tab', id: active.kind });
  else if (active?.kind === 'file') {
    const copy = Object.values(documents.store.get()).find((candidate) => candidate.path === active.path);
    if (copy) layout.dispatch({ type: 'activate-tab', id: `curriculum:${copy.key}` });
  }

  let last = '';
  const pathOf = (key: string) => documents.get(key)?.path ?? null;
  const writer = new Debouncer(
    () => {
      const next = JSON.stringify(layoutToSave(layout.store.get(), pathOf));
      if (next === last) return;
      last = next;
      host['uiState.update']({ changes: { layout: JSON.parse(next) as LayoutState } }).catch(report);
    },
    () => SAVE_DELAY_MS,
    () => SAVE_MAX_WAIT_MS,
  );
  last = JSON.stringify(layoutToSave(layout.store.get(), pathOf));
  const stopLayout = layout.store.subscribe(() => writer.request());
  const stopDocuments = documents.store.subscribe(() => writer.request());
  return () => {
    stopLayout();
    stopDocuments();
    writer.flush();
  };
}
