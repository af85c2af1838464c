import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument, extendCurrent, nextBlock, reflectOnEntry, serializeDocument, skipEntry, startRun, withRun, type Curriculum } from '../../src/core';
import { runCli } from '../../src/cli/main';
import { cardMap, makeCurriculum, makeCustomBlock, makeDay, makeTempDir, removeDir } from './fixtures';

// Issue 14: `draaiboek report FILE [--json]`, planned against actual.

let dir: string;
beforeEach(async () => void (dir = await makeTempDir()));
afterEach(() => removeDir(dir));

async function cli(argv: string[], lang = 'en_US.UTF-8') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text), env: { LANG: lang } });
  return { code, out, err };
}

const at = (minutes: number) => new Date(2026, 11, 3, 9, minutes);
const day = makeDay('dag-1', [
  makeCustomBlock('opening', { title: 'Opening', durationMinutes: 10 }),
  makeCustomBlock('uitleg', { title: 'Uitleg', durationMinutes: 20 }),
  makeCustomBlock('oefenen', { title: 'Oefenen', durationMinutes: 30 }),
  makeCustomBlock('afsluiting', { title: 'Afsluiting', durationMinutes: 15 }),
], { title: 'Maandag' });

async function ranTraining(change: (curriculum: Curriculum) => Curriculum = (c) => c): Promise<string> {
  const curriculum = makeCurriculum([day]);
  let run = startRun(curriculum, day, cardMap(), at(0));
  run = nextBlock(run, at(12));
  run = nextBlock(run, at(37));
  run = extendCurrent(run, 5, at(40));
  run = skipEntry(run, 'afsluiting', at(41));
  run = reflectOnEntry(run, 'opening', { rating: 5, note: 'Energiek begin' });
  const file = join(dir, 'gelopen.draaiboek');
  await writeFile(file, serializeDocument(createDocument({ curriculum: change(withRun(curriculum, run)) }, '0.1.0')));
  return file;
}

describe('draaiboek report', () => {
  it('--json prints planned against actual per block', async () => {
    const { code, out } = await cli(['report', await ranTraining(), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { dayIndex: 0, blockId: 'opening', title: 'Opening', plannedMinutes: 10, actualMinutes: 12, skipped: false, rating: 5, note: 'Energiek begin' },
      { dayIndex: 0, blockId: 'uitleg', title: 'Uitleg', plannedMinutes: 20, actualMinutes: 25, skipped: false, rating: null, note: null },
      { dayIndex: 0, blockId: 'oefenen', title: 'Oefenen', plannedMinutes: 30, actualMinutes: null, skipped: false, rating: null, note: null },
      { dayIndex: 0, blockId: 'afsluiting', title: 'Afsluiting', plannedMinutes: 15, actualMinutes: null, skipped: true, rating: null, note: null },
    ]);
  });

  it('reads as a trainer says it, in Dutch', async () => {
    const { code, out } = await cli(['report', await ranTraining()], 'nl_NL.UTF-8');
    expect(code).toBe(0);
    expect(out).toContain('Maandag, uitgevoerd op 2026-12-03 (nog bezig)');
    expect(out).toContain('Opening: gepland 10 min, werkelijk 12 min (2 minuten langer) — beoordeling 5/5 — Energiek begin');
    expect(out).toContain('Afsluiting: gepland 15 min, overgeslagen');
    expect(out).toContain('Oefenen: gepland 30 min, niet aan toegekomen');
  });

  it('a log naming a block that is gone is reported on stderr, and the report still prints', async () => {
    const file = await ranTraining((c) => ({ ...c, days: c.days.map((d) => ({ ...d, blocks: d.blocks.filter((block) => block.id !== 'uitleg') })) }));
    const { code, out, err } = await cli(['report', file, '--json']);
    expect(code).toBe(0);
    expect(err).toContain('"Uitleg" is no longer in the day');
    expect(JSON.parse(out)[1]).toMatchObject({ title: 'Uitleg', actualMinutes: 25 });
  });

  it('a training never run says so; --json prints an empty list', async () => {
    const file = join(dir, 'nieuw.draaiboek');
    await writeFile(file, serializeDocument(createDocument({ curriculum: makeCurriculum([day]) }, '0.1.0')));
    expect(await cli(['report', file, '--json'])).toEqual({ code: 0, out: '[]\n', err: '' });
    expect((await cli(['report', file])).err).toContain('No day of this training has been run live yet.');
  });

  it('a file that cannot be read exits 2 naming the file', async () => {
    const { code, err } = await cli(['report', join(dir, 'weg.draaiboek')]);
    expect(code).toBe(2);
    expect(err).toContain('weg.draaiboek');
  });
});
