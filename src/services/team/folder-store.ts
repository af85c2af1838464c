import { createHash } from 'node:crypto';
import { access, constants, lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Module, TEAM_FILE, TEAM_FOLDERS, TEAM_FORMAT, TEAM_FORMAT_VERSION, TeamMeta, TechniqueCard, conflictCopyOf, teamItemFile, teamItemText,
  type TeamConflict, type TeamFolderState, type TeamItemKind, type TeamLibrarySetting, type TeamProblem, type TeamSnapshot, type TeamWriteResult,
} from '../../core';
import { AppError } from '../../contract';
import { writeFileAtomic } from '../atomic-write';
import { describeIssue } from '../json-store';

/** A card or module file larger than this is no card: it is skipped unread, so a stray file cannot exhaust memory. */
export const MAX_ITEM_BYTES = 2 * 1024 * 1024;
/** More files than this in one folder are not read (named in a problem): reading stays bounded. */
export const MAX_ITEMS = 5000;

const SCHEMAS = { card: TechniqueCard, module: Module } as const;

export function revisionOf(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

interface ReadItem<T> {
  item: T;
  revision: string;
}

/** A file read as one item of the team folder, or why it was skipped. */
async function readItem(folder: string, file: string, kind: TeamItemKind): Promise<ReadItem<TechniqueCard | Module> | TeamProblem> {
  const path = join(folder, file);
  try {
    const info = await lstat(path);
    if (!info.isFile()) return { kind: 'unreadable', file, detail: 'not a regular file' };
    if (info.size > MAX_ITEM_BYTES) return { kind: 'too-large', file, detail: `${info.size} bytes` };
    const text = await readFile(path);
    let raw: unknown;
    try {
      raw = JSON.parse(text.toString('utf8'));
    } catch (error) {
      // A file a sync tool is still writing is cut off: it shows as "not JSON" until the rest arrives.
      return { kind: 'not-json', file, detail: (error as Error).message };
    }
    const checked = SCHEMAS[kind].safeParse(raw);
    if (!checked.success) return { kind: 'not-an-item', file, detail: describeIssue(checked.error, '') };
    return { item: checked.data, revision: revisionOf(text) };
  } catch (error) {
    return { kind: 'unreadable', file, detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

const isProblem = (value: ReadItem<unknown> | TeamProblem): value is TeamProblem => 'kind' in value;

/** A card as the team library shows it: whatever its file says, it is the named team's card. */
export function asTeamCard(card: TechniqueCard, team: string): TechniqueCard {
  return { ...card, provenance: { ...card.provenance, origin: 'team', team } };
}

/**
 * One team folder on disk. Reading never changes a file there; every write is atomic and guarded by the
 * revision the trainer's version was read at, so a colleague's change that arrived meanwhile is never overwritten
 * unseen.
 */
export class TeamFolderStore {
  constructor(readonly setting: TeamLibrarySetting) {}

  get folder(): string {
    return this.setting.folder;
  }

  /** Everything in the folder: the cards and modules that fit, and each file that does not, with the reason. */
  async read(): Promise<Omit<TeamSnapshot, 'git'>> {
    const { name, folder } = this.setting;
    const empty = { name, folder, cards: [], modules: [], revisions: {}, problems: [], conflicts: [] };
    const problems: TeamProblem[] = [];
    const state = await this.state(problems);
    if (state === 'missing') return { ...empty, state };
    const revisions: Record<string, string> = {};
    const cards = await this.readKind('card', revisions, problems);
    const modules = await this.readKind('module', revisions, problems);
    const named = cards.items.map((card) => asTeamCard(card, name));
    const conflicts: TeamConflict[] = [];
    for (const copy of cards.copies) {
      const theirs = await readItem(folder, copy.file, 'card');
      if (isProblem(theirs)) {
        problems.push(theirs);
        continue;
      }
      const itemFile = teamItemFile('card', copy.id);
      conflicts.push({ kind: 'copy', file: copy.file, itemFile, mine: named.find((card) => card.id === copy.id) ?? null, theirs: theirs.item as TechniqueCard });
    }
    for (const copy of modules.copies) problems.push({ kind: 'module-conflict', file: copy.file, detail: teamItemFile('module', copy.id) });
    return { name, folder, state, cards: named, modules: modules.items, revisions, problems, conflicts };
  }

  /** Whether the folder is there and may be written; a damaged team file makes it read-only, a newer one too. */
  private async state(problems: TeamProblem[]): Promise<TeamFolderState> {
    const exists = await lstat(this.folder).then((info) => info.isDirectory(), () => false);
    if (!exists) return 'missing';
    const meta = await this.readMeta(problems);
    if (meta === 'damaged') return 'read-only';
    if (meta && meta.version > TEAM_FORMAT_VERSION) return 'newer-format';
    return (await access(this.folder, constants.W_OK).then(() => true, () => false)) ? 'ok' : 'read-only';
  }

  /** The team file, if there is one; 'damaged' when it cannot be trusted (then nothing is written). */
  private async readMeta(problems: TeamProblem[]): Promise<TeamMeta | null | 'damaged'> {
    const text = await readFile(join(this.folder, TEAM_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : error));
    if (text === null) return null;
    const fail = (detail: string) => (problems.push({ kind: 'team-file', file: TEAM_FILE, detail }), 'damaged' as const);
    if (text instanceof Error) return fail(text.message);
    if (text.length > MAX_ITEM_BYTES) return fail('too large');
    try {
      const checked = TeamMeta.safeParse(JSON.parse(text));
      return checked.success ? checked.data : fail(describeIssue(checked.error, ''));
    } catch (error) {
      return fail((error as Error).message);
    }
  }

  private async readKind<K extends TeamItemKind>(kind: K, revisions: Record<string, string>, problems: TeamProblem[]) {
    type Item = K extends 'card' ? TechniqueCard : Module;
    const items: Item[] = [];
    const copies: { file: string; id: string }[] = [];
    const names = await readdir(join(this.folder, TEAM_FOLDERS[kind])).catch(() => [] as string[]);
    // Hidden files are a sync tool's or our own temp files; only JSON files are items.
    const files = names.filter((file) => !file.startsWith('.') && file.toLowerCase().endsWith('.json')).sort();
    if (files.length > MAX_ITEMS) problems.push({ kind: 'too-large', file: TEAM_FOLDERS[kind], detail: `${files.length} files; the first ${MAX_ITEMS} are read` });
    for (const name of files.slice(0, MAX_ITEMS)) {
      const file = `${TEAM_FOLDERS[kind]}/${name}`;
      const copyOf = conflictCopyOf(name);
      if (copyOf) {
        copies.push({ file, id: copyOf });
        continue;
      }
      const read = await readItem(this.folder, file, kind);
      if (isProblem(read)) problems.push(read);
      else if (`${read.item.id}.json` !== name) problems.push({ kind: 'id-mismatch', file, detail: read.item.id });
      else {
        items.push(read.item as Item);
        revisions[file] = read.revision;
      }
    }
    return { items, copies };
  }

  /**
   * Writes one card or module, if its file is still at `expected` (null: there is no such file yet;
   * undefined: no check, for the trainer's explicit "keep mine").
   */
  async write(kind: TeamItemKind, item: TechniqueCard | Module, expected: string | null | undefined): Promise<TeamWriteResult> {
    await this.assertWritable();
    const file = teamItemFile(kind, item.id);
    const current = await this.currentRevision(file);
    if (expected !== undefined && current !== expected) return this.changed(kind, file, current);
    await this.ensureLayout(kind);
    const text = teamItemText(kind === 'card' ? storedCard(item as TechniqueCard) : item);
    await writeFileAtomic(join(this.folder, file), text);
    return { status: 'saved', revision: revisionOf(text) };
  }

  async remove(kind: TeamItemKind, id: string, expected: string | undefined): Promise<TeamWriteResult> {
    await this.assertWritable();
    const file = teamItemFile(kind, id);
    const current = await this.currentRevision(file);
    if (expected !== undefined && current !== expected) return this.changed(kind, file, current);
    await rm(join(this.folder, file), { force: true });
    return { status: 'saved', revision: '' };
  }

  /** Removes a sync tool's conflict copy once the trainer has chosen; only a file that is one. */
  async removeConflictCopy(file: string): Promise<void> {
    await this.assertWritable();
    const [folder, name, ...rest] = file.split('/');
    if (folder !== TEAM_FOLDERS.card || !name || rest.length > 0 || !conflictCopyOf(name)) {
      throw new AppError('bad-input', { file }, `${file}: not a conflict copy of a card in this team folder`);
    }
    await rm(join(this.folder, file), { force: true });
  }

  private async changed(kind: TeamItemKind, file: string, revision: string | null): Promise<TeamWriteResult> {
    if (revision === null || kind === 'module') return { status: 'changed', current: null, revision };
    const read = await readItem(this.folder, file, 'card');
    return { status: 'changed', current: isProblem(read) ? null : asTeamCard(read.item as TechniqueCard, this.setting.name), revision };
  }

  private async currentRevision(file: string): Promise<string | null> {
    return readFile(join(this.folder, file)).then(revisionOf, () => null);
  }

  private async assertWritable(): Promise<void> {
    const state = await this.state([]);
    if (state !== 'ok') {
      throw new AppError('team-folder-read-only', { file: this.folder, name: this.setting.name, state }, `${this.folder}: the team library "${this.setting.name}" cannot be written (${state})`);
    }
  }

  /** The folder becomes a team library with its first item: the team file and the item's folder. */
  private async ensureLayout(kind: TeamItemKind): Promise<void> {
    await mkdir(join(this.folder, TEAM_FOLDERS[kind]), { recursive: true });
    const meta = join(this.folder, TEAM_FILE);
    if (await lstat(meta).then(() => false, () => true)) {
      await writeFileAtomic(meta, teamItemText({ format: TEAM_FORMAT, version: TEAM_FORMAT_VERSION, name: this.setting.name }));
    }
  }
}

/** The folder says which team a card belongs to; the file keeps only that it is a team card. */
function storedCard(card: TechniqueCard): TechniqueCard {
  const { team: _team, ...provenance } = card.provenance;
  return { ...card, provenance: { ...provenance, origin: 'team' } };
}
