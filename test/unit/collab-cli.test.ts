import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures';

// The built entry of `npm run collab`, run as a process as a team runs it.
const BUILT = join(REPO_ROOT, 'out', 'main', 'collab.js');
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

let dataDir: string;
beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-collab-cli-'))));
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe.skipIf(!existsSync(BUILT))(`npm run collab (skipped when ${BUILT} does not exist: run \`npm run build\` first)`, () => {
  it('prints its address and the team token on lines of their own, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BUILT, '--port', '0', '--data-dir', dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = await new Promise<string[]>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // The last line it prints says how to stop it: then the address and the token are out.
        if (/Ctrl-C/.test(stdout)) resolve(stdout.split('\n'));
      });
      child.once('exit', (code) => reject(new Error(`ended (${code}) early: ${stdout}${stderr}`)));
    });
    child.removeAllListeners('exit');
    const token = (await readFile(join(dataDir, 'team-token'), 'utf8')).trim();
    expect(lines.filter((line) => /^ws:\/\/127\.0\.0\.1:\d+$/.test(line))).toHaveLength(1);
    expect(lines).toContain(token);
    expect(stderr).not.toContain(token);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('answers a bad option with the usage and exit code 2', async () => {
    const failed = await promisify(execFile)(process.execPath, [BUILT, '--port', 'many'], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/--port needs a number[^\n]*\n\nUsage: npm run collab/);
  });
});
