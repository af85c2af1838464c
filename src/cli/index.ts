import { runCli } from './main';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`draaiboek: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
