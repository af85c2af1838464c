import type { TrainingDay } from '../../model/curriculum';
import { defineRule } from './define-rule';
import { hasForm, TRANSFER_FORMS } from './work-forms';

/** A day named as a follow-up day ("Terugkomdag", "Follow-up"). */
const FOLLOW_UP_TITLE = /terugkom|follow[-\s]?up|intervisie/i;
/** A day at least this long after the one before it is a follow-up day, whatever its name. */
const FOLLOW_UP_GAP_DAYS = 14;

function isFollowUpDay(day: TrainingDay, previous: TrainingDay | undefined): boolean {
  if (FOLLOW_UP_TITLE.test(day.title)) return true;
  if (!day.date || !previous?.date) return false;
  return (Date.parse(day.date) - Date.parse(previous.date)) / 86_400_000 >= FOLLOW_UP_GAP_DAYS;
}

/**
 * A training of more than one day with no homework, no transfer block and no follow-up day: what is
 * learnt in the training room fades unless it is tried at work and looked back on.
 */
export const noFollowUp = defineRule('no-follow-up', 'warning', (curriculum, { cards }) => {
  const days = curriculum.days;
  if (days.length < 2) return [];
  if (days.some((day) => day.blocks.some((block) => hasForm(block, cards, TRANSFER_FORMS)))) return [];
  if (days.some((day, index) => index > 0 && isFollowUpDay(day, days[index - 1]))) return [];
  return [{ message: { key: 'check.no-follow-up', params: { days: days.length } }, location: {} }];
});
