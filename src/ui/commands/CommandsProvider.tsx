import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useActiveCurriculum } from '../curriculum/useActiveCurriculum';
import { useApplication, useLayout, useSettings } from '../app/context';
import { useLibraryActions } from '../library/actions';
import { useWorkbench } from '../workbench/context';
import { COMMANDS, type CommandContext } from './commands';
import { chordOf } from './keys';
import { Palette } from './Palette';
import { HostEvent } from '../../contract';
import { useI18n } from '../i18n';
import { chordsOf, createRegistry, resolveKeybindings, type CommandDeclaration, type CommandRegistry, type MenuId } from './registry';

interface Commands {
  registry: CommandRegistry<CommandContext>;
  /** chord -> command id, the user's own bindings applied. */
  keybindings: ReadonlyMap<string, string>;
  recent: readonly string[];
  isEnabled(command: CommandDeclaration<CommandContext>): boolean;
  run(id: string): void;
  openPalette(mode: 'commands' | 'open'): void;
}

const CommandsContext = createContext<Commands | null>(null);
export function useCommands(): Commands {
  const value = useContext(CommandsContext);
  if (!value) throw new Error('useCommands outside CommandsProvider');
  return value;
}

const registry = createRegistry(COMMANDS);
const MAX_RECENT = 12;
const MENUS: MenuId[] = ['file', 'edit', 'view', 'help'];
const NOT_RECENT = new Set(['workbench.action.showCommands', 'workbench.action.quickOpen']);

/** Runs commands from the palette and from the keyboard, with the user's keybindings and recent list. */
export function CommandsProvider({ children, initialRecent }: { children: ReactNode; initialRecent: string[] }) {
  const workbench = useWorkbench();
  const app = useApplication();
  const activeTab = useLayout((state) => state.tabs.find((tab) => tab.id === state.activeTabId));
  const activeCurriculum = useActiveCurriculum();
  const library = useLibraryActions();
  const [palette, setPalette] = useState<'commands' | 'open' | null>(null);
  const [recent, setRecent] = useState(initialRecent);
  const userKeybindings = useSettings((settings) => settings.keybindings);
  const keybindings = useMemo(() => resolveKeybindings(registry, userKeybindings), [userKeybindings]);

  const context: CommandContext = {
    app,
    workbench,
    documents: app.documents,
    activeCurriculum,
    library,
    activeTab,
    openPalette: setPalette,
  };
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });

  const run = useCallback(
    (id: string) => {
      const command = registry.get(id);
      if (!command || (command.when && !command.when(latest.current))) return;
      void command.run(latest.current);
      // Opening the palette is how commands are found, not one of the commands the user was after.
      if (NOT_RECENT.has(id)) return;
      setRecent((current) => {
        const next = [id, ...current.filter((other) => other !== id)].slice(0, MAX_RECENT);
        void workbench.host['uiState.update']({ changes: { recentCommands: next } });
        return next;
      });
    },
    [workbench.host],
  );

  // One listener for every keybinding; the capture phase sees the keys before editors and inputs do.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // A modal dialog (a question, the file dialog, the palette) has the keyboard to itself.
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return;
      // The keybindings editor's recorder takes every chord as the new key, even one a command already has.
      if (event.target instanceof Element && event.target.closest('.chord-recorder')) return;
      const chord = chordOf(event);
      const id = chord ? keybindings.get(chord) : undefined;
      const command = id ? registry.get(id) : undefined;
      if (!command || (command.when && !command.when(latest.current))) return;
      // Inside a text field, plain-letter chords without Ctrl/Alt stay with the field.
      event.preventDefault();
      event.stopPropagation();
      run(command.id);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [keybindings, run]);

  // The application menu (desktop) is generated from the same declarations, in the UI language.
  const { t } = useI18n();
  useEffect(() => {
    const menus = MENUS.map((id) => ({
      id,
      label: t(`menu.${id}`),
      items: registry
        .all()
        .filter((command) => command.menu === id)
        .map((command) => ({ command: command.id, label: t(command.title), accelerator: chordsOf(command.id, keybindings)[0] })),
    }));
    workbench.host['app.setMenu']({ menus }).catch(() => undefined);
  }, [t, keybindings, workbench.host]);

  // Menu clicks and files handed over by a second start arrive as host events (desktop only).
  useEffect(() => {
    const source = (window as unknown as { draaiboekEvents?: { subscribe(listener: (event: unknown) => void): () => void } }).draaiboekEvents;
    return source?.subscribe((payload) => {
      const event = HostEvent.safeParse(payload);
      if (!event.success) return;
      if (event.data.type === 'command') run(event.data.command);
      else void latest.current.documents.open(event.data.path);
    });
  }, [run]);

  const value = useMemo<Commands>(
    () => ({ registry, keybindings, recent, run, isEnabled: (command) => !command.when || command.when(latest.current), openPalette: setPalette }),
    [keybindings, recent, run],
  );
  return (
    <CommandsContext.Provider value={value}>
      {children}
      {palette && <Palette mode={palette} onClose={() => setPalette(null)} />}
    </CommandsContext.Provider>
  );
}
