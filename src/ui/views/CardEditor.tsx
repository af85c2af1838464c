import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { NeedBadge } from './NeedBadge';

/** A card shown read-only; the full editor with Markdown comes with the library issue. */
export function CardEditor({ cardId }: { cardId: string }) {
  const { cards } = useWorkbench();
  const { t, language } = useI18n();
  const card = cards.find((candidate) => candidate.id === cardId);
  if (!card) return <p className="muted">{cardId}</p>;
  return (
    <article className="card-view" aria-labelledby="card-view-title">
      <h1 id="card-view-title">{card.title[language]}</h1>
      <p className="muted">
        {t(`tradition.${card.tradition}`)} · {t('card.duration', { minutes: card.defaultDurationMinutes })}
      </p>
      <p>{card.summary[language]}</p>
      <ul className="need-list" aria-label={t('activity.insights')}>
        {card.needs.map((mapping) => (
          <li key={`${mapping.need}-${mapping.effect}`}>
            <NeedBadge mapping={mapping} /> <span className="muted">{mapping.rationale[language]}</span>
          </li>
        ))}
      </ul>
      <p className="card-goal">{card.goal[language]}</p>
    </article>
  );
}
