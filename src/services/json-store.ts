import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError, type StartupNotice } from '../contract';
import { migrateStore, STORE_FORMAT_VERSION, storeVersionOf, type StoreKind } from '../core/format/store-migrations';
import { writeFileAtomic } from './atomic-write';
import { collectExtras, restoreExtras, type Extras } from './unknown-fields';

type JsonObject = Record<string, unknown>;

/** A record (a card, a module, a setting) that did not fit its schema and was taken out of the data. */
export interface RejectedRecord {
  /** JSON pointer into the file, e.g. /cards/3. */
  pointer: string;
  /** How people know it: a card's title and id, a setting's name. */
  record: string;
  reason: string;
  value: unknown;
}

/** What a store does with its migrated file: the data it can use, and the records it could not. */
export type StoreValidator<T> = (raw: JsonObject) => { data: T; rejected: RejectedRecord[] };

/** The file operations a store uses; tests replace one to simulate what root cannot (EACCES, a read-only folder). */
export interface StoreIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Copies without ever replacing an existing file. */
  copyFile(from: string, to: string): Promise<void>;
  writeFile(path: string, data: string): Promise<void>;
  mkdir(path: string): Promise<void>;
}

export const nodeStoreIo: StoreIo = {
  readFile: (path) => readFile(path),
  copyFile: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL),
  writeFile: writeFileAtomic,
  mkdir: async (path) => void (await mkdir(path, { recursive: true })),
};

export interface StoreOptions<T> {
  kind: StoreKind;
  file: string;
  defaults: () => T;
  validate: StoreValidator<T>;
  io?: Partial<StoreIo>;
  now?: Date;
}

/**
 * A lowdb file in the data folder (library.json, settings.json), versioned and migrated on read.
 *
 * - A record that does not fit its schema is taken out and kept in `quarantine/` (written atomically);
 *   the rest loads. A UTF-8 BOM is ignored. Fields this version does not know are kept on save.
 * - A file that is not JSON at all is copied aside (`<file>.broken-<time>`, never replacing one) and the
 *   store starts empty. If it cannot be copied, the file is left alone and the store is read-only.
 * - A file that cannot be read (no permission) or was written by a newer Draaiboek is never written:
 *   the store works in memory and every save is refused with a clear error.
 * Nothing here throws at start: every problem becomes a startup notice.
 */
export class JsonStore<T extends object> {
  readonly db: Low<T>;
  readonly notices: StartupNotice[] = [];
  /** Why saves are refused this session, or null when the store is writable. */
  readOnly: string | null = null;
  private extras: Extras = undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly io: StoreIo;

  private constructor(private readonly options: StoreOptions<T>) {
    this.io = { ...nodeStoreIo, ...options.io };
    const adapter: Adapter<T> = { read: async () => this.db.data, write: (data) => this.io.writeFile(options.file, this.serialize(data)) };
    this.db = new Low<T>(adapter, options.defaults());
  }

  static async open<T extends object>(options: StoreOptions<T>): Promise<JsonStore<T>> {
    const store = new JsonStore(options);
    await store.load();
    return store;
  }

  get file(): string {
    return this.options.file;
  }

  get data(): T {
    return this.db.data;
  }

  /**
   * Changes a copy of the data and writes it; the data in memory changes only when the write succeeded.
   * A read-only store refuses, unless `inMemoryWhenReadOnly` (bookkeeping such as recent files and the
   * layout, which then lasts for this session only).
   */
  update(change: (data: T) => void, { inMemoryWhenReadOnly = false } = {}): Promise<void> {
    const run = async () => {
      if (this.readOnly && inMemoryWhenReadOnly) {
        const next = structuredClone(this.db.data);
        change(next);
        this.db.data = next;
        return;
      }
      if (this.readOnly) {
        throw new AppError('store-read-only', { file: this.file, detail: String(this.readOnly) }, `${basename(this.file)} is read-only in this session (${this.readOnly}); nothing was saved`);
      }
      const previous = this.db.data;
      const next = structuredClone(previous);
      change(next);
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private serialize(data: T): string {
    const merged = restoreExtras(data, this.extras) as JsonObject;
    delete merged.formatVersion;
    return `${JSON.stringify({ formatVersion: STORE_FORMAT_VERSION, ...merged }, null, 2)}\n`;
  }

  private notice(code: StartupNotice['code'], fields: Partial<Omit<StartupNotice, 'code' | 'file'>> = {}): void {
    this.notices.push({ code, file: this.file, movedTo: '', record: '', detail: '', ...fields });
  }

  private async load(): Promise<void> {
    const { file, kind } = this.options;
    let bytes: Uint8Array;
    try {
      bytes = await this.io.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.readOnly = `it cannot be read: ${describeError(error)}`;
      this.notice('store-read-only', { detail: describeError(error) });
      return;
    }
    const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return this.setAside(`not valid JSON: ${(error as Error).message}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return this.setAside('not a JSON object');
    const version = storeVersionOf(raw as JsonObject);
    if (version.status === 'invalid') return this.setAside(version.detail);
    if (version.status === 'newer') {
      // Use what this version understands; write nothing, so the newer version's data stays whole.
      this.readOnly = `it was written by a newer version of Draaiboek (format version ${version.version})`;
      this.db.data = this.options.validate(raw as JsonObject).data;
      this.notice('store-newer-version', { detail: String(version.version) });
      return;
    }
    let migrated: JsonObject;
    try {
      migrated = migrateStore(kind, raw as JsonObject, version.version).data;
    } catch (error) {
      return this.setAside(`cannot be migrated: ${(error as Error).message}`);
    }
    const { data, rejected } = this.options.validate(migrated);
    this.db.data = data;
    this.extras = collectExtras(migrated, data);
    if (rejected.length > 0) await this.quarantine(rejected);
  }

  /** Keeps the rejected records in quarantine/, then saves the file without them (so they go once). */
  private async quarantine(rejected: RejectedRecord[]): Promise<void> {
    const folder = join(dirname(this.file), 'quarantine');
    const now = this.options.now ?? new Date();
    let movedTo: string;
    try {
      await this.io.mkdir(folder);
      movedTo = await freeName(join(folder, `${basename(this.file)}-${stamp(now)}`), '.json');
      const kept = { file: this.file, quarantinedAt: now.toISOString(), records: rejected };
      await this.io.writeFile(movedTo, `${JSON.stringify(kept, null, 2)}\n`);
    } catch (error) {
      // Without a copy of the records, saving would lose them: leave the file as it is.
      this.readOnly = `records that do not fit could not be kept aside: ${describeError(error)}`;
      for (const record of rejected) this.notice('record-skipped', { record: record.record, detail: record.reason });
      return;
    }
    for (const record of rejected) this.notice('record-quarantined', { record: record.record, movedTo, detail: record.reason });
    await this.db.write().catch(() => undefined);
  }

  /** A file that is not JSON: copy it aside (never replacing a file) and start empty; if that fails, go read-only. */
  private async setAside(detail: string): Promise<void> {
    const code = ({ library: 'library-unreadable', settings: 'settings-unreadable', 'card-usage': 'usage-unreadable' } as const)[this.options.kind];
    this.db.data = this.options.defaults();
    try {
      const existing = await identicalCopy(this.file, this.io);
      const movedTo = existing ?? (await freeName(`${this.file}.broken-${stamp(this.options.now ?? new Date())}`, ''));
      if (!existing) await this.io.copyFile(this.file, movedTo);
      this.notice(code, { movedTo, detail });
    } catch (error) {
      this.readOnly = `it is damaged and could not be kept aside: ${describeError(error)}`;
      this.notice('store-not-set-aside', { detail: `${detail}; ${describeError(error)}` });
    }
  }
}

/** An earlier `.broken-` copy with the very same bytes (the file was not saved since), so it is kept once. */
async function identicalCopy(file: string, io: StoreIo): Promise<string | null> {
  const prefix = `${basename(file)}.broken-`;
  const names = (await readdir(dirname(file)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).sort();
  const original = Buffer.from(await io.readFile(file));
  for (const name of names) {
    const candidate = join(dirname(file), name);
    const bytes = await readFile(candidate).catch(() => null);
    if (bytes && original.equals(bytes)) return candidate;
  }
  return null;
}

async function freeName(base: string, extension: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}${extension}` : `${base}-${n}${extension}`;
    const taken = await stat(candidate).then(() => true, () => false);
    if (!taken) return candidate;
  }
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** A file-system error in words, without the raw error code. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'permission-denied':
      return 'no permission';
    case 'EROFS':
    case 'read-only-file-system':
      return 'the folder is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'disk-full':
      return 'the disk is full';
    case 'EISDIR':
    case 'is-a-folder':
      return 'it is a folder, not a file';
    default:
      return (error as Error).message ?? String(error);
  }
}

/** The first problem zod found, as `/pointer: message`, the pointer from the file's root. */
export function describeIssue(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  return `${[prefix, ...path].join('/')}: ${issue?.message ?? 'invalid'}`;
}
