import type { Dispatch } from 'react';
import type { Action } from '../../app';

export const SETTINGS_SEARCH_ID = 'settings-search';

/** Opens (or shows) the settings editor tab and puts the cursor in its search box, as VS Code does. */
export function openSettings(dispatch: Dispatch<Action>): void {
  dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
  requestAnimationFrame(() => document.getElementById(SETTINGS_SEARCH_ID)?.focus());
}
