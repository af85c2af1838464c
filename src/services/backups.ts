import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DraaiboekDocument } from '../core';
import { writeFileAtomic } from './atomic-write';

/** A hot-exit backup: the unsaved state of one open document, restored after a crash or kill. */
export const Backup = z.object({
  key: z.string().min(1).max(300),
  path: z.string().nullable(),
  revision: z.string().nullable(),
  document: DraaiboekDocument,
  savedAt: z.string(),
});
export type Backup = z.infer<typeof Backup>;

/** Backups live in <data>/backups, one file per open document, named by a hash of its key. */
export class BackupService {
  private readonly folder: string;
  constructor(dataDir: string) {
    this.folder = join(dataDir, 'backups');
  }

  private file(key: string): string {
    return join(this.folder, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);
  }

  async save(backup: Omit<Backup, 'savedAt'>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const full: Backup = { ...backup, savedAt: new Date().toISOString() };
    await writeFileAtomic(this.file(backup.key), JSON.stringify(full));
  }

  async discard(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  /** Every readable backup; a damaged one is skipped (and left on disk for inspection). */
  async list(): Promise<Backup[]> {
    let names: string[];
    try {
      names = (await readdir(this.folder)).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
    const backups = await Promise.all(
      names.map(async (name) => {
        try {
          return Backup.parse(JSON.parse(await readFile(join(this.folder, name), 'utf8')));
        } catch {
          return null;
        }
      }),
    );
    return backups.filter((backup): backup is Backup => backup !== null).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }
}
