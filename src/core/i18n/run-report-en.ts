import type { runReportNl } from './run-report-nl';

/** English texts of what happened on the day: the report, the problems of a run log, and how a card went. */
export const runReportEn: Record<keyof typeof runReportNl, string> = {
  'report.day': '{day}, run on {date}',
  'report.unfinished': '(still running)',
  'report.row': '{title}: planned {planned} min, actual {actual} min ({difference})',
  'report.rowSkipped': '{title}: planned {planned} min, skipped',
  'report.rowNotRun': '{title}: planned {planned} min, not reached',
  'report.rating': 'rated {rating}/5',
  'report.difference.later': '{minutes, plural, one {{minutes} minute} other {{minutes} minutes}} longer',
  'report.difference.earlier': '{minutes, plural, one {{minutes} minute} other {{minutes} minutes}} shorter',
  'report.difference.none': 'exactly on time',
  'report.noRuns': 'No day of this training has been run live yet.',
  'runProblem.unknown-day': 'A run belongs to a day that is no longer in the training; that run is left out.',
  'runProblem.missing-block': '"{title}" is no longer in the day; the run shows it under the name it had then.',
  'runProblem.ends-before-start': '"{title}" ends before it started, says the log; its actual length is unknown.',
  'runProblem.overlap': '"{title}" started before the block before it had ended, says the log.',
  'usage.times': '{count, plural, one {used once} other {used {count} times}}',
  'usage.usuallyLonger': 'usually {minutes} min longer',
  'usage.usuallyShorter': 'usually {minutes} min shorter',
  'usage.usuallyOnTime': 'usually on time',
  'usage.rating': 'rated {rating}/5 on average',
  'usage.skipped': '{count, plural, one {skipped once} other {skipped {count} times}}',
  'usage.label': 'How it went in your trainings',
};
