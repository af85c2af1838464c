import { useCallback, useSyncExternalStore } from 'react';
import type { Language, Translate } from '../../core';
import type { MethodOutput } from '../../contract';
import { useApplication } from '../app/context';
import { useI18n } from '../i18n';

type CardUsage = MethodOutput<'library.cardUsage'>[number];

/** "3 keer gebruikt · meestal 10 min langer · gemiddeld 4,2/5": how a card went where it was run live. */
export function describeCardUsage(usage: CardUsage, t: Translate, language: Language): string {
  const parts = [t('usage.times', { count: usage.timesUsed })];
  const overrun = usage.medianOverrunMinutes;
  if (overrun !== null) {
    const minutes = Math.round(Math.abs(overrun));
    parts.push(minutes === 0 ? t('usage.usuallyOnTime') : t(overrun > 0 ? 'usage.usuallyLonger' : 'usage.usuallyShorter', { minutes }));
  }
  if (usage.averageRating !== null) parts.push(t('usage.rating', { rating: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(usage.averageRating) }));
  if (usage.timesSkipped > 0) parts.push(t('usage.skipped', { count: usage.timesSkipped }));
  return parts.join(' · ');
}

/** Nothing for a card never run live. */
export function CardUsageLine({ cardId }: { cardId: string }) {
  const { cardUsage } = useApplication();
  const { t, language } = useI18n();
  const usage = useSyncExternalStore(cardUsage.store.subscribe, useCallback(() => cardUsage.store.get().get(cardId), [cardUsage, cardId]));
  if (!usage) return null;
  return (
    <span className="card-usage" title={t('usage.label')}>
      <span className="codicon codicon-history" aria-hidden="true" /> {describeCardUsage(usage, t, language)}
    </span>
  );
}
