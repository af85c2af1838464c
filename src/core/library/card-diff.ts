import type { Translate } from '../i18n';
import type { TechniqueCard } from '../model/card';
import type { Language, LocalizedText } from '../model/common';

/** The fields of a card a trainer can tell apart, in the order the card form shows them. */
export const CARD_FIELDS = [
  'title', 'summary', 'tradition', 'needs', 'duration', 'groupFormat', 'workForm', 'goal', 'instructions',
  'exampleQuestions', 'materials', 'trainerNotes', 'sources', 'tags',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface CardDifference {
  field: CardField;
  /** For a text kept in both languages: which of the two differs. */
  language?: Language;
  mine: string;
  theirs: string;
}

type Values = Partial<Record<Language, string>> | string;

/** A card's fields as text a trainer reads: localized texts per language, lists one item per line. */
function fieldValues(card: TechniqueCard, field: CardField, t: Translate): Values {
  const both = (text: LocalizedText): Values => ({ nl: text.nl, en: text.en });
  const lines = (texts: LocalizedText[]): Values => ({ nl: texts.map((text) => text.nl).join('\n'), en: texts.map((text) => text.en).join('\n') });
  switch (field) {
    case 'title':
    case 'summary':
    case 'goal':
    case 'instructions':
    case 'trainerNotes':
      return both(card[field]);
    case 'exampleQuestions':
    case 'materials':
      return lines(card[field]);
    case 'tradition':
      return t(`tradition.${card.tradition}`);
    case 'groupFormat':
      return t(`groupFormat.${card.groupFormat}`);
    case 'workForm':
      return card.workForm ? t(`blockType.${card.workForm}`) : t('card.field.workForm.none');
    case 'duration':
      return t('card.duration', { minutes: card.defaultDurationMinutes });
    case 'needs':
      return card.needs
        .map((mapping) => `${t(`need.${mapping.need}`)} · ${t(`library.filter.effect.${mapping.effect}`)} · ${'●'.repeat(mapping.strength)} — ${mapping.rationale.nl}`)
        .join('\n');
    case 'sources':
      return card.sources.map((source) => source.citation + (source.url ? ` <${source.url}>` : '')).join('\n');
    case 'tags':
      return card.tags.join(', ');
  }
}

/** What differs between two versions of a card, field by field (provenance, who and when, never counts). */
export function cardDifferences(mine: TechniqueCard, theirs: TechniqueCard, t: Translate): CardDifference[] {
  return CARD_FIELDS.flatMap((field) => {
    const a = fieldValues(mine, field, t);
    const b = fieldValues(theirs, field, t);
    if (typeof a === 'string' || typeof b === 'string') return a === b ? [] : [{ field, mine: String(a), theirs: String(b) }];
    return (['nl', 'en'] as const).flatMap((language) => (a[language] === b[language] ? [] : [{ field, language, mine: a[language] ?? '', theirs: b[language] ?? '' }]));
  });
}

/**
 * The second card of "keep both": its own id and a title that says whose version it is, in both languages,
 * so the library never shows two cards with the same name.
 */
export function namedCopy(card: TechniqueCard, id: string, translators: Record<Language, Translate>): TechniqueCard {
  const suffix = (language: Language) =>
    card.provenance.author ? translators[language]('card.versionOf', { author: card.provenance.author }) : translators[language]('card.otherVersion');
  return {
    ...card,
    id,
    title: { nl: card.title.nl + suffix('nl'), en: card.title.en + suffix('en') },
    provenance: { ...card.provenance, derivedFrom: card.id },
  };
}
