import type { ConflictChoice, PendingConflict } from '../../app';

/**
 * The choices that mean something for a conflict. With both versions there, all three, keeping mine by
 * default. With one side deleted, "keep both" has nothing to keep twice, and the default keeps the card that
 * still exists, so applying without a second look never loses a colleague's work.
 */
export function conflictChoices(conflict: PendingConflict): { choices: ConflictChoice[]; initial: ConflictChoice } {
  if (conflict.mine && conflict.theirs) return { choices: ['keep-mine', 'take-theirs', 'keep-both'], initial: 'keep-mine' };
  if (conflict.theirs) return { choices: ['take-theirs', 'keep-mine'], initial: 'take-theirs' };
  return { choices: ['keep-mine', 'take-theirs'], initial: 'keep-mine' };
}

/** Addresses one conflict across answers from the host, which make new objects each time. */
export const conflictKey = (conflict: PendingConflict): string => (conflict.kind === 'edit' ? conflict.id : `${conflict.folder}\n${conflict.file}`);
