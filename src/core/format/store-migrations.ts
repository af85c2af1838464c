/**
 * Data-folder files (library.json, settings.json) carry a `formatVersion` of their own, apart from the
 * `.draaiboek` format's. A file without one is version 0 (written before files were versioned). As with
 * documents, each migration lifts a file exactly one version and they run in order. Pure: no Node.
 */

import { addNeedLayers, redirectMergedCards } from './migrations';

type JsonObject = Record<string, unknown>;

export type StoreKind = 'library' | 'settings' | 'card-usage';

/** The version this build writes. A file with a higher one was written by a newer Draaiboek. */
export const STORE_FORMAT_VERSION = 2;

export interface StoreMigration {
  from: number;
  describe: string;
  migrate(data: JsonObject): JsonObject;
}

export const STORE_MIGRATIONS: Readonly<Record<StoreKind, readonly StoreMigration[]>> = {
  library: [
    { from: 0, describe: 'mark the library as format version 1', migrate: (data) => ({ ...data, formatVersion: 1 }) },
    {
      from: 1,
      describe: 'give every need mapping of the own cards its layer ("exercise" for training methods; techniques "conversation", and "exercise" too), and point module blocks at the card a merged card became',
      migrate: (data) => {
        const next = JSON.parse(JSON.stringify(data)) as JsonObject;
        addNeedLayers(next.cards);
        const field = (record: unknown, key: string) => (typeof record === 'object' && record !== null ? (record as JsonObject)[key] : undefined);
        const own = new Set((Array.isArray(next.cards) ? next.cards : []).map((card) => field(card, 'id')).filter((id): id is string => typeof id === 'string'));
        redirectMergedCards((Array.isArray(next.modules) ? next.modules : []).map((module) => field(module, 'blocks')), own);
        return { ...next, formatVersion: 2 };
      },
    },
  ],
  settings: [
    { from: 0, describe: 'mark the settings as format version 1', migrate: (data) => ({ ...data, formatVersion: 1 }) },
    { from: 1, describe: 'mark the settings as format version 2 (nothing in them changed)', migrate: (data) => ({ ...data, formatVersion: 2 }) },
  ],
  // Introduced at store version 2 (issue 14); an unversioned file is taken as the same shape.
  'card-usage': [
    { from: 0, describe: 'mark how cards went as format version 1', migrate: (data) => ({ ...data, formatVersion: 1 }) },
    { from: 1, describe: 'mark how cards went as format version 2', migrate: (data) => ({ ...data, formatVersion: 2 }) },
  ],
};

export type StoreVersionCheck =
  | { status: 'current' | 'older'; version: number }
  | { status: 'newer'; version: number }
  | { status: 'invalid'; detail: string };

/** The version a file says it has: none is 0; anything but a whole number >= 0 is invalid. */
export function storeVersionOf(data: JsonObject): StoreVersionCheck {
  const version = data.formatVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { status: 'invalid', detail: `formatVersion must be a whole number, not ${JSON.stringify(version)}` };
  }
  if (version > STORE_FORMAT_VERSION) return { status: 'newer', version };
  return { status: version === STORE_FORMAT_VERSION ? 'current' : 'older', version };
}

/** Lifts an older data file to the current version; returns the steps taken. Never called for a newer file. */
export function migrateStore(kind: StoreKind, data: JsonObject, fromVersion: number): { data: JsonObject; steps: string[] } {
  let current = data;
  const steps: string[] = [];
  for (let version = fromVersion; version < STORE_FORMAT_VERSION; version++) {
    const migration = STORE_MIGRATIONS[kind].find((m) => m.from === version);
    if (!migration) throw new Error(`no ${kind} migration from format version ${version}`);
    current = migration.migrate(current);
    steps.push(migration.describe);
  }
  return { data: current, steps };
}
