import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TechniqueCard } from '../../src/core';
import { TeamFolderStore } from '../../src/services/team/folder-store';
import { gitPull, gitShare, gitStatus } from '../../src/services/team/git';
import { TeamLibraries } from '../../src/services/team/libraries';
import { makeCard, makeTempDir, removeDir } from './fixtures';

// Issue 15: a team folder that is a git repository, against a real git and a bare "server" repository.

let dir: string;
let remote: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A colleague's clone of the team repository, with a git identity of their own. */
async function clone(name: string): Promise<string> {
  const folder = join(dir, name);
  git(dir, 'clone', '--quiet', remote, folder);
  git(folder, 'config', 'user.name', name);
  git(folder, 'config', 'user.email', `${name}@example.org`);
  return folder;
}

const teamCard = (id: string, minutes: number): TechniqueCard => makeCard(id, { defaultDurationMinutes: minutes, provenance: { origin: 'team', author: 'Anna', updated: '2026-11-01T10:00:00Z' } });

beforeEach(async () => {
  dir = await makeTempDir();
  remote = join(dir, 'team.git');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  // The repository starts with one commit, as a team's would.
  const seed = join(dir, 'seed');
  await mkdir(seed);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  await writeFile(join(seed, 'README.md'), 'Kaarten van het team\n');
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@example.org', 'commit', '--quiet', '-m', 'start');
  git(seed, 'push', '--quiet', remote, 'main');
});
afterEach(() => removeDir(dir));

describe('a team folder in git', () => {
  it('has no git status when it is a plain folder', async () => {
    await mkdir(join(dir, 'plain'));
    expect(await gitStatus(join(dir, 'plain'))).toBeNull();
  });

  it('counts changed files, shares them with a message, and a colleague pulls them in', async () => {
    const anna = await clone('anna');
    const bram = await clone('bram');
    await new TeamFolderStore({ name: 'Team', folder: anna }).write('card', teamCard('team-1', 20), null);
    expect(await gitStatus(anna)).toMatchObject({ branch: 'main', remote: true, changed: 2, ahead: 0, conflicted: 0 });
    await gitShare(anna, 'Schaalvraag toegevoegd', 'Anna');
    expect(await gitStatus(anna)).toMatchObject({ changed: 0, ahead: 0 });
    expect(git(anna, 'log', '-1', '--format=%s')).toBe('Schaalvraag toegevoegd\n');
    git(bram, 'fetch', '--quiet');
    expect(await gitStatus(bram)).toMatchObject({ behind: 1 });
    await gitPull(bram);
    expect((await new TeamFolderStore({ name: 'Team', folder: bram }).read()).cards.map((card) => card.id)).toEqual(['team-1']);
  });

  it('commits in the trainer’s name from the settings where git knows no one', async () => {
    const anna = await clone('anna');
    git(anna, 'config', '--unset', 'user.name');
    git(anna, 'config', '--unset', 'user.email');
    await new TeamFolderStore({ name: 'Team', folder: anna }).write('card', teamCard('team-1', 20), null);
    // HOME points nowhere, so no global identity helps.
    const home = process.env.HOME;
    process.env.HOME = dir;
    try {
      await gitShare(anna, 'Eerste kaart', 'Anna de Vries');
    } finally {
      process.env.HOME = home;
    }
    expect(git(anna, 'log', '-1', '--format=%an')).toBe('Anna de Vries\n');
  });

  it('a merge that stops on a card shows both versions as a conflict; taking theirs settles it', async () => {
    const anna = await clone('anna');
    const bram = await clone('bram');
    await new TeamFolderStore({ name: 'Team', folder: anna }).write('card', teamCard('team-1', 20), null);
    await gitShare(anna, 'Schaalvraag', 'Anna');
    await gitPull(bram);
    // Both change the same card; Anna shares first, Bram's push is refused until he pulls.
    await new TeamFolderStore({ name: 'Team', folder: anna }).write('card', teamCard('team-1', 30), undefined);
    await gitShare(anna, '30 minuten', 'Anna');
    await new TeamFolderStore({ name: 'Team', folder: bram }).write('card', teamCard('team-1', 45), undefined);
    await expect(gitShare(bram, '45 minuten', 'Bram')).rejects.toMatchObject({ code: 'git-failed' });
    await gitPull(bram);
    expect(await gitStatus(bram)).toMatchObject({ conflicted: 1 });
    const libraries = new TeamLibraries({ watch: false });
    libraries.configure([{ name: 'Team', folder: bram }]);
    const team = (await libraries.snapshot(null)).teams![0]!;
    // The file with git's markers is no broken card here: it is the conflict.
    expect(team.problems).toEqual([]);
    expect(team.conflicts).toMatchObject([{ kind: 'git', file: 'cards/team-1.json', mine: { defaultDurationMinutes: 45 }, theirs: { defaultDurationMinutes: 30 } }]);
    await libraries.settleConflict(bram, 'cards/team-1.json', [team.conflicts[0]!.theirs!]);
    expect(await gitStatus(bram)).toMatchObject({ conflicted: 0 });
    expect(JSON.parse(await readFile(join(bram, 'cards', 'team-1.json'), 'utf8'))).toMatchObject({ defaultDurationMinutes: 30 });
    await gitShare(bram, 'Samengevoegd', 'Bram');
    expect(git(bram, 'status', '--porcelain')).toBe('');
    await libraries.close();
  });
});
