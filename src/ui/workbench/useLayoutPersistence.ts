import { useEffect, useRef } from 'react';
import type { LayoutState } from '../../core';
import { useDocuments } from '../curriculum/DocumentsProvider';
import { useWorkbench } from './context';
import type { EditorTab } from './state';

const SAVE_DELAY_MS = 500;

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

/** Restores the layout and the open tabs at start, and remembers them as they change. */
export function useLayoutPersistence(): void {
  const { state, dispatch, host, initialUiState } = useWorkbench();
  const documents = useDocuments();
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const layout = initialUiState.layout;
    dispatch({ type: 'restore-layout', layout });
    for (const tab of layout.tabs) {
      if (tab.kind === 'file') void documents.open(tab.path);
      else if (tab.kind === 'card') dispatch({ type: 'open-tab', tab: { id: `card:${tab.cardId}`, kind: 'card', cardId: tab.cardId } });
      else if (tab.kind === 'settings') dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
      else if (tab.kind === 'keybindings') dispatch({ type: 'open-tab', tab: { id: 'keybindings', kind: 'keybindings' } });
    }
    const active = layout.tabs[layout.activeTab];
    const activeId = active && (active.kind === 'card' ? `card:${active.cardId}` : active.kind === 'file' ? null : active.kind);
    if (activeId) dispatch({ type: 'activate-tab', id: activeId });
    // Restoring runs once, with the state as the app started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pathOf = (key: string) => documents.documents[key]?.path ?? null;
  const kept = state.tabs.flatMap((tab) => {
    const saved = toSaved(tab, pathOf);
    return saved ? [{ id: tab.id, saved }] : [];
  });
  const saved = kept.map((entry) => entry.saved);
  const activeIndex = Math.max(0, kept.findIndex((entry) => entry.id === state.activeTabId));
  const layout: LayoutState = {
    activeView: state.activeView,
    sideBarVisible: state.sideBarVisible,
    sideBarWidth: state.sideBarWidth,
    panelVisible: state.panelVisible,
    panelHeight: state.panelHeight,
    panelTab: state.panelTab,
    tabs: saved.slice(0, 50),
    activeTab: activeIndex,
  };
  const serialized = JSON.stringify(layout);
  useEffect(() => {
    if (!restored.current) return;
    const timer = setTimeout(() => void host['uiState.update']({ changes: { layout: JSON.parse(serialized) as LayoutState } }), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [serialized, host]);
}

/** Mounted inside the workbench's providers, where the layout hook can reach the documents. */
export function LayoutKeeper(): null {
  useLayoutPersistence();
  return null;
}
