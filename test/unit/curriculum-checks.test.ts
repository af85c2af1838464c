import { describe, expect, it } from 'vitest';
import { CATALOGS, RULES, runChecks, translator, type Curriculum, type Problem, type TechniqueCard } from '../../src/core';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const library = cardMap(makeCard('card-known'));
const check = (c: Curriculum, cards: ReadonlyMap<string, TechniqueCard> = library) => runChecks(deepFreeze(c), { cards, breakIntervalMinutes: 90 });
const ofRule = (problems: Problem[], ruleId: string) => problems.filter((p) => p.ruleId === ruleId);
const one = (c: Curriculum, ruleId: string) => {
  const found = ofRule(check(c), ruleId);
  expect(found).toHaveLength(1);
  return found[0]!;
};
/** Applies the problem's quick fix and checks that the same problem is gone. */
const fixAndRecheck = (c: Curriculum, problem: Problem) => {
  expect(problem.fix).toBeDefined();
  const fixed = problem.fix!.apply(c);
  expect(fixed).not.toBe(c);
  const again = check(fixed).filter((p) => p.ruleId === problem.ruleId && p.location.dayId === problem.location.dayId && p.location.blockId === problem.location.blockId);
  expect(again).toEqual([]);
  return fixed;
};

/**
 * A day that feeds all three needs above the threshold (15 weighted minutes) and follows the competence arc
 * (show, practise with an observer, transfer) in 90 minutes, so only the rule under test speaks.
 */
const balanced = (id = 'block') => [
  makeCustomBlock(`${id}-open`, { type: 'opening', durationMinutes: 25 }),
  makeCustomBlock(`${id}-demo`, { type: 'demonstration', durationMinutes: 10 }),
  makeCustomBlock(`${id}-ex`, { type: 'exercise', durationMinutes: 30, groupFormat: 'triads' }),
  makeCustomBlock(`${id}-goals`, { type: 'transfer', durationMinutes: 25 }),
];
const exercise = (id: string, minutes: number) => makeCustomBlock(id, { type: 'exercise', durationMinutes: minutes });

describe('rules', () => {
  it('have unique ids and every message and fix title exists in both languages', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.map((rule) => rule.id).sort()).toEqual([
      'competence-arc',
      'controlling-language',
      'day-over-target',
      'empty-day',
      'goal-coverage',
      'long-theory',
      'need-missing',
      'no-break',
      'no-choice',
      'no-follow-up',
      'passive-time',
      'pinned-overlap',
      'rotation-fit',
      'unknown-card',
    ]);
    const everything = makeCurriculum(
      [
        makeDay('day-1', [
          makeCustomBlock('t', { type: 'theory', durationMinutes: 200, servesGoals: [0] }),
          exercise('x', 400),
          makeCardBlock('k', 'card-gone'),
          makeCustomBlock('tri', { type: 'role-play', durationMinutes: 15, groupFormat: 'triads', participantText: 'You must listen.' }),
          makeCustomBlock('pin', { pinnedStart: '16:50' }),
        ]),
        makeDay('day-2'),
      ],
      { language: 'en', groupSize: 12, learningGoals: ['Listen'] },
    );
    const problems = check(everything);
    expect(new Set(problems.map((p) => p.ruleId)).size).toBe(RULES.length);
    for (const problem of problems) {
      for (const message of [problem.message, ...(problem.fix ? [problem.fix.title] : [])]) {
        expect(CATALOGS.nl[message.key]).toBeTruthy();
        expect(translator('en')(message.key, message.params)).not.toMatch(/\{\w+\}/);
        expect(translator('nl')(message.key, message.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('day-over-target', () => {
  it('warns when the day ends after its target end, naming the day and the minutes', () => {
    // 8 hours and 25 minutes of work with breaks in time, from 09:00 against a 17:00 target.
    const pause = (id: string) => makeCustomBlock(id, { type: 'break', durationMinutes: 15 });
    const blocks = [...balanced(), pause('p1'), exercise('b', 80), pause('p2'), exercise('c', 80), pause('p3'), exercise('d', 80), pause('p4'), exercise('e', 80), pause('p5'), exercise('f', 20)];
    const problem = one(makeCurriculum([makeDay('day-1', blocks, { title: 'Startdag' })]), 'day-over-target');
    expect(problem).toMatchObject({ severity: 'warning', location: { dayId: 'day-1' } });
    expect(translator('nl')(problem.message.key, problem.message.params)).toBe('Startdag eindigt 25 minuten na de geplande eindtijd (17:00)');
  });

  it('stays quiet when the day ends on time', () => {
    expect(ofRule(check(makeCurriculum([makeDay('day-1', [exercise('a', 60)], { targetEnd: '10:00' })])), 'day-over-target')).toEqual([]);
  });
});

describe('no-break', () => {
  it('warns once per stretch, naming its time range, and puts the break at the boundary nearest the middle', () => {
    // 09:00-11:15 without a break: 25 + 10 + 30 + 25 + 45 minutes; the middle (67.5) is nearest 65, before the transfer block.
    const c = makeCurriculum([makeDay('day-1', [...balanced(), exercise('late', 45)])]);
    const problem = one(c, 'no-break');
    expect(problem.location).toEqual({ dayId: 'day-1', blockId: 'block-goals' });
    expect(translator('nl')(problem.message.key, problem.message.params)).toBe('Dag day-1, 09:00–11:15: 135 minuten zonder pauze (meer dan 90)');
    expect(translator('en')(problem.message.key, problem.message.params)).toBe('Dag day-1, 09:00–11:15: 135 minutes without a break (more than 90)');
    expect(translator('nl')(problem.fix!.title.key, problem.fix!.title.params)).toBe('Pauze van 15 minuten invoegen');
    const fixed = fixAndRecheck(c, problem);
    const pause = fixed.days[0]!.blocks[3]!;
    expect(pause).toMatchObject({ kind: 'custom', type: 'break', title: 'Pauze', durationMinutes: 15 });
    expect(pause.id).toMatch(/^block-[a-z0-9]{12}$/);
    expect(fixed.days[0]!.blocks[4]!.id).toBe('block-goals');
    expect(ofRule(check(fixed), 'no-break')).toEqual([]);
  });

  it('reports a long stretch once, not once per interval, and not 30 minutes after the last break', () => {
    // A break, then 10 x 20 minutes (200): one problem; the fix lands after 100 minutes, in the middle.
    const blocks = [makeCustomBlock('p', { type: 'break', durationMinutes: 15 }), ...Array.from({ length: 10 }, (_, i) => exercise(`e${i}`, 20))];
    const c = makeCurriculum([makeDay('day-1', blocks, { targetEnd: '18:00' })]);
    const problem = one(c, 'no-break');
    expect(problem.location.blockId).toBe('e5');
    expect(problem.message.params).toMatchObject({ range: '09:15–12:35', minutes: 200 });
    const fixed = problem.fix!.apply(c);
    expect(fixed.days[0]!.blocks.map((b) => (b.kind === 'custom' && b.type === 'break' ? 'break' : b.id))).toEqual(['break', 'e0', 'e1', 'e2', 'e3', 'e4', 'break', 'e5', 'e6', 'e7', 'e8', 'e9']);
  });

  it('stays quiet when a break or lunch comes in time', () => {
    const c = makeCurriculum([
      makeDay('day-1', [...balanced(), makeCustomBlock('p', { type: 'break', durationMinutes: 15 }), exercise('b', 90), makeCustomBlock('l', { type: 'lunch', durationMinutes: 30 }), exercise('c', 90)]),
    ]);
    expect(ofRule(check(c), 'no-break')).toEqual([]);
  });

  it('offers no break for a block that is itself longer than the interval', () => {
    const problem = one(makeCurriculum([makeDay('day-1', [exercise('marathon', 120)])]), 'no-break');
    expect(problem.location.blockId).toBe('marathon');
    expect(problem.fix).toBeUndefined();
  });
});

describe('long-theory', () => {
  it('warns about theory over 20 minutes, and shortening it to 20 fixes it', () => {
    const c = makeCurriculum([makeDay('day-1', [...balanced(), makeCustomBlock('t', { type: 'theory', title: 'Het model', durationMinutes: 35 })])]);
    const problem = one(c, 'long-theory');
    expect(problem.location).toEqual({ dayId: 'day-1', blockId: 't' });
    expect(problem.message.params).toMatchObject({ title: 'Het model', minutes: 35, limit: 20 });
    const fixed = fixAndRecheck(c, problem);
    expect(fixed.days[0]!.blocks[4]!.durationMinutes).toBe(20);
  });

  it('stays quiet for 20 minutes of theory and for a long exercise', () => {
    const c = makeCurriculum([makeDay('day-1', [...balanced(), makeCustomBlock('t', { type: 'theory', durationMinutes: 20 })])]);
    expect(ofRule(check(c), 'long-theory')).toEqual([]);
  });
});

describe('need-missing', () => {
  it('names each need a day leaves unfed', () => {
    const problems = ofRule(check(makeCurriculum([makeDay('day-1', [exercise('a', 30)])])), 'need-missing');
    expect(problems.map((p) => p.message.key)).toEqual(['check.need-missing.autonomy', 'check.need-missing.relatedness']);
    expect(problems.every((p) => p.severity === 'info' && p.location.dayId === 'day-1')).toBe(true);
    expect(translator('en')(problems[0]!.message.key, problems[0]!.message.params)).toBe('No block in Dag day-1 supports autonomy');
  });

  it('stays quiet for a balanced day and for an empty one', () => {
    expect(ofRule(check(makeCurriculum([makeDay('day-1', balanced()), makeDay('day-2')])), 'need-missing')).toEqual([]);
  });

  it('fires below the threshold in weighted minutes, with its own message, and only at zero when the threshold is 0', () => {
    // Opening 15 minutes x strength 2 / 3 = 10 weighted minutes of relatedness; exercise 30 x 2 / 3 = 20 of competence.
    const c = makeCurriculum([makeDay('day-1', [makeCustomBlock('o', { type: 'opening', durationMinutes: 15 }), exercise('e', 30)])]);
    const weak = ofRule(check(c), 'need-missing');
    expect(weak.map((p) => p.message.key)).toEqual(['check.need-missing.autonomy', 'check.need-weak.relatedness']);
    expect(translator('nl')(weak[1]!.message.key, weak[1]!.message.params)).toBe('Dag day-1 voedt verbondenheid maar 10 gewogen minuten (drempel: 15)');
    const one1 = makeCurriculum([makeDay('day-1', [makeCustomBlock('o', { type: 'energiser', durationMinutes: 3 }), exercise('e', 30)])]);
    const single = ofRule(check(one1), 'need-missing').find((p) => p.message.key === 'check.need-weak.relatedness')!;
    expect(translator('en')(single.message.key, single.message.params)).toBe('Dag day-1 supports relatedness for only 1 weighted minute (threshold: 15)');
    const atZero = ofRule(runChecks(c, { cards: library, needMissingMinutes: 0 }), 'need-missing');
    expect(atZero.map((p) => p.message.key)).toEqual(['check.need-missing.autonomy']);
  });

  it('a card that only puts a need at risk does not count as feeding it', () => {
    const risky = makeCard('card-risky', {
      needs: [{ layer: 'exercise', need: 'autonomy', effect: 'thwarts', strength: 2, rationale: { nl: 'x', en: 'x' }, evidence: 'judgement' }],
    });
    const c = makeCurriculum([makeDay('day-1', [makeCustomBlock('o', { type: 'opening' }), exercise('e', 30), makeCardBlock('k', 'card-risky')])]);
    const problems = runChecks(c, { cards: cardMap(risky), breakIntervalMinutes: 90 });
    expect(ofRule(problems, 'need-missing').map((p) => p.message.params?.need)).toEqual(['autonomy']);
  });
});

describe('pinned-overlap', () => {
  it('is an error when a pinned block starts before the block before it ends', () => {
    const c = makeCurriculum([makeDay('day-1', [...balanced(), exercise('long', 60), makeCustomBlock('lunch', { type: 'lunch', durationMinutes: 45, pinnedStart: '11:15' })])]);
    const problem = one(c, 'pinned-overlap');
    expect(problem).toMatchObject({ severity: 'error', location: { dayId: 'day-1', blockId: 'lunch' } });
    expect(problem.message.params).toMatchObject({ pin: '11:15', minutes: 15, title: 'Blok lunch' });
    expect(problem.fix).toBeUndefined();
  });

  it('stays quiet when the pinned block leaves a gap, or is the first block of the day', () => {
    const gap = makeCurriculum([makeDay('day-1', [...balanced(), makeCustomBlock('lunch', { type: 'lunch', pinnedStart: '12:00' })])]);
    const first = makeCurriculum([makeDay('day-1', [makeCustomBlock('early', { type: 'opening', pinnedStart: '08:30' }), ...balanced()])]);
    expect(ofRule(check(gap), 'pinned-overlap')).toEqual([]);
    expect(ofRule(check(first), 'pinned-overlap')).toEqual([]);
  });
});

describe('empty-day', () => {
  it('notes an empty day, and removing it fixes it', () => {
    const c = makeCurriculum([makeDay('day-1', balanced()), makeDay('day-2', [], { title: '' })]);
    const problem = one(c, 'empty-day');
    expect(problem).toMatchObject({ severity: 'info', location: { dayId: 'day-2' } });
    expect(translator('nl')(problem.message.key, problem.message.params)).toBe('Dag 2 heeft nog geen blokken');
    expect(fixAndRecheck(c, problem).days.map((d) => d.id)).toEqual(['day-1']);
  });

  it('stays quiet for a day with blocks, and offers no removal of the only day', () => {
    expect(ofRule(check(makeCurriculum([makeDay('day-1', balanced())])), 'empty-day')).toEqual([]);
    expect(one(makeCurriculum([makeDay('day-1')]), 'empty-day').fix).toBeUndefined();
  });
});

describe('unknown-card', () => {
  it('is an error for a card block whose card is not in the library, in a day or parked', () => {
    const c = makeCurriculum([makeDay('day-1', [...balanced(), makeCardBlock('k', 'card-gone')])], { parking: [makeCardBlock('pk', 'card-gone')] });
    const problems = ofRule(check(c), 'unknown-card');
    expect(problems.map((p) => p.location)).toEqual([{ dayId: 'day-1', blockId: 'k' }, { blockId: 'pk' }]);
    expect(problems[0]).toMatchObject({ severity: 'error', message: { params: { cardId: 'card-gone' } } });
  });

  it('stays quiet when the card is known', () => {
    const c = makeCurriculum([makeDay('day-1', [...balanced(), makeCardBlock('k', 'card-known')])]);
    expect(ofRule(check(c), 'unknown-card')).toEqual([]);
  });
});

describe('runChecks', () => {
  it('sorts by day, then block, with day-level problems first and errors first at the same place', () => {
    const c = makeCurriculum(
      [
        makeDay('day-1', [exercise('a', 60), makeCardBlock('k', 'card-gone', { durationMinutes: 40 })]),
        makeDay('day-2', [makeCustomBlock('t', { type: 'theory', durationMinutes: 30 })]),
      ],
      { parking: [makeCardBlock('pk', 'card-gone')] },
    );
    const problems = check(c).filter((p) => p.ruleId !== 'no-choice');
    const place = (p: Problem) => p.location.dayId ?? (p.location.blockId ? 'parking' : 'training');
    expect(problems.map((p) => `${place(p)}/${p.location.blockId ?? '-'} ${p.ruleId}`)).toEqual([
      'training/- no-follow-up',
      'day-1/- competence-arc',
      'day-1/- need-missing',
      'day-1/- need-missing',
      'day-1/a competence-arc',
      'day-1/k unknown-card',
      'day-1/k no-break',
      'day-2/- passive-time',
      'day-2/- competence-arc',
      'day-2/- need-missing',
      'day-2/- need-missing',
      'day-2/- need-missing',
      'day-2/t long-theory',
      'day-2/t competence-arc',
      'parking/pk unknown-card',
    ]);
  });

  it('is quiet for a well-planned day', () => {
    // 'no-choice' asks for a choice block, which is not what the tests here are about.
    expect(check(makeCurriculum([makeDay('day-1', balanced())])).filter((p) => p.ruleId !== 'no-choice')).toEqual([]);
  });
});
