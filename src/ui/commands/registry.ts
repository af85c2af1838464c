import type { MessageKey } from '../../core';

export type MenuId = 'file' | 'edit' | 'view' | 'help';

/** One declaration per command: it drives the palette, the keybindings and the menus. */
export interface CommandDeclaration<C> {
  id: string;
  title: MessageKey;
  category: MessageKey;
  /** Default key chord in the form "ctrl+shift+p" (see keys.ts). */
  keybinding?: string;
  /** Extra default chords, e.g. F1 beside Ctrl+Shift+P. */
  alsoKeybindings?: string[];
  menu?: MenuId;
  /** Whether the command applies now; a command that does not apply is hidden and its keys do nothing. */
  when?(context: C): boolean;
  run(context: C): void | Promise<void>;
}

export interface CommandRegistry<C> {
  all(): readonly CommandDeclaration<C>[];
  get(id: string): CommandDeclaration<C> | undefined;
}

/** Refuses a duplicate id: two commands with one id would make keybindings and menus ambiguous. */
export function createRegistry<C>(declarations: readonly CommandDeclaration<C>[]): CommandRegistry<C> {
  const byId = new Map<string, CommandDeclaration<C>>();
  for (const declaration of declarations) {
    if (byId.has(declaration.id)) throw new Error(`command "${declaration.id}" is declared twice`);
    byId.set(declaration.id, declaration);
  }
  return { all: () => declarations, get: (id) => byId.get(id) };
}

/**
 * The chords in effect: the defaults, overridden per command by the user's own ("" removes a default).
 * Returns chord -> command id; when two commands claim a chord, the user's own choice wins.
 */
export function resolveKeybindings<C>(registry: CommandRegistry<C>, overrides: Readonly<Record<string, string>>): Map<string, string> {
  const chords = new Map<string, string>();
  for (const command of registry.all()) {
    if (command.id in overrides) continue;
    for (const chord of [command.keybinding, ...(command.alsoKeybindings ?? [])]) if (chord) chords.set(chord, command.id);
  }
  for (const [id, chord] of Object.entries(overrides)) if (chord && registry.get(id)) chords.set(chord, id);
  return chords;
}

/** The chords a command answers to, for display. */
export function chordsOf(id: string, keybindings: ReadonlyMap<string, string>): string[] {
  return [...keybindings].filter(([, command]) => command === id).map(([chord]) => chord);
}
