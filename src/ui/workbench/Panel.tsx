import type { MessageKey } from '../../core';
import { useDocuments } from '../curriculum/DocumentsProvider';
import { useDesignProblems } from '../curriculum/useDesignProblems';
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
  const problemCount = state.problems.length + (useDesignProblems()?.problems.length ?? 0);
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
              {tab.id === 'problems' && problemCount > 0 && <span className="count-badge">{problemCount}</span>}
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

const SEVERITY_ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Design problems of the active curriculum, like a linter's: click to reveal the block, apply a quick fix. */
function DesignProblems() {
  const design = useDesignProblems();
  const documents = useDocuments();
  const { dispatch } = useWorkbench();
  const { t } = useI18n();
  if (!design || design.problems.length === 0) return null;
  return (
    <ul className="problem-list" aria-label={t('panel.designProblems')}>
      {design.problems.map((problem, index) => (
        <li key={`${problem.ruleId}-${problem.location.dayId}-${problem.location.blockId}-${index}`} className={`problem severity-${problem.severity}`}>
          <span className={`codicon codicon-${SEVERITY_ICONS[problem.severity]}`} role="img" aria-label={t(`severity.${problem.severity}`)} />
          <button
            type="button"
            className="link-button problem-message"
            onClick={() => {
              const blockId = problem.location.blockId;
              dispatch({ type: 'activate-tab', id: `curriculum:${design.key}` });
              if (blockId) dispatch({ type: 'select-block', selection: { key: design.key, blockIds: [blockId] } });
              else if (problem.location.dayId) window.document.querySelector(`[data-day-id="${problem.location.dayId}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }}
          >
            {t(problem.message.key, problem.message.params)}
          </button>
          <span className="muted">{problem.ruleId}</span>
          {problem.fix && (
            <button type="button" className="button secondary small" onClick={() => documents.edit(design.key, problem.fix!.apply)}>
              <span className="codicon codicon-lightbulb" aria-hidden="true" /> {t(problem.fix.title.key, problem.fix.title.params)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function ProblemsList() {
  const { state } = useWorkbench();
  const { t } = useI18n();
  const design = useDesignProblems();
  if (state.problems.length === 0 && !design?.problems.length) return <p className="muted">{t('panel.noProblems')}</p>;
  return (
    <>
    <DesignProblems />
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
    </>
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
