import { dirname, join, resolve } from 'node:path';
import { EXPORT_CLI_NAMES, exportFileName, exportFormatOfCliName, type Translate } from '../core';
import { openDocument } from '../services/documents';
import type { StartedChromium } from '../services/export/print-tab';
import { UsageError } from './args';
import type { CliIo } from './main';
import { describeProblems } from './problems';
import { cliServices } from './services';

/** `draaiboek export FILE --format F --audience A [--day N] [-o OUT]`: one handout, written where it is told. */
export async function exportHandout(file: string, flags: Map<string, string | true>, io: CliIo, t: Translate, chromiumAhead?: StartedChromium): Promise<number> {
  const format = exportFormatOfCliName(String(flags.get('format')));
  if (!format) throw new UsageError(`--format must be ${EXPORT_CLI_NAMES.join(', ')}`);
  const audience = flags.get('audience');
  if (audience !== 'participant' && audience !== 'trainer') throw new UsageError('--audience must be participant or trainer');
  const day = flags.get('day');
  const dayIndex = day === undefined ? null : Number(day) - 1;
  if (dayIndex !== null && (!Number.isInteger(dayIndex) || dayIndex < 0)) throw new UsageError('--day is a day number, from 1');

  const opened = await openDocument(file);
  if (!opened.ok) {
    for (const line of describeProblems(file, opened, t)) io.err(line + '\n');
    return 1;
  }
  const curriculum = opened.document.curriculum;
  if (!curriculum) {
    io.err(`${file}: ${t('cli.noCurriculum')}\n`);
    return 1;
  }
  if (dayIndex !== null && dayIndex >= curriculum.days.length) {
    io.err(`${file}: ${t('cli.noSuchDay', { day: String(day), count: curriculum.days.length })}\n`);
    return 1;
  }
  const output = resolve(String(flags.get('output') ?? join(dirname(resolve(file)), exportFileName(curriculum, audience, format, dayIndex ?? undefined))));
  const services = await cliServices(flags, io, chromiumAhead);
  try {
    // A command line writes where it is told (-o, or beside the file), as scripts that re-export expect.
    const result = await services['export.save']({ document: opened.document, format, audience, dayIndex, path: output, replace: true });
    io.out(`${result.path}\n`);
    return 0;
  } finally {
    await services.dispose();
  }
}

