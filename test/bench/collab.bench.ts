import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import * as Y from 'yjs';
import { newShareCode } from '../../src/core/collab/session-code';
import { REPO_ROOT } from '../unit/fixtures';
import { reportGoal } from './goals';

// Issue 16: "2 and 10 simulated editors making 20 edits a second each for 30 s against one server on this
// machine: median and p95 time for an edit to reach the others." The issue sets no number for it; the goal
// line uses the one it sets for the end-to-end check, "within 3 seconds", against the p95.
const SECONDS = Number(process.env.COLLAB_SECONDS ?? 30);
const EDITS_PER_SECOND = 20;
const GOAL_MS = 3000;

// ws ships no type declarations; Node 20 has no WebSocket of its own.
const WebSocket: unknown = createRequire(import.meta.url)('ws');

/**
 * The real `npm run collab` in a process of its own, so the server does not share an event loop with the
 * simulated editors (which all run in this one, as trainers' apps would each run their own).
 */
async function startServer(dataDir: string, token: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'draaiboek-collab.mjs'), '--port', '0', '--data-dir', dataDir, '--token', token], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /^ws:\/\/\S+$/m.exec(output);
      if (address) resolve(address[0]);
    });
    child.once('exit', (code) => reject(new Error(`npm run collab ended (${code}) before its address:\n${output}\n${errors}`)));
  });
  child.removeAllListeners('exit');
  return { child, url };
}

interface Editor {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
}

function editor(url: string, code: string, token: string, intent: 'share' | 'join', name: string): Promise<Editor> {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ name: code, websocketProvider: socket, token: JSON.stringify({ token, intent, name }) });
  provider.attach();
  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve({ provider, socket, doc: provider.document }));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(`${name} refused: ${reason}`)));
  });
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;

/**
 * `count` editors on one shared training, each setting its own block's note 20 times a second with the
 * moment it sent it; every other editor notes when each edit reached it.
 */
async function run(url: string, token: string, count: number) {
  const code = newShareCode();
  const editors = [await editor(url, code, token, 'share', 'editor-0')];
  for (let i = 1; i < count; i++) editors.push(await editor(url, code, token, 'join', `editor-${i}`));

  const latencies: number[] = [];
  const lastSent = new Map<string, number>();
  const lastSeen = editors.map(() => new Map<string, number>());
  let settled: (() => void) | null = null;
  const allArrived = () => editors.every((_, i) => [...lastSent].every(([block, sent]) => block === `block-${i}` || lastSeen[i]!.get(block) === sent));

  editors.forEach(({ doc }, i) => {
    doc.getMap<Y.Map<number>>('blocks').observeDeep((events, transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const event of events) {
        const block = event.path[0];
        if (typeof block !== 'string' || !(event.target instanceof Y.Map)) continue;
        const sent = (event.target as Y.Map<number>).get('sentAt');
        if (sent === undefined) continue;
        latencies.push(now - sent);
        lastSeen[i]!.set(block, sent);
      }
      if (settled && allArrived()) settled();
    });
  });
  // Each editor's block exists before the clock starts, so every edit after that is one field set.
  editors.forEach(({ doc }, i) => doc.getMap<Y.Map<number>>('blocks').set(`block-${i}`, new Y.Map()));
  await new Promise<void>((resolve) => {
    settled = resolve;
    if (editors.every(({ doc }) => doc.getMap('blocks').size === count)) resolve();
  });
  settled = null;
  latencies.length = 0;

  let sentCount = 0;
  const timers = editors.map(({ doc }, i) => {
    const block = doc.getMap<Y.Map<number>>('blocks').get(`block-${i}`)!;
    return setInterval(() => {
      const sentAt = performance.now();
      block.set('sentAt', sentAt);
      lastSent.set(`block-${i}`, sentAt);
      sentCount++;
    }, 1000 / EDITS_PER_SECOND);
  });
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  timers.forEach(clearInterval);
  // The last edits still on their way: wait for them (not a guessed time), bounded in case one is lost.
  await Promise.race([
    new Promise<void>((resolve) => {
      settled = resolve;
      if (allArrived()) resolve();
    }),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
  const lost = allArrived() ? 0 : 1;

  for (const { provider, socket } of editors) {
    provider.destroy();
    socket.destroy();
  }
  latencies.sort((a, b) => a - b);
  const expected = sentCount * (count - 1);
  const median = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  console.log(
    `${count} editors × ${EDITS_PER_SECOND} edits/s × ${SECONDS} s: ${sentCount} edits, ${latencies.length} of ${expected} arrivals seen` +
      ` (a newer edit of the same field may overtake an older one)${lost ? ', LAST EDITS NOT ALL ARRIVED' : ''}`,
  );
  console.log(`  time for an edit to reach the others: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
  return { median, p95, spread: [latencies[0] ?? NaN, latencies.at(-1) ?? NaN] as [number, number] };
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  // The server stores what is open when it stops; the folder goes only after that.
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

test('live co-editing: time for an edit to reach the other editors', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-bench-collab-'));
  dirs.push(dataDir);
  const token = randomBytes(18).toString('base64url');
  const { child, url } = await startServer(dataDir, token);
  children.push(child);
  console.log('Issue 16: "2 and 10 simulated editors making 20 edits a second each for 30 s against one server on this machine: median and p95 time for an edit to reach the others."');
  console.log('The issue sets no number for this; the goal lines use its end-to-end check, "within 3 seconds", for the p95.');
  for (const count of [2, 10]) {
    const figures = await run(url, token, count);
    reportGoal({ name: `live edit reaches the others, ${count} editors, p95`, value: figures.p95, spread: figures.spread, goal: GOAL_MS, unit: 'ms', issue: 16 });
  }
}, (2 * SECONDS + 120) * 1000);
