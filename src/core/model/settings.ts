import { z } from 'zod';
import { EXPORT_FORMAT_IDS } from '../handout/formats';
import { ClockTime } from './common';

/** A team library as the trainer set it up: a name of their choice and the shared folder on disk. */
export const TeamLibrarySetting = z.object({
  name: z.string().trim().min(1).max(100),
  folder: z.string().trim().min(1).max(1000),
});
export type TeamLibrarySetting = z.infer<typeof TeamLibrarySetting>;

export const Settings = z.object({
  language: z.enum(['system', 'nl', 'en']).default('system'),
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']).default('system'),
  autosaveDelayMs: z.int().min(0).max(60_000).default(1000),
  breakIntervalMinutes: z.int().min(15).max(480).default(90),
  /*
   * Thresholds of the design checks. The defaults are what an experienced trainer works with; the settings
   * editor shows the reasoning (settings.<id>.rationale).
   */
  /** 'need-missing': a day feeds a need for fewer weighted minutes (minutes x strength / 3) than this. */
  needMissingMinutes: z.int().min(0).max(240).default(15),
  /** 'passive-time': the share of a day's working time (breaks excluded) spent listening, in percent. */
  listeningShareMaxPercent: z.int().min(10).max(100).default(40),
  /** 'passive-time': the longest stretch of listening blocks in a row. */
  listeningRunMaxMinutes: z.int().min(10).max(240).default(45),
  /** 'competence-arc': theory should be followed by practice that starts within this many minutes. */
  practiceAfterTheoryMinutes: z.int().min(0).max(240).default(30),
  dayStart: ClockTime.default('09:00'),
  dayEnd: ClockTime.default('17:00'),
  /** The trainer's name, written into the provenance of the cards they make. */
  authorName: z.string().max(200).default(''),
  /** Default edition and format in the export view. */
  exportAudience: z.enum(['participant', 'trainer']).default('participant'),
  exportFormat: z.enum(EXPORT_FORMAT_IDS).default('pdf'),
  /** The user's own keybindings: command id -> key chord like "ctrl+alt+n" ('' removes the default). */
  keybindings: z.record(z.string().max(100), z.string().max(50)).default({}),
  /** Chromium used for PDF export by the browser edition and the CLI; empty means "find it". */
  chromiumPath: z.string().default(''),
  /** Shared folders (a synced drive or a git repository) whose cards and modules the team keeps together. */
  teamLibraries: z.array(TeamLibrarySetting).max(20).default([]),
  /** The live co-editing server last used (issue 16): asked for once, then offered again. */
  collabServer: z.object({ address: z.string().trim().max(500), token: z.string().max(200) }).default({ address: '', token: '' }),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
