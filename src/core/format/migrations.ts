import { FORMAT_VERSION } from './document';

type JsonObject = Record<string, unknown>;

export interface Migration {
  from: number;
  describe: string;
  migrate(document: JsonObject): JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renameKey(object: unknown, from: string, to: string): void {
  if (isObject(object) && from in object && !(to in object)) {
    object[to] = object[from];
    delete object[from];
  }
}

/**
 * Before version 2 a card's need mappings had no layer, and a training counted them all. A training-method
 * card always described the exercise (what it does for participants). Every other card described the
 * technique in a conversation: its mappings become the conversation layer, and, so that a training made
 * before keeps the need balance it had, they are also its exercise layer until the trainer refines them.
 * Used for documents and for the data folder's own cards alike.
 */
export function addNeedLayers(cards: unknown): void {
  for (const card of Array.isArray(cards) ? cards : []) {
    if (!isObject(card) || !Array.isArray(card.needs)) continue;
    const method = card.tradition === 'training-method';
    const unlayered = card.needs.filter((mapping): mapping is JsonObject => isObject(mapping) && !('layer' in mapping));
    for (const mapping of unlayered) mapping.layer = method ? 'exercise' : 'conversation';
    if (!method) card.needs.push(...unlayered.map((mapping) => ({ ...mapping, layer: 'exercise' })));
  }
}

/** The built-in card `pf-if-then-planning` became part of `tm-transfer-action-plan` (issue 12). */
const MERGED_CARDS: Readonly<Record<string, string>> = { 'pf-if-then-planning': 'tm-transfer-action-plan' };

/**
 * Points blocks (and choice alternatives) at the card a removed built-in card was merged into, unless the
 * document carries its own copy of the old card (`embedded`), which then still describes the block.
 */
export function redirectMergedCards(blockLists: unknown[], embedded: ReadonlySet<string>): void {
  const visit = (block: unknown) => {
    if (!isObject(block)) return;
    const target = typeof block.cardId === 'string' ? MERGED_CARDS[block.cardId] : undefined;
    if (target && !embedded.has(block.cardId as string)) block.cardId = target;
    if (Array.isArray(block.alternatives)) block.alternatives.forEach(visit);
  };
  for (const list of blockLists) if (Array.isArray(list)) list.forEach(visit);
}

/**
 * Version 0 was the pre-release format: blocks said `minutes` and days said `startTime` / `endTime`.
 * Each migration lifts a document exactly one version; they run in order.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'rename block "minutes" to "durationMinutes" and day "startTime"/"endTime" to "start"/"targetEnd"',
    migrate(document) {
      const next = JSON.parse(JSON.stringify(document)) as JsonObject;
      const curriculum = next.curriculum;
      const blockLists: unknown[] = [];
      if (isObject(curriculum)) {
        blockLists.push(curriculum.parking);
        for (const day of Array.isArray(curriculum.days) ? curriculum.days : []) {
          renameKey(day, 'startTime', 'start');
          renameKey(day, 'endTime', 'targetEnd');
          if (isObject(day)) blockLists.push(day.blocks);
        }
      }
      for (const module of Array.isArray(next.modules) ? next.modules : []) {
        if (isObject(module)) blockLists.push(module.blocks);
      }
      for (const list of blockLists) {
        for (const block of Array.isArray(list) ? list : []) renameKey(block, 'minutes', 'durationMinutes');
      }
      next.formatVersion = 1;
      return next;
    },
  },
  {
    from: 1,
    describe: 'give every need mapping of the embedded cards its layer ("exercise" for training methods; techniques "conversation", and "exercise" too), and point blocks at the card a merged card became',
    migrate(document) {
      const next = JSON.parse(JSON.stringify(document)) as JsonObject;
      addNeedLayers(next.cards);
      const embedded = new Set((Array.isArray(next.cards) ? next.cards : []).flatMap((card) => (isObject(card) && typeof card.id === 'string' ? [card.id] : [])));
      const curriculum = isObject(next.curriculum) ? next.curriculum : {};
      const days = Array.isArray(curriculum.days) ? curriculum.days : [];
      const modules = Array.isArray(next.modules) ? next.modules : [];
      redirectMergedCards([curriculum.parking, ...days.map((day) => (isObject(day) ? day.blocks : [])), ...modules.map((module) => (isObject(module) ? module.blocks : []))], embedded);
      next.formatVersion = 2;
      return next;
    },
  },
  {
    from: 2,
    describe: 'version 3 can keep what happened when a day was run live (`curriculum.runs`); an older file has no runs, so nothing else changes',
    migrate(document) {
      return { ...document, formatVersion: 3 };
    },
  },
  {
    from: 3,
    describe: 'version 4 knows cards from a team library (origin "team", named by `provenance.team`); an older file has none, so nothing else changes',
    migrate(document) {
      return { ...document, formatVersion: 4 };
    },
  },
];

/** Lifts an older document to the current version; returns the steps taken. */
export function migrate(document: JsonObject, fromVersion: number): { document: JsonObject; steps: string[] } {
  let current = document;
  const steps: string[] = [];
  for (let version = fromVersion; version < FORMAT_VERSION; version++) {
    const migration = MIGRATIONS.find((m) => m.from === version);
    if (!migration) throw new Error(`no migration from format version ${version}`);
    current = migration.migrate(current);
    steps.push(migration.describe);
  }
  return { document: current, steps };
}
