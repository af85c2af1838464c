import { join, resolve } from 'node:path';
import { documentJsonSchema, languageForLocale, translator, type Translate } from '../core';
import type { OpenResult } from '../contract';
import { createNodeServices, defaultDataDir, openDocument, projectRoot, readAppVersion, systemLocale } from '../services';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: draaiboek <command>

Commands:
  validate FILE...               check .draaiboek files; exit 1 with one line per problem
  schema                         print the JSON Schema of the .draaiboek format
  cards --json [--data-dir DIR]  print all cards (starter library and own cards) as JSON
  --version                      print the version
`;

/** Splits `--flag value` options from positional arguments. */
function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') flags.set('json', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const t = translator(languageForLocale(systemLocale(io.env)));
  try {
    const { positional, flags } = parseArgs(rest);
    switch (command) {
      case 'validate':
        if (positional.length === 0) throw new UsageError('validate needs at least one FILE');
        return await validate(positional, io, t);
      case 'schema':
        io.out(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
        return 0;
      case 'cards': {
        if (flags.get('json') !== true) throw new UsageError('cards needs --json');
        const root = projectRoot();
        const dataDir = resolve(String(flags.get('data-dir') ?? defaultDataDir(io.env)));
        const services = await createNodeServices({
          dataDir,
          resourcesDir: join(root, 'resources'),
          appVersion: readAppVersion(root),
          edition: 'web',
          systemLocale: systemLocale(io.env),
          shell: noShell,
        });
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
    if (!(error instanceof UsageError)) throw error;
    io.err(`draaiboek: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

const noShell = {
  pickOpenPath: () => Promise.reject(new Error('the command line has no file dialogs')),
  pickSavePath: () => Promise.reject(new Error('the command line has no file dialogs')),
  openLink: () => Promise.reject(new Error('the command line does not open links')),
};

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
