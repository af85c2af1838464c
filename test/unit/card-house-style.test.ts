import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TechniqueCard, type LocalizedText } from '../../src/core';
import { RESOURCES_DIR } from './fixtures';

// Guards the house style of the built-in cards (issue 12): both languages, sources, both need layers, one role
// vocabulary, instructions addressed to the trainer, and "zie ook" links that point at real cards.
const folder = join(RESOURCES_DIR, 'cards');
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const entries = files.map((name) => {
  const checked = TechniqueCard.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  return { name, checked, card: checked.success ? checked.data : undefined };
});
const cards = entries.flatMap(({ card }) => (card ? [card] : []));
const ids = new Set(cards.map((card) => card.id));

/** Every LocalizedText in a card, with the path a failure message names. */
function texts(card: TechniqueCard): [string, LocalizedText][] {
  const found: [string, LocalizedText][] = [
    ['title', card.title],
    ['summary', card.summary],
    ['goal', card.goal],
    ['instructions', card.instructions],
    ['trainerNotes', card.trainerNotes],
  ];
  card.materials.forEach((text, i) => found.push([`materials[${i}]`, text]));
  card.exampleQuestions.forEach((text, i) => found.push([`exampleQuestions[${i}]`, text]));
  card.needs.forEach((mapping, i) => found.push([`needs[${i}].rationale`, mapping.rationale]));
  (card.seeAlso ?? []).forEach((link, i) => found.push([`seeAlso[${i}].difference`, link.difference]));
  return found;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\binterviewers?\b/i, 'the role "interviewer" (use gespreksvoerder / coach, en conversation lead / coach)'],
  [/\bLaat de trainer\b/i, '"Laat de trainer" (address the trainer: "Doe ... voor")'],
  [/\bThe trainer should\b/i, '"The trainer should" (use an imperative)'],
];

describe('the built-in cards follow the house style', () => {
  it('has at least 85 cards', () => {
    expect(files.length, `${files.length} card files in resources/cards`).toBeGreaterThanOrEqual(85);
  });

  it.each(entries)('$name parses as a technique card', ({ name, checked }) => {
    const issue = checked.error?.issues[0];
    expect(checked.success, `${name}: /${issue?.path.join('/')}: ${issue?.message}`).toBe(true);
  });

  it.each(cards.map((card) => ({ id: card.id, card })))('$id has every text in Dutch and English', ({ id, card }) => {
    for (const [field, text] of texts(card)) {
      expect(text.nl.trim(), `${id}: ${field}.nl is empty`).not.toBe('');
      expect(text.en.trim(), `${id}: ${field}.en is empty`).not.toBe('');
    }
  });

  it.each(cards.map((card) => ({ id: card.id, card })))('$id has a source and the right need layers', ({ id, card }) => {
    expect(card.sources.length, `${id}: sources is empty`).toBeGreaterThan(0);
    const layers = new Set(card.needs.map((mapping) => mapping.layer));
    expect(layers.has('exercise'), `${id}: needs has no 'exercise' mapping`).toBe(true);
    if (card.tradition === 'training-method') {
      expect(layers.has('conversation'), `${id}: needs has a 'conversation' mapping on a training-method card`).toBe(false);
    } else {
      expect(layers.has('conversation'), `${id}: needs has no 'conversation' mapping`).toBe(true);
    }
  });

  it.each(cards.map((card) => ({ id: card.id, card })))('$id uses the role vocabulary and addresses the trainer', ({ id, card }) => {
    for (const [field, text] of texts(card)) {
      for (const language of ['nl', 'en'] as const) {
        for (const [pattern, what] of FORBIDDEN) {
          const hit = pattern.exec(text[language]);
          expect(hit, `${id}: ${field}.${language} contains ${what}: "…${hit ? text[language].slice(Math.max(0, hit.index - 30), hit.index + 40) : ''}…"`).toBeNull();
        }
      }
    }
  });

  it.each(cards.map((card) => ({ id: card.id, card })))('$id links only to other existing cards', ({ id, card }) => {
    for (const [i, link] of (card.seeAlso ?? []).entries()) {
      expect(link.cardId, `${id}: seeAlso[${i}].cardId points at the card itself`).not.toBe(id);
      expect(ids.has(link.cardId), `${id}: seeAlso[${i}].cardId "${link.cardId}" is not a built-in card`).toBe(true);
    }
    const targets = (card.seeAlso ?? []).map((link) => link.cardId);
    expect(new Set(targets).size, `${id}: seeAlso names a card twice`).toBe(targets.length);
  });
});
