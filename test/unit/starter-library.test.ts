import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TechniqueCard, TRADITIONS, type BlockType, type LocalizedText, type Tradition } from '../../src/core';
import { RESOURCES_DIR } from './fixtures';

const folder = join(RESOURCES_DIR, 'cards');
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const cards = files.map((name) => ({ name, raw: JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown }));

const MINIMUM_PER_TRADITION: Record<Tradition, number> = {
  'motivational-interviewing': 10,
  'solution-focused': 10,
  'progress-focused': 10,
  'positive-psychology': 6,
  narrative: 8,
  'self-determination': 6,
  'career-development': 4,
  'training-method': 10,
  other: 0,
};

const filled = (text: LocalizedText) => text.nl.trim().length > 0 && text.en.trim().length > 0;

describe('the starter library', () => {
  it('has at least 60 cards, enough of every tradition', () => {
    const parsed = cards.map(({ raw }) => TechniqueCard.parse(raw));
    expect(parsed.length).toBeGreaterThanOrEqual(60);
    for (const tradition of TRADITIONS) {
      expect(parsed.filter((card) => card.tradition === tradition).length, tradition).toBeGreaterThanOrEqual(MINIMUM_PER_TRADITION[tradition]);
    }
  });

  it.each(cards)('$name is a complete, sourced, bilingual built-in card', ({ name, raw }) => {
    const checked = TechniqueCard.safeParse(raw);
    expect(checked.error?.issues ?? []).toEqual([]);
    const card = checked.data!;
    expect(name).toBe(`${card.id}.json`);
    expect(card.provenance.origin).toBe('built-in');
    for (const field of ['title', 'summary', 'goal', 'instructions', 'trainerNotes'] as const) {
      expect(filled(card[field]), `${field} in both languages`).toBe(true);
    }
    expect(card.instructions.nl).toMatch(/^1\. /m);
    expect(card.instructions.en).toMatch(/^1\. /m);
    expect(card.exampleQuestions.every(filled) && card.materials.every(filled)).toBe(true);
    if (card.tradition !== 'training-method') expect(card.exampleQuestions.length).toBeGreaterThan(0);
    expect(card.sources.length).toBeGreaterThan(0);
    expect(card.needs.length).toBeGreaterThan(0);
    expect(card.needs.every((mapping) => filled(mapping.rationale))).toBe(true);
    expect(card.defaultDurationMinutes).toBeGreaterThanOrEqual(5);
    expect(card.defaultDurationMinutes).toBeLessThanOrEqual(240);
    // The trainer's timetable shows it in the "Werkvorm" column; without it that cell stays empty.
    expect(card.workForm, 'work form').toBeDefined();
  });

  it('gives each block template the work form it stands for', () => {
    const workForms = new Map(cards.map(({ raw }) => TechniqueCard.parse(raw)).map((card) => [card.id, card.workForm]));
    const expected: Record<string, BlockType> = {
      'tm-check-in': 'opening',
      'tm-goals-and-programme': 'goals-programme',
      'tm-mini-lecture': 'theory',
      'tm-demonstration-good-poor': 'demonstration',
      'tm-triads-observer': 'role-play',
      'tm-live-client-actor': 'live-client',
      'tm-plenary-debrief': 'plenary-reflection',
      'tm-energiser': 'energiser',
      'tm-transfer-action-plan': 'transfer',
      'tm-check-out': 'closing',
      'tm-homework-follow-up': 'homework',
    };
    expect(Object.fromEntries(Object.keys(expected).map((id) => [id, workForms.get(id)]))).toEqual(expected);
  });

  it('has no duplicate ids or titles in either language', () => {
    const parsed = cards.map(({ raw }) => TechniqueCard.parse(raw));
    for (const key of ['id', 'nl', 'en'] as const) {
      const values = parsed.map((card) => (key === 'id' ? card.id : card.title[key].toLowerCase()));
      const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
      expect(duplicates, key).toEqual([]);
    }
  });
});
