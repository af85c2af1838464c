import { join, resolve } from 'node:path';
import { EXPORT_CLI_NAMES, languageForLocale, translator } from '../core';
import { describeError } from '../contract';
import { systemLocale, readAppVersion } from '../services/app-meta';
import { defaultDataDir, projectRoot } from '../services/paths';
import type { StartedChromium } from '../services/export/print-tab';
import { parseArgs, UsageError } from './args';

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
  cards --json [--data-dir DIR] [--team DIR]
                                 print all cards (starter library, own cards, and a team folder's) as JSON
  report FILE [--json]           planned against actual minutes per block of each day run live (its latest run),
                                 or --json an array of { dayIndex, blockId, title, plannedMinutes, actualMinutes,
                                 skipped, rating, note }; exit 2 when the file cannot be opened
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
        return await (await import('./validate')).validate(positional, io, t);
      case 'check': {
        if (positional.length === 0) throw new UsageError('check needs at least one FILE');
        const options = {
          json: flags.get('json') === true,
          dataDir: resolve(String(flags.get('data-dir') ?? defaultDataDir(io.env))),
          resourcesDir: join(projectRoot(), 'resources'),
        };
        return await (await import('./check')).check(positional, options, io, t);
      }
      case 'schema':
        io.out(JSON.stringify((await import('../core/format/json-schema')).documentJsonSchema(), null, 2) + '\n');
        return 0;
      case 'export':
        if (positional.length !== 1) throw new UsageError('export needs exactly one FILE');
        return await (await import('./export')).exportHandout(positional[0]!, flags, io, t, chromiumAhead);
      case 'cards': {
        if (flags.get('json') !== true) throw new UsageError('cards needs --json');
        return await (await import('./cards')).listCards(flags, io, t);
      }
      case 'report':
        if (positional.length !== 1) throw new UsageError('report needs exactly one FILE');
        return await (await import('./report')).report(positional[0]!, flags.get('json') === true, io, t);
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

