import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { localized } from '../../core';
import { tabIdOf } from '../../app';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useCommands } from './CommandsProvider';
import { fuzzyMatch } from './fuzzy';
import { formatChord } from './keys';
import { chordsOf } from './registry';
import { useLibrary } from '../library/useLibrary';

interface Item {
  id: string;
  label: string;
  detail?: string;
  icon: string;
  keys?: string[];
  run(): void;
}

/** The command palette (">") and quick open, one input over one list, both fuzzy and keyboard-first. */
export function Palette({ mode: initialMode, onClose }: { mode: 'commands' | 'open'; onClose(): void }) {
  const { t, language } = useI18n();
  const { registry, keybindings, recent, run, isEnabled } = useCommands();
  const { dispatch, host } = useWorkbench();
  const library = useLibrary();
  const { documents } = useApplication();
  const copies = useStore(documents.store, (state) => state);
  const [query, setQuery] = useState(initialMode === 'commands' ? '>' : '');
  const [active, setActive] = useState(0);
  const [recentFiles, setRecentFiles] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const commandMode = query.startsWith('>');
  const needle = commandMode ? query.slice(1) : query;

  useEffect(() => {
    input.current?.focus();
    host['documents.recent']({}).then(setRecentFiles, () => undefined);
  }, [host]);

  const items = useMemo<Item[]>(() => {
    const close = (action: () => void) => () => {
      onClose();
      action();
    };
    if (commandMode) {
      return registry
        .all()
        .filter(isEnabled)
        .map((command) => ({
          id: command.id,
          label: `${t(command.category)}: ${t(command.title)}`,
          icon: 'symbol-event',
          keys: chordsOf(command.id, keybindings).map(formatChord),
          run: close(() => run(command.id)),
        }));
    }
    const open = Object.values(copies);
    const openPaths = new Set(open.map((document) => document.path));
    return [
      ...open.map((document) => ({
        id: `doc:${document.key}`,
        label: document.history.present.title || t('document.untitled'),
        detail: document.path ?? t('document.notSaved'),
        icon: 'notebook',
        run: close(() => dispatch({ type: 'activate-tab', id: tabIdOf(document.key) })),
      })),
      ...open.flatMap((document) =>
        document.history.present.days.map((day, index) => ({
          id: `day:${document.key}:${day.id}`,
          label: day.title || t('curriculum.dayN', { n: index + 1 }),
          detail: document.history.present.title,
          icon: 'calendar',
          run: close(() => {
            dispatch({ type: 'activate-tab', id: tabIdOf(document.key) });
            requestAnimationFrame(() => window.document.querySelector(`[data-day-id="${day.id}"]`)?.scrollIntoView({ block: 'nearest', inline: 'start' }));
          }),
        })),
      ),
      ...recentFiles
        .filter((path) => !openPaths.has(path))
        .map((path) => ({ id: `file:${path}`, label: path.split(/[\\/]/).pop() ?? path, detail: path, icon: 'file', run: close(() => void documents.open(path)) })),
      ...library.cards.map((card) => ({
        id: `card:${card.id}`,
        label: localized(card.title, language),
        detail: t(`tradition.${card.tradition}`),
        icon: 'note',
        run: close(() => dispatch({ type: 'open-tab', tab: { id: `card:${card.id}`, kind: 'card', cardId: card.id } })),
      })),
    ];
  }, [commandMode, registry, isEnabled, t, keybindings, run, documents, copies, recentFiles, library.cards, language, dispatch, onClose]);

  const shown = useMemo(() => {
    if (!needle.trim()) {
      if (!commandMode) return items.slice(0, 50);
      const rank = (item: Item) => (recent.includes(item.id) ? recent.indexOf(item.id) : recent.length + 1);
      return [...items].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
    }
    return items
      .map((item) => ({ item, match: fuzzyMatch(needle, item.label) }))
      .filter((entry) => entry.match !== null)
      .sort((a, b) => b.match!.score - a.match!.score)
      .slice(0, 50)
      .map((entry) => entry.item);
  }, [items, needle, commandMode, recent]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setActive((index) => Math.min(shown.length - 1, index + 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1));
    else if (event.key === 'Enter') shown[active]?.run();
    else return;
    event.preventDefault();
  };

  const listId = 'palette-list';
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t(commandMode ? 'palette.commands' : 'palette.quickOpen')} className="palette" onMouseDown={(event) => event.stopPropagation()}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown[active] ? `palette-item-${active}` : undefined}
          aria-label={t(commandMode ? 'palette.commandsPlaceholder' : 'palette.quickOpenPlaceholder')}
          placeholder={t(commandMode ? 'palette.commandsPlaceholder' : 'palette.quickOpenPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t(commandMode ? 'palette.commands' : 'palette.quickOpen')} className="palette-list">
          {shown.map((item, index) => (
            <li
              key={item.id}
              id={`palette-item-${index}`}
              role="option"
              aria-selected={index === active}
              className={`palette-item${index === active ? ' active' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={item.run}
            >
              <span className={`codicon codicon-${item.icon}`} aria-hidden="true" />
              <span className="palette-label">{item.label}</span>
              {item.detail && <span className="palette-detail">{item.detail}</span>}
              {commandMode && recent.includes(item.id) && !needle.trim() && <span className="palette-detail">{t('palette.recent')}</span>}
              {item.keys?.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </li>
          ))}
          {shown.length === 0 && <li className="palette-empty">{t('palette.noResults')}</li>}
        </ul>
      </div>
    </div>
  );
}
