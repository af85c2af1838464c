import type { WorkingCopy } from '../../app';
import { useApplication, useLayout, useStore, useWorkingCopy } from '../app/context';

const useActiveKey = () =>
  useLayout((state) => {
    const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId);
    return tab?.kind === 'curriculum' ? tab.key : undefined;
  });

/** The training in the active editor tab, if the active tab is one. */
export function useActiveCurriculum(): WorkingCopy | null {
  return useWorkingCopy(useActiveKey()) ?? null;
}

/**
 * The key of the training in the active tab when it may be edited, else null: for the side bar's many
 * "add" buttons, which need no more, so an edit of the training renders none of them.
 */
export function useEditableActiveKey(): string | null {
  const key = useActiveKey();
  const editable = useStore(useApplication().documents.store, (copies) => !!key && !!copies[key] && !copies[key].readOnly);
  return editable && key ? key : null;
}
