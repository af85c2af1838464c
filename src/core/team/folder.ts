import { z } from 'zod';

/**
 * A team library is a folder that a sync tool (OneDrive, Google Drive, Dropbox, Nextcloud) or git shares:
 * `cards/<id>.json` and `modules/<id>.json`, one pretty-printed item per file so a colleague's change is a
 * one-file diff, and `draaiboek-team.json` saying what the folder is.
 */
export const TEAM_FILE = 'draaiboek-team.json';
export const TEAM_FORMAT = 'draaiboek-team';
export const TEAM_FORMAT_VERSION = 1;
export const TEAM_FOLDERS = { card: 'cards', module: 'modules' } as const;
export type TeamItemKind = keyof typeof TEAM_FOLDERS;

export const TeamMeta = z.object({
  format: z.literal(TEAM_FORMAT),
  version: z.int().min(1),
  name: z.string().min(1).max(200),
});
export type TeamMeta = z.infer<typeof TeamMeta>;

/** The file an item is kept in, relative to the team folder. Ids are safe file names (see `Id`). */
export function teamItemFile(kind: TeamItemKind, id: string): string {
  return `${TEAM_FOLDERS[kind]}/${id}.json`;
}

/** Pretty JSON with a final newline, as the `.draaiboek` files are written, so diffs stay small and readable. */
export function teamItemText(item: unknown): string {
  return JSON.stringify(item, null, 2) + '\n';
}

/**
 * The patterns sync tools give the second version of a file both sides changed, as seen in the field:
 * Dropbox "x (Anna's conflicted copy 2026-11-03).json", Nextcloud "x (conflicted copy 2026-11-03 101500).json",
 * Syncthing "x.sync-conflict-20261103-101500-ABCDEF7.json", OneDrive and others "x-conflict-…" or "x-PC-NAME.json"
 * (too loose to recognise), Google Drive and browsers "x (1).json".
 */
const CONFLICT_COPY = [
  /^(?<id>.+?) \([^()]*conflict[^()]*\)\.json$/i,
  /^(?<id>.+?)\.sync-conflict-[\w-]+\.json$/i,
  /^(?<id>.+?)-conflict-[\w -]+\.json$/i,
  /^(?<id>.+?) \(\d{1,3}\)\.json$/,
];

/** The id of the item a sync tool's conflict copy belongs to, or null for an item's own file. */
export function conflictCopyOf(fileName: string): string | null {
  for (const pattern of CONFLICT_COPY) {
    const id = pattern.exec(fileName)?.groups?.id;
    if (id) return id;
  }
  return null;
}
