import { dirname, join, resolve } from 'node:path';
import { documentJsonSchema, EXPORT_CLI_NAMES, exportFormatOfCliName, languageForLocale, translator, type Settings, type Translate } from '../core';
import { AppError, describeError, type OpenResult } from '../contract';
import { createNodeServices, defaultDataDir, exportFileName, findChromium, openDocument, projectRoot, readAppVersion, systemChromiumPrinter, systemLocale } from '../services';
import type { StartedChromium } from '../services/export/print-tab';
import { parseArgs, UsageError } from './args';
import { check } from './check';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: draaiboek <command>

Commands:
  validate FILE...               check .draaiboek files; exit 1 with one line per problem
  check FILE... [--json] [--data-dir DIR]
                                 run the design checks: one line per problem (FILE: Day N › Block: code: message),
                                 or --json an array of { code, severity, dayIndex, blockId, message };
                                 exit 1 when any problem is an error, 2 when a file cannot be opened
  schema                         print the JSON Schema of the .draaiboek format
  cards --json [--data-dir DIR]  print all cards (starter library and own cards) as JSON
  export FILE --format ${EXPORT_CLI_NAMES.join('|')} --audience participant|trainer [--day N] [-o OUT]
                                 write a handout of a curriculum file (default: beside FILE)
  --version                      print the version
`;

/** `chromiumAhead`: a Chromium the process started while it loaded, for a PDF export to take over. */
export async function runCli(argv: string[], io: CliIo, { chromiumAhead }: { chromiumAhead?: StartedChromium } = {}): Promise<number> {
  const [command, ...rest] = argv;
  const t = translator(languageForLocale(systemLocale(io.env)));
  try {
    const { positional, flags } = parseArgs(rest);
    switch (command) {
      case 'validate':
        if (positional.length === 0) throw new UsageError('validate needs at least one FILE');
        return await validate(positional, io, t);
      case 'check': {
        if (positional.length === 0) throw new UsageError('check needs at least one FILE');
        const options = {
          json: flags.get('json') === true,
          dataDir: resolve(String(flags.get('data-dir') ?? defaultDataDir(io.env))),
          resourcesDir: join(projectRoot(), 'resources'),
          describe: (file: string, result: Extract<OpenResult, { ok: false }>) => describeProblems(file, result, t),
        };
        return await check(positional, options, io, t);
      }
      case 'schema':
        io.out(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
        return 0;
      case 'export':
        if (positional.length !== 1) throw new UsageError('export needs exactly one FILE');
        return await exportHandout(positional[0]!, flags, io, t, chromiumAhead);
      case 'cards': {
        if (flags.get('json') !== true) throw new UsageError('cards needs --json');
        const services = await cliServices(flags, io);
        const info = await services['app.info']({});
        for (const notice of info.startupNotices) io.err(t(`notice.${notice.code}`, notice) + '\n');
        io.out(JSON.stringify(await services['library.listCards']({}), null, 2) + '\n');
        return 0;
      }
      case '--version':
        io.out(readAppVersion(projectRoot()) + '\n');
        return 0;
      case undefined:
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) {
      // A failed export or an unreadable data folder: what happened in the user's language, then the technical detail.
      const { message, detail } = describeError(error, t);
      io.err(`draaiboek: ${message}${detail && detail !== message ? ` (${detail})` : ''}\n`);
      return 1;
    }
    io.err(`draaiboek: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

const noShell = (chromiumAhead?: StartedChromium) => ({
  pickOpenPath: () => Promise.reject(new AppError('unknown-method', { method: 'dialogs.pickOpenPath' }, 'the command line has no file dialogs')),
  pickSavePath: () => Promise.reject(new AppError('unknown-method', { method: 'dialogs.pickSavePath' }, 'the command line has no file dialogs')),
  openLink: () => Promise.reject(new AppError('unknown-method', { method: 'shell.openLink' }, 'the command line does not open links')),
  setMenu: async () => ({ shown: false }),
  revealFile: async () => ({ revealed: false }),
  pdfPrinter: (settings: Settings) => systemChromiumPrinter(settings.chromiumPath, (setting) => findChromium(setting), chromiumAhead),
});

async function exportHandout(file: string, flags: Map<string, string | true>, io: CliIo, t: Translate, chromiumAhead?: StartedChromium): Promise<number> {
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

async function cliServices(flags: Map<string, string | true>, io: CliIo, chromiumAhead?: StartedChromium) {
  const root = projectRoot();
  return createNodeServices({
    dataDir: resolve(String(flags.get('data-dir') ?? defaultDataDir(io.env))),
    resourcesDir: join(root, 'resources'),
    appVersion: readAppVersion(root),
    edition: 'web',
    systemLocale: systemLocale(io.env),
    shell: noShell(chromiumAhead),
  });
}

async function validate(files: string[], io: CliIo, t: Translate): Promise<number> {
  let failed = false;
  for (const file of files) {
    const result = await openDocument(file);
    if (result.ok) {
      io.out(t('file.valid', { file }) + '\n');
      if (result.readOnly) io.err(t('file.readOnly', { file }) + '\n');
      continue;
    }
    failed = true;
    for (const line of describeProblems(file, result, t)) io.err(line + '\n');
  }
  return failed ? 1 : 0;
}

/** `FILE:LINE:COL: /pointer: reason (detail)`, the shape editors and CI logs link to. */
export function describeProblems(file: string, result: Extract<OpenResult, { ok: false }>, t: Translate): string[] {
  return result.problems.map((problem) => {
    const place = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
    const pointer = problem.pointer ? ` ${problem.pointer}:` : '';
    return `${place}:${pointer} ${t(`problem.${problem.code}`)} (${problem.detail})`;
  });
}
