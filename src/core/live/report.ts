import type { Translate } from '../i18n';
import type { Curriculum } from '../model/curriculum';
import type { DayRun, RunEntry } from '../model/run';

/** One block of a run, planned against actual: the shape `draaiboek report --json` prints. */
export interface ReportRow {
  dayIndex: number;
  /** The plan's block; null for a break inserted on the day. */
  blockId: string | null;
  title: string;
  plannedMinutes: number;
  /** Null when the block was skipped, not reached, or its times cannot be read. */
  actualMinutes: number | null;
  skipped: boolean;
  rating: number | null;
  note: string | null;
}

/** Something in a run log that does not add up; shown beside the report, never a reason to refuse it. */
export interface RunProblem {
  kind: 'unknown-day' | 'missing-block' | 'ends-before-start' | 'overlap';
  runId: string;
  /** The entry concerned (its title as logged). */
  title?: string;
}

export interface RunReport {
  dayIndex: number;
  dayTitle: string;
  run: DayRun;
  rows: ReportRow[];
}

const MINUTE = 60_000;

/** Whole minutes an entry took, or null when it did not run or its times do not add up. */
export function actualMinutes(entry: RunEntry): number | null {
  if (entry.status === 'skipped' || !entry.start || !entry.end) return null;
  const length = Date.parse(entry.end) - Date.parse(entry.start);
  return Number.isFinite(length) && length >= 0 ? Math.round(length / MINUTE) : null;
}

/** The latest run of each day that was run, in day order, with its rows. */
export function runReports(curriculum: Curriculum): RunReport[] {
  return curriculum.days.flatMap((day, dayIndex) => {
    const run = (curriculum.runs ?? []).findLast((candidate) => candidate.dayId === day.id);
    if (!run) return [];
    const rows = run.entries.map(
      (entry): ReportRow => ({
        dayIndex,
        blockId: entry.blockId ?? null,
        title: entry.title,
        plannedMinutes: entry.plannedMinutes,
        actualMinutes: actualMinutes(entry),
        skipped: entry.status === 'skipped',
        rating: entry.rating ?? null,
        note: entry.note ?? null,
      }),
    );
    return [{ dayIndex, dayTitle: day.title, run, rows }];
  });
}

/** A run problem as the trainer reads it, in the live view and from `draaiboek report` alike. */
export const describeRunProblem = (problem: RunProblem, t: Translate): string => t(`runProblem.${problem.kind}`, { title: problem.title ?? '' });

/** What does not add up in the runs: a day or block that is gone, a block ending before it starts, overlaps. */
export function runProblems(curriculum: Curriculum): RunProblem[] {
  const problems: RunProblem[] = [];
  for (const run of curriculum.runs ?? []) {
    const day = curriculum.days.find((candidate) => candidate.id === run.dayId);
    if (!day) {
      problems.push({ kind: 'unknown-day', runId: run.id });
      continue;
    }
    const blockIds = new Set(day.blocks.map((block) => block.id));
    let previousEnd = -Infinity;
    for (const entry of run.entries) {
      if (entry.blockId && !blockIds.has(entry.blockId)) problems.push({ kind: 'missing-block', runId: run.id, title: entry.title });
      const start = entry.start ? Date.parse(entry.start) : NaN;
      const end = entry.end ? Date.parse(entry.end) : NaN;
      if (end < start) problems.push({ kind: 'ends-before-start', runId: run.id, title: entry.title });
      if (start < previousEnd) problems.push({ kind: 'overlap', runId: run.id, title: entry.title });
      if (Number.isFinite(end)) previousEnd = Math.max(previousEnd, end);
    }
  }
  return problems;
}

/**
 * The drift through a run: after each block that ran, how many minutes the day is behind (+) or ahead (-)
 * of the plan, counting skipped blocks as time won and breaks inserted on the day as time spent. For the planned-versus-actual chart.
 */
export function driftPoints(rows: readonly ReportRow[]): { title: string; drift: number }[] {
  let drift = 0;
  return rows.flatMap((row) => {
    if (row.skipped) drift -= row.plannedMinutes;
    // A break inserted on the day was not in the plan at all: all of it is drift.
    else if (row.actualMinutes !== null) drift += row.actualMinutes - (row.blockId === null ? 0 : row.plannedMinutes);
    else return [];
    return [{ title: row.title, drift }];
  });
}
