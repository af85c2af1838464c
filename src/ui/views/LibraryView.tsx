import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_LIBRARY_VIEW, localized, sortCards, viewCards, type TechniqueCard, type Tradition } from '../../core';
import { useI18n } from '../i18n';
import { AddButton, DraggableSource } from '../library/AddToCurriculum';
import { CardRow } from '../library/CardRow';
import { ModulesList } from '../library/ModulesList';
import { TeamStatus } from '../library/TeamStatus';
import { LibraryFilters } from '../library/LibraryFilters';
import { useLibraryActions } from '../library/actions';
import { useLibrary } from '../library/useLibrary';

const ROW_ESTIMATE = 68;

type Row = { kind: 'group'; tradition: Tradition; count: number } | { kind: 'card'; card: TechniqueCard; position: number };

/** Cards ordered by tradition get a heading per tradition; other orders are one flat list. */
function toRows(cards: TechniqueCard[], grouped: boolean): Row[] {
  const rows: Row[] = [];
  let group: Extract<Row, { kind: 'group' }> | null = null;
  cards.forEach((card, position) => {
    if (grouped && group?.tradition !== card.tradition) {
      group = { kind: 'group', tradition: card.tradition, count: 0 };
      rows.push(group);
    }
    if (group) group.count++;
    rows.push({ kind: 'card', card, position });
  });
  return rows;
}

/** The card library: search, filters and a virtualised list that stays fast at any size. */
export function LibraryView() {
  const library = useLibrary();
  const actions = useLibraryActions();
  const { t, language } = useI18n();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { view, setView, cards, found } = library;
  // The search box follows every keystroke at once; the list follows as soon as the browser has time.
  const listView = useDeferredValue(view);
  const sorted = useMemo(() => sortCards(cards, listView.sort, language), [cards, listView.sort, language]);
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  // The index (in a worker) answers the query; its answer is read here in the cards as they are now.
  const search = useMemo(() => ({ searchCards: () => found.ids.flatMap((id) => byId.get(id) ?? []) }), [found, byId]);
  const shown = useMemo(() => viewCards(cards, listView, search, language, sorted), [cards, listView, search, language, sorted]);
  const grouped = listView.sort === 'tradition' || (listView.sort === 'relevance' && !listView.query.trim());
  const rows = useMemo(() => toRows(shown, grouped), [shown, grouped]);
  const filtersActive = JSON.stringify({ ...view, query: '', sort: '' }) !== JSON.stringify({ ...DEFAULT_LIBRARY_VIEW, query: '', sort: '' });

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]!.kind === 'group' ? 28 : ROW_ESTIMATE),
    // Measured heights belong to a card, not to a position: filtering moves cards between positions.
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.kind === 'group' ? `group:${row.tradition}` : row.card.id;
    },
    overscan: 8,
  });

  // Up and down move between cards; the virtualiser scrolls the next one into existence first.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.position ?? -1);
    const next = Math.max(0, Math.min(shown.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const rowIndex = rows.findIndex((row) => row.kind === 'card' && row.position === next);
    virtualizer.scrollToIndex(rowIndex);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`button[data-position="${next}"]`)?.focus());
    event.preventDefault();
  };

  return (
    <div className="library-view">
      <div className="library-toolbar">
        <input
          type="search"
          className="search-input"
          aria-label={t('sidebar.search.placeholder')}
          placeholder={t('sidebar.search.placeholder')}
          value={view.query}
          onChange={(event) => setView({ query: event.target.value })}
        />
        <button
          type="button"
          className={`icon-button${filtersActive ? ' active' : ''}`}
          aria-expanded={filtersOpen}
          aria-controls="library-filters"
          aria-label={t('library.filters')}
          title={t('library.filters')}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          <span className={`codicon codicon-${filtersActive ? 'filter-filled' : 'filter'}`} aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" aria-label={t('library.newCard')} title={t('library.newCard')} onClick={actions.createCard}>
          <span className="codicon codicon-add" aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" aria-label={t('pack.export')} title={t('pack.export')} onClick={actions.exportPack}>
          <span className="codicon codicon-export" aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" aria-label={t('pack.import')} title={t('pack.import')} onClick={actions.importPack}>
          <span className="codicon codicon-cloud-download" aria-hidden="true" />
        </button>
      </div>
      {filtersOpen && <LibraryFilters view={view} onChange={setView} />}
      <ModulesList />
      <TeamStatus />
      <p className="side-bar-meta">
        <span role="status" aria-live="polite">
          {shown.length === cards.length ? t('sidebar.cardCount', { count: cards.length }) : t('library.count', { shown: shown.length, total: cards.length })}
        </span>
        {/* Outside the live region: a page arrives several times a second, and a screen reader would read each. */}
        {library.loading && <span> · {t('library.loading', { loaded: library.loading.loaded, total: library.loading.total })}</span>}
      </p>
      <div ref={scroller} className="card-scroller" onKeyDown={onKeyDown}>
        <ul className="card-list" aria-label={t('activity.library')} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="card-row" style={{ transform: `translateY(${item.start}px)` }}>
                {row.kind === 'group' ? (
                  <h3 className="group-heading">
                    {t(`tradition.${row.tradition}`)} <span className="muted">{row.count}</span>
                  </h3>
                ) : (
                  <DraggableSource item={{ type: 'card', cardId: row.card.id }}>
                    <button type="button" className="card-item" data-position={row.position} onClick={() => actions.openCard(row.card.id)}>
                      <CardRow card={row.card} />
                    </button>
                    <AddButton card={row.card} label={localized(row.card.title, language)} />
                  </DraggableSource>
                )}
              </li>
            );
          })}
        </ul>
        {shown.length === 0 && <p className="muted empty">{t('library.noResults')}</p>}
      </div>
    </div>
  );
}
