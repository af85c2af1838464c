import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockCardIds, parseDocument, serializeDocument, type Block, type BlockType, type Need, type ParseResult } from '../../src/core';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = join(ROOT, 'resources/examples/basistraining-activerende-gespreksvoering.draaiboek');
const text = readFileSync(FILE, 'utf8');

const MAX_RUN_MINUTES = 90;
const THEORY_LIMIT_MINUTES = 20;

/** What a hand-written block feeds, by type; card blocks use their card's own mappings. */
const NEEDS_OF_TYPE: Partial<Record<BlockType, Need>> = {
  exercise: 'competence',
  'role-play': 'competence',
  'live-client': 'competence',
  demonstration: 'competence',
  opening: 'relatedness',
  closing: 'relatedness',
  'plenary-reflection': 'relatedness',
  energiser: 'relatedness',
  'goals-programme': 'autonomy',
  transfer: 'autonomy',
  homework: 'autonomy',
};

function opened(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the example to open, got ${JSON.stringify(result.problems)}`);
  return result;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const isRest = (block: Block) => block.kind === 'custom' && (block.type === 'break' || block.type === 'lunch');

const result = opened(parseDocument(text));
const { document } = result;
const curriculum = document.curriculum!;
const cards = new Map(document.cards.map((card) => [card.id, card]));

describe('the example curriculum "Basistraining Activerende gespreksvoering"', () => {
  it('opens without notices, is Dutch and has three days and a follow-up day', () => {
    expect(result.readOnly).toBe(false);
    expect(result.notices.filter((notice) => notice.code === 'unknown-card')).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(curriculum.language).toBe('nl');
    expect(curriculum.days).toHaveLength(4);
    expect(curriculum.learningGoals.length).toBeGreaterThanOrEqual(4);
    expect(curriculum.learningGoals.length).toBeLessThanOrEqual(6);
  });

  it('is written in the canonical form the app itself writes', () => {
    expect(serializeDocument(document)).toBe(text);
  });

  it('embeds every card it uses, as an unchanged copy of the starter card', () => {
    const blocks = [...curriculum.days.flatMap((day) => day.blocks), ...curriculum.parking, ...document.modules.flatMap((module) => module.blocks)];
    const used = new Set(blocks.flatMap((block) => blockCardIds(block)));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) expect(cards.has(id), id).toBe(true);
    expect([...cards.keys()].sort()).toEqual([...used].sort());
    for (const card of document.cards) {
      const starter: unknown = JSON.parse(readFileSync(join(ROOT, 'resources/cards', `${card.id}.json`), 'utf8'));
      expect(card, card.id).toEqual(starter);
    }
  });

  it.each(curriculum.days.map((day) => ({ title: day.title, day })))('$title fits the design checks', ({ day }) => {
    const target = minutesOf(day.targetEnd) - minutesOf(day.start);
    const total = day.blocks.reduce((sum, block) => sum + block.durationMinutes, 0);
    expect(total).toBeLessThanOrEqual(target);

    let run = 0;
    let clock = minutesOf(day.start);
    const needs = new Set<Need>();
    for (const block of day.blocks) {
      if (block.pinnedStart !== undefined) expect(minutesOf(block.pinnedStart), `${block.id} starts at its pinned time`).toBe(clock);
      clock += block.durationMinutes;
      run = isRest(block) ? 0 : run + block.durationMinutes;
      expect(run, `minutes without a break up to ${block.id}`).toBeLessThanOrEqual(MAX_RUN_MINUTES);
      if (block.kind === 'custom' && block.type === 'theory') expect(block.durationMinutes, block.id).toBeLessThanOrEqual(THEORY_LIMIT_MINUTES);
      if (block.kind === 'card') {
        for (const mapping of cards.get(block.cardId)!.needs) if (mapping.effect === 'supports') needs.add(mapping.need);
      } else if (block.kind === 'custom') {
        const need = NEEDS_OF_TYPE[block.type];
        if (need) needs.add(need);
      }
    }
    expect([...needs].sort()).toEqual(['autonomy', 'competence', 'relatedness']);
  });
});
