/**
 * A semantic diff of two curricula: what a trainer would call a change (a block added, moved to
 * another day, given more minutes), not which lines of the file differ. Days and blocks are matched
 * by id, so renaming a block is a change of that block, never a removal plus an addition.
 */
import { blockTitle, dayName } from '../curriculum/labels';
import type { TechniqueCard } from '../model/card';
import type { Language } from '../model/common';
import type { Block, Curriculum, TrainingDay } from '../model/curriculum';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type DayChange =
  | { kind: 'added'; dayId: string; title: string; index: number }
  | { kind: 'removed'; dayId: string; title: string; index: number }
  | { kind: 'changed'; dayId: string; title: string; fields: FieldChange[]; moved?: { from: number; to: number } };

/** Where a block sits in one version: in a day or in the parking area, at a 0-based index. */
export type BlockWhere = { container: 'day'; dayId: string; dayTitle: string; index: number } | { container: 'parking'; index: number };

export type BlockChange =
  | { kind: 'added'; blockId: string; title: string; where: BlockWhere }
  | { kind: 'removed'; blockId: string; title: string; where: BlockWhere }
  | { kind: 'moved'; blockId: string; title: string; from: BlockWhere; to: BlockWhere; fields: FieldChange[] }
  | { kind: 'changed'; blockId: string; title: string; where: BlockWhere; fields: FieldChange[] };

export interface CurriculumDiff {
  /** Changes to title, audience, learningGoals, trainers, place and language. */
  fields: FieldChange[];
  days: DayChange[];
  blocks: BlockChange[];
  identical: boolean;
}

/** The curriculum fields the diff compares, in the order the details form shows them. */
export const CURRICULUM_DIFF_FIELDS = ['title', 'audience', 'learningGoals', 'trainers', 'place', 'language'] as const;
/** The day fields the diff compares; the blocks are compared one by one. */
export const DAY_DIFF_FIELDS = ['title', 'date', 'start', 'targetEnd'] as const;
/** The block fields the diff compares. `kind` is only reported when a block turned from card into custom or back. */
export const BLOCK_DIFF_FIELDS = [
  'kind',
  'cardId',
  'type',
  'title',
  'durationMinutes',
  'groupFormat',
  'goal',
  'participantText',
  'trainerNotes',
  'materials',
  'pinnedStart',
  // A choice block's own fields; its alternatives are compared as one whole list.
  'pick',
  'alternatives',
] as const;
export type CurriculumDiffField = (typeof CURRICULUM_DIFF_FIELDS)[number];
export type DayDiffField = (typeof DAY_DIFF_FIELDS)[number];
export type BlockDiffField = (typeof BLOCK_DIFF_FIELDS)[number];

// ---- values -----------------------------------------------------------------------------------

/** Structural equality for the JSON values a curriculum holds; a missing and an undefined field are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
    return [...keys].every((key) => sameValue(ra[key], rb[key]));
  }
  return false;
}

function fieldChanges<T extends object>(before: T, after: T, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = (before as Record<string, unknown>)[field];
    const a = (after as Record<string, unknown>)[field];
    if (!sameValue(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}

function blockFieldChanges(before: Block, after: Block): FieldChange[] {
  // The fields of the kind a block does not have are undefined on it, so a block that changed
  // kind reports its card id going and its type and title coming (or the other way round).
  const fields = BLOCK_DIFF_FIELDS.filter((field) => field !== 'kind' || before.kind !== after.kind);
  return fieldChanges(before, after, fields);
}

// ---- longest increasing subsequence -----------------------------------------------------------

/**
 * The positions in `values` of one longest strictly increasing subsequence, in O(n log n). The
 * elements outside it are the fewest that must move to put the others in order.
 */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  // tails[k]: position of the smallest last value of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1]!;
    tails[low] = position;
  });
  const kept = new Set<number>();
  for (let position = tails.at(-1) ?? -1; position >= 0; position = previous[position]!) kept.add(position);
  return kept;
}

/**
 * Of the items present in both sequences, the ones whose order relative to the others changed:
 * everything outside one longest run that kept its order. One item inserted or dragged elsewhere
 * therefore marks only that item, not everything after it.
 */
function reordered<K>(beforeOrder: readonly K[], afterOrder: readonly K[]): Set<K> {
  const beforeIndex = new Map(beforeOrder.map((key, index) => [key, index]));
  const common = afterOrder.filter((key) => beforeIndex.has(key));
  const kept = longestIncreasingSubsequence(common.map((key) => beforeIndex.get(key)!));
  return new Set(common.filter((_, position) => !kept.has(position)));
}

// ---- places -----------------------------------------------------------------------------------

interface Located {
  /** The id, made unique for a second block with the same id (`id#1`), so duplicates pair up in order. */
  key: string;
  block: Block;
  /** `day:<id>` or `parking`. */
  container: string;
  where: BlockWhere;
}

function locateBlocks(c: Curriculum): Map<string, Located> {
  const located = new Map<string, Located>();
  const seen = new Map<string, number>();
  const add = (block: Block, container: string, where: BlockWhere) => {
    const count = seen.get(block.id) ?? 0;
    seen.set(block.id, count + 1);
    const key = count === 0 ? block.id : `${block.id}#${count}`;
    located.set(key, { key, block, container, where });
  };
  c.days.forEach((day, dayIndex) => {
    const dayTitle = dayName(c, dayIndex);
    day.blocks.forEach((block, index) => add(block, `day:${day.id}`, { container: 'day', dayId: day.id, dayTitle, index }));
  });
  c.parking.forEach((block, index) => add(block, 'parking', { container: 'parking', index }));
  return located;
}

function keysByContainer(located: Map<string, Located>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of located.values()) {
    const group = groups.get(item.container);
    if (group) group.push(item.key);
    else groups.set(item.container, [item.key]);
  }
  return groups;
}

function indexDays(c: Curriculum): Map<string, { day: TrainingDay; index: number }> {
  const days = new Map<string, { day: TrainingDay; index: number }>();
  // A duplicated day id keeps its first day; the checks report the duplicate.
  c.days.forEach((day, index) => {
    if (!days.has(day.id)) days.set(day.id, { day, index });
  });
  return days;
}

// ---- the diff ---------------------------------------------------------------------------------

function diffDays(before: Curriculum, after: Curriculum): DayChange[] {
  const beforeDays = indexDays(before);
  const afterDays = indexDays(after);
  const moved = reordered([...beforeDays.keys()], [...afterDays.keys()]);
  const changes: DayChange[] = [];
  for (const [dayId, { day, index }] of afterDays) {
    const title = dayName(after, index);
    const old = beforeDays.get(dayId);
    if (!old) {
      changes.push({ kind: 'added', dayId, title, index });
      continue;
    }
    const fields = fieldChanges(old.day, day, DAY_DIFF_FIELDS);
    if (moved.has(dayId)) changes.push({ kind: 'changed', dayId, title, fields, moved: { from: old.index, to: index } });
    else if (fields.length > 0) changes.push({ kind: 'changed', dayId, title, fields });
  }
  for (const [dayId, { index }] of beforeDays) {
    if (!afterDays.has(dayId)) changes.push({ kind: 'removed', dayId, title: dayName(before, index), index });
  }
  return changes;
}

function diffBlocks(before: Curriculum, after: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, language: Language): BlockChange[] {
  const beforeBlocks = locateBlocks(before);
  const afterBlocks = locateBlocks(after);

  // Within each container, only blocks that were in that same container before can keep their order.
  const beforeGroups = keysByContainer(beforeBlocks);
  const moved = new Set<string>();
  for (const [container, keys] of keysByContainer(afterBlocks)) {
    const stayed = keys.filter((key) => beforeBlocks.get(key)?.container === container);
    const previous = (beforeGroups.get(container) ?? []).filter((key) => afterBlocks.get(key)?.container === container);
    for (const key of reordered(previous, stayed)) moved.add(key);
  }

  const changes: BlockChange[] = [];
  for (const { key, block, container, where } of afterBlocks.values()) {
    const blockId = block.id;
    const title = blockTitle(block, cards, language);
    const old = beforeBlocks.get(key);
    if (!old) {
      changes.push({ kind: 'added', blockId, title, where });
      continue;
    }
    const fields = blockFieldChanges(old.block, block);
    if (old.container !== container || moved.has(key)) changes.push({ kind: 'moved', blockId, title, from: old.where, to: where, fields });
    else if (fields.length > 0) changes.push({ kind: 'changed', blockId, title, where, fields });
  }
  for (const { key, block, where } of beforeBlocks.values()) {
    if (!afterBlocks.has(key)) changes.push({ kind: 'removed', blockId: block.id, title: blockTitle(block, cards, language), where });
  }
  return changes;
}

/**
 * What changed from `before` to `after`. Changes of days and blocks that still exist come in the
 * order of `after`, removed ones follow in the order of `before`. Titles are the blocks' own titles
 * or their cards' titles in `language`; a day without a title is named "Dag 2" in its curriculum's language.
 */
export function diffCurricula(before: Curriculum, after: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, language: Language): CurriculumDiff {
  const fields = fieldChanges(before, after, CURRICULUM_DIFF_FIELDS);
  const days = diffDays(before, after);
  const blocks = diffBlocks(before, after, cards, language);
  return { fields, days, blocks, identical: fields.length === 0 && days.length === 0 && blocks.length === 0 };
}

export interface DiffCounts {
  fields: number;
  daysAdded: number;
  daysRemoved: number;
  /** Days whose position changed (they may also have changed fields). */
  daysMoved: number;
  /** Days with changed fields. */
  daysChanged: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksMoved: number;
  blocksChanged: number;
}

/** How many changes of each kind, for a summary line. */
export function diffCounts(diff: CurriculumDiff): DiffCounts {
  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
  return {
    fields: diff.fields.length,
    daysAdded: count(diff.days, (day) => day.kind === 'added'),
    daysRemoved: count(diff.days, (day) => day.kind === 'removed'),
    daysMoved: count(diff.days, (day) => day.kind === 'changed' && day.moved !== undefined),
    daysChanged: count(diff.days, (day) => day.kind === 'changed' && day.fields.length > 0),
    blocksAdded: count(diff.blocks, (block) => block.kind === 'added'),
    blocksRemoved: count(diff.blocks, (block) => block.kind === 'removed'),
    blocksMoved: count(diff.blocks, (block) => block.kind === 'moved'),
    blocksChanged: count(diff.blocks, (block) => block.kind === 'changed'),
  };
}
