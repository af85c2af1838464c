import { z } from 'zod';
import { DEFAULT_LIBRARY_VIEW, LibraryView } from '../library/filters';
import { NeedLayer } from './needs';

/** What the workbench remembers between sessions (kept in the data folder, never in shared files). */
/** The workbench layout and which tabs were open, restored after a restart. */
export const LayoutState = z.object({
  activeView: z.enum(['library', 'curricula', 'insights']).default('library'),
  sideBarVisible: z.boolean().default(true),
  sideBarWidth: z.int().min(100).max(1200).default(300),
  panelVisible: z.boolean().default(true),
  panelHeight: z.int().min(50).max(1200).default(180),
  panelTab: z.enum(['problems', 'output']).default('problems'),
  /** Whose needs Insights and the day bars count: the participants' in the training, or the clients' in a conversation. */
  needLayer: NeedLayer.default('exercise'),
  /** Tabs that can be reopened: the welcome view, cards, files by path, settings and keybindings. */
  tabs: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('welcome') }),
        z.object({ kind: z.literal('card'), cardId: z.string() }),
        z.object({ kind: z.literal('file'), path: z.string() }),
        z.object({ kind: z.literal('settings') }),
        z.object({ kind: z.literal('keybindings') }),
      ]),
    )
    .max(50)
    .default([{ kind: 'welcome' }]),
  activeTab: z.int().min(0).default(0),
});
export type LayoutState = z.infer<typeof LayoutState>;

export const UiState = z.object({
  library: LibraryView.default(DEFAULT_LIBRARY_VIEW),
  layout: LayoutState.default(LayoutState.parse({})),
  /** Command ids, most recently run first, so the palette shows them on top. */
  recentCommands: z.array(z.string().max(100)).max(30).default([]),
});
export type UiState = z.infer<typeof UiState>;
export const DEFAULT_UI_STATE: UiState = UiState.parse({});

/** A change replaces whole sections; a section left out is kept as it is (hence no defaults here). */
export const UiStateChanges = z.object({ library: LibraryView.optional(), layout: LayoutState.optional(), recentCommands: z.array(z.string().max(100)).max(30).optional() });
export type UiStateChanges = z.input<typeof UiStateChanges>;
