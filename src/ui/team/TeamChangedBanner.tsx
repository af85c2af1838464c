import type { TechniqueCard } from '../../core';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';

/**
 * Said while a team card is being edited and a colleague's version arrives: the trainer can look at both
 * ("Vergelijken", nothing is written) or drop their edit for the colleague's ("Hun versie laden"). Saving anyway
 * asks again, as a training does.
 */
export function TeamChangedBanner({ base, mine, onReload }: { base: TechniqueCard; mine(): TechniqueCard; onReload(): void }) {
  const { t } = useI18n();
  const { team } = useApplication();
  const theirs = useStore(team.store, () => team.changedUnderneath(base));
  if (!theirs) return null;
  return (
    <div role="alert" className="team-changed">
      <p>{t('team.changed.message')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => team.compareEdit(mine())}>
          {t('document.conflict.compare')}
        </button>
        <button type="button" className="button secondary" onClick={onReload}>
          {t('team.changed.reload')}
        </button>
      </div>
    </div>
  );
}
