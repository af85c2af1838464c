import type { WorkingCopy } from '../../app';
import { useLayout, useWorkingCopy } from '../app/context';

/** The training in the active editor tab, if the active tab is one. */
export function useActiveCurriculum(): WorkingCopy | null {
  const key = useLayout((state) => {
    const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId);
    return tab?.kind === 'curriculum' ? tab.key : undefined;
  });
  return useWorkingCopy(key) ?? null;
}
