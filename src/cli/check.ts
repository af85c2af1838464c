import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blockTitle, CHECK_SETTINGS, checkSettings, DEFAULT_SETTINGS, runChecks, Settings, type CheckSettings, type Curriculum, type Problem, type TechniqueCard, type Translate } from '../core';
import { loadBuiltinCards } from '../services/builtin-cards';
import { openDocument } from '../services/documents';
import type { CliIo } from './main';
import { describeProblems } from './problems';

/** One problem as `check --json` prints it; `file` only when several files were checked. */
export interface CheckedProblem {
  file?: string;
  code: string;
  severity: Problem['severity'];
  /** 0-based; null for a problem of the whole training or of a parked block. */
  dayIndex: number | null;
  blockId: string | null;
  message: string;
}

/**
 * The check thresholds from the user's settings.json, so the command line reports what the app shows; a
 * missing file or a bad value means the default. Read directly: the check needs no other service.
 */
export async function readCheckSettings(dataDir: string): Promise<CheckSettings> {
  let stored: Record<string, unknown> = {};
  try {
    const raw = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { settings?: unknown };
    if (raw.settings && typeof raw.settings === 'object') stored = raw.settings as Record<string, unknown>;
  } catch {
    // no settings yet, or unreadable: the defaults
  }
  const settings: Record<string, unknown> = { ...checkSettings(DEFAULT_SETTINGS) };
  for (const key of CHECK_SETTINGS) {
    const checked = Settings.shape[key].safeParse(stored[key]);
    if (checked.success && stored[key] !== undefined) settings[key] = checked.data;
  }
  return settings as unknown as CheckSettings;
}

/** Where a problem sits, as a trainer reads it: "Dag 2 › Rollenspel", "Parkeerplaats › ...", or nothing. */
function place(problem: Problem, curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, t: Translate): { dayIndex: number | null; label: string } {
  const { dayId, blockId } = problem.location;
  const dayIndex = dayId === undefined ? -1 : curriculum.days.findIndex((day) => day.id === dayId);
  const block = blockId === undefined ? undefined : [...curriculum.days.flatMap((day) => day.blocks), ...curriculum.parking].find((candidate) => candidate.id === blockId);
  const parts: string[] = [];
  if (dayIndex >= 0) parts.push(t('day.untitled', { number: dayIndex + 1 }));
  else if (block) parts.push(t('curriculum.parking'));
  if (block) parts.push(blockTitle(block, cards, curriculum.language));
  return { dayIndex: dayIndex >= 0 ? dayIndex : null, label: parts.join(' › ') };
}

/**
 * `draaiboek check FILE... [--json]`: the design checks as a linter. One line per problem on stdout,
 * `FILE: Dag N › Blok: code: message`, and a count per file on stderr; `--json` prints one array of
 * problems instead. Exit 2 when a file cannot be opened, else 1 when any problem is an error, else 0.
 */
export async function check(
  files: string[],
  options: { json: boolean; dataDir: string; resourcesDir: string },
  io: CliIo,
  t: Translate,
): Promise<number> {
  const [builtin, thresholds] = await Promise.all([loadBuiltinCards(options.resourcesDir), readCheckSettings(options.dataDir)]);
  let unopened = false;
  let errors = false;
  const all: CheckedProblem[] = [];
  for (const file of files) {
    const opened = await openDocument(file);
    if (!opened.ok) {
      unopened = true;
      for (const line of describeProblems(file, opened, t)) io.err(line + '\n');
      continue;
    }
    const curriculum = opened.document.curriculum;
    if (!curriculum) {
      unopened = true;
      io.err(`${file}: ${t('cli.noCurriculum')}\n`);
      continue;
    }
    // As the app does: the library's cards win over the copies embedded in the file.
    const cards = new Map<string, TechniqueCard>();
    for (const card of [...opened.document.cards, ...builtin]) cards.set(card.id, card);
    const problems = runChecks(curriculum, { ...thresholds, cards });
    const fileErrors = problems.filter((problem) => problem.severity === 'error').length;
    errors ||= fileErrors > 0;
    for (const problem of problems) {
      const { dayIndex, label } = place(problem, curriculum, cards, t);
      const message = t(problem.message.key, problem.message.params);
      if (options.json) {
        all.push({ ...(files.length > 1 ? { file } : {}), code: problem.ruleId, severity: problem.severity, dayIndex, blockId: problem.location.blockId ?? null, message });
      } else {
        io.out(`${file}:${label ? ` ${label}:` : ''} ${problem.ruleId}: ${message}\n`);
      }
    }
    if (!options.json) io.err(t('cli.check.summary', { file, problems: problems.length, errors: fileErrors }) + '\n');
  }
  if (options.json) io.out(JSON.stringify(all, null, 2) + '\n');
  return unopened ? 2 : errors ? 1 : 0;
}
