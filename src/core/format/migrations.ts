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
