import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { REPO_ROOT } from '../unit/fixtures';
import { reportGoal, summarize } from './goals';

// Goals (issue 13): `draaiboek validate` of the example within 4x the start of bare Node, the browser edition's
// address within 8x, each against `node -e 0` measured in the same round, so a busy machine slows both.
const ROUNDS = 7;
const EXAMPLE = join(REPO_ROOT, 'resources', 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');
const BIN = join(REPO_ROOT, 'bin');

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

/** Time from starting `npm run web`'s script until it prints the address a browser opens. */
async function webStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(BIN, 'draaiboek-web.mjs'), '--port', '0', '--no-open', '--data-dir', dataDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const ms = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/http:\/\/\S+/.test(output)) resolve(performance.now() - started);
    });
    child.once('exit', (code) => reject(new Error(`the browser edition ended (${code}) before its address: ${output}`)));
  });
  child.removeAllListeners('exit');
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return ms;
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

test('start of the command line and of the browser edition, against bare Node', async () => {
  // The first runs may build the app or fill the disk cache; they are not measured.
  timed([join(BIN, 'draaiboek.mjs'), 'validate', EXAMPLE]);
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-bench-start-'));
  dirs.push(dataDir);
  await webStart(dataDir);
  const rounds: { node: number; validate: number; web: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const node = timed(['-e', '0']);
    const validate = timed([join(BIN, 'draaiboek.mjs'), 'validate', EXAMPLE]);
    const web = await webStart(dataDir);
    rounds.push({ node, validate, web });
  }
  const node = summarize(rounds.map((round) => round.node));
  const validate = summarize(rounds.map((round) => round.validate));
  const web = summarize(rounds.map((round) => round.web));
  console.log(`bare Node (node -e 0): median ${node.median.toFixed(0)} ms (${node.spread.map((ms) => ms.toFixed(0)).join('–')} ms)`);
  console.log(`draaiboek validate (example): median ${validate.median.toFixed(0)} ms (${validate.spread.map((ms) => ms.toFixed(0)).join('–')} ms)`);
  console.log(`browser edition to its address: median ${web.median.toFixed(0)} ms (${web.spread.map((ms) => ms.toFixed(0)).join('–')} ms)`);
  // Each round's own ratio, so the spread shows how much the machine's load moved the figure.
  const ratio = (key: 'validate' | 'web') => summarize(rounds.map((round) => round[key] / round.node));
  const validateRatio = ratio('validate');
  const webRatio = ratio('web');
  reportGoal({ name: '`draaiboek validate` against bare Node', value: validateRatio.median, spread: validateRatio.spread, goal: 4, unit: 'x', issue: 13 });
  reportGoal({ name: 'browser edition start to its address against bare Node', value: webRatio.median, spread: webRatio.spread, goal: 8, unit: 'x', issue: 13 });
}, 300_000);
