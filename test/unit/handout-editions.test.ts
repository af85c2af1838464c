import { describe, expect, it } from 'vitest';
import { blockCardIds, finishRun, nextBlock, reflectOnEntry, skipEntry, startRun, withRun, type Curriculum, type TechniqueCard } from '../../src/core';
import { docxText, handoutOf, loadExample, renderAll, type Rendered } from './handout-helpers';

const SECRET = 'GEHEIM-TRAINER-';

/**
 * The example with a unique token in every trainer-only field: block and card trainer notes, block and
 * card materials (breaks get a material too), in the days and in the parking area.
 */
function exampleWithSecrets() {
  const { curriculum, cards } = loadExample();
  let count = 0;
  const token = () => `${SECRET}${++count}`;
  const blockNotes: string[] = [];
  const blockMaterials: string[] = [];
  const mark = (blocks: Curriculum['days'][number]['blocks'], scheduled: boolean) => {
    for (const block of blocks) {
      const notes = token();
      block.trainerNotes = `${block.trainerNotes}\n\n${notes}`;
      const materials = [...block.materials.map((material) => `${material} ${token()}`), `Extra ${token()}`];
      block.materials = materials;
      if (scheduled) {
        blockNotes.push(notes);
        blockMaterials.push(...materials.map((material) => material.slice(material.indexOf(SECRET))));
      }
    }
  };
  curriculum.days.forEach((day) => mark(day.blocks, true));
  mark(curriculum.parking, false);
  // The cards a day uses, those of a choice block's alternatives included.
  const used = new Set(curriculum.days.flatMap((day) => day.blocks.flatMap((block) => blockCardIds(block))));
  const cardNotes: string[] = [];
  const secretCards = new Map<string, TechniqueCard>();
  for (const [id, card] of cards) {
    const nl = token();
    const en = token();
    if (used.has(id)) cardNotes.push(nl);
    secretCards.set(id, {
      ...card,
      trainerNotes: { nl: `${card.trainerNotes.nl}\n\n${nl}`, en: `${card.trainerNotes.en}\n\n${en}` },
      materials: [...card.materials, { nl: token(), en: token() }],
    });
  }
  return { curriculum, cards: secretCards, blockNotes, blockMaterials, cardNotes };
}

const secrets = exampleWithSecrets();

const formats = (rendered: Rendered) => ({ markdown: rendered.markdown, html: rendered.html, docx: rendered.docxParts });

describe('the participant edition leaves out everything that is only for the trainer', () => {
  it('in Markdown, HTML and Word, for the whole training', async () => {
    const rendered = await renderAll(handoutOf(secrets.curriculum, secrets.cards, { audience: 'participant' }));
    for (const [format, text] of Object.entries(formats(rendered))) {
      expect(text.length, format).toBeGreaterThan(1000);
      expect(text, format).not.toContain(SECRET);
    }
    // The day's own content is there, so the absence above is not an empty document.
    expect(docxText(rendered.docx)).toContain('Welkom en werkafspraken');
  });

  it.each([0, 1, 2])('in Markdown, HTML and Word, for day %i alone', async (dayIndex) => {
    const rendered = await renderAll(handoutOf(secrets.curriculum, secrets.cards, { audience: 'participant', dayIndex }));
    for (const [format, text] of Object.entries(formats(rendered))) expect(text, format).not.toContain(SECRET);
  });

  it('has no materials and no minute-exact trainer timings', async () => {
    const { curriculum: example, cards } = loadExample();
    // A welcome of 12 minutes: "Inchecken" starts at 09:42, which participants see as about 09:40.
    const [day1, ...rest] = example.days;
    const [welcome, ...blocks] = day1!.blocks;
    const curriculum = { ...example, days: [{ ...day1!, blocks: [{ ...welcome!, durationMinutes: 12 }, ...blocks] }, ...rest] };
    const handout = handoutOf(curriculum, cards, { audience: 'participant' });
    // The data itself has no place for them (the labels are shared by both editions).
    const days = JSON.stringify(handout.days);
    expect(days).not.toContain('Presentielijst');
    expect(days).not.toMatch(/"(materials|trainerNotes|cardTrainerNotes|goal)"/);
    const { markdown, html } = await renderAll(handout);
    for (const text of [markdown, html]) {
      expect(text).not.toContain('09:42');
      expect(text).toContain('09:40');
    }
  });
});

describe('the trainer edition carries every trainer-only field', () => {
  it('in Markdown, HTML and Word', async () => {
    const rendered = await renderAll(handoutOf(secrets.curriculum, secrets.cards, { audience: 'trainer' }));
    const texts = { markdown: rendered.markdown, html: rendered.html, docx: docxText(rendered.docx) };
    for (const [format, text] of Object.entries(texts)) {
      for (const token of [...secrets.blockNotes, ...secrets.blockMaterials, ...secrets.cardNotes]) {
        expect(text, `${format} lacks ${token}`).toMatch(new RegExp(`${token}(?!\\d)`));
      }
    }
    expect(secrets.blockNotes.length).toBeGreaterThan(50);
  });

  it('but nothing from the parking area or from card materials (the block materials are the plan)', async () => {
    const rendered = await renderAll(handoutOf(secrets.curriculum, secrets.cards, { audience: 'trainer' }));
    const all = [...rendered.markdown.matchAll(/GEHEIM-TRAINER-\d+/g)].map((match) => match[0]);
    const expected = new Set([...secrets.blockNotes, ...secrets.blockMaterials, ...secrets.cardNotes]);
    expect(all.filter((token) => !expected.has(token))).toEqual([]);
  });
});

describe('last time the day ran live', () => {
  /** Day 1 of the example, run: the first block took 12 minutes and was rated, the second skipped. */
  function ranExample() {
    const { curriculum, cards } = loadExample();
    const day = curriculum.days[0]!;
    const at = (minutes: number) => new Date(2026, 11, 3, 9, minutes);
    let run = startRun(curriculum, day, cards, at(0));
    run = nextBlock(run, at(12));
    run = skipEntry(run, day.blocks[1]!.id, at(13));
    run = reflectOnEntry(finishRun(run, at(40)), day.blocks[0]!.id, { rating: 4, note: 'NOTITIE-VAN-DE-DAG' });
    return { curriculum: withRun(curriculum, run), cards, planned: day.blocks[0]!.durationMinutes };
  }

  it('the trainer edition shows beside the plan how each block went, in Markdown, HTML and Word', async () => {
    const { curriculum, cards, planned } = ranExample();
    const rendered = await renderAll(handoutOf(curriculum, cards, { audience: 'trainer', dayIndex: 0 }));
    for (const [format, text] of Object.entries({ markdown: rendered.markdown, html: rendered.html, docx: docxText(rendered.docx) })) {
      expect(text, format).toContain(`3 december 2026: 12 min (gepland ${planned}) — 4/5 — NOTITIE-VAN-DE-DAG`);
      expect(text, format).toContain('3 december 2026: overgeslagen');
    }
  });

  it('the participant edition never does', async () => {
    const { curriculum, cards } = ranExample();
    const rendered = await renderAll(handoutOf(curriculum, cards, { audience: 'participant' }));
    for (const [format, text] of Object.entries(formats(rendered))) expect(text, format).not.toContain('NOTITIE-VAN-DE-DAG');
  });
});
