import { resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { TechniqueCard, type TeamConflict, type TeamLibrarySetting, type TeamSnapshot } from '../../core';
import { AppError } from '../../contract';
import { asTeamCard, TeamFolderStore } from './folder-store';
import { gitConflicts, gitMarkResolved, gitStatus } from './git';

/** A sync tool writes a file in bursts; changes are gathered for this long before the folder is read again. */
const SETTLE_MS = 250;
/** Watchers miss changes on some network drives: a folder is read again at least this often while asked about. */
const REREAD_MS = 10_000;

interface Entry {
  store: TeamFolderStore;
  watcher: FSWatcher | null;
  snapshot: TeamSnapshot | null;
  readAt: number;
  settle: ReturnType<typeof setTimeout> | null;
}

/**
 * The team libraries of the settings: each folder watched, read again when something in it changed, and
 * numbered with a revision that grows whenever what the trainer would see changed, so the UI asks cheaply.
 */
export class TeamLibraries {
  private entries = new Map<string, Entry>();
  private revision = 0;
  private lastAnswer = '';
  private lastTeams: TeamSnapshot[] = [];

  constructor(private readonly options: { watch: boolean } = { watch: true }) {}

  /** Follows the settings: new folders are watched, removed ones let go. */
  configure(settings: readonly TeamLibrarySetting[]): void {
    const wanted = new Map(settings.map((setting) => [resolve(setting.folder), setting]));
    for (const [folder, entry] of this.entries) {
      const setting = wanted.get(folder);
      if (!setting || setting.name !== entry.store.setting.name) this.release(folder);
    }
    for (const [folder, setting] of wanted) {
      if (this.entries.has(folder)) continue;
      const entry: Entry = { store: new TeamFolderStore({ name: setting.name, folder }), watcher: null, snapshot: null, readAt: 0, settle: null };
      if (this.options.watch) entry.watcher = this.watch(folder, entry);
      this.entries.set(folder, entry);
    }
  }

  private watch(folder: string, entry: Entry): FSWatcher {
    // Only the items and the team file matter; git's own folder changes on every command.
    const watcher = watch(folder, { ignoreInitial: true, depth: 1, ignored: (path) => /[\\/]\.git([\\/]|$)/.test(path) });
    watcher.on('all', () => {
      if (entry.settle) clearTimeout(entry.settle);
      entry.settle = setTimeout(() => ((entry.settle = null), (entry.snapshot = null)), SETTLE_MS);
    });
    // A folder that cannot be watched (gone, no rights) is still read again every REREAD_MS.
    watcher.on('error', () => undefined);
    return watcher;
  }

  private release(folder: string): void {
    const entry = this.entries.get(folder);
    if (entry?.settle) clearTimeout(entry.settle);
    void entry?.watcher?.close();
    this.entries.delete(folder);
  }

  /** All team libraries as they are now; only the revision when nothing changed since `since`. */
  async snapshot(since: number | null): Promise<{ revision: number; teams?: TeamSnapshot[] }> {
    const teams = await Promise.all([...this.entries.values()].map((entry) => this.current(entry)));
    // Asked every second or two: folders that were not read again are the same objects, and need no comparing.
    const reread = teams.length !== this.lastTeams.length || teams.some((team, index) => team !== this.lastTeams[index]);
    this.lastTeams = teams;
    const answer = reread ? JSON.stringify(teams) : this.lastAnswer;
    if (answer !== this.lastAnswer) {
      this.lastAnswer = answer;
      this.revision++;
    }
    return since === this.revision ? { revision: this.revision } : { revision: this.revision, teams };
  }

  private async current(entry: Entry): Promise<TeamSnapshot> {
    const fresh = entry.snapshot && entry.snapshot.state !== 'missing' && Date.now() - entry.readAt < REREAD_MS;
    if (fresh) return entry.snapshot!;
    entry.readAt = Date.now();
    entry.snapshot = await readWithGit(entry.store);
    return entry.snapshot;
  }

  /** The store of a configured team folder; any other folder is refused. */
  store(folder: string): TeamFolderStore {
    const entry = this.entries.get(resolve(folder));
    if (!entry) throw new AppError('bad-input', { file: folder }, `${folder}: not a team library in the settings`);
    return entry.store;
  }

  /** Something was written here: read the folder again at the next question, whatever the watcher says. */
  touched(folder: string): void {
    const entry = this.entries.get(resolve(folder));
    if (entry) entry.snapshot = null;
  }

  /** Writes the versions the trainer keeps and clears the conflict (removes the copy, or tells git it is settled). */
  async settleConflict(folder: string, file: string, keep: readonly TechniqueCard[]): Promise<void> {
    const store = this.store(folder);
    const entry = this.entries.get(resolve(folder))!;
    const conflict = (await this.current(entry)).conflicts.find((candidate) => candidate.file === file);
    if (!conflict) throw new AppError('bad-input', { file }, `${file}: no conflict in this team folder`);
    for (const card of keep) await store.write('card', card, undefined);
    if (conflict.kind === 'copy') await store.removeConflictCopy(file);
    else await gitMarkResolved(store.folder, file);
    this.touched(folder);
  }

  async close(): Promise<void> {
    for (const folder of [...this.entries.keys()]) this.release(folder);
  }
}

/** The folder's items, its git status, and a git merge's stopped card files as conflicts instead of broken files. */
async function readWithGit(store: TeamFolderStore): Promise<TeamSnapshot> {
  const read = await store.read();
  if (read.state === 'missing') return { ...read, git: null };
  const git = await gitStatus(store.folder);
  if (!git || git.conflicted === 0) return { ...read, git };
  const merged = await gitConflicts(store.folder);
  const asCard = (text: string | null) => {
    if (text === null) return null;
    try {
      const checked = TechniqueCard.safeParse(JSON.parse(text));
      return checked.success ? asTeamCard(checked.data, store.setting.name) : null;
    } catch {
      return null;
    }
  };
  const conflicts: TeamConflict[] = merged
    .filter((entry) => entry.file.startsWith('cards/'))
    .map((entry) => ({ kind: 'git', file: entry.file, itemFile: entry.file, mine: asCard(entry.ours), theirs: asCard(entry.theirs) }));
  const files = new Set(conflicts.map((conflict) => conflict.file));
  return { ...read, git, conflicts: [...read.conflicts, ...conflicts], problems: read.problems.filter((problem) => !files.has(problem.file)) };
}
