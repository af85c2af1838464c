import { describe, expect, it } from 'vitest';
import { blockActivity, runChecks, translator, type Block, type Curriculum, type Message, type Problem } from '../../src/core';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

// Issue 12: the didactic design checks (competence arc, passive time, controlling language, rotation fit,
// goal coverage, follow-up) and the fixed listening classification. Each rule gets a small curriculum that
// triggers it and one that does not.

const lecture = makeCard('tm-mini-lecture', { tradition: 'training-method', workForm: 'theory', groupFormat: 'plenary' });
const energiser = makeCard('tm-energiser', { tradition: 'training-method', workForm: 'energiser', groupFormat: 'plenary' });
const checkIn = makeCard('tm-check-in', { tradition: 'training-method', workForm: 'opening', groupFormat: 'plenary' });
const rolePlay = makeCard('mi-role-play', { tradition: 'motivational-interviewing', workForm: 'role-play', groupFormat: 'pairs' });
const cards = cardMap(lecture, energiser, checkIn, rolePlay);

const check = (c: Curriculum, options: Parameters<typeof runChecks>[1] = { cards }) => runChecks(c, options);
const ofRule = (c: Curriculum, ruleId: string) => check(c).filter((p) => p.ruleId === ruleId);
const keys = (problems: Problem[]) => problems.map((p) => p.message.key);
const nl = (p: Problem | Message) => {
  const message = 'message' in p ? p.message : p;
  return translator('nl')(message.key, message.params);
};
const en = (p: Problem) => translator('en')(p.message.key, p.message.params);

const block = (id: string, type: Extract<Block, { kind: 'custom' }>['type'], minutes: number, overrides: Partial<Extract<Block, { kind: 'custom' }>> = {}) =>
  makeCustomBlock(id, { type, durationMinutes: minutes, title: id, ...overrides });

/** Show, practise in triads, debrief, transfer, every need fed: a day every check is happy with. */
const arcDay = (id = 'day-1') =>
  makeDay(id, [
    block('uitleg', 'theory', 15),
    block('voordoen', 'demonstration', 10),
    block('oefenen', 'role-play', 30, { groupFormat: 'triads' }),
    block('pauze', 'break', 15),
    block('nabespreken', 'plenary-reflection', 25),
    block('transfer', 'transfer', 25),
  ]);

describe('blockActivity', () => {
  it('classifies by work form: a plenary energiser or check-in is active, a mini-lecture card is listening', () => {
    expect(blockActivity(makeCardBlock('e', 'tm-energiser', { groupFormat: 'plenary' }), cards)).toBe('active');
    expect(blockActivity(makeCardBlock('c', 'tm-check-in', { groupFormat: 'plenary' }), cards)).toBe('active');
    expect(blockActivity(makeCardBlock('l', 'tm-mini-lecture', { groupFormat: 'plenary' }), cards)).toBe('listening');
    expect(blockActivity(block('g', 'goals-programme', 10), cards)).toBe('listening');
    expect(blockActivity(block('p', 'break', 10), cards)).toBe('break');
  });
});

describe('long-theory', () => {
  it('flags a 40-minute mini-lecture card, by its work form', () => {
    const c = makeCurriculum([makeDay('day-1', [makeCardBlock('lecture', 'tm-mini-lecture', { durationMinutes: 40, groupFormat: 'plenary' })])]);
    const [problem] = ofRule(c, 'long-theory');
    expect(problem?.location).toEqual({ dayId: 'day-1', blockId: 'lecture' });
    expect(nl(problem!)).toBe('Theorie "Kaart tm-mini-lecture" (09:00–09:40) duurt 40 minuten; houd theorie bij voorkeur onder 20 minuten');
  });
});

describe('competence-arc', () => {
  it('is quiet for show, practise with an observer, debrief and transfer', () => {
    expect(ofRule(makeCurriculum([arcDay()]), 'competence-arc')).toEqual([]);
  });

  it('flags practice with no theory or demonstration before it that day, once', () => {
    const c = makeCurriculum([makeDay('day-1', [block('a', 'exercise', 20, { groupFormat: 'triads' }), block('b', 'role-play', 20, { groupFormat: 'triads' }), block('h', 'homework', 10)])]);
    const problems = ofRule(c, 'competence-arc');
    expect(keys(problems)).toEqual(['check.competence-arc.no-instruction']);
    expect(problems[0]).toMatchObject({ severity: 'warning', location: { dayId: 'day-1', blockId: 'a' } });
    expect(nl(problems[0]!)).toBe('"a" (09:00–09:20) laat oefenen zonder dat er die dag eerst theorie of een demonstratie was');
  });

  it('counts a card as practice by its work form', () => {
    const c = makeCurriculum([makeDay('day-1', [makeCardBlock('rp', 'mi-role-play', { groupFormat: 'triads' }), block('h', 'homework', 10)])]);
    expect(keys(ofRule(c, 'competence-arc'))).toEqual(['check.competence-arc.no-instruction']);
  });

  it('flags theory with no practice starting within 30 minutes, as a hint', () => {
    const c = makeCurriculum([
      makeDay('day-1', [block('uitleg', 'theory', 15), block('pauze', 'break', 15), block('meer', 'plenary-reflection', 20), block('oefenen', 'exercise', 30, { groupFormat: 'triads' }), block('h', 'homework', 10)]),
    ]);
    const problems = ofRule(c, 'competence-arc');
    expect(keys(problems)).toEqual(['check.competence-arc.theory-no-practice']);
    expect(problems[0]!.severity).toBe('info');
    expect(en(problems[0]!)).toBe('No practice starts within 30 minutes after "uitleg" (09:00–09:15); practice soon after an explanation sticks better');
    // Exactly 30 minutes later still counts, and the threshold is a setting.
    const inTime = makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 15), block('pauze', 'break', 30), block('oefenen', 'exercise', 30, { groupFormat: 'triads' }), block('h', 'homework', 10)])]);
    expect(ofRule(inTime, 'competence-arc')).toEqual([]);
    expect(keys(check(inTime, { cards, practiceAfterTheoryMinutes: 1 }).filter((p) => p.ruleId === 'competence-arc'))).toEqual(['check.competence-arc.theory-no-practice']);
    const oneMinute = check(inTime, { cards, practiceAfterTheoryMinutes: 1 }).find((p) => p.ruleId === 'competence-arc')!;
    expect(nl(oneMinute)).toContain('binnen 1 minuut geen oefening');
  });

  it('flags practice in pairs with no debrief after it, but not in triads or with a debrief later that day', () => {
    const pairs = makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 15), block('duo', 'exercise', 30, { groupFormat: 'pairs' }), block('h', 'homework', 10)])]);
    const problems = ofRule(pairs, 'competence-arc');
    expect(keys(problems)).toEqual(['check.competence-arc.no-feedback']);
    expect(problems[0]!.location.blockId).toBe('duo');
    const debriefed = makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 15), block('duo', 'exercise', 30, { groupFormat: 'pairs' }), block('terug', 'plenary-reflection', 10), block('h', 'homework', 10)])]);
    expect(ofRule(debriefed, 'competence-arc')).toEqual([]);
  });

  it('notes a day without transfer or homework', () => {
    const c = makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 15), block('oefenen', 'exercise', 30, { groupFormat: 'triads' })], { title: 'Startdag' })]);
    const problems = ofRule(c, 'competence-arc');
    expect(problems).toEqual([expect.objectContaining({ severity: 'info', location: { dayId: 'day-1' } })]);
    expect(nl(problems[0]!)).toBe('Startdag heeft geen transferblok of huiswerk: niets verbindt het geoefende met de eigen praktijk');
  });
});

describe('passive-time', () => {
  it('flags a day that is more than 40% listening, breaks left out', () => {
    // 50 of 90 working minutes listening (56%); the 15-minute break does not count.
    const c = makeCurriculum([makeDay('day-1', [block('t1', 'theory', 20), block('x', 'exercise', 20), block('p', 'break', 15), block('d', 'demonstration', 30), block('y', 'exercise', 20)])]);
    const problems = ofRule(c, 'passive-time');
    expect(problems).toHaveLength(1);
    expect(nl(problems[0]!)).toBe('In Dag day-1 is 56% van de werktijd luisteren (meer dan 40%)');
  });

  it('flags more than 45 listening minutes in a row, once, with the time range', () => {
    const c = makeCurriculum([makeDay('day-1', [block('g', 'goals-programme', 15), block('t', 'theory', 20), block('d', 'demonstration', 15), block('x', 'exercise', 120)])]);
    const problems = ofRule(c, 'passive-time');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.location).toEqual({ dayId: 'day-1', blockId: 'g' });
    expect(en(problems[0]!)).toBe('Dag day-1, 09:00–09:50: 50 minutes of listening in a row (more than 45)');
  });

  it('does not count a plenary energiser or check-in card as listening', () => {
    const c = makeCurriculum([
      makeDay('day-1', [
        makeCardBlock('in', 'tm-check-in', { durationMinutes: 30, groupFormat: 'plenary' }),
        block('t', 'theory', 20),
        makeCardBlock('en', 'tm-energiser', { durationMinutes: 10, groupFormat: 'plenary' }),
        block('d', 'demonstration', 20),
        block('x', 'exercise', 30),
      ]),
    ]);
    expect(ofRule(c, 'passive-time')).toEqual([]);
  });
});

describe('controlling-language', () => {
  const pressing = () =>
    makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30, { participantText: 'Je moet elke rol spelen. Zorg dat je op tijd terug bent.', goal: 'Verplicht onderdeel' })])], {
      learningGoals: ['You have to listen first.', 'Je stelt open vragen.'],
    });

  it('flags pressuring words in participant texts, goals and learning goals, with an informational rewording', () => {
    const c = pressing();
    const problems = ofRule(c, 'controlling-language');
    expect(problems.map((p) => p.location)).toEqual([{}, { dayId: 'day-1', blockId: 'oef' }]);
    expect(nl(problems[0]!)).toBe('Leerdoel 1 gebruikt dwingende taal ("you have to")');
    expect(nl(problems[1]!)).toBe('"oef" gebruikt dwingende taal ("je moet", "zorg dat", "verplicht"); informerende taal ondersteunt de autonomie van deelnemers');
    expect(nl(problems[1]!.fix!.title)).toBe('Herformuleren: "je moet" → "je kunt", "zorg dat" → "het helpt als", "verplicht" → "afgesproken"');
    const fixed = problems[1]!.fix!.apply(c);
    const reworded = fixed.days[0]!.blocks[0]!;
    expect(reworded.participantText).toBe('Je kunt elke rol spelen. Het helpt als je op tijd terug bent.');
    expect(reworded.goal).toBe('Afgesproken onderdeel');
    expect(problems[0]!.fix!.apply(c).learningGoals).toEqual(['You can listen first.', 'Je stelt open vragen.']);
    expect(ofRule(problems[0]!.fix!.apply(fixed), 'controlling-language')).toEqual([]);
  });

  it('matches whole words only', () => {
    const c = makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30, { participantText: 'Mustard en moeten-lijstjes; de musketier; onverplichte koffie.' })])]);
    expect(ofRule(c, 'controlling-language')).toEqual([]);
  });

  it('leaves the client’s mandated frame alone: a fact to name, not pressure on participants', () => {
    const text = 'Je partner speelt een klant die verplicht op gesprek komt, binnen het verplichte kader van een gesprek met een verplicht karakter.';
    expect(ofRule(makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30, { participantText: text })])]), 'controlling-language')).toEqual([]);
  });

  it('can be accepted for a block, as a quick fix', () => {
    const c = pressing();
    const problem = ofRule(c, 'controlling-language').find((p) => p.location.blockId === 'oef')!;
    const accept = problem.moreFixes![0]!;
    expect(nl(accept.title)).toBe('Accepteren voor dit blok');
    const accepted = accept.apply(c);
    expect(accepted.days[0]!.blocks[0]!.acceptedChecks).toEqual(['controlling-language']);
    expect(ofRule(accepted, 'controlling-language').map((p) => p.location)).toEqual([{}]);
  });
});

describe('rotation-fit', () => {
  const triads = (minutes: number, groupSize?: number) =>
    makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 10), block('trio', 'role-play', minutes, { groupFormat: 'triads' })])], groupSize === undefined ? {} : { groupSize });

  it('flags a triad block too short for every participant to take each role, and lengthens it', () => {
    // 14 participants: groups of three and four, so four rounds of about 10 minutes.
    const c = triads(30, 14);
    const [problem] = ofRule(c, 'rotation-fit');
    expect(problem).toMatchObject({ severity: 'warning', location: { dayId: 'day-1', blockId: 'trio' } });
    expect(nl(problem!)).toBe('"trio" (09:10–09:40) is te kort om ieder elke rol te laten spelen: 14 deelnemers in drietallen vragen 4 rondes van zo’n 10 minuten, samen 40 minuten');
    const fixed = problem!.fix!.apply(c);
    expect(fixed.days[0]!.blocks[1]!.durationMinutes).toBe(40);
    expect(ofRule(fixed, 'rotation-fit')).toEqual([]);
  });

  it('is quiet when the block is long enough, and without a group size', () => {
    expect(ofRule(triads(30, 12), 'rotation-fit')).toEqual([]);
    expect(ofRule(triads(15), 'rotation-fit')).toEqual([]);
  });

  it('needs three rounds in pairs when the group is odd', () => {
    const c = makeCurriculum([makeDay('day-1', [block('uitleg', 'theory', 10), block('duo', 'exercise', 20, { groupFormat: 'pairs' })])], { groupSize: 9 });
    expect(ofRule(c, 'rotation-fit')[0]!.message.params).toMatchObject({ rounds: 3, needed: 30 });
    expect(ofRule({ ...c, groupSize: 10 }, 'rotation-fit')).toEqual([]);
  });
});

describe('goal-coverage', () => {
  const goals = ['Je stelt open vragen.', 'Je vat samen.'];

  it('flags a learning goal no practice block serves', () => {
    const c = makeCurriculum(
      [makeDay('day-1', [block('uitleg', 'theory', 15, { servesGoals: [1] }), block('oef', 'exercise', 30, { groupFormat: 'triads', servesGoals: [0] })])],
      { learningGoals: goals },
    );
    const problems = ofRule(c, 'goal-coverage');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', location: {} })]);
    expect(nl(problems[0]!)).toBe('Aan leerdoel 2 ("Je vat samen.") werkt geen enkel oefen- of transferblok');
  });

  it('is quiet when every goal is practised, and without learning goals', () => {
    const c = makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30, { servesGoals: [0, 1] })])], { learningGoals: goals });
    expect(ofRule(c, 'goal-coverage')).toEqual([]);
    expect(ofRule(makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30)])]), 'goal-coverage')).toEqual([]);
  });

  it('only suggests linking blocks, once, when no block names its goals', () => {
    const problems = ofRule(makeCurriculum([makeDay('day-1', [block('oef', 'exercise', 30)])], { learningGoals: goals }), 'goal-coverage');
    expect(problems).toEqual([expect.objectContaining({ severity: 'info', message: { key: 'check.goal-coverage.unlinked' } })]);
  });
});

describe('no-follow-up', () => {
  const day = (id: string, title = `Dag ${id}`, date?: string) => makeDay(id, [block(`${id}-x`, 'exercise', 30)], { title, ...(date ? { date } : {}) });

  it('flags a multi-day training with no homework, transfer or follow-up day', () => {
    const problems = ofRule(makeCurriculum([day('d1'), day('d2')]), 'no-follow-up');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', location: {} })]);
    expect(nl(problems[0]!)).toBe('Deze training van 2 dagen heeft geen huiswerk, transfer of terugkomdag: wat geoefend is, zakt weg als het niet in de praktijk wordt toegepast');
  });

  it('is quiet with homework, a follow-up day, or a single day', () => {
    expect(ofRule(makeCurriculum([day('d1'), makeDay('d2', [block('h', 'homework', 10)])]), 'no-follow-up')).toEqual([]);
    expect(ofRule(makeCurriculum([day('d1'), day('d2', 'Terugkomdag')]), 'no-follow-up')).toEqual([]);
    expect(ofRule(makeCurriculum([day('d1', 'Dag 1', '2027-03-01'), day('d2', 'Dag 2', '2027-04-12')]), 'no-follow-up')).toEqual([]);
    expect(ofRule(makeCurriculum([day('d1')]), 'no-follow-up')).toEqual([]);
  });
});

describe('runChecks', () => {
  it('reports the same problem once', () => {
    const c = makeCurriculum([arcDay('day-1')]);
    const problems = check(c);
    const ids = problems.map((p) => JSON.stringify([p.ruleId, p.location, p.message]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a well-designed day passes every check (but the hint to offer a choice, which needs a choice block)', () => {
    expect(check(makeCurriculum([arcDay()], { groupSize: 12 })).filter((p) => p.ruleId !== 'no-choice')).toEqual([]);
  });
});
