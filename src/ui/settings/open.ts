import type { Dispatch } from 'react';
import type { Action } from '../../app';

export const SETTINGS_SEARCH_ID = 'settings-search';

/** Set while the settings were opened and their search box has not had the cursor yet. */
let searchFocusPending = false;

/**
 * Opens (or shows) the settings editor tab and puts the cursor in its search box, as VS Code does. The
 * editor's code may still be loading on its first opening: then it takes the cursor when it mounts.
 */
export function openSettings(dispatch: Dispatch<Action>): void {
  searchFocusPending = true;
  dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
  requestAnimationFrame(() => {
    const search = document.getElementById(SETTINGS_SEARCH_ID);
    if (search) {
      searchFocusPending = false;
      search.focus();
    }
  });
}

/** For the settings editor as it mounts: whether it was just opened to be searched (asked once). */
export function takeSearchFocus(): boolean {
  const pending = searchFocusPending;
  searchFocusPending = false;
  return pending;
}
