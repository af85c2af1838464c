import type { MessageKey } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from './context';
import type { PanelTab } from './state';

const TABS: { id: PanelTab; label: MessageKey }[] = [
  { id: 'problems', label: 'panel.problems' },
  { id: 'output', label: 'panel.output' },
];

export function Panel() {
  const { state, dispatch } = useWorkbench();
  const { t } = useI18n();
  return (
    <section className="panel" aria-label={t('panel.label')} style={{ height: state.panelHeight }}>
      <div className="panel-header">
        <div role="tablist" aria-label={t('panel.label')} className="panel-tabs">
          {TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`panel-tab-${tab.id}`}
              aria-selected={state.panelTab === tab.id}
              aria-controls="panel-content"
              tabIndex={state.panelTab === tab.id ? 0 : -1}
              className={`panel-tab${state.panelTab === tab.id ? ' active' : ''}`}
              onClick={() => dispatch({ type: 'show-panel-tab', tab: tab.id })}
            >
              {t(tab.label)}
              {tab.id === 'problems' && state.problems.length > 0 && <span className="count-badge">{state.problems.length}</span>}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => dispatch({ type: 'toggle-panel' })}>
          <span className="codicon codicon-close" aria-hidden="true" />
        </button>
      </div>
      <div id="panel-content" className="panel-content" role="tabpanel" aria-labelledby={`panel-tab-${state.panelTab}`} tabIndex={0}>
        {state.panelTab === 'problems' ? <ProblemsList /> : <OutputLog />}
      </div>
    </section>
  );
}

function ProblemsList() {
  const { state } = useWorkbench();
  const { t } = useI18n();
  if (state.problems.length === 0) return <p className="muted">{t('panel.noProblems')}</p>;
  return (
    <ul className="problem-list">
      {state.problems.map(({ file, problem }, index) => (
        <li key={index} className="problem">
          <span className="codicon codicon-error" aria-hidden="true" />
          <span>
            {file}
            {problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''} {problem.pointer}{' '}
            <strong>{t(`problem.${problem.code}` as MessageKey)}</strong> <span className="muted">({problem.detail})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function OutputLog() {
  const { state } = useWorkbench();
  const { t } = useI18n();
  return (
    <ol className="output-log" aria-live="polite">
      {state.output.map((line, index) => (
        <li key={index}>
          <span className="muted">[{line.time}]</span> {t(line.key, line.params)}
        </li>
      ))}
    </ol>
  );
}
