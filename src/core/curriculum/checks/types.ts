import type { MessageKey } from '../../i18n';
import type { TechniqueCard } from '../../model/card';
import type { Curriculum } from '../../model/curriculum';
import type { Settings } from '../../model/settings';
import type { DaySchedule } from '../schedule';

export type Severity = 'error' | 'warning' | 'info';

/** A day-level problem has only `dayId`; a parked block only `blockId`. */
export interface ProblemLocation {
  dayId?: string;
  blockId?: string;
}

/** Texts are message keys, translated by the UI in its own language. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface QuickFix {
  title: Message;
  /** Returns a new curriculum; never changes the one it is given. */
  apply(curriculum: Curriculum): Curriculum;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: Message;
  location: ProblemLocation;
  fix?: QuickFix;
  /** Other repairs, offered after `fix` (e.g. accepting the problem for this block). */
  moreFixes?: QuickFix[];
}

/** The settings the checks read: their thresholds, with the defaults of `Settings`. */
export const CHECK_SETTINGS = [
  'breakIntervalMinutes',
  'needMissingMinutes',
  'listeningShareMaxPercent',
  'listeningRunMaxMinutes',
  'practiceAfterTheoryMinutes',
] as const satisfies readonly (keyof Settings)[];
export type CheckSettings = Pick<Settings, (typeof CHECK_SETTINGS)[number]>;

/** Computed once per run and shared by all rules. */
export interface CheckContext extends CheckSettings {
  cards: ReadonlyMap<string, TechniqueCard>;
  /** By day id. */
  schedules: ReadonlyMap<string, DaySchedule>;
}

export interface Rule {
  id: string;
  severity: Severity;
  check(curriculum: Curriculum, context: CheckContext): Problem[];
}
