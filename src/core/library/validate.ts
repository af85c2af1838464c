import { TechniqueCard } from '../model/card';
import { pointerOf } from '../format/locate';

export type CardIssueCode = 'title-required' | 'duration-range' | 'rationale-required' | 'need-twice' | 'citation-required' | 'invalid';

export interface CardIssue {
  code: CardIssueCode;
  /** Which field, as a JSON pointer into the card (e.g. /needs/1/rationale). */
  field: string;
  detail?: string;
}

export const DURATION_LIMITS = { min: 1, max: 480 };

/** What stops a card from being saved, in words a trainer understands; the schema has the last word. */
export function validateCard(card: TechniqueCard): CardIssue[] {
  const issues: CardIssue[] = [];
  if (!card.title.nl.trim() && !card.title.en.trim()) issues.push({ code: 'title-required', field: '/title' });
  const minutes = card.defaultDurationMinutes;
  if (!Number.isInteger(minutes) || minutes < DURATION_LIMITS.min || minutes > DURATION_LIMITS.max) {
    issues.push({ code: 'duration-range', field: '/defaultDurationMinutes' });
  }
  const seen = new Set<string>();
  card.needs.forEach((mapping, index) => {
    // The same need and effect may appear once per layer (for the client in a conversation, for the participants in the training).
    const key = `${mapping.layer}-${mapping.need}-${mapping.effect}`;
    if (seen.has(key)) issues.push({ code: 'need-twice', field: `/needs/${index}` });
    seen.add(key);
    if (!mapping.rationale.nl.trim() && !mapping.rationale.en.trim()) issues.push({ code: 'rationale-required', field: `/needs/${index}/rationale` });
  });
  card.sources.forEach((source, index) => {
    if (!source.citation.trim()) issues.push({ code: 'citation-required', field: `/sources/${index}/citation` });
  });
  if (issues.length > 0) return issues;
  const checked = TechniqueCard.safeParse(card);
  return checked.success ? [] : checked.error.issues.map((issue) => ({ code: 'invalid', field: pointerOf(issue.path), detail: issue.message }));
}
