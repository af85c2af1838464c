import { useRef } from 'react';
import type { TeamLibraryState } from '../../app';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { conflictKey } from './conflict-choices';
import { TeamConflictItem } from './TeamConflictItem';

/**
 * Every conflict of the team libraries in one tab: what happened, what differs and the trainer's choice.
 * The list follows the team store, so a conflict settled here, or elsewhere, leaves it on the next answer.
 */
export function TeamConflictsEditor() {
  const { t } = useI18n();
  const { dispatch } = useWorkbench();
  const team = useApplication().team;
  const state = useStore(team.store, (current: TeamLibraryState) => current);
  // Subscribing above re-renders on every answer; conflicts() reads that same state.
  const conflicts = team.conflicts();
  const heading = useRef<HTMLHeadingElement>(null);
  const teamName = (folder: string) => state.teams.find((candidate) => candidate.folder === folder)?.name ?? folder;

  return (
    <section className="team-conflicts" aria-labelledby="team-conflicts-title">
      {/* Focus comes back here when a settled conflict takes its button away, so the keyboard is not lost. */}
      <h1 id="team-conflicts-title" ref={heading} tabIndex={-1}>
        {t('team.conflicts.tab')}
      </h1>
      {conflicts.length === 0 ? (
        <>
          <p role="status">{t('team.conflicts.none')}</p>
          <button type="button" className="button secondary" onClick={() => dispatch({ type: 'close-tab', id: 'team-conflicts' })}>
            {t('team.conflicts.close')}
          </button>
        </>
      ) : (
        <>
          <p className="muted">{t('team.conflicts.intro')}</p>
          {conflicts.map((conflict) => (
            <TeamConflictItem
              key={conflictKey(conflict)}
              conflict={conflict}
              team={conflict.kind === 'edit' ? teamName(conflict.folder) : conflict.team}
              onSettled={() => heading.current?.focus()}
            />
          ))}
        </>
      )}
    </section>
  );
}
