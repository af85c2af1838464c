/**
 * Editing a curriculum. Every operation returns a new Curriculum and leaves its input untouched, so
 * undo is just keeping the previous value; unchanged days and blocks are shared, not copied. An
 * operation that cannot apply (unknown id) returns its input as it is, which `commit` treats as no-op.
 */
import { newId } from '../model/common';
import type { Block, CardBlock, ChoiceBlock, Curriculum, CustomBlock, TrainingDay } from '../model/curriculum';
import { newDay } from './create';

export { blockFromCard, customBlock, newCurriculum, newDay } from './create';

/** Where a block sits: in a day or in the parking area, at a 0-based index. */
export type BlockPlace = { container: 'day'; dayId: string; index: number } | { container: 'parking'; index: number };
export type DayChanges = Partial<Omit<TrainingDay, 'id' | 'blocks'>>;
/** Fields of another kind are ignored (a card block has no title, a custom block no cardId, only a choice block has alternatives). */
export type BlockChanges = Partial<Omit<CardBlock, 'id' | 'kind'> & Omit<CustomBlock, 'id' | 'kind'> & Omit<ChoiceBlock, 'id' | 'kind'>>;

// ---- lists and places -------------------------------------------------------------------------

function listAt(c: Curriculum, place: BlockPlace): readonly Block[] | undefined {
  return place.container === 'parking' ? c.parking : c.days.find((day) => day.id === place.dayId)?.blocks;
}

function withList(c: Curriculum, place: BlockPlace, blocks: Block[]): Curriculum {
  if (place.container === 'parking') return { ...c, parking: blocks };
  return { ...c, days: c.days.map((day) => (day.id === place.dayId ? { ...day, blocks } : day)) };
}

/** Out-of-range indexes mean "at the start" or "at the end", as a drop past the last block does. */
function clampIndex(index: number, length: number): number {
  return Number.isFinite(index) ? Math.min(Math.max(0, Math.trunc(index)), length) : length;
}

function insertAt<T>(list: readonly T[], index: number, items: readonly T[]): T[] {
  const at = clampIndex(index, list.length);
  return [...list.slice(0, at), ...items, ...list.slice(at)];
}

function allBlockIds(c: Curriculum): Set<string> {
  return new Set([...c.days.flatMap((day) => day.blocks), ...c.parking].map((block) => block.id));
}

/**
 * Applies the defined values of `changes`; an optional field set to undefined is removed, so a
 * block can be unpinned and a day's date cleared without leaving `undefined` in the file.
 */
function merge<T extends object>(target: T, changes: Partial<T>, optional: readonly (keyof T)[]): T {
  const next = { ...target };
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const value = changes[key];
    if (value !== undefined) next[key] = value as T[keyof T];
    else if (optional.includes(key)) Reflect.deleteProperty(next, key);
  }
  return next;
}

// ---- finding ----------------------------------------------------------------------------------

export function findBlock(c: Curriculum, blockId: string): { block: Block; place: BlockPlace } | null {
  for (const day of c.days) {
    const index = day.blocks.findIndex((block) => block.id === blockId);
    const block = day.blocks[index];
    if (block) return { block, place: { container: 'day', dayId: day.id, index } };
  }
  const index = c.parking.findIndex((block) => block.id === blockId);
  const block = c.parking[index];
  return block ? { block, place: { container: 'parking', index } } : null;
}

// ---- days -------------------------------------------------------------------------------------

/**
 * Appends a day. Missing fields are filled in: a fresh id, "Dag N" as title, and the times of the
 * last day (or 09:00-17:00), because a training's days usually keep the same hours.
 */
export function addDay(c: Curriculum, day: Partial<TrainingDay> = {}): Curriculum {
  const last = c.days.at(-1);
  const base = newDay(c.language, c.days.length + 1, last?.start ?? '09:00', last?.targetEnd ?? '17:00');
  return { ...c, days: [...c.days, merge<TrainingDay>(base, day, ['date'])] };
}

/** Removes the day with its blocks (undo brings them back). */
export function removeDay(c: Curriculum, dayId: string): Curriculum {
  return c.days.some((day) => day.id === dayId) ? { ...c, days: c.days.filter((day) => day.id !== dayId) } : c;
}

export function updateDay(c: Curriculum, dayId: string, changes: DayChanges): Curriculum {
  if (!c.days.some((day) => day.id === dayId)) return c;
  return { ...c, days: c.days.map((day) => (day.id === dayId ? merge<TrainingDay>(day, changes, ['date']) : day)) };
}

/** Moves a day to `toIndex` in the list without it (so the day ends up at that index). */
export function moveDay(c: Curriculum, dayId: string, toIndex: number): Curriculum {
  const from = c.days.findIndex((day) => day.id === dayId);
  const day = c.days[from];
  if (!day) return c;
  const rest = c.days.filter((_, index) => index !== from);
  if (clampIndex(toIndex, rest.length) === from) return c;
  return { ...c, days: insertAt(rest, toIndex, [day]) };
}

// ---- blocks -----------------------------------------------------------------------------------

/**
 * Inserts a block as it is. Blocks made by `blockFromCard` and `customBlock` have fresh ids; a block
 * whose id is already used gets a new one, because a file with two equal ids does not open.
 */
export function insertBlock(c: Curriculum, block: Block, to: BlockPlace): Curriculum {
  const list = listAt(c, to);
  if (!list) return c;
  const placed = allBlockIds(c).has(block.id) ? { ...block, id: newId('block') } : block;
  return withList(c, to, insertAt(list, to.index, [placed]));
}

/** Inserts copies of `blocks` with fresh ids, in order (dropping a module into a day). */
export function insertBlocks(c: Curriculum, blocks: readonly Block[], to: BlockPlace): Curriculum {
  const list = listAt(c, to);
  if (!list || blocks.length === 0) return c;
  return withList(c, to, insertAt(list, to.index, blocks.map((block) => ({ ...block, id: newId('block') }))));
}

export function removeBlock(c: Curriculum, blockId: string): Curriculum {
  const found = findBlock(c, blockId);
  if (!found) return c;
  const list = listAt(c, found.place) ?? [];
  return withList(c, found.place, list.filter((block) => block.id !== blockId));
}

/**
 * Moves a block within or between days and the parking area. `to.index` is the index in the target
 * list AFTER the block has been taken out of its source: moving the first of three blocks to the end
 * of the same day is index 2, not 3. A target day that does not exist leaves the curriculum as it is.
 */
export function moveBlock(c: Curriculum, blockId: string, to: BlockPlace): Curriculum {
  const found = findBlock(c, blockId);
  if (!found || !listAt(c, to)) return c;
  const without = removeBlock(c, blockId);
  const target = listAt(without, to) ?? [];
  const samePlace = found.place.container === to.container && (to.container === 'parking' || (found.place.container === 'day' && found.place.dayId === to.dayId));
  if (samePlace && clampIndex(to.index, target.length) === found.place.index) return c;
  return withList(without, to, insertAt(target, to.index, [found.block]));
}

export function updateBlock(c: Curriculum, blockId: string, changes: BlockChanges): Curriculum {
  const found = findBlock(c, blockId);
  if (!found) return c;
  const { cardId, type, title, pick, alternatives, ...shared } = changes;
  const own = found.block.kind === 'card' ? { cardId } : found.block.kind === 'custom' ? { type, title } : { title, pick, alternatives };
  const updated = merge<Block>(found.block, { ...shared, ...own }, ['pinnedStart']);
  const list = listAt(c, found.place) ?? [];
  return withList(c, found.place, list.map((block) => (block.id === blockId ? updated : block)));
}

/** Puts a copy with a fresh id right after the original. */
export function duplicateBlock(c: Curriculum, blockId: string): Curriculum {
  const found = findBlock(c, blockId);
  if (!found) return c;
  const list = listAt(c, found.place) ?? [];
  return withList(c, found.place, insertAt(list, found.place.index + 1, [{ ...found.block, id: newId('block') }]));
}
