import { z } from 'zod';
import { DraaiboekDocument, EXPORT_FORMAT_IDS, EXPORT_FORMATS, Id, Module, Settings, TeamSnapshot, TeamWriteResult, TechniqueCard, UiState, UiStateChanges, type ExportFormat } from '../core';
import type { MethodName } from './methods';

const Empty = z.object({}).strict();
const FilePath = z.string().min(1).max(4096);
const Revision = z.string().min(1);

/**
 * What happened to a data-folder file at start-up; shown once in the UI.
 * - library-unreadable / settings-unreadable / usage-unreadable: not JSON; copied aside to `movedTo`, the store started empty.
 * - record-quarantined: `record` did not fit (`detail`); it was taken out and kept in `movedTo`.
 * - record-skipped: as above, but it could not be kept aside, so the file is left alone and not saved.
 * - store-newer-version: written by a newer Draaiboek (`detail`: its format version); used read-only.
 * - store-read-only: cannot be read (`detail`: why); not touched, defaults apply, nothing is saved.
 * - store-not-set-aside: damaged and could not be copied aside (`detail`); not touched, nothing is saved.
 */
export const StartupNotice = z.object({
  code: z.enum([
    'library-unreadable',
    'settings-unreadable',
    'usage-unreadable',
    'record-quarantined',
    'record-skipped',
    'store-newer-version',
    'store-read-only',
    'store-not-set-aside',
  ]),
  file: z.string(),
  movedTo: z.string().default(''),
  record: z.string().default(''),
  detail: z.string().default(''),
});
export type StartupNotice = z.infer<typeof StartupNotice>;

const FileProblem = z.object({
  code: z.enum(['too-large', 'not-json', 'not-draaiboek', 'invalid', 'duplicate-id', 'migration-failed', 'unreadable']),
  pointer: z.string(),
  line: z.int().optional(),
  column: z.int().optional(),
  detail: z.string(),
});
const FileNotice = z.object({ code: z.enum(['newer-version', 'migrated', 'unknown-card']), pointer: z.string(), detail: z.string() });

export const OpenResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    path: FilePath,
    document: DraaiboekDocument,
    /** Hash of the bytes read; saving with it detects a change made on disk meanwhile. */
    revision: Revision,
    readOnly: z.boolean(),
    notices: z.array(FileNotice),
  }),
  z.object({ ok: z.literal(false), path: FilePath, problems: z.array(FileProblem) }),
]);
export type OpenResult = z.infer<typeof OpenResult>;

export const SaveResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), revision: Revision }),
  /** The file on disk is not the one that was read: the UI offers reload / keep mine / compare. */
  z.object({ status: z.literal('changed-on-disk'), revision: Revision.nullable() }),
  /** The file on disk is of a newer format and is never overwritten. */
  z.object({ status: z.literal('read-only'), detail: z.string() }),
]);
export type SaveResult = z.infer<typeof SaveResult>;

/**
 * The settings a call changes. Not `Settings.partial()`: zod 4 applies a default even inside an optional
 * field, so `{ theme: 'dark' }` would arrive with every other setting reset to its default.
 */
type SettingsShape = typeof Settings.shape;
const SettingsChanges = z.object(
  Object.fromEntries(Object.entries(Settings.shape).map(([key, field]) => [key, field.unwrap().optional()])) as {
    [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>>;
  },
);

/**
 * Settings that name a program or folder on this machine. Whoever can change them can make the host run
 * or write something, so the browser edition's HTTP API refuses them: they are set in the settings file
 * (or the desktop app's own settings editor).
 */
export const HOST_ONLY_SETTINGS = ['chromiumPath'] as const satisfies readonly (keyof Settings)[];

const PathChoice = z.object({ path: FilePath.nullable() });
const FileFilter = z.enum(['draaiboek', ...EXPORT_FORMAT_IDS]);
export type FileFilter = z.infer<typeof FileFilter>;
/** The extension a file dialog shows and a chosen save name gets, per filter. */
export const FILTER_EXTENSIONS: Record<FileFilter, string> = {
  draaiboek: '.draaiboek',
  ...(Object.fromEntries(EXPORT_FORMAT_IDS.map((format) => [format, EXPORT_FORMATS[format].extension])) as Record<ExportFormat, string>),
};
/** True for `/home/t/x`, `C:\x`, `C:/x` and `\\server\share`: never a path the host would resolve against its working folder. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
}
/** Where a file is written: absolute, because the host's working folder means nothing to the trainer. */
const AbsolutePath = FilePath.refine(isAbsolutePath, { message: 'must be an absolute path' });
/** A save dialog's answer; `replaceConfirmed` when the trainer already agreed to replace the existing file. */
const SavePathChoice = z.object({ path: FilePath.nullable(), replaceConfirmed: z.boolean().optional() });

const FolderEntry = z.object({ name: z.string(), kind: z.enum(['folder', 'file']) });
const FolderContext = {
  /** The trainer's home folder. */
  home: FilePath,
  /** Folders of recently opened and saved files, most recent first, existing ones only. */
  recentFolders: z.array(FilePath),
};
export const MAX_FOLDER_ENTRIES = 2000;
/** The most cards one page may ask for (a page is read in one go by the window). */
export const CARD_PAGE_MAX = 1000;
/** Longer than any question a trainer types into the search box. */
const MAX_QUERY_LENGTH = 500;
export const ListFolderResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Absolute and resolved. */
    path: FilePath,
    parent: FilePath.nullable(),
    /** From the root down to this folder, for a breadcrumb. */
    crumbs: z.array(z.object({ name: z.string(), path: FilePath })),
    /** Folders first, then the files matching the filter; hidden (dot) entries left out; at most MAX_FOLDER_ENTRIES. */
    entries: z.array(FolderEntry).max(MAX_FOLDER_ENTRIES),
    truncated: z.boolean(),
    ...FolderContext,
  }),
  /** `not-a-folder`: the path exists but is a file (a dialog uses this to see that a file exists). */
  z.object({ ok: z.literal(false), path: FilePath, reason: z.enum(['not-found', 'not-a-folder', 'unreadable']), ...FolderContext }),
]);
export type ListFolderResult = z.infer<typeof ListFolderResult>;

/** `export.save`: written, or refused because the file exists and `replace` was not set. */
export const ExportSaveResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), path: FilePath, bytes: z.int() }),
  z.object({ status: z.literal('exists'), path: FilePath }),
]);
export type ExportSaveResult = z.infer<typeof ExportSaveResult>;
const ExportFormatSchema = z.enum(EXPORT_FORMAT_IDS);
const HandoutFont = z.object({
  family: z.string().max(64),
  weight: z.int().min(100).max(900),
  style: z.enum(['normal', 'italic']),
  woff2Base64: z.string().max(4_000_000),
});
const Audience = z.enum(['participant', 'trainer']);
/** A day's 0-based position, or null for the whole curriculum. */
const DayIndex = z.int().min(0).max(366).nullable();

const CardUsage = z.object({
  cardId: Id,
  timesUsed: z.int().min(0),
  timesSkipped: z.int().min(0),
  medianOverrunMinutes: z.number().nullable(),
  averageRating: z.number().nullable(),
  lastRun: z.string(),
});

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'app.info': call(
    Empty,
    z.object({
      name: z.string(),
      version: z.string(),
      edition: z.enum(['desktop', 'web']),
      dataDir: z.string(),
      /** Where the example curricula are, to open one from the welcome view. */
      examplesDir: z.string(),
      systemLocale: z.string(),
      startupNotices: z.array(StartupNotice),
    }),
  ),
  'library.listCards': call(Empty, z.array(TechniqueCard)),
  /**
   * Part of the same list: a window shows the first cards at once and loads a large library page by page.
   * `revision` changes with every write, so a window sees that the list moved under its pages.
   */
  'library.cardPage': call(
    z.object({ start: z.number().int().min(0), count: z.number().int().min(1).max(CARD_PAGE_MAX) }),
    z.object({ cards: z.array(TechniqueCard), total: z.number().int(), revision: z.number().int() }),
  ),
  /** Card ids, best match first, over the whole library: a window still loading a large one searches it all. */
  'library.searchCards': call(z.object({ query: z.string().max(MAX_QUERY_LENGTH) }), z.object({ ids: z.array(z.string()) })),
  /** Some cards by id, e.g. the best matches of a search before their page arrived; unknown ids are left out. */
  'library.getCards': call(z.object({ ids: z.array(Id).max(CARD_PAGE_MAX) }), z.array(TechniqueCard)),
  'library.saveCard': call(z.object({ card: TechniqueCard }), TechniqueCard),
  /** Several cards in one write, e.g. an imported pack: all are saved or none. */
  'library.saveCards': call(z.object({ cards: z.array(TechniqueCard).max(10_000) }), z.array(TechniqueCard)),
  'library.deleteCard': call(z.object({ id: Id }), z.object({ deleted: z.boolean() })),
  'library.listModules': call(Empty, z.array(Module)),
  'library.saveModule': call(z.object({ module: Module }), Module),
  'library.deleteModule': call(z.object({ id: Id }), z.object({ deleted: z.boolean() })),
  /** How each card went on the days run live, in the trainings opened or saved here (derived from those files). */
  'library.cardUsage': call(Empty, z.array(CardUsage)),
  /**
   * The team libraries of the settings. `since` is the revision the caller has: when nothing changed only the
   * revision comes back, so asking every second or two costs next to nothing.
   */
  'team.snapshot': call(z.object({ since: z.int().nullable() }), z.object({ revision: z.int(), teams: z.array(TeamSnapshot).optional() })),
  /** Writes a card into a team folder if its file is still at `expected` (null: new; absent: overwrite, the trainer chose so). */
  'team.saveCard': call(z.object({ folder: FilePath, card: TechniqueCard, expected: Revision.nullable().optional() }), TeamWriteResult),
  'team.deleteCard': call(z.object({ folder: FilePath, id: Id, expected: Revision.optional() }), TeamWriteResult),
  'team.saveModule': call(z.object({ folder: FilePath, module: Module }), TeamWriteResult),
  'team.deleteModule': call(z.object({ folder: FilePath, id: Id }), TeamWriteResult),
  /** The trainer's choice for a conflict: the cards to keep are written, then the conflict is cleared. */
  'team.settleConflict': call(z.object({ folder: FilePath, file: FilePath, keep: z.array(TechniqueCard).max(2) }), Empty),
  /** "Ophalen" (pull) or "Vastleggen en delen" (commit with the message, push) in a team folder that is a git repository. */
  'team.git': call(
    z.discriminatedUnion('action', [
      z.object({ folder: FilePath, action: z.literal('pull') }),
      z.object({ folder: FilePath, action: z.literal('share'), message: z.string().trim().min(1).max(500) }),
    ]),
    Empty,
  ),
  'settings.get': call(Empty, Settings),
  'settings.update': call(z.object({ changes: SettingsChanges }), Settings),
  'uiState.get': call(Empty, UiState),
  'uiState.update': call(z.object({ changes: UiStateChanges }), UiState),
  'documents.open': call(z.object({ path: FilePath }), OpenResult),
  'documents.save': call(
    z.object({ path: AbsolutePath, document: DraaiboekDocument, expectedRevision: Revision.nullable() }),
    SaveResult,
  ),
  'documents.recent': call(Empty, z.array(FilePath)),
  /** Hot exit: the unsaved state of an open document, kept in the data folder until it is saved or closed. */
  'backups.save': call(
    z.object({ key: z.string().min(1).max(300), path: FilePath.nullable(), revision: Revision.nullable(), document: DraaiboekDocument }),
    z.object({}),
  ),
  'backups.list': call(
    Empty,
    z.array(z.object({ key: z.string(), path: FilePath.nullable(), revision: Revision.nullable(), document: DraaiboekDocument, savedAt: z.string() })),
  ),
  'backups.discard': call(z.object({ key: z.string().min(1).max(300) }), z.object({})),
  'dialogs.pickOpenPath': call(z.object({ filter: FileFilter }), PathChoice),
  'dialogs.pickSavePath': call(z.object({ filter: FileFilter, suggestedName: z.string().max(255) }), SavePathChoice),
  /**
   * A folder's contents, for the browser edition's file dialog. `path` null: the folder last used (else
   * Documents, else home); a relative path or `~` resolves against `from` (else home). Never throws for a
   * missing or unreadable folder: it answers `ok: false` with a reason.
   */
  'files.listFolder': call(z.object({ path: FilePath.nullable(), from: FilePath.nullable().optional(), filter: FileFilter }), ListFolderResult),
  /** The fonts printed handouts embed, so the renderer's own preview looks like the PDF; asked once per window. */
  'export.fonts': call(z.object({}), z.object({ fonts: z.array(HandoutFont).max(16) })),
  /**
   * Renders a handout and writes it to `path` (an absolute path the trainer chose). An existing file is
   * only replaced with `replace: true`; otherwise the answer is `exists` and nothing is written.
   */
  'export.save': call(
    z.object({ document: DraaiboekDocument, format: ExportFormatSchema, audience: Audience, dayIndex: DayIndex, path: AbsolutePath, replace: z.boolean().default(false) }),
    ExportSaveResult,
  ),
  /** Stops the exports in progress (a PDF can take a while); each of them then fails with 'export-cancelled'. */
  'export.cancel': call(z.object({}), z.object({ cancelled: z.int().min(0) })),
  'shell.openLink': call(z.object({ url: z.string().max(2048) }), z.object({ opened: z.boolean() })),
  /**
   * The application menu, built by the UI from its command registry (titles in the UI language).
   * The desktop app shows it; the browser edition has no menu bar and answers shown: false.
   */
  'app.setMenu': call(
    z.object({
      menus: z
        .array(
          z.object({
            id: z.enum(['file', 'edit', 'view', 'help']),
            label: z.string().max(100),
            items: z.array(z.object({ command: z.string().max(100), label: z.string().max(200), accelerator: z.string().max(50).optional() })).max(100),
          }),
        )
        .max(10),
    }),
    z.object({ shown: z.boolean() }),
  ),
  /** Shows a file this session opened, saved or exported in the system's file manager; an absolute path, never a URL. */
  'shell.revealFile': call(z.object({ path: AbsolutePath }), z.object({ revealed: z.boolean() })),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What every host implements and what the UI calls: one typed function per method. */
export type HostApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** What the desktop host tells the page without being asked: a menu command chosen, a file handed over. */
export const HostEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('command'), command: z.string().max(100) }),
  z.object({ type: z.literal('open-file'), path: z.string().min(1).max(4096) }),
]);
export type HostEvent = z.infer<typeof HostEvent>;
export const HOST_EVENT_CHANNEL = 'draaiboek:event';
