import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TeamSnapshot } from '../../core';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useLibraryActions } from './actions';
import { onShareRequest } from './team-share';
import { useTeams } from './useTeams';

/** The commit message asked for before sharing: the colleagues read it with the change. */
function ShareForm({ team, onDone }: { team: TeamSnapshot; onDone(): void }) {
  const { t } = useI18n();
  const application = useApplication();
  const { report } = useLibraryActions();
  const [message, setMessage] = useState('');
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { field: useId(), error: useId() };
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setEmpty(true);
      return field.current?.focus();
    }
    setBusy(true);
    try {
      await application.team.share(team.folder, message.trim());
      onDone();
    } catch (error) {
      report(error);
      setBusy(false);
    }
  };

  return (
    <form className="team-share" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <label htmlFor={ids.field}>{t('team.git.message')}</label>
      <input
        ref={field}
        id={ids.field}
        type="text"
        maxLength={500}
        value={message}
        aria-invalid={empty}
        aria-describedby={empty ? ids.error : undefined}
        onChange={(event) => {
          setMessage(event.target.value);
          setEmpty(false);
        }}
      />
      {empty && (
        <p id={ids.error} role="alert" className="field-error">
          {t('team.git.messageRequired')}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('team.git.send')}
      </button>
      <button type="button" className="button secondary" onClick={onDone}>
        {t('dialog.cancel')}
      </button>
    </form>
  );
}

/** One team library: what keeps it from working, which files were skipped, its conflicts and its git state. */
function TeamEntry({ team, sharing, setSharing }: { team: TeamSnapshot; sharing: boolean; setSharing(open: boolean): void }) {
  const { t } = useI18n();
  const application = useApplication();
  const { report } = useLibraryActions();
  const edits = useStore(application.team.store, (state) => state.edits.filter((edit) => edit.folder === team.folder).length);
  const conflicts = team.conflicts.length + edits;
  const [pulling, setPulling] = useState(false);
  const { git } = team;

  const pull = async () => {
    setPulling(true);
    try {
      await application.team.pull(team.folder);
    } catch (error) {
      report(error);
    } finally {
      setPulling(false);
    }
  };

  return (
    <li className="team-entry">
      <h4 className="team-name">
        <span className="codicon codicon-organization" aria-hidden="true" /> {team.name}
      </h4>
      {team.state !== 'ok' && <p className="team-state">{t(`team.state.${team.state}`)}</p>}
      {team.problems.length > 0 && (
        <details className="team-problems">
          <summary>{t('team.status.problems', { count: team.problems.length })}</summary>
          <ul>
            {team.problems.map((problem) => (
              <li key={`${problem.kind}:${problem.file}`}>{t(`team.problem.${problem.kind}`, { file: problem.file })}</li>
            ))}
          </ul>
        </details>
      )}
      {conflicts > 0 && (
        <p className="team-conflicts">
          {t('team.status.conflicts', { count: conflicts })}{' '}
          <button type="button" className="link-button" onClick={() => application.team.showConflicts()}>
            {t('team.status.showConflicts')}
          </button>
        </p>
      )}
      {git && (
        <div className="team-git">
          <p className="muted">
            {git.branch && <>{t('team.git.branch', { branch: git.branch })} · </>}
            {t('team.git.ahead', { count: git.ahead })} · {t('team.git.behind', { count: git.behind })} · {t('team.git.changed', { count: git.changed })}
          </p>
          <button type="button" className="button secondary" disabled={pulling} aria-label={t('team.git.pullNamed', { team: team.name })} onClick={() => void pull()}>
            <span className="codicon codicon-repo-pull" aria-hidden="true" /> {t('team.git.pull')}
          </button>{' '}
          <button
            type="button"
            className="button secondary"
            aria-label={t('team.git.shareNamed', { team: team.name })}
            aria-expanded={sharing}
            onClick={() => setSharing(!sharing)}
          >
            <span className="codicon codicon-repo-push" aria-hidden="true" /> {t('team.git.share')}
          </button>
          {sharing && <ShareForm team={team} onDone={() => setSharing(false)} />}
        </div>
      )}
    </li>
  );
}

/** "Teambibliotheek" in the library side bar: shown while the settings name a team library. */
export function TeamStatus() {
  const { t } = useI18n();
  const teams = useTeams();
  const [sharing, setSharing] = useState<string | null>(null);
  useEffect(() => onShareRequest(setSharing), []);
  if (teams.length === 0) return null;
  return (
    <section className="team-status" aria-labelledby="team-status-title">
      <h3 id="team-status-title" className="group-heading">
        {t('team.status.title')}
      </h3>
      <ul>
        {teams.map((team) => (
          <TeamEntry key={team.folder} team={team} sharing={sharing === team.folder} setSharing={(open) => setSharing(open ? team.folder : null)} />
        ))}
      </ul>
    </section>
  );
}
