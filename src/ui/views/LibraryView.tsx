import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { NeedBadge } from './NeedBadge';

/** The card library in the side bar. Search, filters and virtualisation come with the library issue. */
export function LibraryView() {
  const { cards, dispatch } = useWorkbench();
  const { t, language } = useI18n();
  return (
    <>
      <p className="side-bar-meta">{t('sidebar.cardCount', { count: cards.length })}</p>
      <ul className="card-list" aria-label={t('activity.library')}>
        {cards.map((card) => (
          <li key={card.id}>
            <button
              type="button"
              className="card-item"
              onClick={() => dispatch({ type: 'open-tab', tab: { id: `card:${card.id}`, kind: 'card', cardId: card.id } })}
            >
              <span className="card-title">{card.title[language]}</span>
              <span className="card-meta">
                {t(`tradition.${card.tradition}`)} · {t('card.duration', { minutes: card.defaultDurationMinutes })}
              </span>
              <span className="card-needs">
                {card.needs.map((mapping) => (
                  <NeedBadge key={`${mapping.need}-${mapping.effect}`} mapping={mapping} />
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
