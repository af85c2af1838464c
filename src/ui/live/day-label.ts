import type { Translate, TrainingDay } from '../../core';

/** "Dag 2", or "Dag 2: Oefenen" when the day has a title of its own (one that is not just "Dag 2" again). */
export function dayLabel(t: Translate, day: Pick<TrainingDay, 'title'> | null | undefined, index: number): string {
  const plain = t('curriculum.dayN', { n: index + 1 });
  const title = day?.title.trim();
  return title && title !== plain ? t('live.dayLabel', { n: index + 1, title }) : plain;
}
