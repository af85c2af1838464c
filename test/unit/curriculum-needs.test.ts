import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_TYPES,
  NEEDS,
  NEEDS_BY_TYPE,
  blockActivity,
  blockNeeds,
  curriculumBalance,
  dayBalance,
  type Block,
  type NeedMapping,
} from '../../src/core';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

const text = (s: string) => ({ nl: s, en: s });
const mapping = (need: NeedMapping['need'], effect: NeedMapping['effect'], strength: 1 | 2 | 3): NeedMapping => ({
  layer: 'exercise',
  need,
  effect,
  strength,
  rationale: text('omdat'),
  evidence: 'literature',
});

const miCard = makeCard('card-mi', {
  tradition: 'motivational-interviewing',
  needs: [mapping('autonomy', 'supports', 3), mapping('relatedness', 'supports', 2), mapping('competence', 'thwarts', 1)],
});
const lectureCard = makeCard('card-lecture', { tradition: 'training-method', workForm: 'theory', needs: [mapping('competence', 'supports', 1)] });
const energiserCard = makeCard('card-energiser', { tradition: 'training-method', workForm: 'energiser', needs: [] });
const cards = cardMap(miCard, lectureCard, energiserCard);

describe('blockNeeds', () => {
  it("uses the card's own mappings for a card block", () => {
    expect(blockNeeds(makeCardBlock('b', 'card-mi'), cards)).toEqual(miCard.needs);
  });

  it('gives a block of an unknown card no needs', () => {
    expect(blockNeeds(makeCardBlock('b', 'card-gone'), cards)).toEqual([]);
  });

  it('judges a custom block by its type', () => {
    expect(blockNeeds(makeCustomBlock('b', { type: 'role-play' }), cards).map((m) => m.need)).toEqual(['competence']);
    expect(blockNeeds(makeCustomBlock('b', { type: 'opening' }), cards).map((m) => m.need)).toEqual(['relatedness']);
    expect(blockNeeds(makeCustomBlock('b', { type: 'transfer' }), cards).map((m) => m.need)).toEqual(['autonomy']);
    expect(blockNeeds(makeCustomBlock('b', { type: 'lunch' }), cards)).toEqual([]);
  });

  it('adds a risk to autonomy only when theory runs longer than 20 minutes', () => {
    const short = blockNeeds(makeCustomBlock('b', { type: 'theory', durationMinutes: 20 }), cards);
    const long = blockNeeds(makeCustomBlock('b', { type: 'theory', durationMinutes: 35 }), cards);
    expect(short).toEqual([expect.objectContaining({ layer: 'exercise', need: 'competence', effect: 'supports', strength: 1 })]);
    expect(long).toContainEqual(expect.objectContaining({ layer: 'exercise', need: 'autonomy', effect: 'thwarts' }));
  });

  it('explains every type-based mapping in both languages and marks it as judgement', () => {
    for (const type of BLOCK_TYPES) {
      for (const m of NEEDS_BY_TYPE[type]) {
        expect(m.evidence).toBe('judgement');
        expect(m.rationale.nl.trim()).not.toBe('');
        expect(m.rationale.en.trim()).not.toBe('');
      }
    }
  });
});

describe('blockActivity', () => {
  it('breaks rest, theory listens, exercises are active', () => {
    expect(blockActivity(makeCustomBlock('b', { type: 'lunch' }), cards)).toBe('break');
    expect(blockActivity(makeCustomBlock('b', { type: 'theory' }), cards)).toBe('listening');
    expect(blockActivity(makeCustomBlock('b', { type: 'goals-programme' }), cards)).toBe('listening');
    expect(blockActivity(makeCustomBlock('b', { type: 'exercise' }), cards)).toBe('active');
  });

  it('a card listens or acts by its work form, not its group format: a plenary energiser is active', () => {
    expect(blockActivity(makeCardBlock('b', 'card-lecture', { groupFormat: 'plenary' }), cards)).toBe('listening');
    expect(blockActivity(makeCardBlock('b', 'card-lecture', { groupFormat: 'pairs' }), cards)).toBe('listening');
    expect(blockActivity(makeCardBlock('b', 'card-energiser', { groupFormat: 'plenary' }), cards)).toBe('active');
    expect(blockActivity(makeCardBlock('b', 'card-mi', { groupFormat: 'plenary' }), cards)).toBe('active');
  });
});

describe('dayBalance', () => {
  it('weights minutes by strength and keeps risks apart from support', () => {
    const balance = dayBalance(makeDay('d', [makeCardBlock('b', 'card-mi', { durationMinutes: 30 })]), cards);
    expect(balance.supports).toEqual({ autonomy: 30, competence: 0, relatedness: 20 });
    expect(balance.risks).toEqual({ autonomy: 0, competence: 10, relatedness: 0 });
    // Risks are also counted in blocks, whatever their length: a point to watch, not a share of the day.
    expect(balance.riskBlocks).toEqual({ autonomy: 0, competence: 1, relatedness: 0 });
  });

  it('counts minutes per tradition, hand-written blocks as custom (breaks and lunch under none), and splits active, listening and break time', () => {
    const day = makeDay('d', [
      makeCardBlock('b1', 'card-mi', { durationMinutes: 30 }),
      makeCustomBlock('b2', { type: 'theory', durationMinutes: 20 }),
      makeCustomBlock('b3', { type: 'break', durationMinutes: 15 }),
      makeCardBlock('b4', 'card-lecture', { durationMinutes: 10, groupFormat: 'plenary' }),
    ]);
    const balance = dayBalance(day, cards);
    expect(balance.traditions).toEqual({ 'motivational-interviewing': 30, custom: 20, 'training-method': 10 });
    expect(balance).toMatchObject({ activeMinutes: 30, listeningMinutes: 30, breakMinutes: 15, totalMinutes: 75 });
  });

  it('counts the minutes of an unknown card but no needs and no tradition', () => {
    const balance = dayBalance(makeDay('d', [makeCardBlock('b', 'card-gone', { durationMinutes: 25 })]), cards);
    expect(balance.totalMinutes).toBe(25);
    expect(balance.activeMinutes).toBe(25);
    expect(balance.supports).toEqual({ autonomy: 0, competence: 0, relatedness: 0 });
    expect(balance.traditions).toEqual({});
  });

  it('counts a need mapped twice on one card only once, at its strongest', () => {
    const doubled = makeCard('card-double', { needs: [mapping('competence', 'supports', 3), mapping('competence', 'supports', 2)] });
    const balance = dayBalance(makeDay('d', [makeCardBlock('b', 'card-double', { durationMinutes: 30 })]), cardMap(doubled));
    expect(balance.supports.competence).toBe(30);
  });
});

describe('curriculumBalance', () => {
  it('adds up the days and leaves parked blocks out', () => {
    const curriculum = makeCurriculum(
      [makeDay('d1', [makeCustomBlock('a', { type: 'exercise', durationMinutes: 30 })]), makeDay('d2', [makeCustomBlock('b', { type: 'opening', durationMinutes: 15 })])],
      { parking: [makeCustomBlock('p', { type: 'exercise', durationMinutes: 60 })] },
    );
    const balance = curriculumBalance(curriculum, cards);
    expect(balance.totalMinutes).toBe(45);
    expect(balance.supports).toEqual({ autonomy: 0, competence: 20, relatedness: 10 });
  });
});

const arbitraryMapping = fc.record({
  layer: fc.constant('exercise' as const),
  need: fc.constantFrom(...NEEDS),
  effect: fc.constantFrom('supports' as const, 'thwarts' as const),
  strength: fc.constantFrom(1 as const, 2 as const, 3 as const),
});
const arbitraryBlock: fc.Arbitrary<{ block: Block; card?: ReturnType<typeof makeCard> }> = fc.oneof(
  fc.record({ type: fc.constantFrom(...BLOCK_TYPES), minutes: fc.integer({ min: 1, max: 480 }) }).map(({ type, minutes }) => ({
    block: makeCustomBlock('b', { type, durationMinutes: minutes }),
  })),
  fc.record({ mappings: fc.array(arbitraryMapping, { maxLength: 6 }), minutes: fc.integer({ min: 1, max: 480 }) }).map(({ mappings, minutes }) => ({
    block: makeCardBlock('b', 'card-x', { durationMinutes: minutes }),
    card: makeCard('card-x', { needs: mappings.map((m) => mapping(m.need, m.effect, m.strength)) }),
  })),
);

describe('balance properties', () => {
  it('no block supports a need for more minutes than it lasts, nor does a day', () => {
    fc.assert(
      fc.property(fc.array(arbitraryBlock, { maxLength: 12 }), (entries) => {
        const blocks = entries.map((entry, index) => ({ ...entry.block, id: `b${index}` }));
        // Each block brings its own card under its own id, so different blocks can map differently.
        const library = cardMap(...entries.flatMap((entry, index) => (entry.card ? [{ ...entry.card, id: `card-${index}` }] : [])));
        const withCards = blocks.map((block, index) => (block.kind === 'card' ? { ...block, cardId: `card-${index}` } : block));
        for (const block of withCards) {
          const single = dayBalance(makeDay('d', [block]), library);
          for (const need of NEEDS) expect(single.supports[need]).toBeLessThanOrEqual(block.durationMinutes);
        }
        const balance = dayBalance(makeDay('d', withCards), library);
        for (const need of NEEDS) {
          expect(balance.supports[need]).toBeLessThanOrEqual(balance.totalMinutes);
          expect(balance.risks[need]).toBeLessThanOrEqual(balance.totalMinutes);
        }
        expect(balance.activeMinutes + balance.listeningMinutes + balance.breakMinutes).toBe(balance.totalMinutes);
      }),
    );
  });
});
