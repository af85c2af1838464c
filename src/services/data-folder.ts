import { join } from 'node:path';
import { removeLeftoverTempFiles } from './atomic-write';

/**
 * Removes temp files of ours that a killed or crashed Draaiboek left in the data folder and in
 * `backups/` (only ours, by pattern). Called when the stores open, so at every start.
 */
export async function cleanDataFolder(dataDir: string): Promise<string[]> {
  const removed = await removeLeftoverTempFiles(dataDir);
  const inBackups = await removeLeftoverTempFiles(join(dataDir, 'backups'));
  return [...removed, ...inBackups.map((name) => join('backups', name))];
}
