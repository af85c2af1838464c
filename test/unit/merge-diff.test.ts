import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDay,
  diffCounts,
  diffCurricula,
  findBlock,
  insertBlock,
  longestIncreasingSubsequence,
  moveBlock,
  moveDay,
  removeBlock,
  removeDay,
  sameValue,
  updateBlock,
  updateDay,
  type Block,
  type BlockChange,
  type BlockPlace,
  type BlockWhere,
  type Curriculum,
  type CurriculumDiff,
  type TechniqueCard,
  type TrainingDay,
} from '../../src/core';

// The builders are local rather than from ./fixtures, which also loads the Node services: the diff is pure core.
const text = (nl: string, en: string) => ({ nl, en });
function makeCard(id: string): TechniqueCard {
  return {
    id,
    title: text(`Kaart ${id}`, `Card ${id}`),
    summary: text('', ''),
    tradition: 'solution-focused',
    needs: [],
    defaultDurationMinutes: 20,
    groupFormat: 'pairs',
    materials: [],
    goal: text('', ''),
    instructions: text('', ''),
    exampleQuestions: [],
    trainerNotes: text('', ''),
    sources: [],
    tags: [],
    provenance: { origin: 'own', author: 'Tester', updated: '2026-01-01T00:00:00Z' },
  };
}
function makeCustomBlock(id: string, overrides: Partial<Extract<Block, { kind: 'custom' }>> = {}): Block {
  return { kind: 'custom', type: 'exercise', title: `Blok ${id}`, id, durationMinutes: 30, groupFormat: 'plenary', goal: 'Oefenen', participantText: 'Doe mee.', trainerNotes: '', materials: [], ...overrides };
}
function makeCardBlock(id: string, cardId: string): Block {
  return { kind: 'card', cardId, id, durationMinutes: 20, groupFormat: 'pairs', goal: 'Open vragen oefenen', participantText: '', trainerNotes: '', materials: ['Kaartjes'] };
}
function makeDay(id: string, blocks: Block[] = [], overrides: Partial<TrainingDay> = {}): TrainingDay {
  return { id, title: `Dag ${id}`, start: '09:00', targetEnd: '17:00', blocks, ...overrides };
}
function makeCurriculum(days: TrainingDay[] = [], overrides: Partial<Curriculum> = {}): Curriculum {
  return { id: 'curriculum-test', title: 'Test', language: 'nl', audience: '', learningGoals: [], trainers: [], place: '', days, parking: [], ...overrides };
}

/** Freezes deeply, so a diff that mutates its input throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const cards: ReadonlyMap<string, TechniqueCard> = new Map(['card-a', 'card-b'].map((id) => [id, makeCard(id)]));
const diff = (before: Curriculum, after: Curriculum, language: 'nl' | 'en' = 'nl') => diffCurricula(before, after, cards, language);
const ids = (blocks: readonly Block[]) => blocks.map((block) => block.id);
const allIds = (c: Curriculum) => [...c.days.flatMap((day) => ids(day.blocks)), ...ids(c.parking)];
const kinds = (d: CurriculumDiff) => d.blocks.map((change) => `${change.kind}:${change.blockId}`);

/** Where a block is, as the diff names it. */
function whereOf(c: Curriculum, blockId: string): BlockWhere {
  const found = findBlock(c, blockId);
  if (!found) throw new Error(`no block ${blockId}`);
  if (found.place.container === 'parking') return { container: 'parking', index: found.place.index };
  const dayId = found.place.dayId;
  const dayIndex = c.days.findIndex((day) => day.id === dayId);
  return { container: 'day', dayId, dayTitle: c.days[dayIndex]!.title || `Dag ${dayIndex + 1}`, index: found.place.index };
}

/** Two days and a parking area: day-1 has a b c d e, day-2 has f g (g a card block), parking has p. */
const sample = () =>
  deepFreeze(
    makeCurriculum(
      [
        makeDay('day-1', ['a', 'b', 'c', 'd', 'e'].map((id) => makeCustomBlock(id))),
        makeDay('day-2', [makeCustomBlock('f'), makeCardBlock('g', 'card-a')]),
      ],
      { parking: [makeCustomBlock('p')], title: 'MI basis', learningGoals: ['Open vragen'], trainers: ['An'] },
    ),
  );

// ---- examples ---------------------------------------------------------------------------------

describe('diffCurricula: nothing changed', () => {
  it('a curriculum and itself, or a deep copy, are identical', () => {
    const c = sample();
    expect(diff(c, c)).toEqual({ fields: [], days: [], blocks: [], identical: true });
    expect(diff(c, structuredClone(c)).identical).toBe(true);
  });

  it('a missing optional field and one set to undefined are the same', () => {
    const c = sample();
    const a = { ...c.days[0]!.blocks[0]!, pinnedStart: undefined };
    const explicit = { ...c, days: [{ ...c.days[0]!, date: undefined, blocks: [a, ...c.days[0]!.blocks.slice(1)] }, c.days[1]!] };
    expect(diff(c, explicit).identical).toBe(true);
  });

  it('ignores the curriculum id, which is not something a trainer edits', () => {
    const c = sample();
    expect(diff(c, { ...c, id: 'another-id' }).identical).toBe(true);
  });

  it('does not change its inputs', () => {
    const before = sample();
    const after = deepFreeze(moveBlock(removeDay(before, 'day-2'), 'a', { container: 'parking', index: 0 }));
    expect(() => diff(before, after)).not.toThrow();
  });
});

describe('diffCurricula: curriculum fields', () => {
  it('reports title, audience, learning goals, trainers, place and language', () => {
    const c = sample();
    const after = { ...c, title: 'MI verdieping', audience: 'Wijkteams', learningGoals: ['Open vragen', 'Reflecteren'], trainers: ['An'], place: 'Utrecht', language: 'en' as const };
    const d = diff(c, after);
    expect(d.fields).toEqual([
      { field: 'title', before: 'MI basis', after: 'MI verdieping' },
      { field: 'audience', before: '', after: 'Wijkteams' },
      { field: 'learningGoals', before: ['Open vragen'], after: ['Open vragen', 'Reflecteren'] },
      { field: 'place', before: '', after: 'Utrecht' },
      { field: 'language', before: 'nl', after: 'en' },
    ]);
    expect(d.days).toEqual([]);
    expect(d.blocks).toEqual([]);
    expect(d.identical).toBe(false);
  });

  it('an array with the same items in another order is a change', () => {
    const c = { ...sample(), trainers: ['An', 'Bo'] };
    expect(diff(c, { ...c, trainers: ['Bo', 'An'] }).fields).toEqual([{ field: 'trainers', before: ['An', 'Bo'], after: ['Bo', 'An'] }]);
  });
});

describe('diffCurricula: days', () => {
  it('an added day has its index and title in the new version', () => {
    const c = sample();
    const d = diff(c, addDay(c, { id: 'day-3', title: 'Terugkomdag' }));
    expect(d.days).toEqual([{ kind: 'added', dayId: 'day-3', title: 'Terugkomdag', index: 2 }]);
    expect(d.blocks).toEqual([]);
  });

  it('a removed day has its index and title in the old version, and its blocks are removed', () => {
    const c = sample();
    const d = diff(c, removeDay(c, 'day-1'));
    expect(d.days).toEqual([{ kind: 'removed', dayId: 'day-1', title: 'Dag day-1', index: 0 }]);
    expect(kinds(d)).toEqual(['removed:a', 'removed:b', 'removed:c', 'removed:d', 'removed:e']);
    expect(d.blocks[0]).toMatchObject({ where: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 0 } });
  });

  it('an untitled day is named by its number in the curriculum language', () => {
    const c = makeCurriculum([makeDay('day-1')]);
    const after = addDay(c, { id: 'day-2', title: '' });
    expect(diff(c, after).days).toEqual([{ kind: 'added', dayId: 'day-2', title: 'Dag 2', index: 1 }]);
    const english = { ...after, language: 'en' as const };
    expect(diff({ ...c, language: 'en' }, english, 'en').days[0]).toMatchObject({ title: 'Day 2' });
  });

  it('reports title, date, start and target end of a day', () => {
    const c = sample();
    const after = updateDay(c, 'day-2', { title: 'Praktijkdag', date: '2026-03-02', start: '08:30', targetEnd: '16:00' });
    expect(diff(c, after).days).toEqual([
      {
        kind: 'changed',
        dayId: 'day-2',
        title: 'Praktijkdag',
        fields: [
          { field: 'title', before: 'Dag day-2', after: 'Praktijkdag' },
          { field: 'date', before: undefined, after: '2026-03-02' },
          { field: 'start', before: '09:00', after: '08:30' },
          { field: 'targetEnd', before: '17:00', after: '16:00' },
        ],
      },
    ]);
  });

  it('clearing a date is a change to undefined', () => {
    const dated = updateDay(sample(), 'day-1', { date: '2026-03-02' });
    const cleared = updateDay(dated, 'day-1', { date: undefined });
    expect(diff(dated, cleared).days).toEqual([{ kind: 'changed', dayId: 'day-1', title: 'Dag day-1', fields: [{ field: 'date', before: '2026-03-02', after: undefined }] }]);
  });

  it('a reordered day is moved; its blocks are not', () => {
    const c = sample();
    const d = diff(c, moveDay(c, 'day-2', 0));
    expect(d.days).toHaveLength(1);
    expect(d.days[0]!.kind).toBe('changed');
    expect(d.blocks).toEqual([]);
    const change = d.days[0] as Extract<CurriculumDiff['days'][number], { kind: 'changed' }>;
    expect(change.fields).toEqual([]);
    expect(change.moved).toEqual(change.dayId === 'day-2' ? { from: 1, to: 0 } : { from: 0, to: 1 });
  });

  it('a day inserted in front moves no other day', () => {
    const c = makeCurriculum(['d1', 'd2', 'd3'].map((id) => makeDay(id)));
    const after = { ...c, days: [makeDay('d0'), ...c.days] };
    expect(diff(c, after).days).toEqual([{ kind: 'added', dayId: 'd0', title: 'Dag d0', index: 0 }]);
  });

  it('the last day moved to the front is the one day reported as moved', () => {
    const c = makeCurriculum(['d1', 'd2', 'd3', 'd4'].map((id) => makeDay(id)));
    const d = diff(c, moveDay(c, 'd4', 0));
    expect(d.days).toEqual([{ kind: 'changed', dayId: 'd4', title: 'Dag d4', fields: [], moved: { from: 3, to: 0 } }]);
    expect(diffCounts(d)).toMatchObject({ daysMoved: 1, daysChanged: 0 });
  });
});

describe('diffCurricula: blocks added and removed', () => {
  it('one inserted block marks no later block as moved', () => {
    const c = sample();
    const d = diff(c, insertBlock(c, makeCustomBlock('new', { title: 'Nieuw' }), { container: 'day', dayId: 'day-1', index: 0 }));
    expect(d.blocks).toEqual([{ kind: 'added', blockId: 'new', title: 'Nieuw', where: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 0 } }]);
    expect(d.days).toEqual([]);
  });

  it('one removed block marks no later block as moved', () => {
    const c = sample();
    const d = diff(c, removeBlock(c, 'b'));
    expect(d.blocks).toEqual([{ kind: 'removed', blockId: 'b', title: 'Blok b', where: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 1 } }]);
  });

  it('a block added to the parking area says so', () => {
    const c = sample();
    const d = diff(c, insertBlock(c, makeCustomBlock('q'), { container: 'parking', index: 9 }));
    expect(d.blocks).toEqual([{ kind: 'added', blockId: 'q', title: 'Blok q', where: { container: 'parking', index: 1 } }]);
  });

  it('names card blocks by their card in the requested language, unknown cards by id', () => {
    const c = makeCurriculum([makeDay('day-1')]);
    const after = { ...c, days: [makeDay('day-1', [makeCardBlock('x', 'card-a'), makeCardBlock('y', 'card-gone')])] };
    expect(diff(c, after).blocks.map((change) => change.title)).toEqual(['Kaart card-a', 'card-gone']);
    expect(diff(c, after, 'en').blocks.map((change) => change.title)).toEqual(['Card card-a', 'card-gone']);
  });

  it('names a removed block by its old title and a changed one by its new title', () => {
    const c = sample();
    const renamed = updateBlock(removeBlock(c, 'a'), 'b', { title: 'Rollenspel' });
    expect(diff(c, renamed).blocks.map((change) => [change.kind, change.title])).toEqual([
      ['changed', 'Rollenspel'],
      ['removed', 'Blok a'],
    ]);
  });

  it('changes come in the order of the new version, removals after them in the order of the old', () => {
    const c = sample();
    let after = removeBlock(removeBlock(c, 'p'), 'a');
    after = insertBlock(after, makeCustomBlock('z'), { container: 'parking', index: 0 });
    after = updateBlock(after, 'f', { goal: 'Anders' });
    after = insertBlock(after, makeCustomBlock('y'), { container: 'day', dayId: 'day-1', index: 5 });
    expect(kinds(diff(c, after))).toEqual(['added:y', 'changed:f', 'added:z', 'removed:a', 'removed:p']);
  });
});

describe('diffCurricula: blocks moved', () => {
  it('a block dragged to the end of its day is the only block moved', () => {
    const c = sample();
    const d = diff(c, moveBlock(c, 'a', { container: 'day', dayId: 'day-1', index: 4 }));
    expect(d.blocks).toEqual([
      {
        kind: 'moved',
        blockId: 'a',
        title: 'Blok a',
        from: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 0 },
        to: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 4 },
        fields: [],
      },
    ]);
  });

  it('a block dragged to the front of its day is the only block moved', () => {
    const c = sample();
    expect(kinds(diff(c, moveBlock(c, 'e', { container: 'day', dayId: 'day-1', index: 0 })))).toEqual(['moved:e']);
  });

  it('two swapped neighbours are one move, not two', () => {
    const c = sample();
    const d = diff(c, moveBlock(c, 'b', { container: 'day', dayId: 'day-1', index: 2 }));
    expect(d.blocks).toHaveLength(1);
    expect(['b', 'c']).toContain(d.blocks[0]!.blockId);
  });

  it('a reversed day moves all blocks but one', () => {
    const c = sample();
    const reversed = { ...c, days: [{ ...c.days[0]!, blocks: [...c.days[0]!.blocks].reverse() }, c.days[1]!] };
    expect(diffCounts(diff(c, reversed)).blocksMoved).toBe(4);
  });

  it('a block moved to another day is moved from there to here', () => {
    const c = sample();
    const d = diff(c, moveBlock(c, 'c', { container: 'day', dayId: 'day-2', index: 1 }));
    expect(d.blocks).toEqual([
      {
        kind: 'moved',
        blockId: 'c',
        title: 'Blok c',
        from: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 2 },
        to: { container: 'day', dayId: 'day-2', dayTitle: 'Dag day-2', index: 1 },
        fields: [],
      },
    ]);
  });

  it('a block parked, with a shorter duration, is moved and changed at once', () => {
    const c = sample();
    const after = updateBlock(moveBlock(c, 'g', { container: 'parking', index: 0 }), 'g', { durationMinutes: 10 });
    expect(diff(c, after).blocks).toEqual([
      {
        kind: 'moved',
        blockId: 'g',
        title: 'Kaart card-a',
        from: { container: 'day', dayId: 'day-2', dayTitle: 'Dag day-2', index: 1 },
        to: { container: 'parking', index: 0 },
        fields: [{ field: 'durationMinutes', before: 20, after: 10 }],
      },
    ]);
  });

  it('blocks of a removed day that were parked are moved, not removed', () => {
    const c = sample();
    const after = removeDay(moveBlock(c, 'f', { container: 'parking', index: 1 }), 'day-2');
    expect(kinds(diff(c, after))).toEqual(['moved:f', 'removed:g']);
  });

  it('a block moved into a new day is moved into that day', () => {
    const c = sample();
    const after = moveBlock(addDay(c, { id: 'day-3', title: '' }), 'a', { container: 'day', dayId: 'day-3', index: 0 });
    const d = diff(c, after);
    expect(d.days).toEqual([{ kind: 'added', dayId: 'day-3', title: 'Dag 3', index: 2 }]);
    expect(d.blocks).toEqual([expect.objectContaining({ kind: 'moved', blockId: 'a', to: { container: 'day', dayId: 'day-3', dayTitle: 'Dag 3', index: 0 } })]);
  });
});

describe('diffCurricula: block fields', () => {
  it('reports every shared field of a block', () => {
    const c = sample();
    const after = updateBlock(c, 'd', {
      durationMinutes: 45,
      groupFormat: 'triads',
      goal: 'Reflecteren',
      participantText: 'In drietallen.',
      trainerNotes: 'Let op de tijd.',
      materials: ['Flip-over'],
      pinnedStart: '13:30',
    });
    expect(diff(c, after).blocks).toEqual([
      {
        kind: 'changed',
        blockId: 'd',
        title: 'Blok d',
        where: { container: 'day', dayId: 'day-1', dayTitle: 'Dag day-1', index: 3 },
        fields: [
          { field: 'durationMinutes', before: 30, after: 45 },
          { field: 'groupFormat', before: 'plenary', after: 'triads' },
          { field: 'goal', before: 'Oefenen', after: 'Reflecteren' },
          { field: 'participantText', before: 'Doe mee.', after: 'In drietallen.' },
          { field: 'trainerNotes', before: '', after: 'Let op de tijd.' },
          { field: 'materials', before: [], after: ['Flip-over'] },
          { field: 'pinnedStart', before: undefined, after: '13:30' },
        ],
      },
    ]);
  });

  it('unpinning a block is a change to undefined', () => {
    const pinned = updateBlock(sample(), 'a', { pinnedStart: '09:15' });
    const unpinned = updateBlock(pinned, 'a', { pinnedStart: undefined });
    expect(diff(pinned, unpinned).blocks).toEqual([expect.objectContaining({ kind: 'changed', fields: [{ field: 'pinnedStart', before: '09:15', after: undefined }] })]);
  });

  it('reports type and title of a custom block and the card of a card block', () => {
    const c = sample();
    const after = updateBlock(updateBlock(c, 'a', { type: 'role-play', title: 'Rollenspel' }), 'g', { cardId: 'card-b' });
    const d = diff(c, after);
    expect(d.blocks).toEqual([
      expect.objectContaining({ blockId: 'a', title: 'Rollenspel', fields: [{ field: 'type', before: 'exercise', after: 'role-play' }, { field: 'title', before: 'Blok a', after: 'Rollenspel' }] }),
      expect.objectContaining({ blockId: 'g', title: 'Kaart card-b', fields: [{ field: 'cardId', before: 'card-a', after: 'card-b' }] }),
    ]);
  });

  it('a block that became a custom block reports its kind, its card going and its type and title coming', () => {
    const c = sample();
    const custom = makeCustomBlock('g', { title: 'Eigen versie', durationMinutes: 20, groupFormat: 'pairs', goal: 'Open vragen oefenen', participantText: '', materials: ['Kaartjes'] });
    const after = { ...c, days: [c.days[0]!, { ...c.days[1]!, blocks: [c.days[1]!.blocks[0]!, custom] }] };
    expect(diff(c, after).blocks).toEqual([
      expect.objectContaining({
        kind: 'changed',
        blockId: 'g',
        title: 'Eigen versie',
        fields: [
          { field: 'kind', before: 'card', after: 'custom' },
          { field: 'cardId', before: 'card-a', after: undefined },
          { field: 'type', before: undefined, after: 'exercise' },
          { field: 'title', before: undefined, after: 'Eigen versie' },
        ],
      }),
    ]);
  });

  it('two blocks with the same id pair up in order, so the second is not lost', () => {
    const twice = makeCurriculum([makeDay('day-1', [makeCustomBlock('x'), makeCustomBlock('x', { title: 'Tweede' })])]);
    const edited = makeCurriculum([makeDay('day-1', [makeCustomBlock('x'), makeCustomBlock('x', { title: 'Anders' })])]);
    expect(diff(twice, edited).blocks).toEqual([expect.objectContaining({ kind: 'changed', blockId: 'x', fields: [{ field: 'title', before: 'Tweede', after: 'Anders' }] })]);
    const once = makeCurriculum([makeDay('day-1', [makeCustomBlock('x')])]);
    expect(kinds(diff(once, twice))).toEqual(['added:x']);
    expect(kinds(diff(twice, once))).toEqual(['removed:x']);
  });
});

describe('diffCounts', () => {
  it('counts each kind of change', () => {
    const c = sample();
    let after = { ...c, title: 'Anders' };
    after = addDay(moveDay(after, 'day-2', 0), { id: 'day-3' });
    after = updateDay(after, 'day-1', { start: '10:00' });
    after = insertBlock(after, makeCustomBlock('n1'), { container: 'parking', index: 0 });
    after = insertBlock(after, makeCustomBlock('n2'), { container: 'parking', index: 0 });
    after = moveBlock(removeBlock(after, 'b'), 'e', { container: 'day', dayId: 'day-1', index: 0 });
    after = updateBlock(after, 'f', { goal: 'x' });
    expect(diffCounts(diff(c, after))).toEqual({
      fields: 1,
      daysAdded: 1,
      daysRemoved: 0,
      daysMoved: 1,
      daysChanged: 1,
      blocksAdded: 2,
      blocksRemoved: 1,
      blocksMoved: 1,
      blocksChanged: 1,
    });
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    ['a', 'b', false],
    [undefined, undefined, true],
    [undefined, '', false],
    [[], [], true],
    [['a'], ['a', 'b'], false],
    [[['a']], [['a']], true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [[], {}, false],
    [null, {}, false],
  ] as const)('%j and %j -> %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
    expect(sameValue(b, a)).toBe(expected);
  });
});

// ---- longest increasing subsequence -------------------------------------------------------------

/** The length of a longest strictly increasing subsequence, the slow and obvious way. */
function lisLengthReference(values: readonly number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) for (let j = 0; j < i; j++) if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
  return Math.max(0, ...best);
}

describe('longestIncreasingSubsequence', () => {
  it.each([
    [[], []],
    [[7], [0]],
    [[0, 1, 2, 3], [0, 1, 2, 3]],
    [[4, 0, 1, 2, 3], [1, 2, 3, 4]],
    [[1, 2, 3, 0], [0, 1, 2]],
    [[0, 3, 1, 2], [0, 2, 3]],
  ])('%j keeps positions %j', (values, positions) => {
    expect([...longestIncreasingSubsequence(values)].sort((a, b) => a - b)).toEqual(positions);
  });

  it('returns a strictly increasing subsequence of the longest length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), (values) => {
        const positions = [...longestIncreasingSubsequence(values)].sort((a, b) => a - b);
        const picked = positions.map((position) => values[position]!);
        picked.slice(1).forEach((value, index) => expect(value).toBeGreaterThan(picked[index]!));
        expect(positions.length).toBe(lisLengthReference(values));
      }),
    );
  });
});

// ---- properties -------------------------------------------------------------------------------

let fresh = 0;
const arbitraryBlock = (id: string): fc.Arbitrary<Block> =>
  fc.oneof(
    fc.record({ minutes: fc.integer({ min: 5, max: 90 }), title: fc.constantFrom('Opening', 'Rollenspel', 'Pauze') }).map(({ minutes, title }) => makeCustomBlock(id, { durationMinutes: minutes, title })),
    fc.constantFrom('card-a', 'card-b', 'card-unknown').map((cardId) => makeCardBlock(id, cardId)),
  );

/** A curriculum with unique day and block ids: up to 4 days of up to 6 blocks and up to 4 parked blocks. */
const arbitraryCurriculum: fc.Arbitrary<Curriculum> = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }), fc.integer({ min: 0, max: 4 }))
  .chain(([dayLengths, parked]) => {
    let next = 0;
    const blocks = (count: number) => fc.tuple(...Array.from({ length: count }, () => arbitraryBlock(`block-${next++}`)));
    return fc
      .tuple(fc.tuple(...dayLengths.map((length) => blocks(length))), blocks(parked), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }))
      .map(([days, parking, untitled]) =>
        deepFreeze(makeCurriculum(days.map((dayBlocks, index) => makeDay(`day-${index}`, dayBlocks, untitled[index] ? { title: '' } : {})), { parking })),
      );
  });

/** A place that exists in the curriculum, with an index that may run past the end. */
const arbitraryPlace = (c: Curriculum): fc.Arbitrary<BlockPlace> =>
  fc.oneof(
    fc.integer({ min: 0, max: 8 }).map((index): BlockPlace => ({ container: 'parking', index })),
    ...c.days.map((day) => fc.integer({ min: 0, max: 8 }).map((index): BlockPlace => ({ container: 'day', dayId: day.id, index }))),
  );

/** One edit a trainer could make, picked from what exists in `c`. */
type Edit = (c: Curriculum) => Curriculum;
const arbitraryEdit = (c: Curriculum): fc.Arbitrary<Edit> => {
  const blockIds = allIds(c);
  const dayIds = c.days.map((day) => day.id);
  const edits: fc.Arbitrary<Edit>[] = [
    fc.tuple(arbitraryBlock('placeholder'), arbitraryPlace(c)).map(([block, place]) => (x: Curriculum) => insertBlock(x, { ...block, id: `new-${fresh++}` }, place)),
    fc.constant((x: Curriculum) => addDay(x, { id: `new-day-${fresh++}` })),
    fc.constantFrom('Nieuw', 'Training').map((title) => (x: Curriculum) => ({ ...x, title })),
  ];
  if (blockIds.length > 0) {
    const id = fc.constantFrom(...blockIds);
    edits.push(
      id.map((blockId) => (x: Curriculum) => removeBlock(x, blockId)),
      fc.tuple(id, arbitraryPlace(c)).map(([blockId, place]) => (x: Curriculum) => moveBlock(x, blockId, place)),
      fc
        .tuple(id, fc.constantFrom<Parameters<typeof updateBlock>[2]>({ durationMinutes: 17 }, { goal: 'Nieuw doel' }, { materials: ['Pen'] }, { pinnedStart: '11:00' }, { pinnedStart: undefined }, { title: 'Hernoemd' }, { cardId: 'card-b' }))
        .map(([blockId, changes]) => (x: Curriculum) => updateBlock(x, blockId, changes)),
    );
  }
  if (dayIds.length > 0) {
    const id = fc.constantFrom(...dayIds);
    edits.push(
      id.map((dayId) => (x: Curriculum) => removeDay(x, dayId)),
      fc.tuple(id, fc.integer({ min: 0, max: 4 })).map(([dayId, index]) => (x: Curriculum) => moveDay(x, dayId, index)),
      fc.tuple(id, fc.constantFrom({ title: 'Anders' }, { date: '2026-05-01' }, { start: '08:00' }, { targetEnd: '12:00' })).map(([dayId, changes]) => (x: Curriculum) => updateDay(x, dayId, changes)),
    );
  }
  return fc.oneof(...edits);
};

/** A curriculum and a version of it after 0 to 6 edits. */
const arbitraryPair: fc.Arbitrary<[Curriculum, Curriculum]> = arbitraryCurriculum.chain((before) =>
  fc.array(arbitraryEdit(before), { maxLength: 6 }).map((edits): [Curriculum, Curriculum] => [before, deepFreeze(edits.reduce((c, edit) => edit(c), before))]),
);

const idsOf = (d: CurriculumDiff, kind: BlockChange['kind']) => d.blocks.filter((change) => change.kind === kind).map((change) => change.blockId);
const withFieldChanges = (d: CurriculumDiff) =>
  d.blocks
    .filter((change) => (change.kind === 'moved' || change.kind === 'changed') && change.fields.length > 0)
    .map((change) => change.blockId)
    .sort();

describe('diff properties', () => {
  it('a curriculum diffed with itself or its copy is identical', () => {
    fc.assert(
      fc.property(arbitraryCurriculum, (c) => {
        expect(diff(c, c)).toEqual({ fields: [], days: [], blocks: [], identical: true });
        expect(diff(c, structuredClone(c)).identical).toBe(true);
      }),
    );
  });

  it('a copy with one block moved reports exactly that one move', () => {
    const scenario = arbitraryCurriculum
      .filter((c) => allIds(c).length > 0)
      .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...allIds(c)), arbitraryPlace(c)));
    fc.assert(
      fc.property(scenario, ([before, blockId, place]) => {
        const after = moveBlock(structuredClone(before), blockId, place);
        const d = diff(before, after);
        if (sameValue(before, after)) {
          expect(d.identical).toBe(true);
          return;
        }
        expect(d.fields).toEqual([]);
        expect(d.days).toEqual([]);
        expect(d.blocks).toHaveLength(1);
        const [change] = d.blocks as [Extract<BlockChange, { kind: 'moved' }>];
        expect(change.kind).toBe('moved');
        expect(change.fields).toEqual([]);
        const from = whereOf(before, blockId);
        const to = whereOf(after, blockId);
        const sameContainer = from.container === to.container && (from.container === 'parking' || (to.container === 'day' && from.dayId === to.dayId));
        if (sameContainer && Math.abs(from.index - to.index) === 1) {
          // Two neighbours swapped: either may be the one that moved. The other now stands where the moved block stood.
          const list = to.container === 'parking' ? after.parking : after.days.find((day) => day.id === to.dayId)!.blocks;
          const neighbour = list[from.index]!.id;
          expect([blockId, neighbour]).toContain(change.blockId);
          expect(change.from).toEqual(whereOf(before, change.blockId));
          expect(change.to).toEqual(whereOf(after, change.blockId));
        } else {
          expect(change.blockId).toBe(blockId);
          expect(change.from).toEqual(from);
          expect(change.to).toEqual(to);
        }
      }),
    );
  });

  it('added blocks are in after and not in before, removed blocks the other way round, the rest in both', () => {
    fc.assert(
      fc.property(arbitraryPair, ([before, after]) => {
        const d = diff(before, after);
        const had = new Set(allIds(before));
        const has = new Set(allIds(after));
        for (const id of idsOf(d, 'added')) expect(has.has(id) && !had.has(id)).toBe(true);
        for (const id of idsOf(d, 'removed')) expect(had.has(id) && !has.has(id)).toBe(true);
        for (const id of [...idsOf(d, 'moved'), ...idsOf(d, 'changed')]) expect(had.has(id) && has.has(id)).toBe(true);
        expect(idsOf(d, 'added').sort()).toEqual([...has].filter((id) => !had.has(id)).sort());
        expect(idsOf(d, 'removed').sort()).toEqual([...had].filter((id) => !has.has(id)).sort());
      }),
    );
  });

  it('places are where the blocks are: after for added, moved and changed, before for removed and moved', () => {
    fc.assert(
      fc.property(arbitraryPair, ([before, after]) => {
        for (const change of diff(before, after).blocks) {
          if (change.kind === 'removed') expect(change.where).toEqual(whereOf(before, change.blockId));
          else if (change.kind === 'moved') {
            expect(change.from).toEqual(whereOf(before, change.blockId));
            expect(change.to).toEqual(whereOf(after, change.blockId));
          } else expect(change.where).toEqual(whereOf(after, change.blockId));
        }
      }),
    );
  });

  it('identical exactly when the two curricula are equal', () => {
    fc.assert(
      fc.property(arbitraryPair, ([before, after]) => {
        const d = diff(before, after);
        expect(d.identical).toBe(sameValue(before, after));
        expect(d.identical).toBe(d.fields.length === 0 && d.days.length === 0 && d.blocks.length === 0);
      }),
    );
  });

  it('diffing the other way round swaps additions and removals and keeps the number of moves', () => {
    fc.assert(
      fc.property(arbitraryPair, ([before, after]) => {
        const forward = diff(before, after);
        const backward = diff(after, before);
        const there = diffCounts(forward);
        const back = diffCounts(backward);
        expect(back).toEqual({
          ...there,
          daysAdded: there.daysRemoved,
          daysRemoved: there.daysAdded,
          blocksAdded: there.blocksRemoved,
          blocksRemoved: there.blocksAdded,
          // Which of two swapped blocks counts as moved may differ per direction, and a moved block is not counted as changed.
          blocksChanged: back.blocksChanged,
        });
        expect(withFieldChanges(backward)).toEqual(withFieldChanges(forward));
        expect(backward.fields).toEqual(forward.fields.map(({ field, before: b, after: a }) => ({ field, before: a, after: b })));
      }),
    );
  });

  it('moves as few blocks as the order allows', () => {
    fc.assert(
      fc.property(arbitraryPair, ([before, after]) => {
        const d = diff(before, after);
        const containerOf = (where: BlockWhere) => (where.container === 'parking' ? 'parking' : where.dayId);
        const lists = (c: Curriculum) => new Map<string, string[]>([...c.days.map((day): [string, string[]] => [day.id, ids(day.blocks)]), ['parking', ids(c.parking)]]);
        const old = lists(before);
        let expected = 0;
        for (const [container, list] of lists(after)) {
          const previous = old.get(container) ?? [];
          const stayed = list.filter((id) => previous.includes(id));
          expected += stayed.length - lisLengthReference(stayed.map((id) => previous.indexOf(id)));
        }
        const withinContainer = d.blocks.filter((change) => change.kind === 'moved' && containerOf(change.from) === containerOf(change.to));
        expect(withinContainer).toHaveLength(expected);
      }),
    );
  });
});
