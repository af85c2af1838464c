import { dayName, describeRunProblem, runProblems, runReports, type ReportRow, type Translate } from '../core';
import { openDocument } from '../services/documents';
import type { CliIo } from './main';
import { describeProblems } from './problems';

/** "12 minuten langer", "precies op tijd": a row's difference as a trainer says it. */
function difference(row: ReportRow, t: Translate): string {
  const minutes = (row.actualMinutes ?? 0) - row.plannedMinutes;
  if (minutes === 0) return t('report.difference.none');
  return t(minutes > 0 ? 'report.difference.later' : 'report.difference.earlier', { minutes: Math.abs(minutes) });
}

function describeRow(row: ReportRow, t: Translate): string {
  const params = { title: row.title, planned: row.plannedMinutes, actual: row.actualMinutes ?? 0, difference: difference(row, t) };
  const line = row.skipped ? t('report.rowSkipped', params) : row.actualMinutes === null ? t('report.rowNotRun', params) : t('report.row', params);
  const extras = [row.rating !== null ? t('report.rating', { rating: row.rating }) : '', row.note ?? ''].filter(Boolean);
  return `  ${line}${extras.length ? ` — ${extras.join(' — ')}` : ''}`;
}

/**
 * `draaiboek report FILE [--json]`: planned against actual per block, for the latest run of every day
 * that was run live. A log that does not add up is reported on stderr; the report still prints.
 */
export async function report(file: string, json: boolean, io: CliIo, t: Translate): Promise<number> {
  const opened = await openDocument(file);
  if (!opened.ok) {
    for (const line of describeProblems(file, opened, t)) io.err(line + '\n');
    return 2;
  }
  const curriculum = opened.document.curriculum;
  if (!curriculum) {
    io.err(`${file}: ${t('cli.noCurriculum')}\n`);
    return 2;
  }
  const reports = runReports(curriculum);
  for (const problem of runProblems(curriculum)) io.err(`${file}: ${describeRunProblem(problem, t)}\n`);
  if (json) {
    io.out(JSON.stringify(reports.flatMap((day) => day.rows), null, 2) + '\n');
    return 0;
  }
  if (reports.length === 0) io.err(`${file}: ${t('report.noRuns')}\n`);
  for (const day of reports) {
    const heading = t('report.day', { day: dayName(curriculum, day.dayIndex), date: day.run.date });
    io.out(`${heading}${day.run.endedAt ? '' : ` ${t('report.unfinished')}`}\n`);
    for (const row of day.rows) io.out(describeRow(row, t) + '\n');
  }
  return 0;
}
