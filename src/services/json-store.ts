import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';

export interface SetAside {
  file: string;
  movedTo: string;
  detail: string;
}

/**
 * A lowdb file in the data folder, checked against a schema when read. A file that cannot be read or
 * does not fit is never overwritten: it is renamed aside (kept for the user) and the store starts fresh.
 * lowdb writes through steno, which writes a temp file and renames it, so saves are atomic.
 */
export async function openJsonStore<S extends z.ZodType>(
  file: string,
  schema: S,
  defaults: () => z.output<S>,
): Promise<{ db: Low<z.output<S>>; setAside?: SetAside }> {
  const db = new Low<z.output<S>>(new JSONFile(file), defaults());
  const problem = await inspect(file, schema);
  if (problem) {
    const movedTo = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, movedTo);
    db.data = defaults();
    return { db, setAside: { file, movedTo, detail: problem } };
  }
  await db.read();
  db.data = schema.parse(db.data ?? defaults());
  return { db };
}

async function inspect(file: string, schema: z.ZodType): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `cannot be read: ${(error as Error).message}`;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  const checked = schema.safeParse(raw);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return `unexpected content at /${issue?.path.join('/') ?? ''}: ${issue?.message ?? 'invalid'}`;
}
