import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { languageForLocale, type Language, type Module, type Settings, type TechniqueCard, type UiState } from '../core';
import type { HostApi, MethodOutput } from '../contract';
import { I18nProvider } from './i18n';
import { useLibrary } from './library/useLibrary';
import { useAppliedTheme } from './theme';
import { WorkbenchContext, type WorkbenchContextValue } from './workbench/context';
import { initialState, reduce } from './workbench/state';
import { Workbench } from './workbench/Workbench';

interface Loaded {
  info: MethodOutput<'app.info'>;
  settings: Settings;
  cards: TechniqueCard[];
  uiState: UiState;
  modules: Module[];
}

/** Runs tasks one after another, each when the previous one has settled. */
function serialQueue(): (task: () => Promise<unknown>) => void {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    tail = tail.then(task, task);
  };
}

export function resolveLanguage(setting: Settings['language'], systemLocale: string): Language {
  return setting === 'system' ? languageForLocale(systemLocale) : setting;
}

export function App({ host }: { host: HostApi }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, dispatch] = useReducer(reduce, initialState);

  useEffect(() => {
    Promise.all([
      host['app.info']({}),
      host['settings.get']({}),
      host['library.listCards']({}),
      host['uiState.get']({}),
      host['library.listModules']({}),
    ])
      .then(([info, settings, cards, uiState, modules]) => {
        setLoaded({ info, settings, cards, uiState, modules });
        dispatch({ type: 'set-notices', notices: info.startupNotices });
        dispatch({ type: 'log', line: { key: 'output.started', params: { version: info.version, edition: info.edition } } });
      })
      .catch((error: unknown) => setFailure(String(error instanceof Error ? error.message : error)));
  }, [host]);

  // Saves go out one after another, so a later change can never be overtaken by an earlier one.
  const enqueueSave = useMemo(() => serialQueue(), []);
  const updateSettings = useCallback(
    (changes: Partial<Settings>) => {
      setLoaded((current) => (current ? { ...current, settings: { ...current.settings, ...changes } } : current));
      enqueueSave(() =>
        host['settings.update']({ changes }).catch((error: unknown) => dispatch({ type: 'log', line: { key: 'error.host', params: { message: String(error) } } })),
      );
    },
    [host, enqueueSave],
  );

  // The browser edition follows the browser's language; the desktop app the operating system's.
  const systemLocale = loaded?.info.edition === 'desktop' ? loaded.info.systemLocale : navigator.language;
  const language = resolveLanguage(loaded?.settings.language ?? 'system', systemLocale);
  const theme = useAppliedTheme(loaded?.settings.theme ?? 'system', language);

  const context = useMemo<Omit<WorkbenchContextValue, 'library'> | null>(
    () => (loaded ? { host, ...loaded, initialUiState: loaded.uiState, theme, state, dispatch, updateSettings } : null),
    [host, loaded, theme, state, updateSettings],
  );

  if (failure) return <pre role="alert" className="fatal">{failure}</pre>;
  if (!context || !loaded) return <div className="loading" aria-busy="true" />;
  return (
    <I18nProvider language={language}>
      <LibraryProvider context={context} initialCards={loaded.cards} initialView={loaded.uiState.library} initialModules={loaded.modules} />
    </I18nProvider>
  );
}

/** Mounted once everything is loaded, so the library store starts from the host's cards and remembered view. */
function LibraryProvider({
  context,
  initialCards,
  initialView,
  initialModules,
}: {
  context: Omit<WorkbenchContextValue, 'library'>;
  initialCards: TechniqueCard[];
  initialView: UiState['library'];
  initialModules: Module[];
}) {
  const library = useLibrary(context.host, initialCards, initialView, initialModules);
  const value = useMemo(() => ({ ...context, library, cards: library.cards }), [context, library]);
  return (
    <WorkbenchContext.Provider value={value}>
      <Workbench />
    </WorkbenchContext.Provider>
  );
}
