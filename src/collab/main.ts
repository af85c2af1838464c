import { resolve } from 'node:path';
import { languageForLocale } from '../core';
import { systemLocale } from '../services/app-meta';
import { startCollabServer } from './server';

const USAGE = `Usage: npm run collab -- [--port N] [--data-dir DIR] [--host H] [--token T]

  --port N        port to listen on (default 1234)
  --data-dir DIR  where shared trainings and the team token are kept (default ./draaiboek-collab)
  --host H        interface to bind to (default 127.0.0.1: this machine only; put a TLS proxy in front for a team)
  --token T       the team token (default: the one kept in DIR/team-token, made on the first start)
  --help          print this text
`;

/** A mistake in the command line: the usage text and exit code 2, as the draaiboek CLI answers. */
class UsageError extends Error {}

interface Flags {
  port: number;
  dataDir: string;
  host: string;
  token?: string;
  help: boolean;
}

export function parseFlags(args: string[]): Flags {
  const flags: Flags = { port: 1234, dataDir: resolve('draaiboek-collab'), host: '127.0.0.1', help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      flags.help = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? (arg.slice(2).split('=', 2) as [string, string | undefined]) : [arg, undefined];
    if (!['port', 'data-dir', 'host', 'token'].includes(name)) throw new UsageError(`unknown option "${arg}"`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
    if (name === 'port') {
      flags.port = Number(value);
      if (!/^\d+$/.test(value) || flags.port > 65535) throw new UsageError('--port needs a number from 0 to 65535 (0: any free port)');
    } else if (name === 'data-dir') flags.dataDir = resolve(value);
    else if (name === 'host') flags.host = value;
    else flags.token = value;
  }
  return flags;
}

/** The labels above the address and the token, in the language of the system, as the CLI chooses it. */
const LABELS = {
  nl: { title: 'Draaiboek-samenwerkingsserver', data: 'gegevens', address: 'Adres:', token: 'Teamtoken (geef dit alleen aan je team):', stop: 'Stoppen met Ctrl-C.', stopping: 'Stoppen: gedeelde trainingen worden opgeslagen…' },
  en: { title: 'Draaiboek collaboration server', data: 'data', address: 'Address:', token: 'Team token (give it to your team only):', stop: 'Stop with Ctrl-C.', stopping: 'Stopping: storing shared trainings…' },
};

async function main(): Promise<number> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`draaiboek collab: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const label = LABELS[languageForLocale(systemLocale())];
  const server = await startCollabServer({
    port: flags.port,
    host: flags.host,
    dataDir: flags.dataDir,
    token: flags.token,
    // Log lines go to stderr, so stdout holds only what a script may want to read: the address and the token.
    log: (line) => process.stderr.write(line + '\n'),
  });
  // The address and the token each stand alone on their line, so they can be copied or read by a script.
  process.stdout.write(`${label.title} (${label.data}: ${flags.dataDir})\n${label.address}\n${server.url}\n${label.token}\n${server.token}\n${label.stop}\n`);
  const stop = () => {
    process.stderr.write(`${label.stopping}\n`);
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const hint = code === 'EADDRINUSE' ? ' (the port is in use: choose another with --port)' : '';
    process.stderr.write(`draaiboek collab: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
    process.exit(1);
  },
);
