import { useState } from 'react';
import type { MessageKey, TeamLibrarySetting } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useSettings } from '../app/context';

/** The most the settings file accepts (settings.teamLibraries). */
const MAX_TEAMS = 20;

/** A folder the host can find wherever the app was started: from a drive letter, a network share or the root. */
export const isAbsolutePath = (path: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());

type Row = TeamLibrarySetting & { key: number };
type RowProblems = { name?: MessageKey; folder?: MessageKey };

function problemsOf(row: Row): RowProblems {
  return {
    ...(row.name.trim() ? {} : { name: 'team.settings.error.name' }),
    ...(isAbsolutePath(row.folder) ? {} : { folder: 'team.settings.error.folder' }),
  };
}

/**
 * The team libraries in the settings: a list edited as a whole and saved with one button, since a half-typed
 * folder must not start the app looking in the wrong place.
 */
export function TeamLibrariesSection() {
  const { t } = useI18n();
  const { updateSettings } = useWorkbench();
  const saved = useSettings((settings) => settings.teamLibraries);
  const [rows, setRows] = useState<Row[]>(() => saved.map((team, key) => ({ ...team, key })));
  const [nextKey, setNextKey] = useState(saved.length);
  const [problems, setProblems] = useState<Map<number, RowProblems>>(new Map());
  const [status, setStatus] = useState('');

  const change = (key: number, changes: Partial<TeamLibrarySetting>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...changes } : row)));
    setStatus('');
  };
  const add = () => {
    setRows((current) => [...current, { key: nextKey, name: '', folder: '' }]);
    setNextKey(nextKey + 1);
    setStatus('');
  };
  const remove = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    setStatus('');
  };
  const save = () => {
    const found = new Map(rows.map((row) => [row.key, problemsOf(row)] as const).filter(([, problem]) => problem.name || problem.folder));
    setProblems(found);
    if (found.size > 0) return setStatus('');
    updateSettings({ teamLibraries: rows.map(({ name, folder }) => ({ name: name.trim(), folder: folder.trim() })) });
    setStatus(t('team.settings.saved'));
  };

  return (
    <section className="settings-section team-libraries" aria-labelledby="settings-section-team">
      <h2 id="settings-section-team">{t('team.settings.title')}</h2>
      <p className="setting-description">{t('team.settings.explain')}</p>
      {rows.length === 0 && <p className="muted">{t('team.settings.none')}</p>}
      {rows.map((row, index) => {
        const legend = row.name.trim() || t('team.settings.legend', { number: index + 1 });
        const problem = problems.get(row.key) ?? {};
        const ids = { name: `team-${row.key}-name`, folder: `team-${row.key}-folder` };
        return (
          <fieldset key={row.key} className="team-library-row">
            <legend>{legend}</legend>
            <label htmlFor={ids.name}>{t('team.settings.name')}</label>
            <input
              id={ids.name}
              type="text"
              maxLength={100}
              value={row.name}
              aria-invalid={Boolean(problem.name)}
              aria-describedby={problem.name ? `${ids.name}-error` : undefined}
              onChange={(event) => change(row.key, { name: event.target.value })}
            />
            {problem.name && (
              <p id={`${ids.name}-error`} className="field-error">
                {t(problem.name)}
              </p>
            )}
            <label htmlFor={ids.folder}>{t('team.settings.folder')}</label>
            <input
              id={ids.folder}
              type="text"
              maxLength={1000}
              spellCheck={false}
              value={row.folder}
              aria-invalid={Boolean(problem.folder)}
              aria-describedby={`${ids.folder}-hint${problem.folder ? ` ${ids.folder}-error` : ''}`}
              onChange={(event) => change(row.key, { folder: event.target.value })}
            />
            <p id={`${ids.folder}-hint`} className="setting-hint muted">
              {t('team.settings.folderHint')}
            </p>
            {problem.folder && (
              <p id={`${ids.folder}-error`} className="field-error">
                {t(problem.folder)}
              </p>
            )}
            <button type="button" className="button secondary" aria-label={t('team.settings.removeOne', { name: legend })} onClick={() => remove(row.key)}>
              {t('team.settings.remove')}
            </button>
          </fieldset>
        );
      })}
      <div className="team-library-actions">
        <button type="button" className="button secondary" disabled={rows.length >= MAX_TEAMS} onClick={add}>
          <span className="codicon codicon-add" aria-hidden="true" /> {t('team.settings.add')}
        </button>
        <button type="button" className="button" onClick={save}>
          {t('team.settings.save')}
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
