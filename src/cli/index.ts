import { exportFormatOfCliName } from '../core/handout/formats';
import { findChromium } from '../services/export/chromium-probe';
import { startChromium, type StartedChromium } from '../services/export/print-tab';
import { parseArgs } from './args';

const argv = process.argv.slice(2);

/** A PDF export asked for on this command line, with a Chromium found on this machine. */
function chromiumForPdf(): string | null {
  if (argv[0] !== 'export') return null;
  try {
    return exportFormatOfCliName(String(parseArgs(argv.slice(1)).flags.get('format'))) === 'pdf' ? findChromium('') : null;
  } catch {
    return null; // a usage error, which the CLI reports
  }
}

// Chromium and a tab take about as long to start as the app takes to load and build the handout: a PDF
// export starts them first, and both go on at once. Only the small modules above load before that (Node
// built-ins only). When the settings name another Chromium, this one is closed unused.
const executable = chromiumForPdf();
const chromiumAhead: StartedChromium | undefined = executable ? startChromium(executable) : undefined;

// Ctrl-C or a kill ends the command as an exit, so the Chromium it runs is ended and its profile removed
// (see src/services/export/cdp.ts) instead of being left in the temporary folder.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

// `draaiboek cards --json | head`: when the reader stops reading, the command stops too, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text), env: process.env };
import('./main')
  .then(({ runCli }) => runCli(argv, io, { chromiumAhead }))
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`draaiboek: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  )
  .finally(() => chromiumAhead?.stop());
