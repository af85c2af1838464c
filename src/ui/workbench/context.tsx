import { createContext, useContext } from 'react';
import type { Settings, UiState } from '../../core';
import type { HostApi, MethodOutput } from '../../contract';
import type { AppliedTheme } from '../theme';
import type { Action } from './dispatch';

/**
 * What most components need besides the application layer's stores: the host, the settings in effect,
 * and `dispatch` for intents. The layout, documents, library, settings, problems and notifications are
 * not here: components read exactly the part they show (see ../app/context.ts).
 */
export interface WorkbenchContextValue {
  host: HostApi;
  info: MethodOutput<'app.info'>;
  /** The theme in effect (the setting, or the system's when the setting says so). */
  theme: AppliedTheme;
  /** The remembered UI state as it was when the app started (layout, recent commands). */
  initialUiState: UiState;
  dispatch(action: Action): void;
  updateSettings(changes: Partial<Settings>): void;
}

export const WorkbenchContext = createContext<WorkbenchContextValue | null>(null);

export function useWorkbench(): WorkbenchContextValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside the workbench');
  return value;
}
