import { describe, expect, it } from 'vitest';
import {
  buildHandout,
  dedupeMaterials,
  roughClock,
  withoutSoftHyphens,
  scheduleDay,
  toClock,
  type ParticipantHandout,
  type TrainerHandout,
} from '../../src/core';
import { makeCard, makeCardBlock, makeCustomBlock } from './fixtures';
import { docxParagraphs, docxText, GENERATED_ON, handoutOf, loadExample, renderAll, renderMarkdownFile } from './handout-helpers';

const { curriculum, cards } = loadExample();
const participant = handoutOf(curriculum, cards, { audience: 'participant' }) as ParticipantHandout;
const trainer = handoutOf(curriculum, cards, { audience: 'trainer' }) as TrainerHandout;

describe('the participant handout', () => {
  it('has a cover with title, dates, trainers and place, in the curriculum language', () => {
    expect(participant.audience).toBe('participant');
    expect(participant.language).toBe('nl');
    expect(participant.cover).toMatchObject({
      title: 'Basistraining Activerende gespreksvoering',
      edition: 'Hand-out voor deelnemers',
      dates: ['dinsdag 9 maart 2027', 'dinsdag 16 maart 2027', 'dinsdag 23 maart 2027', 'dinsdag 20 april 2027'],
      trainers: ['Marieke Verhoeven', 'Youssef El Amrani'],
      place: 'Trainingscentrum De Werkplaats, Utrecht',
      generatedOn: 'Gemaakt op woensdag 25 november 2026',
    });
  });

  it('lists every block of every day in the programme, each with its time rounded to 5 minutes, breaks and lunch included', () => {
    expect(participant.days).toHaveLength(curriculum.days.length);
    participant.days.forEach((day, index) => {
      const schedule = scheduleDay(curriculum.days[index]!);
      expect(day.programme).toHaveLength(schedule.blocks.length);
      day.programme.forEach((item, i) => {
        expect(item.time).toMatch(/^\d\d:\d[05]$/);
        expect(Math.abs(Number(item.time.slice(0, 2)) * 60 + Number(item.time.slice(3)) - schedule.blocks[i]!.start)).toBeLessThanOrEqual(2);
      });
      expect(day.programme.some((item) => item.kind === 'break')).toBe(true);
      // The follow-up day is a morning: no lunch there.
      const hasLunch = curriculum.days[index]!.blocks.some((block) => block.kind === 'custom' && block.type === 'lunch');
      expect(day.programme.some((item) => item.kind === 'lunch')).toBe(hasLunch);
      if (index < 3) expect(hasLunch).toBe(true);
      expect(day.end).toBe(roughClock(schedule.end));
    });
  });

  it('gives every technique (card block) a section with what, why, steps, example questions and room for notes; hand-written blocks only in the programme', () => {
    const day1 = participant.days[0]!;
    const cardBlocks = curriculum.days[0]!.blocks.filter((block) => block.kind === 'card');
    expect(day1.techniques.map((technique) => technique.title)).toEqual(cardBlocks.map((block) => cards.get(block.kind === 'card' ? block.cardId : '')!.title.nl));
    for (const technique of day1.techniques) {
      expect(technique.summary).not.toBe('');
      expect(technique.steps).toMatchObject({ format: 'markdown' });
      expect(technique.steps.text).toMatch(/^1\. /);
      expect(technique.noteLines).toBeGreaterThanOrEqual(3);
      expect(technique.needs.every((need) => need.effect === 'supports' && need.rationale !== '')).toBe(true);
    }
    const affirmations = day1.techniques.find((technique) => technique.title === 'Bevestigen')!;
    // The card also risks thwarting autonomy; the participant sees what it feeds.
    expect(affirmations.needs.map((need) => need.label)).toEqual(['Competentie', 'Verbondenheid']);
    expect(affirmations.exampleQuestions.length).toBeGreaterThan(0);
    // A custom block shows its text for participants in the programme.
    const welcome = day1.programme[0]!;
    expect(welcome).toMatchObject({ title: 'Welkom en werkafspraken', kind: 'activity' });
    expect(welcome.text).toContain('Welkom bij de basistraining');
    expect(welcome.anchor).toBeUndefined();
  });

  it('ends every day with an action plan: goal, confidence 0-10, who helps, with lines to write on', async () => {
    for (const day of participant.days) {
      const kinds = day.actionPlan.fields.map((field) => field.kind);
      expect(kinds).toContain('scale');
      expect(day.actionPlan.fields.find((field) => field.kind === 'scale')).toMatchObject({ from: 0, to: 10 });
      expect(day.actionPlan.fields.filter((field) => field.kind === 'lines').every((field) => field.kind === 'lines' && field.lines >= 3)).toBe(true);
      expect(day.actionPlan.fields.map((field) => field.label).join(' ')).toMatch(/doel[\s\S]*zeker[\s\S]*helpt/i);
    }
    const { markdown, html, docx } = await renderAll(participant);
    const days = curriculum.days.length;
    expect(markdown.match(/^### Mijn actieplan$/gm)).toHaveLength(days);
    expect(html.match(/<section class="action-plan"/g)).toHaveLength(days);
    expect(docxParagraphs(docx).filter((p) => p.style === 'Heading2' && p.text === 'Mijn actieplan')).toHaveLength(days);
  });

  it('shows the times rounded in every format, with breaks and lunch', async () => {
    const { markdown, html, docx } = await renderAll(participant);
    for (const text of [markdown, html, docxText(docx)]) {
      expect(text).toContain('Pauze');
      expect(text).toContain('Lunch');
      const times = [...text.matchAll(/\b\d\d:\d\d\b/g)].map((match) => match[0]);
      expect(times.length).toBeGreaterThan(40);
      expect(times.filter((time) => !/:\d[05]$/.test(time))).toEqual([]);
    }
  });
});

describe('the trainer draaiboek', () => {
  it('has a timetable per day with exact times, duration, goal, work form and group format, needs and materials', async () => {
    const day1 = trainer.days[0]!;
    const schedule = scheduleDay(curriculum.days[0]!);
    expect(day1.blocks.map((block) => block.start)).toEqual(schedule.blocks.map((block) => toClock(block.start)));
    expect(day1.blocks[1]).toMatchObject({
      title: 'Inchecken',
      start: '09:40',
      end: '09:55',
      durationMinutes: 15,
      workForm: 'Opening / inchecken',
      groupFormat: 'plenair',
      materials: ['Flip-over', 'Stiften'],
    });
    expect(day1.blocks[1]!.goal).toContain('Kennismaken via de eigen praktijk');
    expect(day1.blocks[1]!.needs.map((need) => `${need.need}/${need.effect}`)).toContain('relatedness/supports');
    const lunch = day1.blocks.find((block) => block.kind === 'lunch')!;
    expect(lunch).toMatchObject({ start: '12:30', pinned: true, workForm: '', groupFormat: '' });

    const { markdown, html, docx } = await renderAll(trainer);
    for (const text of [markdown, html, docxText(docx)].map(withoutSoftHyphens)) {
      expect(text).toContain('09:40–09:55');
      expect(text).toContain('Tijdschema');
      expect(text).toContain('Waartoe');
    }
  });

  it('works out each block: instructions (card or participant text) and the trainer notes of block and card', () => {
    const [welcome, checkIn] = trainer.days[0]!.blocks;
    expect(welcome!.instructions).toEqual({ format: 'plain', text: curriculum.days[0]!.blocks[0]!.participantText });
    expect(welcome!.trainerNotes).toContain('Kort houden');
    expect(checkIn!.instructions.format).toBe('markdown');
    expect(checkIn!.instructions.text).toBe(cards.get('tm-check-in')!.instructions.nl);
    expect(checkIn!.cardTrainerNotes).toBe(cards.get('tm-check-in')!.trainerNotes.nl.trim());
    expect(checkIn!.trainerNotes).toContain('Trainers beginnen zelf');
  });

  it('totals the materials per day, each once', () => {
    trainer.days.forEach((day, index) => {
      // A choice block brings the materials of every alternative: the trainer prepares them all.
      const all = curriculum.days[index]!.blocks.flatMap((block) => [...block.materials, ...(block.kind === 'choice' ? block.alternatives.flatMap((alternative) => alternative.materials) : [])]);
      expect(day.materials).toEqual(dedupeMaterials(all));
      expect(new Set(day.materials.map((material) => material.toLowerCase())).size).toBe(day.materials.length);
    });
    const firstDay = curriculum.days[0]!.blocks.flatMap((block) => block.materials);
    expect(firstDay.length).toBeGreaterThan(trainer.days[0]!.materials.length);
    expect(trainer.days[0]!.materials.filter((material) => material === 'Flip-over')).toHaveLength(1);
    expect(dedupeMaterials(['Flip-over', ' flip-over ', 'Flip-over  stiften', 'Flip-over stiften', ''])).toEqual(['Flip-over', 'Flip-over  stiften']);
  });

  it('renders the materials total of each day in every format', async () => {
    const { markdown, html, docx } = await renderAll(trainer);
    const days = curriculum.days.length;
    expect(markdown.match(/^### Materialen voor deze dag$/gm)).toHaveLength(days);
    expect(html.match(/<ul class="materials">/g)).toHaveLength(days);
    expect(docxParagraphs(docx).filter((p) => p.style === 'Heading2' && p.text === 'Materialen voor deze dag')).toHaveLength(days);
  });
});

describe('one day (dayIndex)', () => {
  it.each(['participant', 'trainer'] as const)('limits the %s edition to that day', async (audience) => {
    const handout = handoutOf(curriculum, cards, { audience, dayIndex: 1 });
    expect(handout.days).toHaveLength(1);
    expect(handout.days[0]).toMatchObject({ number: 2, title: curriculum.days[1]!.title, anchor: 'day-2' });
    expect(handout.cover.scope).toBe(curriculum.days[1]!.title);
    expect(handout.cover.dates).toEqual(['dinsdag 16 maart 2027']);
    expect(handout.toc.every((entry) => entry.anchor.startsWith('day-2'))).toBe(true);
    const { markdown, html, docx } = await renderAll(handout);
    // Headings and table cells carry soft hyphens in HTML and Word; the reader sees the words whole.
    for (const text of [markdown, html, docxText(docx)].map(withoutSoftHyphens)) {
      expect(text).toContain(curriculum.days[1]!.title);
      expect(text).not.toContain(curriculum.days[0]!.title);
      expect(text).not.toContain(curriculum.days[2]!.title);
      expect(text).not.toContain('Welkom en werkafspraken');
    }
    expect(renderMarkdownFile(markdown).match(/<h2>/g)).toHaveLength(1);
  });

  it('refuses a day that does not exist', () => {
    for (const dayIndex of [-1, curriculum.days.length, 1.5]) {
      expect(() => handoutOf(curriculum, cards, { dayIndex })).toThrow(RangeError);
    }
  });
});

describe('edge cases', () => {
  const card = makeCard('card-a');
  const small = () => {
    const copy = structuredClone(curriculum);
    copy.language = 'en';
    copy.days = [
      {
        id: 'd1',
        title: '',
        start: '09:00',
        targetEnd: '09:30',
        blocks: [
          makeCustomBlock('b1', { title: 'Opening', durationMinutes: 10 }),
          makeCardBlock('b2', 'card-a', { durationMinutes: 20 }),
          makeCardBlock('b3', 'card-missing', { durationMinutes: 20, participantText: 'Something for participants' }),
        ],
      },
    ];
    return copy;
  };

  it('is written in English for an English curriculum, names an untitled day, and flags an overrun for the trainer', () => {
    const handout = buildHandout(small(), new Map([[card.id, card]]), { audience: 'trainer', generatedOn: GENERATED_ON }) as TrainerHandout;
    expect(handout.cover.edition).toBe('Trainer guide');
    expect(handout.cover.generatedOn).toMatch(/^Made on Wednesday,? 25 November 2026$/);
    expect(handout.days[0]!.title).toBe('Day 1');
    expect(handout.days[0]!.overrun).toBe('Note: the day runs 20 min over.');
    expect(handout.days[0]!.blocks[1]!.instructions.text).toBe('1. Do this.');
    expect(handout.days[0]!.blocks[2]).toMatchObject({ title: 'card-missing', problem: 'The card "card-missing" is not in this file or in the library.' });
  });

  it('keeps a block whose card is unknown in the participant programme, with its text', () => {
    const handout = buildHandout(small(), new Map([[card.id, card]]), { audience: 'participant', generatedOn: GENERATED_ON }) as ParticipantHandout;
    const day = handout.days[0]!;
    expect(day.techniques.map((technique) => technique.title)).toEqual(['Card card-a']);
    expect(day.programme[2]).toMatchObject({ title: 'card-missing', text: 'Something for participants' });
    expect(day.actionPlan.title).toBe('My action plan');
  });

  it('renders an empty day and a curriculum without days', async () => {
    const copy = small();
    copy.days[0]!.blocks = [];
    for (const audience of ['participant', 'trainer'] as const) {
      await renderAll(buildHandout(copy, cards, { audience, generatedOn: GENERATED_ON }));
      await renderAll(buildHandout({ ...copy, days: [] }, cards, { audience, generatedOn: GENERATED_ON }));
    }
  });
});
