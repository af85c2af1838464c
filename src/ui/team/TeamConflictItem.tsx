import { useId, useState } from 'react';
import type { ConflictChoice, PendingConflict } from '../../app';
import { localized } from '../../core';
import { useApplication } from '../app/context';
import { useI18n } from '../i18n';
import { CardDiff } from '../library/CardDiff';
import { useLibraryActions } from '../library/actions';
import { useWorkbench } from '../workbench/context';
import { conflictChoices } from './conflict-choices';

/** One conflict: the card, its team, what happened, what differs, and the choice that settles it. */
export function TeamConflictItem({ conflict, team, onSettled }: { conflict: PendingConflict; team: string; onSettled(): void }) {
  const { t, language } = useI18n();
  const { dispatch } = useWorkbench();
  const { report } = useLibraryActions();
  const service = useApplication().team;
  const { choices, initial } = conflictChoices(conflict);
  const [choice, setChoice] = useState<ConflictChoice>(initial);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const card = conflict.mine ?? conflict.theirs;
  const title = card ? localized(card.title, language) : '';
  // A sync tool's two files are told apart by where they are; the other kinds are mine and theirs.
  const labels = conflict.kind === 'copy' ? { mineLabel: t('team.conflict.copy.mine'), theirsLabel: t('team.conflict.copy.theirs') } : {};

  const apply = async () => {
    setBusy(true);
    try {
      await service.settle(conflict, choice);
      dispatch({ type: 'toast', toast: { key: `team.settled.${choice}`, params: { title } } });
      onSettled();
    } catch (error) {
      report(error);
    } finally {
      // Usually the conflict has left the list by now; if the folder still shows it, the trainer can try again.
      setBusy(false);
    }
  };

  return (
    <section className="team-conflict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">
        {t('team.conflict.inTeam', { team })} · {t(`team.conflict.kind.${conflict.kind}`)}
      </p>
      {conflict.mine && conflict.theirs ? (
        <CardDiff mine={conflict.mine} theirs={conflict.theirs} {...labels} />
      ) : (
        <p>{t(conflict.mine ? 'team.conflict.theirsDeleted' : 'team.conflict.mineDeleted')}</p>
      )}
      <div role="radiogroup" aria-label={t('pack.choiceFor', { title })} className="choice-group">
        {choices.map((option) => (
          <label key={option}>
            <input type="radio" name={`${id}-choice`} checked={choice === option} onChange={() => setChoice(option)} />
            {t(`pack.choice.${option}`)}
          </label>
        ))}
      </div>
      <button type="button" className="button" disabled={busy} aria-label={t('team.conflict.applyFor', { title })} onClick={() => void apply()}>
        {t('team.conflict.apply')}
      </button>
    </section>
  );
}
