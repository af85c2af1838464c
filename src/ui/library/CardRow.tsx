import { localized, type TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { NeedBadge } from '../views/NeedBadge';
import { CardUsageLine } from './CardUsageLine';

const ORIGIN_ICONS = { 'built-in': 'verified', own: 'account', imported: 'cloud-download', team: 'organization' } as const;

export function CardRow({ card }: { card: TechniqueCard }) {
  const { t, language } = useI18n();
  return (
    <>
      <span className="card-title">{localized(card.title, language)}</span>
      <span className="card-meta">
        <span className={`codicon codicon-${ORIGIN_ICONS[card.provenance.origin]}`} title={t(`origin.${card.provenance.origin}`)} aria-label={t(`origin.${card.provenance.origin}`)} role="img" />{' '}
        {/* Which team keeps it: with several team libraries the icon alone does not say. */}
        {card.provenance.origin === 'team' && card.provenance.team && <span className="card-team">{card.provenance.team} · </span>}
        {t(`tradition.${card.tradition}`)} · {t('card.duration', { minutes: card.defaultDurationMinutes })}
      </span>
      <span className="card-needs">
        {/* What the card gives participants in a training (its exercise layer), one badge per need and effect. */}
        {card.needs
          .filter((mapping, index, all) => mapping.layer === 'exercise' && all.findIndex((other) => other.layer === 'exercise' && other.need === mapping.need && other.effect === mapping.effect) === index)
          .map((mapping) => (
            <NeedBadge key={`${mapping.need}-${mapping.effect}`} mapping={mapping} />
          ))}
      </span>
      <CardUsageLine cardId={card.id} />
    </>
  );
}
