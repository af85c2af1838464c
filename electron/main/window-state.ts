import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../src/services';

const WindowState = z.object({ x: z.int().optional(), y: z.int().optional(), width: z.int().min(400), height: z.int().min(300), maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowState>;

/** The window's size and place from the last session, or nothing (a damaged file is simply ignored). */
export async function loadWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    return WindowState.parse(JSON.parse((await readFile(join(dataDir, 'window.json'), 'utf8')).replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
}

/** Written atomically (temp file + rename) and through a symlink, like every file in the data folder. */
export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(dataDir, 'window.json'), JSON.stringify(state));
}
