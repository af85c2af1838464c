import type { Message } from '../../app';
import type { Translate, TrainingDay } from '../../core';

/** "Dag 2", or "Dag 2: Oefenen" when the day has a title of its own (one that is not just "Dag 2" again), as a message. */
export function dayLabelMessage(t: Translate, day: Pick<TrainingDay, 'title'> | null | undefined, index: number): Message {
  const plain: Message = { key: 'curriculum.dayN', params: { n: index + 1 } };
  const title = day?.title.trim();
  return title && title !== t(plain.key, plain.params) ? { key: 'live.dayLabel', params: { n: index + 1, title } } : plain;
}

/** The same, as text. */
export function dayLabel(t: Translate, day: Pick<TrainingDay, 'title'> | null | undefined, index: number): string {
  const { key, params } = dayLabelMessage(t, day, index);
  return t(key, params);
}
