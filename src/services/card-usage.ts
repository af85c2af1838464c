import { join, resolve } from 'node:path';
import { z } from 'zod';
import { cardRunRecords, Id, summarizeCardUsage, type CardRunRecord, type CardUsage, type Curriculum } from '../core';
import type { StartupNotice } from '../contract';
import { JsonStore, type RejectedRecord, type StoreIo, type StoreValidator } from './json-store';

const Record_ = z.object({
  cardId: Id,
  runId: Id,
  entryId: Id,
  date: z.iso.date(),
  plannedMinutes: z.int().min(1),
  actualMinutes: z.int().min(0).nullable(),
  rating: z.int().min(1).max(5).nullable(),
});

/** Per training file (absolute path): the card blocks its runs ran. Derived from the files; never sent anywhere. */
interface UsageData {
  files: Record<string, CardRunRecord[]>;
}

/** A file whose records do not fit is dropped (and kept aside): opening the training again rebuilds it. */
const validateUsage: StoreValidator<UsageData> = (raw) => {
  const rejected: RejectedRecord[] = [];
  const files: Record<string, CardRunRecord[]> = {};
  const stored = typeof raw.files === 'object' && raw.files !== null ? (raw.files as Record<string, unknown>) : {};
  for (const [file, records] of Object.entries(stored)) {
    const checked = z.array(Record_).safeParse(records);
    if (checked.success) files[file] = checked.data;
    else rejected.push({ pointer: `/files/${file.replaceAll('~', '~0').replaceAll('/', '~1')}`, record: file, reason: checked.error.issues[0]?.message ?? 'does not fit', value: records });
  }
  return { data: { files }, rejected };
};

/**
 * How each card went on the days the trainer ran live, across the trainings opened in this data folder
 * (`card-usage.json`). Each file's share is replaced whenever it is opened or saved, so a run removed
 * from a file stops counting, and a copy of a training does not count twice (runs are matched by id).
 */
export class CardUsageStore {
  private constructor(private readonly db: JsonStore<UsageData>) {}

  static async open(dataDir: string, io?: Partial<StoreIo>): Promise<CardUsageStore> {
    const store = await JsonStore.open<UsageData>({ kind: 'card-usage', file: join(dataDir, 'card-usage.json'), defaults: () => ({ files: {} }), validate: validateUsage, io });
    return new CardUsageStore(store);
  }

  get notices(): StartupNotice[] {
    return this.db.notices;
  }

  /** Takes in what a training file says about its runs; writes only when that changed. */
  async recordFile(path: string, curriculum: Curriculum | undefined): Promise<void> {
    const file = resolve(path);
    const records = curriculum ? cardRunRecords(curriculum) : [];
    const before = this.db.data.files[file];
    if (JSON.stringify(before ?? []) === JSON.stringify(records)) return;
    await this.db.update((data) => {
      if (records.length > 0) data.files[file] = records;
      else delete data.files[file];
    });
  }

  summary(): CardUsage[] {
    return [...summarizeCardUsage(Object.values(this.db.data.files).flat()).values()];
  }
}
