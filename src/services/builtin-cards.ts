import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TechniqueCard } from '../core';
import { AppError } from '../contract';

/** The starter library: one JSON file per card under resources/cards, so each card diffs on its own. */
export async function loadBuiltinCards(resourcesDir: string): Promise<TechniqueCard[]> {
  const folder = join(resourcesDir, 'cards');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = join(folder, name);
      const checked = TechniqueCard.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const detail = `${file}: /${issue?.path.join('/')}: ${issue?.message}`;
        throw new AppError('unexpected', { file, detail }, detail);
      }
      return checked.data;
    }),
  );
}
