import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument, nextBlock, reflectOnEntry, serializeDocument, startRun, withRun, type Curriculum, type DraaiboekDocument } from '../../src/core';
import type { HostApi } from '../../src/contract';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay, makeServices, makeTempDir, removeDir } from './fixtures';

// Issue 14: each card shows how it went where it was run live, derived from the files opened here.

let dir: string;
let services: HostApi;
beforeEach(async () => {
  dir = await makeTempDir();
  services = await makeServices(join(dir, 'data'));
});
afterEach(() => removeDir(dir));

const card = makeCard('kennismaking');
const day = makeDay('dag-1', [makeCardBlock('b1', 'kennismaking', { durationMinutes: 10 }), makeCustomBlock('b2', { durationMinutes: 20 })]);
const at = (minutes: number) => new Date(2026, 11, 3, 9, minutes);

/** A training whose day 1 ran: the card block took `minutes`, rated `rating`. */
function ran(minutes: number, rating: number): Curriculum {
  const curriculum = makeCurriculum([day]);
  let run = startRun(curriculum, day, cardMap(card), at(0));
  run = reflectOnEntry(nextBlock(run, at(minutes)), 'b1', { rating });
  return withRun(curriculum, run);
}

const documentOf = (curriculum: Curriculum): DraaiboekDocument => createDocument({ curriculum, cards: [card] }, '0.1.0');

async function put(name: string, curriculum: Curriculum): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, serializeDocument(documentOf(curriculum)));
  return path;
}

describe('how cards went, across trainings', () => {
  it('opening a training that was run counts its cards', async () => {
    expect(await services['library.cardUsage']({})).toEqual([]);
    await services['documents.open']({ path: await put('a.draaiboek', ran(20, 4)) });
    expect(await services['library.cardUsage']({})).toEqual([
      { cardId: 'kennismaking', timesUsed: 1, timesSkipped: 0, medianOverrunMinutes: 10, averageRating: 4, lastRun: '2026-12-03' },
    ]);
  });

  it('two trainings add up; opening one again does not count it twice', async () => {
    const first = await put('a.draaiboek', ran(20, 4));
    await services['documents.open']({ path: first });
    await services['documents.open']({ path: await put('b.draaiboek', ran(12, 2)) });
    await services['documents.open']({ path: first });
    expect(await services['library.cardUsage']({})).toMatchObject([{ timesUsed: 2, medianOverrunMinutes: 6, averageRating: 3 }]);
  });

  it('saving a training takes in its runs; a run removed from it stops counting', async () => {
    const path = await put('a.draaiboek', makeCurriculum([day]));
    const opened = await services['documents.open']({ path });
    if (!opened.ok) throw new Error('did not open');
    const saved = await services['documents.save']({ path, document: documentOf(ran(15, 5)), expectedRevision: opened.revision });
    expect(await services['library.cardUsage']({})).toMatchObject([{ timesUsed: 1, averageRating: 5 }]);
    if (saved.status !== 'saved') throw new Error('did not save');
    await services['documents.save']({ path, document: documentOf(makeCurriculum([day])), expectedRevision: saved.revision });
    expect(await services['library.cardUsage']({})).toEqual([]);
  });

  it('is kept in the data folder, and survives a restart', async () => {
    await services['documents.open']({ path: await put('a.draaiboek', ran(20, 4)) });
    const again = await makeServices(join(dir, 'data'));
    expect(await again['library.cardUsage']({})).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, 'data', 'card-usage.json'), 'utf8')).formatVersion).toBe(2);
  });

  it('a damaged file is set aside with a notice, and the counts start again from the files opened', async () => {
    await writeFile(join(dir, 'data', 'card-usage.json'), '{ kapot');
    const again = await makeServices(join(dir, 'data'));
    const info = await again['app.info']({});
    expect(info.startupNotices.map((notice) => notice.code)).toContain('usage-unreadable');
    await again['documents.open']({ path: await put('a.draaiboek', ran(20, 4)) });
    expect(await again['library.cardUsage']({})).toHaveLength(1);
  });
});
