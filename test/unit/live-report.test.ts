import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  cardRunRecords,
  createDocument,
  driftPoints,
  extendCurrent,
  nextBlock,
  parseDocument,
  reflectOnEntry,
  runProblems,
  runReports,
  serializeDocument,
  skipEntry,
  startRun,
  summarizeCardUsage,
  withRun,
  type Curriculum,
  type DayRun,
} from '../../src/core';
import { cardMap, makeCard, makeCardBlock, makeCurriculum, makeCustomBlock, makeDay } from './fixtures';

const at = (minutes: number) => new Date(2026, 11, 3, 9, minutes);
const card = makeCard('kennismaking', { title: { nl: 'Kennismaking', en: 'Getting acquainted' } });
const day = makeDay('dag-1', [
  makeCardBlock('b1', 'kennismaking', { durationMinutes: 10 }),
  makeCustomBlock('b2', { title: 'Theorie', durationMinutes: 20 }),
  makeCustomBlock('b3', { title: 'Oefenen', durationMinutes: 30 }),
  makeCustomBlock('b4', { title: 'Afsluiting', durationMinutes: 15 }),
]);

/** Day 1 as in the issue: on after 12 and after 25 minutes, "+5 min", a skipped block. */
function ranDay(): Curriculum {
  const curriculum = makeCurriculum([makeDay('dag-0', []), day]);
  let run = startRun(curriculum, day, cardMap(card), at(0));
  run = nextBlock(run, at(12));
  run = nextBlock(run, at(37));
  run = extendCurrent(run, 5, at(40));
  run = skipEntry(run, 'b4', at(41));
  run = nextBlock(run, at(70));
  run = reflectOnEntry(run, 'b1', { rating: 4, note: 'Liep goed' });
  return withRun(curriculum, run);
}

describe('planned against actual', () => {
  it('reports the actual minutes per block, skipped blocks and the reflection', () => {
    const [report] = runReports(ranDay());
    expect(report!.rows).toEqual([
      { dayIndex: 1, blockId: 'b1', title: 'Kennismaking', plannedMinutes: 10, actualMinutes: 12, skipped: false, rating: 4, note: 'Liep goed' },
      { dayIndex: 1, blockId: 'b2', title: 'Theorie', plannedMinutes: 20, actualMinutes: 25, skipped: false, rating: null, note: null },
      { dayIndex: 1, blockId: 'b3', title: 'Oefenen', plannedMinutes: 30, actualMinutes: 33, skipped: false, rating: null, note: null },
      { dayIndex: 1, blockId: 'b4', title: 'Afsluiting', plannedMinutes: 15, actualMinutes: null, skipped: true, rating: null, note: null },
    ]);
    expect(report!.run.endedAt).toBe(at(70).toISOString());
  });

  it('shows the drift through the day, a skipped block as time won', () => {
    const [report] = runReports(ranDay());
    expect(driftPoints(report!.rows).map((point) => point.drift)).toEqual([2, 7, 10, -5]);
  });

  it('a day that was never run has no report', () => {
    expect(runReports(makeCurriculum([day]))).toEqual([]);
  });
});

describe('a run log that does not add up', () => {
  const broken = (change: (run: DayRun) => DayRun): Curriculum => {
    const curriculum = ranDay();
    return { ...curriculum, runs: curriculum.runs!.map(change) };
  };

  it('names a block that no longer exists, and still reports it under its logged title', () => {
    const curriculum = ranDay();
    const trimmed = { ...curriculum, days: curriculum.days.map((d) => ({ ...d, blocks: d.blocks.filter((block) => block.id !== 'b2') })) };
    expect(runProblems(trimmed)).toEqual([{ kind: 'missing-block', runId: curriculum.runs![0]!.id, title: 'Theorie' }]);
    expect(runReports(trimmed)[0]!.rows[1]).toMatchObject({ title: 'Theorie', actualMinutes: 25 });
  });

  it('a block that ends before it starts has no actual minutes and is named', () => {
    const curriculum = broken((run) => ({ ...run, entries: run.entries.map((entry, i) => (i === 0 ? { ...entry, end: at(-5).toISOString() } : entry)) }));
    expect(runReports(curriculum)[0]!.rows[0]!.actualMinutes).toBeNull();
    expect(runProblems(curriculum).map((problem) => problem.kind)).toContain('ends-before-start');
  });

  it('overlapping blocks are named', () => {
    const curriculum = broken((run) => ({ ...run, entries: run.entries.map((entry, i) => (i === 1 ? { ...entry, start: at(5).toISOString() } : entry)) }));
    expect(runProblems(curriculum)).toContainEqual(expect.objectContaining({ kind: 'overlap', title: 'Theorie' }));
  });

  it('a run of a day that is gone is named and left out of the report', () => {
    const curriculum = broken((run) => ({ ...run, dayId: 'weg' }));
    expect(runProblems(curriculum)).toEqual([{ kind: 'unknown-day', runId: curriculum.runs![0]!.id }]);
    expect(runReports(curriculum)).toEqual([]);
  });
});

describe('how a card went across trainings', () => {
  it('counts the times it ran, the median overrun and the average rating', () => {
    const records = cardRunRecords(ranDay());
    expect(records).toEqual([expect.objectContaining({ cardId: 'kennismaking', plannedMinutes: 10, actualMinutes: 12, rating: 4, date: '2026-12-03' })]);
    const second = cardRunRecords(ranDay()).map((record) => ({ ...record, runId: 'run-2', actualMinutes: 20, rating: 2 }));
    const usage = summarizeCardUsage([...records, ...second]).get('kennismaking');
    expect(usage).toMatchObject({ timesUsed: 2, timesSkipped: 0, medianOverrunMinutes: 6, averageRating: 3 });
  });

  it('the same run read from two files (a copy) counts once', () => {
    const records = cardRunRecords(ranDay());
    expect(summarizeCardUsage([...records, ...records]).get('kennismaking')!.timesUsed).toBe(1);
  });
});

describe('runs in the file', () => {
  it('are written and read back unchanged', () => {
    const curriculum = ranDay();
    const text = serializeDocument(createDocument({ curriculum, cards: [card] }, '1.0.0'));
    const parsed = parseDocument(text);
    expect(parsed.ok && parsed.document.curriculum?.runs).toEqual(curriculum.runs);
  });

  it('a version-2 file opens at the current version with no runs, its plan untouched', () => {
    const curriculum = makeCurriculum([day]);
    const text = serializeDocument(createDocument({ curriculum, cards: [card] }, '1.0.0')).replace(`"formatVersion": ${FORMAT_VERSION}`, '"formatVersion": 2');
    const parsed = parseDocument(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.formatVersion).toBe(FORMAT_VERSION);
    expect(parsed.document.curriculum?.runs).toBeUndefined();
    expect(parsed.document.curriculum?.days).toEqual(curriculum.days);
  });

  it('a run whose times are not times is refused with the place named', () => {
    const curriculum = ranDay();
    const text = serializeDocument(createDocument({ curriculum, cards: [card] }, '1.0.0')).replace(at(12).toISOString(), 'kwart over negen');
    const parsed = parseDocument(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.pointer).toMatch(/^\/curriculum\/runs\/0\/entries\/0\/end/);
  });
});
