import { z } from 'zod';
import { TechniqueCard } from '../model/card';
import { Module } from '../model/curriculum';

/**
 * How a team folder can be used now: "ok"; "read-only" (the folder or the team file cannot be written, or the
 * team file is damaged); "newer-format" (a later Draaiboek made it: read, never written); "missing" (the
 * folder is gone, an unmounted drive).
 */
export const TeamFolderState = z.enum(['ok', 'read-only', 'newer-format', 'missing']);
export type TeamFolderState = z.infer<typeof TeamFolderState>;

/** Why a file of the team folder was skipped; the UI words it with the file's name. */
export const TeamProblemKind = z.enum(['unreadable', 'too-large', 'not-json', 'not-an-item', 'id-mismatch', 'team-file', 'module-conflict']);
export const TeamProblem = z.object({
  kind: TeamProblemKind,
  /** The file, relative to the team folder. */
  file: z.string(),
  /** The technical reason (a schema path and message), for the Output panel. */
  detail: z.string().max(2000),
});
export type TeamProblem = z.infer<typeof TeamProblem>;

/**
 * Two versions of one card that the trainer must choose between: a sync tool's conflict copy beside the
 * card's file ("copy"), or a git merge that stopped on the card's file ("git").
 */
export const TeamConflict = z.object({
  kind: z.enum(['copy', 'git']),
  /** The file that holds the other version (the conflict copy), or the conflicted file itself for git. */
  file: z.string(),
  /** The card's own file. */
  itemFile: z.string(),
  /** The version in the card's own file (git: ours); null when that file is gone. */
  mine: TechniqueCard.nullable(),
  /** The other version (the conflict copy; git: theirs); null when git's other side deleted the card. */
  theirs: TechniqueCard.nullable(),
});
export type TeamConflict = z.infer<typeof TeamConflict>;

export const GitStatus = z.object({
  branch: z.string().nullable(),
  /** Whether there is a remote to pull from and push to. */
  remote: z.boolean(),
  ahead: z.int().min(0),
  behind: z.int().min(0),
  /** Files of the team folder changed here and not yet committed. */
  changed: z.int().min(0),
  conflicted: z.int().min(0),
});
export type GitStatus = z.infer<typeof GitStatus>;

export const TeamSnapshot = z.object({
  name: z.string(),
  folder: z.string(),
  state: TeamFolderState,
  cards: z.array(TechniqueCard),
  modules: z.array(Module),
  /** Each item file's revision (a hash of its bytes), so a write can tell whether it changed since it was read. */
  revisions: z.record(z.string(), z.string()),
  problems: z.array(TeamProblem),
  conflicts: z.array(TeamConflict),
  /** Null when the folder is no git repository or git is not installed. */
  git: GitStatus.nullable(),
});
export type TeamSnapshot = z.infer<typeof TeamSnapshot>;

/** What a guarded write found: written, or the file changed since the trainer's version was read (with what is there now). */
export const TeamWriteResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), revision: z.string() }),
  z.object({ status: z.literal('changed'), current: TechniqueCard.nullable(), revision: z.string().nullable() }),
]);
export type TeamWriteResult = z.infer<typeof TeamWriteResult>;
