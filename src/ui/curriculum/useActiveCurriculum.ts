import { useWorkbench } from '../workbench/context';
import { useDocuments } from './DocumentsProvider';
import type { OpenCurriculum } from './documents-state';

/** The curriculum in the active editor tab, if the active tab is one. */
export function useActiveCurriculum(): OpenCurriculum | null {
  const { state } = useWorkbench();
  const { documents } = useDocuments();
  const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId);
  return tab?.kind === 'curriculum' ? (documents[tab.key] ?? null) : null;
}
