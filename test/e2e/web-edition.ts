import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpawnedWebEdition {
  url: string;
  origin: string;
  dataDir: string;
  /** Asks the server to end (SIGTERM), as a service manager would; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Ends the server at once (SIGKILL), as a crash would. */
  kill(): Promise<number | null>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** For a journey that needs a real process to kill. Starts the real browser edition (the built server) on a free port with its own data folder. */
export async function startWebEdition(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<SpawnedWebEdition> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'draaiboek-e2e-')));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--port', '0', '--no-open', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the browser edition did not start:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+$/.test(candidate.trim()));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the browser edition exited with ${code}:\n${output}`)));
  });
  const ended = (signal: NodeJS.Signals) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}
