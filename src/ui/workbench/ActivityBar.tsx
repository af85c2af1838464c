import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../core';
import { useI18n } from '../i18n';
import { openSettings } from '../settings/open';
import { useLayout } from '../app/context';
import { useWorkbench } from './context';
import type { ViewId } from '../../app';

const VIEWS: { id: ViewId; icon: string; label: MessageKey }[] = [
  { id: 'library', icon: 'library', label: 'activity.library' },
  { id: 'curricula', icon: 'files', label: 'activity.curricula' },
  { id: 'insights', icon: 'graph', label: 'activity.insights' },
];

export function ActivityBar() {
  const { dispatch } = useWorkbench();
  const activeView = useLayout((state) => state.activeView);
  const sideBarVisible = useLayout((state) => state.sideBarVisible);
  const settingsOpen = useLayout((state) => state.tabs.find((tab) => tab.id === state.activeTabId)?.kind === 'settings');
  const { t } = useI18n();
  // Arrow keys move between the icons, as in VS Code's activity bar.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };
  return (
    <nav className="activity-bar" aria-label={t('activity.bar')}>
      <div role="tablist" aria-orientation="vertical" aria-label={t('activity.bar')} onKeyDown={onKeyDown}>
        {VIEWS.map((view) => {
          const active = activeView === view.id && sideBarVisible;
          return (
            <button
              key={view.id}
              type="button"
              role="tab"
              id={`activity-${view.id}`}
              aria-selected={active}
              aria-controls="side-bar"
              aria-label={t(view.label)}
              title={t(view.label)}
              tabIndex={activeView === view.id ? 0 : -1}
              className={`activity-item${active ? ' active' : ''}`}
              onClick={() => dispatch({ type: 'activate-view', view: view.id })}
            >
              <span className={`codicon codicon-${view.icon}`} aria-hidden="true" />
            </button>
          );
        })}
      </div>
      <div className="activity-bar-bottom">
        <button
          type="button"
          className={`activity-item${settingsOpen ? ' open' : ''}`}
          aria-label={t('activity.settings')}
          title={t('activity.settings')}
          onClick={() => openSettings(dispatch)}
        >
          <span className="codicon codicon-settings-gear" aria-hidden="true" />
        </button>
      </div>
    </nav>
  );
}
