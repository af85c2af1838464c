import { Suspense, useMemo, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { localized } from '../../core';
import { Breadcrumbs } from '../curriculum/Breadcrumbs';
import { isDirty, type DocumentsState } from '../../app';
import { WelcomeEditor } from '../views/WelcomeEditor';
import { useApplication, useLayout, useStore } from '../app/context';
import { useWorkbench } from './context';
import { CardEditor, CompareTab, CurriculumEditor, ExportEditor, KeybindingsEditor, LiveEditor, PackImportEditor, SettingsEditor, TeamConflictsEditor } from './lazy-editors';
import { EditorGroupContext } from './editor-group';
import type { EditorTab, WorkbenchState } from '../../app';
import { useLibraryState } from '../library/useLibrary';
import { dayLabel } from '../live/day-label';

const TAB_DRAG_TYPE = 'application/x-draaiboek-tab';

/** The tabs part of the layout: the editor area re-renders when tabs change, not when a panel is resized. */
const tabsCache = new WeakMap<object, { tabs: EditorTab[]; activeTabId: string; splitTabId: string | null }>();
function pickTabs(state: WorkbenchState) {
  const key = state.tabs;
  const cached = tabsCache.get(key);
  if (cached && cached.activeTabId === state.activeTabId && cached.splitTabId === state.splitTabId) return cached;
  const picked = { tabs: state.tabs, activeTabId: state.activeTabId, splitTabId: state.splitTabId };
  tabsCache.set(key, picked);
  return picked;
}

/** What a tab shows of each open training, as one string: the tabs re-render when a name or marker changes, not on every edit. */
const tabFacts = (copies: DocumentsState) =>
  JSON.stringify(Object.fromEntries(Object.values(copies).map((copy) => [copy.key, { path: copy.path, title: copy.history.present.title, dirty: isDirty(copy), readOnly: copy.readOnly }])));
type TabFacts = Record<string, { path: string | null; title: string; dirty: boolean; readOnly: boolean }>;

function useTabTitle(): (tab: EditorTab) => string {
  const cards = useLibraryState((state) => state.cards);
  const application = useApplication();
  const facts = useStore(application.documents.store, tabFacts);
  const documents = useMemo(() => JSON.parse(facts) as TabFacts, [facts]);
  const { t, language } = useI18n();
  return (tab) => {
    if (tab.kind === 'welcome') return t('editor.welcome');
    if (tab.kind === 'curriculum') {
      const document = documents[tab.key];
      if (!document) return tab.key;
      const name = document.path?.split(/[\\/]/).pop() ?? (document.title || t('document.untitled'));
      return (document.dirty && !document.readOnly ? '● ' : '') + (document.readOnly && !document.path ? t('document.onDisk', { name }) : name);
    }
    if (tab.kind === 'card') {
      const title = localized((tab.draft ?? cards.find((card) => card.id === tab.cardId))?.title ?? { nl: '', en: '' }, language);
      return (tab.draft ? '● ' : '') + (title || t('card.new'));
    }
    if (tab.kind === 'keybindings') return t('keybindings.tab');
    if (tab.kind === 'settings') return t('settings.tab');
    if (tab.kind === 'export') return t('export.tab', { name: documents[tab.key]?.title ?? '' });
    if (tab.kind === 'live') {
      // The day's number and title are read when the tab renders; renaming a day mid-run is rare.
      const days = application.documents.get(tab.key)?.history.present.days ?? [];
      const index = days.findIndex((day) => day.id === tab.dayId);
      return t('live.tab', { day: index < 0 ? '' : dayLabel(t, days[index], index) });
    }
    if (tab.kind === 'compare') return t('compare.tab', { before: tab.before.label, after: tab.after.label });
    if (tab.kind === 'team-conflicts') return t('team.conflicts.tab');
    return t('pack.import.tab', { file: tab.path.split(/[\\/]/).pop() ?? tab.path });
  };
}

export function EditorArea() {
  const { dispatch } = useWorkbench();
  const state = useLayout(pickTabs);
  const { documents } = useApplication();
  const closeTab = (tab: EditorTab) => (tab.kind === 'curriculum' ? void documents.close(tab.key) : dispatch({ type: 'close-tab', id: tab.id }));
  const { t } = useI18n();
  const titleOf = useTabTitle();
  const active = state.tabs.find((tab) => tab.id === state.activeTabId);
  const side = state.tabs.find((tab) => tab.id === state.splitTabId);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = state.tabs.findIndex((tab) => tab.id === state.activeTabId);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || state.tabs.length === 0) return;
    const next = state.tabs[(index + step + state.tabs.length) % state.tabs.length]!;
    dispatch({ type: 'activate-tab', id: next.id });
    event.currentTarget.querySelector<HTMLElement>(`[data-tab-id="${CSS.escape(next.id)}"]`)?.focus();
    event.preventDefault();
  };

  return (
    <main className="editor-area" aria-label={t('editor.area')}>
      {/* A tab list may hold only tabs, so the close buttons live outside it; the flex order puts each beside its tab. */}
      <div className="editor-tabs">
        <div className="editor-tab-list" role="tablist" aria-label={t('editor.tabs')} onKeyDown={onKeyDown}>
          {state.tabs.map((tab, index) => {
            const selected = tab.id === state.activeTabId;
            return (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                data-tab-id={tab.id}
                aria-selected={selected}
                aria-controls="editor-content"
                tabIndex={selected ? 0 : -1}
                className={`editor-tab-label${selected ? ' active' : ''}`}
                style={{ order: index * 2 }}
                draggable
                // Tabs reorder by dragging (mouse) or with Ctrl+Shift+PageUp/PageDown (keyboard).
                onDragStart={(event) => event.dataTransfer.setData(TAB_DRAG_TYPE, tab.id)}
                onDragOver={(event) => event.dataTransfer.types.includes(TAB_DRAG_TYPE) && event.preventDefault()}
                onDrop={(event) => {
                  const id = event.dataTransfer.getData(TAB_DRAG_TYPE);
                  if (!id) return;
                  event.preventDefault();
                  dispatch({ type: 'move-tab', id, toIndex: index });
                }}
                onClick={() => dispatch({ type: 'activate-tab', id: tab.id })}
                onAuxClick={(event) => event.button === 1 && closeTab(tab)}
              >
                {titleOf(tab)}
              </button>
            );
          })}
        </div>
        {state.tabs.map((tab, index) => {
          const title = titleOf(tab);
          return (
            <span key={tab.id} className={`editor-tab-end${tab.id === state.activeTabId ? ' active' : ''}`} style={{ order: index * 2 + 1 }}>
              <button
                type="button"
                className="icon-button editor-tab-close"
                aria-label={t('editor.close', { title })}
                title={t('editor.close', { title })}
                onClick={() => closeTab(tab)}
              >
                <span className="codicon codicon-close" aria-hidden="true" />
              </button>
            </span>
          );
        })}
      </div>
      {active?.kind === 'curriculum' && <Breadcrumbs docKey={active.key} />}
      <div className="editor-groups">
        <div id="editor-content" className="editor-content" role="tabpanel" aria-labelledby={active ? `tab-${active.id}` : undefined} tabIndex={0}>
          {active && <EditorContent tab={active} />}
        </div>
        {side && <SideGroup tab={side} />}
      </div>
    </main>
  );
}

/** The editor for one tab, in whichever editor group shows it; a line says so while its code loads. */
function EditorContent({ tab }: { tab: EditorTab }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="editor-loading" role="status">
          {t('editor.loading')}
        </p>
      }
    >
      <Editor tab={tab} />
    </Suspense>
  );
}

function Editor({ tab }: { tab: EditorTab }) {
  switch (tab.kind) {
    case 'welcome':
      return <WelcomeEditor />;
    case 'card':
      return <CardEditor key={tab.id + (tab.draft ? ':draft' : '')} cardId={tab.cardId} draft={tab.draft} />;
    case 'keybindings':
      return <KeybindingsEditor />;
    case 'settings':
      return <SettingsEditor />;
    case 'export':
      return <ExportEditor key={tab.id} docKey={tab.key} />;
    case 'compare':
      return <CompareTab key={tab.id} before={tab.before} after={tab.after} />;
    case 'pack-import':
      return <PackImportEditor key={tab.id} tabId={tab.id} path={tab.path} cards={tab.cards} />;
    case 'curriculum':
      return <CurriculumEditor key={tab.id} docKey={tab.key} />;
    case 'live':
      return <LiveEditor key={tab.id} docKey={tab.key} dayId={tab.dayId} />;
    case 'team-conflicts':
      return <TeamConflictsEditor />;
  }
}

/** The right half of a split editor: any open tab beside the active one, e.g. two days of one training. */
function SideGroup({ tab }: { tab: EditorTab }) {
  const { dispatch } = useWorkbench();
  const tabs = useLayout((state) => state.tabs);
  const { t } = useI18n();
  const titleOf = useTabTitle();
  return (
    <section className="editor-side-group" aria-label={t('split.group')}>
      <div className="side-group-header">
        <label>
          <span className="visually-hidden">{t('split.choose')}</span>
          <select aria-label={t('split.choose')} value={tab.id} onChange={(event) => dispatch({ type: 'split-editor', tabId: event.target.value })}>
            {tabs.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {titleOf(candidate)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-button" aria-label={t('split.close')} title={t('split.close')} onClick={() => dispatch({ type: 'split-editor', tabId: null })}>
          <span className="codicon codicon-close" aria-hidden="true" />
        </button>
      </div>
      <div className="editor-content" tabIndex={0}>
        <EditorGroupContext.Provider value="side">
          <EditorContent tab={tab} />
        </EditorGroupContext.Provider>
      </div>
    </section>
  );
}
