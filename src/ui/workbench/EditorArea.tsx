import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { localized } from '../../core';
import { PackImportEditor } from '../library/PackImportEditor';
import { CardEditor } from '../views/CardEditor';
import { DocumentEditor } from '../views/DocumentEditor';
import { WelcomeEditor } from '../views/WelcomeEditor';
import { useWorkbench } from './context';
import type { EditorTab } from './state';

function useTabTitle(): (tab: EditorTab) => string {
  const { cards } = useWorkbench();
  const { t, language } = useI18n();
  return (tab) => {
    if (tab.kind === 'welcome') return t('editor.welcome');
    if (tab.kind === 'card') {
      const title = localized((tab.draft ?? cards.find((card) => card.id === tab.cardId))?.title ?? { nl: '', en: '' }, language);
      return (tab.draft ? '● ' : '') + (title || t('card.new'));
    }
    const file = tab.path.split(/[\\/]/).pop() ?? tab.path;
    return tab.kind === 'pack-import' ? t('pack.import.tab', { file }) : file;
  };
}

export function EditorArea() {
  const { state, dispatch } = useWorkbench();
  const { t } = useI18n();
  const titleOf = useTabTitle();
  const active = state.tabs.find((tab) => tab.id === state.activeTabId);

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
      <div className="editor-tabs" role="tablist" aria-label={t('editor.tabs')} onKeyDown={onKeyDown}>
        {state.tabs.map((tab) => {
          const selected = tab.id === state.activeTabId;
          const title = titleOf(tab);
          return (
            <div key={tab.id} className={`editor-tab${selected ? ' active' : ''}`}>
              <button
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                data-tab-id={tab.id}
                aria-selected={selected}
                aria-controls="editor-content"
                tabIndex={selected ? 0 : -1}
                className="editor-tab-label"
                onClick={() => dispatch({ type: 'activate-tab', id: tab.id })}
                onAuxClick={(event) => event.button === 1 && dispatch({ type: 'close-tab', id: tab.id })}
              >
                {title}
              </button>
              <button
                type="button"
                className="icon-button editor-tab-close"
                aria-label={t('editor.close', { title })}
                title={t('editor.close', { title })}
                onClick={() => dispatch({ type: 'close-tab', id: tab.id })}
              >
                <span className="codicon codicon-close" aria-hidden="true" />
              </button>
            </div>
          );
        })}
      </div>
      <div id="editor-content" className="editor-content" role="tabpanel" aria-labelledby={active ? `tab-${active.id}` : undefined} tabIndex={0}>
        {active?.kind === 'welcome' && <WelcomeEditor />}
        {active?.kind === 'card' && <CardEditor key={active.id + (active.draft ? ':draft' : '')} cardId={active.cardId} draft={active.draft} />}
        {active?.kind === 'pack-import' && <PackImportEditor key={active.id} tabId={active.id} path={active.path} cards={active.cards} />}
        {active?.kind === 'document' && <DocumentEditor tab={active} />}
      </div>
    </main>
  );
}
