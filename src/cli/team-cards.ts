import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { TEAM_FILE, TeamMeta, type TechniqueCard, type Translate } from '../core';
import { TeamFolderStore } from '../services/team/folder-store';
import type { CliIo } from './main';

/** The team's name as its folder says it (draaiboek-team.json), else the folder's own name. */
async function teamName(folder: string): Promise<string> {
  const text = await readFile(join(folder, TEAM_FILE), 'utf8').catch(() => null);
  try {
    return text ? TeamMeta.parse(JSON.parse(text)).name : basename(folder);
  } catch {
    return basename(folder);
  }
}

/** The cards of the team folder of `--team`, reading only; each file that is skipped is named on stderr. */
export async function teamCards(dir: string, io: CliIo, t: Translate): Promise<TechniqueCard[]> {
  const folder = resolve(dir);
  const team = await teamName(folder);
  const read = await new TeamFolderStore({ name: team, folder }).read();
  const say = (message: string, detail: string) => io.err(t('cli.team.problem', { team, message, detail }) + '\n');
  if (read.state === 'missing') say(t('team.state.missing'), folder);
  for (const problem of read.problems) say(t(`team.problem.${problem.kind}`, { file: join(folder, problem.file) }), problem.detail);
  for (const conflict of read.conflicts) say(t('team.problem.conflict-copy', { file: join(folder, conflict.file) }), conflict.itemFile);
  return read.cards;
}
