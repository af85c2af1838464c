import * as Y from 'yjs';
import { Block, Curriculum, TrainingDay, type Block as BlockType } from '../model/curriculum';
import { TechniqueCard } from '../model/card';
import { sameValue } from '../merge/diff';
import { orderFor } from './order';
import { applyTextChange } from './text';

/**
 * A training as a shared (Yjs) document, so that two trainers editing it at once never overwrite each other:
 *
 * - `training`: the training's own fields (title, audience and place as shared text; the rest as values);
 * - `days` and `blocks`: maps keyed by id, each day and block a map of its fields. A day has an `order`;
 *   a block has a `list` (a day's id, or "parking") and an `order` in it. Moving a block sets those two
 *   values, so a concurrent move and edit of one block both survive, and two moves of it settle on one
 *   place instead of copying it. Text a trainer types (titles, goal, texts for participants, notes) is
 *   shared text: two people typing in one field both keep their words.
 * - `cards`: the cards the training uses, by id, so a colleague's own card travels with the training.
 */
export const TEXT_FIELDS = new Set(['title', 'goal', 'participantText', 'trainerNotes', 'audience', 'place']);
/** The list of blocks put aside (the parking area); any other list is a day's id. */
export const PARKING = 'parking';
/** Bounds on what a peer can make us read: a hostile update must not take the app down. */
export const MAX_BLOCKS = 5000;
export const MAX_DAYS = 200;

const PLACE_KEYS = new Set(['list', 'order']);

export interface SharedTraining {
  training: Y.Map<unknown>;
  days: Y.Map<Y.Map<unknown>>;
  blocks: Y.Map<Y.Map<unknown>>;
  cards: Y.Map<unknown>;
}

export function sharedTraining(doc: Y.Doc): SharedTraining {
  return { training: doc.getMap('training'), days: doc.getMap('days'), blocks: doc.getMap('blocks'), cards: doc.getMap('cards') };
}

/** A plain value as stored: shared text read out, everything else as it is. */
const plain = (value: unknown): unknown => (value instanceof Y.Text ? value.toString() : value);

/** Sets one field of a shared map to `value`: text through a minimal change, other values only when different. */
function setField(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  if (TEXT_FIELDS.has(key) && typeof value === 'string') {
    if (current instanceof Y.Text) applyTextChange(current, value);
    else map.set(key, new Y.Text(value));
    return;
  }
  if (!sameValue(plain(current), value)) map.set(key, value);
}

/** Brings a shared map's fields to those of `value` (an object), leaving the place keys alone. */
function setFields(map: Y.Map<unknown>, value: object, skip: ReadonlySet<string> = new Set()): void {
  const fields = value as Record<string, unknown>;
  for (const key of [...map.keys()]) if (!PLACE_KEYS.has(key) && !skip.has(key) && !(key in fields)) map.delete(key);
  for (const [key, field] of Object.entries(fields)) if (!skip.has(key)) setField(map, key, field);
}

/** The order numbers a list of ids gets, keeping the ones already in order (see orderFor). */
function placeAll<T extends { id: string }>(items: readonly T[], mapOf: (id: string) => Y.Map<unknown> | undefined, list?: string): void {
  const current = items.map((item) => {
    const map = mapOf(item.id);
    if (!map || (list !== undefined && map.get('list') !== list)) return undefined;
    const order = map.get('order');
    return typeof order === 'number' ? order : undefined;
  });
  const orders = orderFor(current);
  items.forEach((item, index) => {
    const map = mapOf(item.id)!;
    if (list !== undefined && map.get('list') !== list) map.set('list', list);
    if (map.get('order') !== orders[index]) map.set('order', orders[index]!);
  });
}

/**
 * Writes a training into the shared document, changing only what differs: a field typed in, a block
 * moved, a day added. `cards`: the cards it uses, added when new (a card never changes under a colleague:
 * it is the version the training was made with). `before`: the training as last written or read, whose
 * unchanged blocks are skipped. Run it inside `doc.transact(…, origin)`.
 */
export function writeTraining(shared: SharedTraining, curriculum: Curriculum, cards: readonly TechniqueCard[] = [], before?: Curriculum): void {
  const { days, parking, ...rest } = curriculum;
  setFields(shared.training, rest);
  // Blocks that are the very objects written last time are unchanged: only their places are looked at.
  const unchanged = new Set<object>(before ? [...before.days.flatMap((day) => day.blocks), ...before.parking] : []);

  const dayIds = new Set(days.map((day) => day.id));
  for (const id of [...shared.days.keys()]) if (!dayIds.has(id)) shared.days.delete(id);
  for (const day of days) {
    let map = shared.days.get(day.id);
    if (!map) shared.days.set(day.id, (map = new Y.Map()));
    setFields(map, day, new Set(['blocks']));
  }
  placeAll(days, (id) => shared.days.get(id));

  const lists: [string, readonly BlockType[]][] = [...days.map((day): [string, readonly BlockType[]] => [day.id, day.blocks]), [PARKING, parking]];
  const blockIds = new Set(lists.flatMap(([, list]) => list.map((block) => block.id)));
  for (const id of [...shared.blocks.keys()]) if (!blockIds.has(id)) shared.blocks.delete(id);
  for (const [list, items] of lists) {
    for (const block of items) {
      let map = shared.blocks.get(block.id);
      if (map && unchanged.has(block)) continue;
      if (!map) shared.blocks.set(block.id, (map = new Y.Map()));
      setFields(map, block);
    }
    placeAll(items, (id) => shared.blocks.get(id), list);
  }

  for (const card of cards) if (!shared.cards.has(card.id)) shared.cards.set(card.id, card);
}

/** A shared map as a plain object, its place keys left out. */
function fieldsOf(map: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) if (!PLACE_KEYS.has(key)) fields[key] = plain(value);
  return fields;
}

const orderOf = (map: Y.Map<unknown>) => {
  const order = map.get('order');
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
};
/** Sorted by order, ties (two people inserting at one place at once) by id: every peer sees the same list. */
const byPlace = <T extends { id: string; map: Y.Map<unknown> }>(a: T, b: T) => orderOf(a.map) - orderOf(b.map) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface ReadTraining {
  curriculum: Curriculum;
  cards: TechniqueCard[];
  /** Days, blocks and cards a peer sent that are not valid: left out, the rest of the training intact. */
  skipped: number;
}

/**
 * Reads the training out of the shared document, every part checked against the file format's schema
 * before it can reach the document service: a block or card that does not pass is left out (and
 * counted), so a malformed or hostile update from a peer changes nothing it should not. A block whose
 * day is gone (deleted while a colleague moved the block into it) lands in the parking area, never lost.
 * `reuse`: the previous reading, whose unchanged blocks and days are kept as the same objects so the
 * editor renders only what changed. Null when the training itself cannot be read.
 */
export function readTraining(shared: SharedTraining, reuse?: Curriculum): ReadTraining | null {
  let skipped = 0;
  const previousBlocks = new Map<string, BlockType>();
  for (const day of reuse?.days ?? []) for (const block of day.blocks) previousBlocks.set(block.id, block);
  for (const block of reuse?.parking ?? []) previousBlocks.set(block.id, block);
  const same = <T>(before: T | undefined, after: T): T => (before !== undefined && sameValue(before, after) ? before : after);

  const lists = new Map<string, { id: string; map: Y.Map<unknown> }[]>();
  let count = 0;
  for (const [id, map] of shared.blocks.entries()) {
    if (!(map instanceof Y.Map) || ++count > MAX_BLOCKS) {
      skipped++;
      continue;
    }
    const list = typeof map.get('list') === 'string' ? (map.get('list') as string) : PARKING;
    const entries = lists.get(list);
    if (entries) entries.push({ id, map });
    else lists.set(list, [{ id, map }]);
  }
  const blocksOf = (list: string): BlockType[] =>
    (lists.get(list) ?? []).sort(byPlace).flatMap(({ id, map }) => {
      const parsed = Block.safeParse({ ...fieldsOf(map), id });
      if (!parsed.success) {
        skipped++;
        return [];
      }
      return [same(previousBlocks.get(id), parsed.data)];
    });

  const dayEntries = [...shared.days.entries()].filter(([, map]) => map instanceof Y.Map).map(([id, map]) => ({ id, map }));
  const days: TrainingDay[] = [];
  for (const { id, map } of dayEntries.sort(byPlace).slice(0, MAX_DAYS)) {
    // The day's own fields checked; its blocks were checked one by one (a parse would copy them).
    const parsed = TrainingDay.safeParse({ ...fieldsOf(map), id, blocks: [] });
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const day = { ...parsed.data, blocks: blocksOf(id) };
    const before = reuse?.days.find((candidate) => candidate.id === id);
    const blocksSame = before && before.blocks.length === day.blocks.length && before.blocks.every((block, index) => block === day.blocks[index]);
    days.push(before && blocksSame && sameValue({ ...before, blocks: [] }, { ...day, blocks: [] }) ? before : day);
    lists.delete(id);
  }
  // Blocks of days that are gone (or were never valid) are put aside, not lost.
  const parking = [...blocksOf(PARKING)];
  lists.delete(PARKING);
  for (const list of lists.keys()) parking.push(...blocksOf(list));

  const curriculum = Curriculum.safeParse({ ...fieldsOf(shared.training), days, parking });
  if (!curriculum.success) return null;
  const cards: TechniqueCard[] = [];
  for (const value of shared.cards.values()) {
    const card = TechniqueCard.safeParse(value);
    if (card.success) cards.push(card.data);
    else skipped++;
  }
  const parkingSame = reuse && reuse.parking.length === parking.length && reuse.parking.every((block, index) => block === parking[index]);
  return { curriculum: { ...curriculum.data, days, parking: parkingSame ? reuse.parking : parking }, cards, skipped };
}
