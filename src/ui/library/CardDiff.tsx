import { useMemo } from 'react';
import { cardDifferences, localized, type TechniqueCard } from '../../core';
import { useI18n } from '../i18n';

interface CardDiffProps {
  mine: TechniqueCard;
  theirs: TechniqueCard;
  /** Column headers; the caller names the two sides as the trainer knows them ("In de map" / "Conflictkopie"). */
  mineLabel?: string;
  theirsLabel?: string;
}

/**
 * Two versions of one card, side by side, only the fields that differ: the trainer sees what a choice would
 * keep or lose before making it. Used by card pack import and by the team conflicts.
 */
export function CardDiff({ mine, theirs, mineLabel, theirsLabel }: CardDiffProps) {
  const { t, language } = useI18n();
  // A list that is empty in one language on both sides still differs by its line breaks; there is nothing to see.
  const differences = useMemo(() => cardDifferences(mine, theirs, t).filter((difference) => difference.mine.trim() || difference.theirs.trim()), [mine, theirs, t]);
  if (differences.length === 0) return <p className="card-diff-none">{t('cardDiff.none')}</p>;
  const value = (text: string) => (text.trim() ? text : <span className="muted">{t('cardDiff.empty')}</span>);
  return (
    <table className="card-diff">
      <caption>{t('cardDiff.caption', { title: localized(mine.title, language) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cardDiff.field')}</th>
          <th scope="col">{mineLabel ?? t('cardDiff.mine')}</th>
          <th scope="col">{theirsLabel ?? t('cardDiff.theirs')}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((difference) => {
          const field = t(`card.field.${difference.field}`);
          return (
            <tr key={`${difference.field}:${difference.language ?? ''}`}>
              <th scope="row">{difference.language ? t('cardDiff.fieldInLanguage', { field, language: t(`cardDiff.language.${difference.language}`) }) : field}</th>
              <td>{value(difference.mine)}</td>
              <td>{value(difference.theirs)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
