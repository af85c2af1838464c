import { describe, expect, it } from 'vitest';
import {
  Block,
  blockActivity,
  blockCardIds,
  blockNeeds,
  buildHandout,
  CHOICE_AUTONOMY,
  choiceBlock,
  createDocument,
  dayBalance,
  diffCurricula,
  parseDocument,
  renderHandoutHtml,
  renderHandoutMarkdown,
  runChecks,
  serializeDocument,
  translator,
  updateBlock,
  type ChoiceBlock,
  type Curriculum,
  type Problem,
  type TrainerHandout,
  type ParticipantHandout,
} from '../../src/core';
import { renderHandoutDocx } from '../../src/services/export/docx';
import { docxText } from './handout-helpers';
import { unzipText } from './zip';
import { cardMap, makeCard, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

// Issue 12, point 5: a choice block offers 2-4 alternatives in one time slot; participants choose one or two.

const text = (nl: string, en: string) => ({ nl, en });
const strong = makeCard('sf-strong', {
  title: text('Schaalvraag', 'Scaling question'),
  needs: [
    { layer: 'exercise', need: 'competence', effect: 'supports', strength: 3, rationale: text('Oefenen', 'Practice'), evidence: 'judgement' },
    { layer: 'exercise', need: 'relatedness', effect: 'thwarts', strength: 2, rationale: text('Spannend', 'Tense'), evidence: 'judgement' },
    { layer: 'conversation', need: 'autonomy', effect: 'supports', strength: 3, rationale: text('Cliënt', 'Client'), evidence: 'judgement' },
  ],
  materials: [text('Schaalkaarten', 'Scale cards')],
});
const lecture = makeCard('tm-lecture', { tradition: 'training-method', workForm: 'theory', groupFormat: 'plenary', needs: [] });
const cards = cardMap(strong, lecture);

function choice(overrides: Partial<ChoiceBlock> = {}): ChoiceBlock {
  return {
    kind: 'choice',
    title: 'Kies je oefening',
    pick: 1,
    alternatives: [
      { kind: 'card', cardId: 'sf-strong', id: 'alt-1', groupFormat: 'pairs', goal: 'Schalen oefenen', participantText: 'Oefen de schaalvraag in tweetallen.', trainerNotes: 'Loop rond.', materials: ['Schaalkaarten'] },
      { kind: 'custom', type: 'exercise', title: 'Eigen casus', id: 'alt-2', groupFormat: 'triads', goal: 'Eigen casus inbrengen', participantText: 'Breng een eigen casus in.', trainerNotes: '', materials: ['Casusformulier'] },
    ],
    id: 'keuze',
    durationMinutes: 40,
    groupFormat: 'subgroups',
    goal: 'Zelf kiezen wat je oefent',
    participantText: '',
    trainerNotes: 'Laat de groep zich verdelen.',
    materials: ['Flip-over'],
    ...overrides,
  };
}

const ofRule = (c: Curriculum, ruleId: string) => runChecks(c, { cards }).filter((p) => p.ruleId === ruleId);
const nl = (p: Problem) => translator('nl')(p.message.key, p.message.params);
const en = (p: Problem) => translator('en')(p.message.key, p.message.params);

describe('the choice block model', () => {
  it('takes 2 to 4 alternatives of cards or custom blocks, pick 1 or 2, and no time of their own', () => {
    expect(Block.safeParse(choice()).success).toBe(true);
    expect(Block.safeParse(choice({ pick: 2 })).success).toBe(true);
    const [first, second] = choice().alternatives;
    expect(Block.safeParse(choice({ alternatives: [first!] })).success).toBe(false);
    expect(Block.safeParse(choice({ alternatives: [first!, second!, first!, second!, first!] })).success).toBe(false);
    expect(Block.safeParse({ ...choice(), pick: 3 }).success).toBe(false);
    // An alternative shares the slot: a duration of its own is not kept, and a choice cannot nest.
    const parsed = Block.parse(choice({ alternatives: [{ ...first!, durationMinutes: 10 } as never, second!] })) as ChoiceBlock;
    expect('durationMinutes' in parsed.alternatives[0]!).toBe(false);
    expect(Block.safeParse(choice({ alternatives: [choice() as never, second!] })).success).toBe(false);
  });

  it('makes a new choice block with two own alternatives, titled in the curriculum language', () => {
    const block = choiceBlock('en', 45);
    expect(Block.safeParse(block).success).toBe(true);
    expect(block.title).toBe('Choice block');
    expect(block.alternatives.map((alternative) => alternative.kind)).toEqual(['custom', 'custom']);
    expect(block.durationMinutes).toBe(45);
  });

  it('lists the cards of its alternatives, and edits title, pick and alternatives', () => {
    expect(blockCardIds(choice())).toEqual(['sf-strong']);
    const c = makeCurriculum([makeDay('day-1', [choice()])]);
    const edited = updateBlock(c, 'keuze', { title: 'Twee uit drie', pick: 2, type: 'theory', cardId: 'x' });
    const block = edited.days[0]!.blocks[0] as ChoiceBlock;
    expect(block.title).toBe('Twee uit drie');
    expect(block.pick).toBe(2);
    expect('type' in block || 'cardId' in block).toBe(false);
  });

  it('round-trips through the file format, and the diff compares it without crashing', () => {
    const curriculum = makeCurriculum([makeDay('day-1', [choice()])]);
    const file = serializeDocument(createDocument({ curriculum, cards: [strong] }, '0.1.0'));
    const opened = parseDocument(file);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.document.curriculum).toEqual(curriculum);
    expect(opened.notices).toEqual([]);
    expect(serializeDocument(opened.document)).toBe(file);

    const after = updateBlock(curriculum, 'keuze', { pick: 2, alternatives: [...choice().alternatives].reverse() });
    const diff = diffCurricula(curriculum, after, cards, 'nl');
    expect(diff.blocks).toHaveLength(1);
    expect(diff.blocks[0]!.kind === 'changed' && diff.blocks[0]!.fields.map((field) => field.field)).toEqual(['pick', 'alternatives']);
  });

  it('notes an alternative whose card is not embedded in the file', () => {
    const curriculum = makeCurriculum([makeDay('day-1', [choice()])]);
    const opened = parseDocument(serializeDocument(createDocument({ curriculum }, '0.1.0')));
    expect(opened.ok && opened.notices.map((notice) => notice.pointer)).toEqual(['/curriculum/days/0/blocks/0/alternatives/0/cardId']);
  });
});

describe('the needs and activity of a choice block', () => {
  it("averages the alternatives' exercise layer need by need, and adds the autonomy of choosing", () => {
    const needs = blockNeeds(choice(), cards);
    const find = (need: string, effect: string) => needs.find((mapping) => mapping.need === need && mapping.effect === effect);
    // Competence: the card 3, the own exercise 2 -> 2.5, rounded to 3.
    expect(find('competence', 'supports')?.strength).toBe(3);
    // Relatedness risk: 2 and 0 -> 1.
    expect(find('relatedness', 'thwarts')?.strength).toBe(1);
    expect(needs).toContainEqual(CHOICE_AUTONOMY);
    expect(needs.every((mapping) => mapping.layer === 'exercise')).toBe(true);
    // The conversation layer: the card's client autonomy 3, the own block none -> 1.5, rounded to 2; no choosing there.
    const conversation = blockNeeds(choice(), cards, 'conversation');
    expect(conversation.map((mapping) => [mapping.need, mapping.strength])).toEqual([['autonomy', 2]]);
  });

  it('counts the whole slot in the day balance, its tradition minutes shared among the alternatives', () => {
    const balance = dayBalance(makeDay('day-1', [choice()]), cards);
    expect(balance.totalMinutes).toBe(40);
    expect(balance.activeMinutes).toBe(40);
    expect(balance.supports.autonomy).toBeCloseTo((40 * 2) / 3);
    expect(balance.traditions).toEqual({ 'solution-focused': 20, custom: 20 });
  });

  it('is active when any alternative is, listening only when all are', () => {
    expect(blockActivity(choice(), cards)).toBe('active');
    const listening = choice({
      alternatives: [
        { kind: 'custom', type: 'theory', title: 'Uitleg A', id: 'a', groupFormat: 'plenary', goal: '', participantText: '', trainerNotes: '', materials: [] },
        { kind: 'card', cardId: 'tm-lecture', id: 'b', groupFormat: 'plenary', goal: '', participantText: '', trainerNotes: '', materials: [] },
      ],
    });
    expect(blockActivity(listening, cards)).toBe('listening');
  });
});

describe('checks on choice blocks', () => {
  it('no-choice: a hint for a working day in which participants choose nothing', () => {
    const fixed = makeCurriculum([makeDay('day-1', [makeCustomBlock('a', { type: 'exercise' }), makeCustomBlock('p', { type: 'break' })])]);
    const [problem, ...rest] = ofRule(fixed, 'no-choice');
    expect(rest).toEqual([]);
    expect(problem?.severity).toBe('info');
    expect(problem?.location).toEqual({ dayId: 'day-1' });
    expect(nl(problem!)).toContain('Dag day-1');
    expect(nl(problem!)).toContain('keuzeblok');
    expect(en(problem!)).toContain('choice block');
    expect(ofRule(makeCurriculum([makeDay('day-1', [choice(), makeCustomBlock('a')])]), 'no-choice')).toEqual([]);
  });

  it('no-choice: leaves empty days and days of only breaks alone, and counts a block with strong exercise autonomy as a choice', () => {
    expect(ofRule(makeCurriculum([makeDay('day-1', []), makeDay('day-2', [makeCustomBlock('l', { type: 'lunch' })])]), 'no-choice')).toEqual([]);
    const ownCase = makeCard('own-case', {
      needs: [{ layer: 'exercise', need: 'autonomy', effect: 'supports', strength: 3, rationale: text('Eigen casus', 'Own case'), evidence: 'judgement' }],
    });
    const c = makeCurriculum([makeDay('day-1', [{ kind: 'card', cardId: 'own-case', id: 'o', durationMinutes: 30, groupFormat: 'triads', goal: '', participantText: '', trainerNotes: '', materials: [] }])]);
    expect(runChecks(c, { cards: cardMap(ownCase) }).filter((p) => p.ruleId === 'no-choice')).toEqual([]);
  });

  it('unknown-card: checks the alternatives too, at the choice block', () => {
    const c = makeCurriculum([makeDay('day-1', [choice()])]);
    const problems = runChecks(c, { cards: cardMap(lecture) }).filter((p) => p.ruleId === 'unknown-card');
    expect(problems.map((p) => [p.location, p.message.params])).toEqual([[{ dayId: 'day-1', blockId: 'keuze' }, { cardId: 'sf-strong' }]]);
  });
});

describe('a choice block in the handouts', () => {
  const curriculum = makeCurriculum([makeDay('day-1', [choice()])]);
  const participant = () => buildHandout(curriculum, cards, { audience: 'participant', generatedOn: '2026-12-03' }) as ParticipantHandout;
  const trainer = () => buildHandout(curriculum, cards, { audience: 'trainer', generatedOn: '2026-12-03' }) as TrainerHandout;

  it('tells participants to choose one (or two), with each alternative and its text', () => {
    const [item] = participant().days[0]!.programme;
    expect(item?.choice?.label).toBe('Kies één:');
    expect(item?.choice?.alternatives.map((alternative) => [alternative.title, alternative.text])).toEqual([
      ['Schaalvraag', 'Oefen de schaalvraag in tweetallen.'],
      ['Eigen casus', 'Breng een eigen casus in.'],
    ]);
    // A card alternative gets its technique section, linked from the programme.
    expect(participant().days[0]!.techniques.map((section) => section.title)).toEqual(['Schaalvraag']);
    expect(item?.choice?.alternatives[0]?.anchor).toBe(participant().days[0]!.techniques[0]!.anchor);

    const markdown = renderHandoutMarkdown(participant());
    expect(markdown).toContain('Kies één:');
    expect(markdown).toContain('**Eigen casus**: Breng een eigen casus in.');
    const html = renderHandoutHtml(participant());
    expect(html).toContain('Kies één:');
    expect(html).toMatch(/<ul class="choice">.*Eigen/s);
    // Trainer-only texts stay out of the participant edition.
    expect(markdown).not.toContain('Loop rond.');
    expect(html).not.toContain('Loop rond.');

    const two = buildHandout(makeCurriculum([makeDay('day-1', [choice({ pick: 2 })])], { language: 'en' }), cards, { audience: 'participant', generatedOn: '2026-12-03' }) as ParticipantHandout;
    expect(two.days[0]!.programme[0]!.choice?.label).toBe('Choose two:');
    expect(translator('nl')('handout.choice.pickTwo')).toBe('Kies er twee:');
  });

  it('gives the trainer every alternative with its goal, notes and materials, and every material in the day list', () => {
    const [block] = trainer().days[0]!.blocks;
    expect(block?.workForm).toBe('Keuzeblok, kies één');
    expect(block?.choice?.label).toBe('Alternatieven (deelnemers kiezen er één)');
    const [card, own] = block!.choice!.alternatives;
    expect(card).toMatchObject({ title: 'Schaalvraag', goal: 'Schalen oefenen', trainerNotes: 'Loop rond.', materials: ['Schaalkaarten'], groupFormat: 'tweetallen' });
    expect(card?.instructions).toEqual({ format: 'markdown', text: '1. Doe dit.' });
    expect(card?.pointsToWatch.map((need) => need.need)).toEqual(['relatedness']);
    expect(own).toMatchObject({ title: 'Eigen casus', goal: 'Eigen casus inbrengen', materials: ['Casusformulier'] });
    expect(block?.materials).toEqual(['Flip-over', 'Schaalkaarten', 'Casusformulier']);
    expect(trainer().days[0]!.materials).toEqual(['Flip-over', 'Schaalkaarten', 'Casusformulier']);

    for (const output of [renderHandoutMarkdown(trainer()), renderHandoutHtml(trainer())]) {
      for (const expected of ['Alternatieven (deelnemers kiezen er één)', 'Schalen oefenen', 'Loop rond.', 'Eigen casus inbrengen', 'Casusformulier']) expect(output).toContain(expected);
    }
  });

  it('shows the choice in the Word handouts of both editions', async () => {
    const wordText = async (handout: ParticipantHandout | TrainerHandout) =>
      docxText((await unzipText(await renderHandoutDocx(handout)))['word/document.xml']!).replace(/\u00AD/g, '');
    const forParticipants = await wordText(participant());
    expect(forParticipants).toContain('Kies één:');
    expect(forParticipants).toContain('• Eigen casus Breng een eigen casus in.');
    expect(forParticipants).not.toContain('Loop rond.');
    const forTrainer = await wordText(trainer());
    for (const expected of ['Alternatieven (deelnemers kiezen er één)', 'Schalen oefenen', 'Loop rond.', 'Eigen casus inbrengen', 'Casusformulier']) expect(forTrainer).toContain(expected);
  });
});
