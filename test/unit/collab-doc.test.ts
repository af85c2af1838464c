import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDay, customBlock, moveBlock, newCurriculum, removeDay, updateBlock, type Curriculum } from '../../src/core';
import { orderFor } from '../../src/core/collab/order';
import { readTraining, sharedTraining, writeTraining } from '../../src/core/collab/training-doc';
import { loadExample } from './handout-helpers';

/** Two trainers' copies of one shared training, and a way to bring them in step (what the server does). */
function pair(curriculum: Curriculum) {
  const anna = new Y.Doc();
  const bram = new Y.Doc();
  writeTraining(sharedTraining(anna), curriculum);
  const sync = () => {
    Y.applyUpdate(bram, Y.encodeStateAsUpdate(anna, Y.encodeStateVector(bram)));
    Y.applyUpdate(anna, Y.encodeStateAsUpdate(bram, Y.encodeStateVector(anna)));
  };
  sync();
  const read = (doc: Y.Doc) => readTraining(sharedTraining(doc))!.curriculum;
  const edit = (doc: Y.Doc, change: (curriculum: Curriculum) => Curriculum) => writeTraining(sharedTraining(doc), change(read(doc)));
  return { anna, bram, sync, read, edit };
}

const titles = (curriculum: Curriculum, day = 0) => curriculum.days[day]!.blocks.map((block) => (block.kind === 'card' ? block.cardId : block.title));

function threeBlocks(): Curriculum {
  const curriculum = newCurriculum('nl', 'Gespreksvoering', '09:00', '17:00');
  curriculum.days[0] = { ...curriculum.days[0]!, blocks: [customBlock('opening', 'Opening', 15), customBlock('theory', 'Theorie', 30), customBlock('exercise', 'Oefenen', 45)] };
  return curriculum;
}

describe('a training as a shared document', () => {
  it('reads back exactly as written, the example training with its cards and days', () => {
    const { curriculum, cards: byId } = loadExample();
    const cards = [...byId.values()];
    const doc = new Y.Doc();
    writeTraining(sharedTraining(doc), curriculum, cards);
    const read = readTraining(sharedTraining(doc))!;
    expect(read.curriculum).toEqual(curriculum);
    expect(read.cards.map((card) => card.id).sort()).toEqual(cards.map((card) => card.id).sort());
    expect(read.skipped).toBe(0);
  });

  it('writes nothing when nothing changed, and keeps unchanged blocks as the same objects when read again', () => {
    const curriculum = threeBlocks();
    const doc = new Y.Doc();
    writeTraining(sharedTraining(doc), curriculum);
    const first = readTraining(sharedTraining(doc))!.curriculum;
    let updates = 0;
    doc.on('update', () => updates++);
    writeTraining(sharedTraining(doc), first);
    expect(updates).toBe(0);
    writeTraining(sharedTraining(doc), updateBlock(first, first.days[0]!.blocks[1]!.id, { durationMinutes: 40 }));
    const second = readTraining(sharedTraining(doc), first)!.curriculum;
    expect(second.days[0]!.blocks[0]).toBe(first.days[0]!.blocks[0]);
    expect(second.days[0]!.blocks[1]).not.toBe(first.days[0]!.blocks[1]);
    expect(second.days[0]!.blocks[1]!.durationMinutes).toBe(40);
  });

  it('keeps both edits when two trainers change different blocks at once, one moving a block and the other retitling one', () => {
    const { anna, bram, sync, read, edit } = pair(threeBlocks());
    const [opening, theory, exercise] = read(anna).days[0]!.blocks;
    edit(anna, (curriculum) => moveBlock(curriculum, exercise!.id, { container: 'day', dayId: curriculum.days[0]!.id, index: 0 }));
    edit(bram, (curriculum) => updateBlock(curriculum, theory!.id, { title: 'Theorie over vragen' }));
    sync();
    expect(titles(read(anna))).toEqual(['Oefenen', 'Opening', 'Theorie over vragen']);
    expect(read(bram)).toEqual(read(anna));
    expect(opening).toBeDefined();
  });

  it('puts a block moved by both trainers at once in one place, never twice', () => {
    const { anna, bram, sync, read, edit } = pair(threeBlocks());
    const opening = read(anna).days[0]!.blocks[0]!;
    edit(anna, (curriculum) => moveBlock(curriculum, opening.id, { container: 'day', dayId: curriculum.days[0]!.id, index: 2 }));
    edit(bram, (curriculum) => moveBlock(curriculum, opening.id, { container: 'parking', index: 0 }));
    sync();
    const merged = read(anna);
    expect(read(bram)).toEqual(merged);
    const everywhere = [...merged.days.flatMap((day) => day.blocks), ...merged.parking].filter((block) => block.id === opening.id);
    expect(everywhere).toHaveLength(1);
  });

  it('keeps the words of both when two trainers type in the same field', () => {
    const { anna, bram, sync, read, edit } = pair(threeBlocks());
    const theory = read(anna).days[0]!.blocks[1]!;
    edit(anna, (curriculum) => updateBlock(curriculum, theory.id, { goal: 'Deelnemers kennen open vragen.' }));
    sync();
    edit(anna, (curriculum) => updateBlock(curriculum, theory.id, { goal: 'Deelnemers kennen open en gesloten vragen.' }));
    edit(bram, (curriculum) => updateBlock(curriculum, theory.id, { goal: 'Deelnemers kennen open vragen. Ze oefenen ze.' }));
    sync();
    const goal = read(anna).days[0]!.blocks[1]!.goal;
    expect(goal).toBe('Deelnemers kennen open en gesloten vragen. Ze oefenen ze.');
    expect(read(bram).days[0]!.blocks[1]!.goal).toBe(goal);
  });

  it('puts a block aside, not away, when its day was deleted while a colleague moved it there', () => {
    const { anna, bram, sync, read, edit } = pair(addDay(threeBlocks()));
    const [first, second] = read(anna).days;
    const exercise = first!.blocks[2]!;
    edit(anna, (curriculum) => removeDay(curriculum, second!.id));
    edit(bram, (curriculum) => moveBlock(curriculum, exercise.id, { container: 'day', dayId: second!.id, index: 0 }));
    sync();
    const merged = read(anna);
    expect(merged.days).toHaveLength(1);
    expect(merged.parking.map((block) => block.id)).toEqual([exercise.id]);
    expect(read(bram)).toEqual(merged);
  });

  it('leaves out what a peer sent that is not a valid block or card, and keeps the rest', () => {
    const { anna, bram, sync, read } = pair(threeBlocks());
    const shared = sharedTraining(bram);
    bram.transact(() => {
      const theoryId = read(bram).days[0]!.blocks[1]!.id;
      shared.blocks.get(theoryId)!.set('durationMinutes', '<img src=x onerror=alert(1)>');
      const hostile = new Y.Map<unknown>();
      hostile.set('kind', 'script');
      hostile.set('list', read(bram).days[0]!.id);
      shared.blocks.set('evil', hostile);
      shared.cards.set('fake', { id: 'fake', title: '<script>' });
    });
    sync();
    const read_ = readTraining(sharedTraining(anna))!;
    expect(read_.skipped).toBe(3);
    expect(titles(read_.curriculum)).toEqual(['Opening', 'Oefenen']);
    expect(read_.cards).toEqual([]);
  });

  it('cannot be read when the training itself is damaged', () => {
    const doc = new Y.Doc();
    writeTraining(sharedTraining(doc), threeBlocks());
    sharedTraining(doc).training.set('language', 'klingon');
    expect(readTraining(sharedTraining(doc))).toBeNull();
  });
});

describe('order numbers in a list', () => {
  it('keep the numbers already in order and give new ones between their neighbours', () => {
    expect(orderFor([1, 2, 3])).toEqual([1, 2, 3]);
    // The third item moved to the front: only it gets a new number, below the first.
    const moved = orderFor([3, 1, 2]);
    expect(moved.slice(1)).toEqual([1, 2]);
    expect(moved[0]).toBeLessThan(1);
    // Two new items between 1 and 2, and one at the end.
    const inserted = orderFor([1, undefined, undefined, 2, undefined]);
    expect(inserted[0]).toBe(1);
    expect(inserted[3]).toBe(2);
    expect(inserted[1]! > 1 && inserted[1]! < inserted[2]! && inserted[2]! < 2).toBe(true);
    expect(inserted[4]).toBeGreaterThan(2);
    expect(orderFor([undefined, undefined])).toEqual([1, 2]);
  });
});
