import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleDay, toClock, toMinutes, type Block } from '../../src/core';
import { makeCustomBlock, makeDay } from './fixtures';

const block = (id: string, minutes: number, pinnedStart?: string): Block =>
  makeCustomBlock(id, { durationMinutes: minutes, ...(pinnedStart ? { pinnedStart } : {}) });
const clocks = (blocks: { start: number; end: number }[]) => blocks.map((b) => `${toClock(b.start)}-${toClock(b.end)}`);

describe('clock times', () => {
  it('reads and writes HH:MM', () => {
    expect(toMinutes('09:30')).toBe(570);
    expect(toMinutes('00:00')).toBe(0);
    expect(toMinutes('23:59')).toBe(1439);
    expect(toClock(570)).toBe('09:30');
    expect(toClock(5)).toBe('00:05');
  });

  it('writes a day that runs past midnight as 24:10, not 00:10, and reads it back', () => {
    expect(toClock(24 * 60 + 10)).toBe('24:10');
    expect(toMinutes('24:10')).toBe(1450);
  });

  it('clamps negative minutes to 00:00', () => {
    expect(toClock(-30)).toBe('00:00');
  });

  it('refuses text that is not a clock time', () => {
    expect(() => toMinutes('9 uur')).toThrow(RangeError);
    expect(() => toMinutes('09:60')).toThrow(RangeError);
  });

  it('round-trips every minute', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 48 * 60 }), (minutes) => toMinutes(toClock(minutes)) === minutes));
  });
});

describe('scheduleDay', () => {
  it('places blocks one after the other from the start of the day', () => {
    const schedule = scheduleDay(makeDay('d', [block('a', 30), block('b', 45), block('c', 15)]));
    expect(clocks(schedule.blocks)).toEqual(['09:00-09:30', '09:30-10:15', '10:15-10:30']);
    expect(schedule.end).toBe(toMinutes('10:30'));
    expect(schedule.totalMinutes).toBe(90);
    expect(schedule.overrun).toBe(toMinutes('10:30') - toMinutes('17:00'));
  });

  it('shows idle time before a pinned lunch and continues after it', () => {
    const schedule = scheduleDay(makeDay('d', [block('a', 180), block('lunch', 45, '12:30'), block('b', 60)]));
    expect(clocks(schedule.blocks)).toEqual(['09:00-12:00', '12:30-13:15', '13:15-14:15']);
    expect(schedule.blocks[1]).toMatchObject({ pinned: true, gapBefore: 30, overlap: 0 });
    expect(schedule.totalMinutes).toBe(285);
  });

  it('shows an overlap when the block before a pinned one runs late, and does not move either', () => {
    const schedule = scheduleDay(makeDay('d', [block('a', 225), block('lunch', 45, '12:30')]));
    expect(clocks(schedule.blocks)).toEqual(['09:00-12:45', '12:30-13:15']);
    expect(schedule.blocks[1]).toMatchObject({ gapBefore: 0, overlap: 15 });
  });

  it('reports how far a day runs past its planned end', () => {
    const schedule = scheduleDay(makeDay('d', [block('a', 480), block('b', 20)]));
    expect(schedule.overrun).toBe(20);
    expect(toClock(schedule.end)).toBe('17:20');
  });

  it('an empty day ends where it starts', () => {
    const schedule = scheduleDay(makeDay('d', [], { start: '08:30', targetEnd: '12:00' }));
    expect(schedule).toMatchObject({ dayId: 'd', start: 510, end: 510, targetEnd: 720, totalMinutes: 0, overrun: -210, blocks: [] });
  });
});

const arbitraryBlocks = fc
  .array(fc.record({ minutes: fc.integer({ min: 1, max: 240 }), pin: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }) }), {
    maxLength: 20,
  })
  .map((specs) => specs.map((spec, index) => block(`b${index}`, spec.minutes, spec.pin === undefined ? undefined : toClock(spec.pin))));
const arbitraryDay = fc
  .tuple(arbitraryBlocks, fc.integer({ min: 0, max: 24 * 60 - 1 }))
  .map(([blocks, start]) => makeDay('d', blocks, { start: toClock(start) }));

describe('scheduleDay properties', () => {
  it('each unpinned block starts where the previous one ended, so unpinned starts never go back', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        const { blocks, start } = scheduleDay(day);
        blocks.forEach((scheduled, index) => {
          if (scheduled.pinned) return;
          const previousEnd = index === 0 ? start : blocks[index - 1]!.end;
          expect(scheduled.start).toBe(previousEnd);
          expect(scheduled.start).toBeGreaterThanOrEqual(index === 0 ? start : blocks[index - 1]!.start);
        });
      }),
    );
  });

  it('without pins, start times never go back', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        const unpinned = { ...day, blocks: day.blocks.map(({ pinnedStart: _, ...rest }) => rest) };
        const starts = scheduleDay(unpinned).blocks.map((b) => b.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
    );
  });

  it('totalMinutes is the sum of the durations and every block lasts its duration', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        const schedule = scheduleDay(day);
        expect(schedule.totalMinutes).toBe(day.blocks.reduce((sum, b) => sum + b.durationMinutes, 0));
        schedule.blocks.forEach((b) => expect(b.end - b.start).toBe(b.block.durationMinutes));
      }),
    );
  });

  it('pinned blocks start exactly at their pin', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        for (const scheduled of scheduleDay(day).blocks) {
          if (scheduled.block.pinnedStart) expect(scheduled.start).toBe(toMinutes(scheduled.block.pinnedStart));
        }
      }),
    );
  });

  it('a block never has both a gap and an overlap, and unpinned blocks have neither', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        for (const scheduled of scheduleDay(day).blocks) {
          expect(scheduled.gapBefore > 0 && scheduled.overlap > 0).toBe(false);
          if (!scheduled.pinned) expect(scheduled.gapBefore + scheduled.overlap).toBe(0);
        }
      }),
    );
  });

  it('the day ends where its last block ends and overrun is measured from the target end', () => {
    fc.assert(
      fc.property(arbitraryDay, (day) => {
        const schedule = scheduleDay(day);
        expect(schedule.end).toBe(schedule.blocks.at(-1)?.end ?? schedule.start);
        expect(schedule.overrun).toBe(schedule.end - schedule.targetEnd);
      }),
    );
  });
});
