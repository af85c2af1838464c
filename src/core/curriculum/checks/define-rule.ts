import type { Curriculum } from '../../model/curriculum';
import type { CheckContext, Problem, Rule, Severity } from './types';

/** A problem as a rule finds it; `defineRule` stamps the rule's id and severity on it. */
export type Finding = Omit<Problem, 'ruleId' | 'severity'>;

/** Keeps each rule's id and severity in one place, and `check` free of `this` so it can be passed around. */
export function defineRule(id: string, severity: Severity, find: (curriculum: Curriculum, context: CheckContext) => Finding[]): Rule {
  return {
    id,
    severity,
    check: (curriculum, context) => find(curriculum, context).map((finding) => ({ ruleId: id, severity, ...finding })),
  };
}
