import { useEffect, useMemo, useState } from 'react';
import { createApplication, FIRST_CARD_PAGE, type Application, type Loaded } from '../app';
import type { HostApi } from '../contract';
import { ApplicationContext, useSettings } from './app/context';
import { I18nProvider } from './i18n';
import { cardSearchBackend } from './library/search-worker';
import { useAppliedTheme } from './theme';
import { WorkbenchContext, type WorkbenchContextValue } from './workbench/context';
import { createDispatch } from './workbench/dispatch';
import { Workbench } from './workbench/Workbench';

export { resolveLanguage } from '../app';

/** Loads what the first screen needs from the host, then makes the application layer once. */
export function App({ host }: { host: HostApi }) {
  const [app, setApp] = useState<Application | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // A library of a few hundred cards comes at once; a larger one shows its first page and loads the rest after.
    const firstPage = host['library.cardPage']({ start: 0, count: FIRST_CARD_PAGE });
    Promise.all([host['app.info']({}), host['settings.get']({}), firstPage, host['uiState.get']({}), host['library.listModules']({})])
      .then(([info, settings, { cards, total, revision }, uiState, modules]) => {
        if (!current) return;
        const loaded: Loaded = { info, settings, cards, moreCards: total > cards.length ? { total, revision } : undefined, uiState, modules };
        // The browser edition follows the browser's language; the desktop app the operating system's.
        setApp(createApplication(host, loaded, info.edition === 'desktop' ? info.systemLocale : navigator.language, cardSearchBackend()));
      })
      .catch((error: unknown) => setFailure(String(error instanceof Error ? error.message : error)));
    return () => {
      current = false;
    };
  }, [host]);
  useEffect(() => () => app?.dispose(), [app]);

  if (failure) return <pre role="alert" className="fatal">{failure}</pre>;
  if (!app) return <div className="loading" aria-busy="true" />;
  return (
    <ApplicationContext.Provider value={app}>
      <Localized app={app} />
    </ApplicationContext.Provider>
  );
}

function Localized({ app }: { app: Application }) {
  const language = useSettings(() => app.language());
  return (
    <I18nProvider language={language}>
      <WorkbenchProvider app={app} />
    </I18nProvider>
  );
}

/** The workbench's context: the host and intents, none of the state (components read the stores they show). */
function WorkbenchProvider({ app }: { app: Application }) {
  const themeSetting = useSettings((value) => value.theme);
  const language = useSettings(() => app.language());
  const theme = useAppliedTheme(themeSetting, language);
  const dispatch = useMemo(() => createDispatch(app), [app]);
  const value = useMemo<WorkbenchContextValue>(
    () => ({
      host: app.host,
      info: app.info,
      theme,
      initialUiState: app.loaded.uiState,
      dispatch,
      updateSettings: (changes) => void app.settings.update(changes),
    }),
    [app, theme, dispatch],
  );
  return (
    <WorkbenchContext.Provider value={value}>
      <Workbench />
    </WorkbenchContext.Provider>
  );
}
