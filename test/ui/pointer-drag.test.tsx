import { describe, expect, it } from 'vitest';
import type { ListGeometry } from '../../src/ui/curriculum/block-list';
import { listAt } from '../../src/ui/curriculum/pointer-drag';

const list = (left: number, top: number, right: number, bottom: number): ListGeometry => ({ rect: { left, top, right, bottom }, spans: [], editor: null, element: null as never });

describe('the list a dragged block points at', () => {
  // Two days side by side and a parking area under the first; the third list is another training's.
  const lists = new Map<string, ListGeometry>([
    ['day-1', list(0, 100, 300, 600)],
    ['day-2', list(320, 100, 620, 400)],
    ['parking', list(0, 700, 300, 800)],
    ['other', list(700, 100, 1000, 600)],
  ]);
  const ours = (id: string) => id !== 'other';

  it('is the list under the pointer', () => {
    expect(listAt(lists, 150, 300, ours)).toBe('day-1');
    expect(listAt(lists, 400, 120, ours)).toBe('day-2');
    expect(listAt(lists, 10, 750, ours)).toBe('parking');
  });

  it('is a list just beside or below the pointer, the nearest one', () => {
    // Just below day 2's last block: still day 2, as a user aims at the end of a short day.
    expect(listAt(lists, 400, 430, ours)).toBe('day-2');
    // In the gap between the two days, nearer to day 2.
    expect(listAt(lists, 315, 300, ours)).toBe('day-2');
  });

  it('is none far from every list, and never a list of another training', () => {
    expect(listAt(lists, 150, 650, ours)).toBeNull();
    expect(listAt(lists, 850, 300, ours)).toBeNull();
    expect(listAt(lists, 850, 300, () => true)).toBe('other');
  });
});
