import { z } from 'zod';
import { DEFAULT_LIBRARY_VIEW, LibraryView } from '../library/filters';

/** What the workbench remembers between sessions (kept in the data folder, never in shared files). */
export const UiState = z.object({
  library: LibraryView.default(DEFAULT_LIBRARY_VIEW),
});
export type UiState = z.infer<typeof UiState>;
export const DEFAULT_UI_STATE: UiState = UiState.parse({});

/** A change replaces whole sections; a section left out is kept as it is (hence no defaults here). */
export const UiStateChanges = z.object({ library: LibraryView.optional() });
export type UiStateChanges = z.input<typeof UiStateChanges>;
