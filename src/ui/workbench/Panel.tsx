import { memo } from 'react';
import type { Marker, PanelTab } from '../../app';
import type { MessageKey } from '../../core';
import { useApplication, useLayout, useMarkers, useNotifications, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from './context';

const TABS: { id: PanelTab; label: MessageKey }[] = [
  { id: 'problems', label: 'panel.problems' },
  { id: 'output', label: 'panel.output' },
];

export function Panel() {
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const height = useLayout((state) => state.panelHeight);
  const active = useLayout((state) => state.panelTab);
  const problemCount = useStore(useApplication().markers.store, (markers) => markers.length);
  return (
    <section id="panel" className="panel" aria-label={t('panel.label')} style={{ height }}>
      <div className="panel-header">
        <div role="tablist" aria-label={t('panel.label')} className="panel-tabs">
          {TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`panel-tab-${tab.id}`}
              aria-selected={active === tab.id}
              aria-controls="panel-content"
              tabIndex={active === tab.id ? 0 : -1}
              className={`panel-tab${active === tab.id ? ' active' : ''}`}
              onClick={() => dispatch({ type: 'show-panel-tab', tab: tab.id })}
            >
              {t(tab.label)}
              {tab.id === 'problems' && problemCount > 0 && <span className="count-badge">{problemCount}</span>}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => dispatch({ type: 'toggle-panel' })}>
          <span className="codicon codicon-close" aria-hidden="true" />
        </button>
      </div>
      <div id="panel-content" className="panel-content" role="tabpanel" aria-labelledby={`panel-tab-${active}`} tabIndex={0}>
        {active === 'problems' ? <ProblemsList /> : <OutputLog />}
      </div>
    </section>
  );
}

const SEVERITY_ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;
type DesignMarker = Extract<Marker, { owner: 'design' }>;
type FileMarker = Extract<Marker, { owner: 'file' }>;

/** Design problems of one open training, like a linter's: click to reveal the block, apply a quick fix. */
function DesignProblems({ docKey, markers }: { docKey: string; markers: DesignMarker[] }) {
  const app = useApplication();
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  const title = useStore(app.documents.store, (copies) => copies[docKey]?.history.present.title ?? '');
  return (
    <ul className="problem-list" aria-label={`${t('panel.designProblems')}: ${title}`}>
      {markers.map(({ problem }, index) => (
        <li key={`${problem.ruleId}-${problem.location.dayId}-${problem.location.blockId}-${index}`} className={`problem severity-${problem.severity}`}>
          <span className={`codicon codicon-${SEVERITY_ICONS[problem.severity]}`} role="img" aria-label={t(`severity.${problem.severity}`)} />
          <button
            type="button"
            className="link-button problem-message"
            onClick={() => {
              const blockId = problem.location.blockId;
              dispatch({ type: 'activate-tab', id: `curriculum:${docKey}` });
              if (blockId) dispatch({ type: 'select-block', selection: { key: docKey, blockIds: [blockId] } });
              else if (problem.location.dayId) window.document.querySelector(`[data-day-id="${problem.location.dayId}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }}
          >
            {t(problem.message.key, problem.message.params)}
          </button>
          <span className="muted">{title}</span>
          {[...(problem.fix ? [problem.fix] : []), ...(problem.moreFixes ?? [])].map((fix, at) => (
            <button key={at} type="button" className="button secondary small" onClick={() => app.documents.edit(docKey, fix.apply)}>
              <span className="codicon codicon-lightbulb" aria-hidden="true" /> {t(fix.title.key, fix.title.params)}
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Memoized, like OutputLog: resizing the panel does not render its lists again. */
const ProblemsList = memo(function ProblemsList() {
  const { t } = useI18n();
  const markers = useMarkers();
  // The active training's problems first, as the editor beside the panel shows it.
  const activeKey = useLayout((state) => state.tabs.find((tab) => tab.id === state.activeTabId && tab.kind === 'curriculum')?.id.slice('curriculum:'.length));
  if (markers.length === 0) return <p className="muted">{t('panel.noProblems')}</p>;
  const design = new Map<string, DesignMarker[]>();
  for (const marker of markers) if (marker.owner === 'design') design.set(marker.resource, [...(design.get(marker.resource) ?? []), marker]);
  const keys = [...design.keys()].sort((a, b) => Number(b === activeKey) - Number(a === activeKey));
  const files = markers.filter((marker): marker is FileMarker => marker.owner === 'file');
  return (
    <>
      {keys.map((key) => (
        <DesignProblems key={key} docKey={key} markers={design.get(key)!} />
      ))}
      {files.length > 0 && (
        <ul className="problem-list" aria-label={t('panel.fileProblems')}>
          {files.map(({ resource, problem }, index) => (
            <li key={index} className="problem">
              <span className="codicon codicon-error" aria-hidden="true" />
              <span>
                {resource}
                {problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''} {problem.pointer}{' '}
                <strong>{t(`problem.${problem.code}` as MessageKey)}</strong> <span className="muted">({problem.detail})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
});

const OutputLog = memo(function OutputLog() {
  const output = useNotifications((state) => state.output);
  const { t } = useI18n();
  return (
    <ol className="output-log" aria-live="polite">
      {output.map((line, index) => (
        <li key={index}>
          <span className="muted">[{line.time}]</span> {t(line.key, line.params)}
          {line.detail && <span className="muted"> ({line.detail})</span>}
        </li>
      ))}
    </ol>
  );
});
