import { describe, expect, it } from 'vitest';
import { blockFromCard, customBlock, insertBlock, newCurriculum, type Curriculum, type Language, type TechniqueCard, type TrainerHandout } from '../../src/core';
import { docxText, handoutOf, renderAll } from './handout-helpers';

const text = (nl: string, en: string) => ({ nl, en });

/** A role play: for the participants it risks relatedness (being watched); for a client it risks autonomy. */
const rolePlay: TechniqueCard = {
  id: 'rollenspel',
  title: text('Rollenspel', 'Role play'),
  summary: text('Oefenen in drietallen.', 'Practise in triads.'),
  tradition: 'training-method',
  needs: [
    { layer: 'exercise', need: 'competence', effect: 'supports', strength: 3, rationale: text('Oefenen met feedback.', 'Practice with feedback.'), evidence: 'judgement' },
    { layer: 'exercise', need: 'relatedness', effect: 'thwarts', strength: 2, rationale: text('Bekeken worden kan onveilig voelen; spreek vooraf af wat er in de groep blijft.', 'Being watched can feel unsafe; agree beforehand what stays in the group.'), evidence: 'judgement' },
    { layer: 'conversation', need: 'autonomy', effect: 'thwarts', strength: 3, rationale: text('ALLEEN-IN-HET-GESPREK', 'CONVERSATION-ONLY'), evidence: 'judgement' },
  ],
  defaultDurationMinutes: 45,
  groupFormat: 'triads',
  workForm: 'role-play',
  materials: [],
  goal: text('Oefenen', 'Practise'),
  instructions: text('1. Oefen.', '1. Practise.'),
  exampleQuestions: [],
  trainerNotes: text('', ''),
  sources: [{ citation: 'Eigen ervaring' }],
  tags: [],
  provenance: { origin: 'own', author: 'Tester', updated: '2026-01-01T00:00:00Z' },
};

function training(language: Language): { curriculum: Curriculum; cards: Map<string, TechniqueCard> } {
  let curriculum = newCurriculum(language, 'Aandacht', '09:00', '17:00');
  const dayId = curriculum.days[0]!.id;
  curriculum = insertBlock(curriculum, blockFromCard(rolePlay, language), { container: 'day', dayId, index: 0 });
  curriculum = insertBlock(curriculum, customBlock('break', 'Pauze', 15), { container: 'day', dayId, index: 1 });
  // Theory longer than 20 minutes risks autonomy (a hand-written block's exercise layer).
  curriculum = insertBlock(curriculum, customBlock('theory', 'Uitleg', 40), { container: 'day', dayId, index: 2 });
  return { curriculum, cards: new Map([[rolePlay.id, rolePlay]]) };
}

describe('points to watch ("aandachtspunten") in the trainer edition', () => {
  it("lists each block's risks for the participants with their rationale, apart from the needs it feeds", () => {
    const { curriculum, cards } = training('nl');
    const handout = handoutOf(curriculum, cards, { audience: 'trainer' }) as TrainerHandout;
    const [play, pause, theory] = handout.days[0]!.blocks;
    expect(play!.needs.map((need) => `${need.need}/${need.effect}`)).toEqual(['competence/supports']);
    expect(play!.pointsToWatch).toEqual([
      expect.objectContaining({ need: 'relatedness', label: 'Verbondenheid', effect: 'thwarts', rationale: 'Bekeken worden kan onveilig voelen; spreek vooraf af wat er in de groep blijft.' }),
    ]);
    expect(pause!.pointsToWatch).toEqual([]);
    expect(theory!.pointsToWatch.map((need) => need.need)).toEqual(['autonomy']);
    // What a technique risks for a client in a conversation is not a point to watch in the training.
    expect(JSON.stringify(handout)).not.toContain('ALLEEN-IN-HET-GESPREK');
  });

  it('shows them beside the block in HTML, Markdown and Word, and not in the participant edition', async () => {
    const { curriculum, cards } = training('nl');
    const trainer = await renderAll(handoutOf(curriculum, cards, { audience: 'trainer' }));
    const rationale = 'Bekeken worden kan onveilig voelen';
    expect(trainer.markdown).toMatch(/\*\*Aandachtspunten\*\*\n\n- \S* ?Verbondenheid \(risico\): Bekeken worden kan onveilig voelen/);
    expect(trainer.html).toMatch(/<div class="points-to-watch">[\s\S]*Aandachtspunten[\s\S]*Bekeken worden kan onveilig voelen[\s\S]*?<\/div>/);
    const word = docxText(trainer.docx);
    expect(word).toMatch(/Aandachtspunten\n○ Verbondenheid \(risico\): Bekeken worden kan onveilig voelen/);
    // One section per risky block: the role play and the long theory.
    expect(trainer.markdown.match(/\*\*Aandachtspunten\*\*/g)).toHaveLength(2);

    const participant = await renderAll(handoutOf(curriculum, cards, { audience: 'participant' }));
    for (const output of [participant.markdown, participant.html, docxText(participant.docx)]) {
      expect(output).not.toContain('Aandachtspunten');
      expect(output).not.toContain(rationale);
    }
  });

  it('is called "Points to watch" in English', async () => {
    const { curriculum, cards } = training('en');
    const { markdown, html, docx } = await renderAll(handoutOf(curriculum, cards, { audience: 'trainer' }));
    expect(markdown).toContain('**Points to watch**');
    expect(html).toContain('Points to watch');
    expect(docxText(docx)).toContain('Points to watch');
    expect(markdown).toContain('Being watched can feel unsafe');
  });

  it("explains a technique to participants by what it does for a client, a training method by what it does for them", () => {
    const technique: TechniqueCard = {
      ...rolePlay,
      id: 'open-vragen',
      tradition: 'motivational-interviewing',
      needs: [
        { layer: 'exercise', need: 'competence', effect: 'supports', strength: 3, rationale: text('VOOR-DEELNEMERS', 'FOR-PARTICIPANTS'), evidence: 'judgement' },
        { layer: 'conversation', need: 'autonomy', effect: 'supports', strength: 3, rationale: text('De cliënt kiest zelf.', 'The client chooses.'), evidence: 'literature' },
      ],
    };
    let curriculum = newCurriculum('nl', 'Waarom', '09:00', '17:00');
    const dayId = curriculum.days[0]!.id;
    curriculum = insertBlock(curriculum, blockFromCard(technique, 'nl'), { container: 'day', dayId, index: 0 });
    curriculum = insertBlock(curriculum, blockFromCard(rolePlay, 'nl'), { container: 'day', dayId, index: 1 });
    const handout = handoutOf(curriculum, new Map([technique, rolePlay].map((card) => [card.id, card])), { audience: 'participant' });
    const [questions, play] = handout.audience === 'participant' ? handout.days[0]!.techniques : [];
    expect(questions!.needs.map((need) => need.rationale)).toEqual(['De cliënt kiest zelf.']);
    expect(play!.needs.map((need) => need.rationale)).toEqual(['Oefenen met feedback.']);
  });

  it('keeps the risk in the timetable row, as before', async () => {
    const { curriculum, cards } = training('nl');
    const { markdown } = await renderAll(handoutOf(curriculum, cards, { audience: 'trainer' }));
    const row = markdown.split('\n').find((line) => line.startsWith('|') && line.includes('Rollenspel'))!;
    expect(row).toMatch(/Competentie, \S* ?Verbondenheid \(risico\)/);
  });
});
