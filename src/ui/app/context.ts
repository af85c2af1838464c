import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Application, Marker, NotificationsState, Store, WorkbenchState, WorkingCopy } from '../../app';
import type { Settings } from '../../core';

/** The application layer, made once per window; the context carries the services, never their state. */
export const ApplicationContext = createContext<Application | null>(null);

export function useApplication(): Application {
  const app = useContext(ApplicationContext);
  if (!app) throw new Error('useApplication outside the application');
  return app;
}

/**
 * Reads part of a store; the component re-renders only when the selected value changes. Selectors must
 * return a value already in the store (or a primitive), not a new object on every call.
 */
export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const useLayout = <S,>(select: (state: WorkbenchState) => S): S => useStore(useApplication().layout.store, select);
export const useNotifications = <S,>(select: (state: NotificationsState) => S): S => useStore(useApplication().notifications.store, select);
export const useMarkers = (): readonly Marker[] => useStore(useApplication().markers.store, (markers) => markers);
export const useSettings = <S,>(select: (settings: Settings) => S): S => useStore(useApplication().settings.store, select);

/** One open training, or undefined once it is closed. */
export const useWorkingCopy = (key: string | undefined): WorkingCopy | undefined =>
  useStore(useApplication().documents.store, (copies) => (key ? copies[key] : undefined));

/** The training in the active editor tab, if the active tab is one. */
export function useActiveWorkingCopy(): WorkingCopy | undefined {
  const key = useLayout((state) => {
    const tab = state.tabs.find((candidate) => candidate.id === state.activeTabId);
    return tab?.kind === 'curriculum' || tab?.kind === 'export' ? tab.key : undefined;
  });
  return useWorkingCopy(key);
}
