import { createContext, useContext, type Dispatch } from 'react';
import type { Settings, TechniqueCard } from '../../core';
import type { HostApi, MethodOutput } from '../../contract';
import type { Action, WorkbenchState } from './state';

export interface WorkbenchContextValue {
  host: HostApi;
  info: MethodOutput<'app.info'>;
  settings: Settings;
  cards: TechniqueCard[];
  recent: string[];
  state: WorkbenchState;
  dispatch: Dispatch<Action>;
  updateSettings(changes: Partial<Settings>): void;
  openFile(path?: string): void;
}

export const WorkbenchContext = createContext<WorkbenchContextValue | null>(null);

export function useWorkbench(): WorkbenchContextValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside the workbench');
  return value;
}
