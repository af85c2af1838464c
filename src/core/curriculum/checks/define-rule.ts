import type { Curriculum } from '../../model/curriculum';
import type { CheckContext, Problem, Rule, Severity } from './types';

/**
 * A problem as a rule finds it; `defineRule` stamps the rule's id and severity on it. A rule whose
 * findings differ in weight (a hint beside a warning) gives the lighter ones their own severity.
 */
export type Finding = Omit<Problem, 'ruleId' | 'severity'> & { severity?: Severity };

/** Keeps each rule's id and severity in one place, and `check` free of `this` so it can be passed around. */
export function defineRule(id: string, severity: Severity, find: (curriculum: Curriculum, context: CheckContext) => Finding[]): Rule {
  return {
    id,
    severity,
    check: (curriculum, context) => find(curriculum, context).map((finding) => ({ ruleId: id, ...finding, severity: finding.severity ?? severity })),
  };
}
