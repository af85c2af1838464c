import { defineRule, type Finding } from './define-rule';
import { hasForm, PRACTICE_FORMS, TRANSFER_FORMS } from './work-forms';

/** Where participants work on a goal themselves: practice, and the transfer to their own work (an action plan). */
const DOING_FORMS = new Set([...PRACTICE_FORMS, ...TRANSFER_FORMS]);

/** How much of a learning goal a message quotes. */
const QUOTE_LENGTH = 60;
const quote = (text: string) => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text);

/**
 * A learning goal that no practice or transfer block serves: participants hear about it but never work on it. Blocks
 * name the goals they serve in `servesGoals`. Until any block does, the rule only suggests linking them,
 * once, rather than reporting every goal as uncovered.
 */
export const goalCoverage = defineRule('goal-coverage', 'warning', (curriculum, { cards }) => {
  const goals = curriculum.learningGoals;
  if (goals.length === 0) return [];
  const blocks = curriculum.days.flatMap((day) => day.blocks);
  if (!blocks.some((block) => (block.servesGoals ?? []).length > 0)) {
    return [{ severity: 'info', message: { key: 'check.goal-coverage.unlinked' }, location: {} }];
  }
  const served = new Set(blocks.filter((block) => hasForm(block, cards, DOING_FORMS)).flatMap((block) => block.servesGoals ?? []));
  return goals.flatMap((goal, index): Finding[] =>
    served.has(index) ? [] : [{ message: { key: 'check.goal-coverage.unpractised', params: { number: index + 1, goal: quote(goal.trim()) } }, location: {} }],
  );
});
