import { translator, type Module, type Settings, type TechniqueCard, type UiState } from '../core';
import type { HostApi, MethodOutput } from '../contract';
import { BlockEditing } from './block-editing';
import { LibraryService, type MoreCards } from './library';
import type { SearchBackend } from './library-search';
import { watchDesignProblems } from './design-checks';
import { DialogService } from './dialogs';
import { DocumentService } from './documents';
import { LayoutService } from './layout';
import { MarkerService } from './markers';
import { NotificationService } from './notifications';
import { restoreSession } from './session';
import { SettingsService } from './settings';
import { resolveLanguage } from './language';
import { describeFailure } from './failure';
import { HandoutPreview, handoutFontsOnce, type PreviewOptions } from './handout-preview';
import { LiveRunSession } from './live-run';
import { CardUsageService } from './card-usage';
import { TeamLibraryService } from './team-library';
import { CollabService } from './collab';

export * from './store';
export * from './debounce';
export * from './message';
export * from './documents';
export * from './layout';
export * from './markers';
export * from './notifications';
export * from './dialogs';
export * from './settings';
export * from './language';
export * from './failure';
export * from './block-editing';
export * from './library';
export * from './library-search';
export * from './handout-preview';
export * from './live-run';
export * from './card-usage';
export * from './team-library';
export * from './collab';

export interface Loaded {
  info: MethodOutput<'app.info'>;
  settings: Settings;
  /** The library's first page of cards (the whole library when it fitted). */
  cards: TechniqueCard[];
  /** Present when the first page was not the whole library: the rest loads after the first screen. */
  moreCards?: MoreCards;
  uiState: UiState;
  modules: Module[];
}

/**
 * The application layer: every service the workbench reads and sends intents to, made once per window.
 * `searchBackend` is where the card library's search index lives (a worker in the renderer); this thread if not given.
 */
export function createApplication(host: HostApi, loaded: Loaded, systemLocale: string, searchBackend?: SearchBackend) {
  const notifications = new NotificationService();
  const markers = new MarkerService();
  const layout = new LayoutService();
  const dialogs = new DialogService();
  const settings = new SettingsService(loaded.settings, host, notifications);
  const language = () => resolveLanguage(settings.get().language, systemLocale);
  const logFailure = (error: unknown) => {
    const { message, detail } = describeFailure(error);
    notifications.log(message, detail);
  };
  const library = new LibraryService(host, { cards: loaded.cards, more: loaded.moreCards, modules: loaded.modules, view: loaded.uiState.library }, logFailure, searchBackend);
  const documents = new DocumentService({
    host,
    appVersion: loaded.info.version,
    shippedDir: loaded.info.examplesDir.replace(/[\\/]examples[\\/]?$/, ''),
    settings: settings.get,
    language,
    translate: () => translator(language()),
    libraryCards: loaded.cards,
    libraryLoaded: () => library.whenLoaded(),
    notifications,
    markers,
    layout,
    dialogs,
  });
  const blocks = new BlockEditing(documents, layout, notifications);
  const stopLibrary = library.store.subscribe(() => documents.setLibraryCards(library.get().cards));
  const team = new TeamLibraryService(host, { dialogs, layout, notifications, author: () => settings.get().authorName, language, report: logFailure });
  const stopTeamCards = library.connectTeam(team);
  // The team folders are asked about only while the settings name one; a change of them is asked about at once.
  let teamFolders = '[]';
  const followTeams = () => {
    const folders = JSON.stringify(settings.get().teamLibraries);
    if (folders === teamFolders) return;
    teamFolders = folders;
    if (settings.get().teamLibraries.length > 0) team.start();
    else team.stop();
    void team.refresh();
  };
  followTeams();
  const stopTeamSettings = settings.store.subscribe(followTeams);
  const stopChecks = watchDesignProblems(documents, markers, settings);
  const collab = new CollabService({ documents, notifications, name: () => settings.get().authorName.trim() || translator(language())('collab.colleague') });
  const cardUsage = new CardUsageService(host, documents, logFailure);
  void cardUsage.refresh();
  notifications.setNotices(loaded.info.startupNotices);
  notifications.log({ key: 'output.started', params: { version: loaded.info.version, edition: loaded.info.edition } });
  const handoutFonts = handoutFontsOnce(host);
  let session: Promise<() => void> | null = null;
  return {
    host,
    /** What the host answered at start (settings, cards, modules, the remembered UI state). */
    loaded,
    info: loaded.info,
    notifications,
    markers,
    layout,
    dialogs,
    settings,
    documents,
    collab,
    blocks,
    library,
    /** How each card went on the days run live (from the trainings opened here). */
    cardUsage,
    /** The team libraries: shared folders or git repositories with the team's cards and modules. */
    team,
    language,
    /** A live preview of a curriculum's handout; it renders while started. */
    previewHandout: (docKey: string, options: PreviewOptions) => new HandoutPreview(documents, docKey, handoutFonts, options),
    /** One day of an open training run live; the break "Pauze nu" inserts is named in the training's language. */
    runLive: (docKey: string, dayId: string) =>
      new LiveRunSession(documents, docKey, dayId, { breakTitle: () => translator(documents.get(docKey)?.history.present.language ?? language())('live.breakTitle') }),
    /** Brings back unsaved work and the last layout; call once, after the first render. */
    async start(): Promise<void> {
      session ??= restoreSession(layout, documents, host, loaded.uiState.layout, logFailure);
      await session;
    },
    dispose(): void {
      stopChecks();
      cardUsage.dispose();
      stopLibrary();
      stopTeamCards();
      stopTeamSettings();
      collab.leave();
      team.dispose();
      library.dispose();
      void session?.then((stop) => stop());
    },
  };
}

export type Application = ReturnType<typeof createApplication>;
