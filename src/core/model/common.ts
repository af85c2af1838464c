import { z } from 'zod';

// Every schema module imports this one first, so this runs before any parse. Without it zod probes
// `new Function('')` and compiles parsers, which the app's CSP (no 'unsafe-eval') reports as violations.
z.config({ jitless: true });

/** Stable ids: lowercase letters, digits and dashes, so they read well in a diff and in a URL. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id is 1-80 lowercase letters, digits or dashes');
export type Id = z.infer<typeof Id>;

/** Texts the app ships or shares in both of its languages. */
export const LocalizedText = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LANGUAGES = ['nl', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A clock time on a training day, 24-hour "HH:MM". */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written as HH:MM (00:00-23:59)');
export type ClockTime = z.infer<typeof ClockTime>;

export const Minutes = z.int().min(1).max(24 * 60);

export const GROUP_FORMATS = ['individual', 'pairs', 'triads', 'subgroups', 'plenary'] as const;
export const GroupFormat = z.enum(GROUP_FORMATS);
export type GroupFormat = z.infer<typeof GroupFormat>;

export const Timestamp = z.iso.datetime({ offset: true });

/** Random part of an id; crypto.randomUUID exists in every runtime we target (browser, Node, Electron). */
export function newId(prefix: string): Id {
  const uuid = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
  return `${prefix}-${uuid.slice(0, 8)}${uuid.slice(9, 13)}`;
}
