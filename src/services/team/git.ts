import { simpleGit, type SimpleGit } from 'simple-git';
import type { GitStatus } from '../../core';
import { AppError } from '../../contract';

/** Each git command ends within this time: a hanging credential prompt or network never blocks the app. */
const GIT_TIMEOUT_MS = 60_000;

let installed: Promise<boolean> | null = null;

/** Whether the system has git; without it a team folder is a plain shared folder. */
export function gitInstalled(): Promise<boolean> {
  installed ??= simpleGit()
    .version()
    .then((version) => version.installed, () => false);
  return installed;
}

function gitIn(folder: string): SimpleGit {
  // Never ask for a password on a terminal nobody sees; a failing fetch says so instead.
  return simpleGit({ baseDir: folder, timeout: { block: GIT_TIMEOUT_MS } }).env({ ...process.env, GIT_TERMINAL_PROMPT: '0' });
}

/** The repository holding the folder, and the folder's place in it ("team/" or ""), or null when it is none. */
async function repositoryOf(folder: string): Promise<{ git: SimpleGit; prefix: string } | null> {
  if (!(await gitInstalled())) return null;
  try {
    // simple-git refuses a folder that is gone (an unmounted drive) at once, before any command.
    const git = gitIn(folder);
    if (!(await git.checkIsRepo())) return null;
    return { git, prefix: (await git.revparse(['--show-prefix'])).trim() };
  } catch {
    return null;
  }
}

function failed(folder: string, error: unknown): AppError {
  const detail = error instanceof Error ? error.message.split('\n').filter(Boolean).slice(0, 3).join(' ') : String(error);
  return new AppError('git-failed', { file: folder, detail }, `git in ${folder}: ${detail}`, { cause: error });
}

/** Ahead, behind and the changed files of the team folder, or null when the folder is no git repository. */
export async function gitStatus(folder: string): Promise<GitStatus | null> {
  const repository = await repositoryOf(folder);
  if (!repository) return null;
  const { git, prefix } = repository;
  try {
    const status = await git.status();
    const inFolder = (path: string) => path.startsWith(prefix);
    const remotes = await git.getRemotes();
    return {
      branch: status.current,
      remote: remotes.length > 0,
      ahead: status.ahead,
      behind: status.behind,
      changed: status.files.filter((file) => inFolder(file.path)).length,
      conflicted: status.conflicted.filter(inFolder).length,
    };
  } catch {
    return null;
  }
}

/** The files of the team folder a merge stopped on, relative to the folder, with both sides' text (null: deleted). */
export async function gitConflicts(folder: string): Promise<{ file: string; ours: string | null; theirs: string | null }[]> {
  const repository = await repositoryOf(folder);
  if (!repository) return [];
  const { git, prefix } = repository;
  const status = await git.status().catch(() => null);
  const conflicted = (status?.conflicted ?? []).filter((path) => path.startsWith(prefix));
  const stage = (n: 2 | 3, path: string) => git.show([`:${n}:${path}`]).catch(() => null);
  return Promise.all(conflicted.map(async (path) => ({ file: path.slice(prefix.length), ours: await stage(2, path), theirs: await stage(3, path) })));
}

/** Marks a conflicted file as settled after the trainer's choice was written to it. */
export async function gitMarkResolved(folder: string, file: string): Promise<void> {
  const repository = await repositoryOf(folder);
  if (!repository) return;
  await repository.git.raw(['add', '--all', '--', file]).catch((error: unknown) => Promise.reject(failed(folder, error)));
}

async function requireRepository(folder: string): Promise<{ git: SimpleGit; prefix: string }> {
  if (!(await gitInstalled())) throw new AppError('git-missing', { file: folder }, 'git is not installed');
  const repository = await repositoryOf(folder);
  if (!repository) throw failed(folder, new Error('not a git repository'));
  return repository;
}

/** "Ophalen": merges the colleagues' commits in. A merge that stops on a card leaves its conflict for the trainer. */
export async function gitPull(folder: string): Promise<void> {
  const { git } = await requireRepository(folder);
  try {
    await git.pull(undefined, undefined, { '--no-rebase': null, '--no-edit': null });
  } catch (error) {
    const status = await git.status().catch(() => null);
    if (status && status.conflicted.length > 0) return;
    throw failed(folder, error);
  }
}

/** "Vastleggen en delen": commits the team folder's changes with the trainer's message and pushes them. */
export async function gitShare(folder: string, message: string, author: string): Promise<void> {
  const { git } = await requireRepository(folder);
  try {
    await git.raw(['add', '--all', '--', '.']);
    const staged = (await git.raw(['diff', '--cached', '--name-only'])).trim();
    if (staged) {
      // A machine without a git identity still commits, in the trainer's name from the settings.
      const name = (await git.raw(['config', 'user.name']).catch(() => '')).trim();
      const identity = name ? [] : ['-c', `user.name=${author || 'Draaiboek'}`, '-c', 'user.email=draaiboek@localhost'];
      await git.raw([...identity, 'commit', '--quiet', '-m', message]);
    }
    if ((await git.getRemotes()).length === 0) return;
    const status = await git.status();
    await git.raw(status.tracking ? ['push'] : ['push', '--set-upstream', 'origin', 'HEAD']);
  } catch (error) {
    throw failed(folder, error);
  }
}
