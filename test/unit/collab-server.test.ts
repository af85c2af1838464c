import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newShareCode, type CollabCredentials } from '../../src/core/collab/session-code';
import { MAX_DOCUMENT_BYTES } from '../../src/collab/doc-store';
import { startCollabServer, type CollabServer } from '../../src/collab/server';

// ws ships no type declarations; Node 20 has no WebSocket of its own, so the provider gets the ws one.
const WebSocket: unknown = createRequire(import.meta.url)('ws');

let dataDir: string;
let lines: string[];
const servers: CollabServer[] = [];
const clients: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket }[] = [];

async function start(token?: string): Promise<CollabServer> {
  const server = await startCollabServer({ port: 0, dataDir, token, log: (line) => lines.push(line) });
  servers.push(server);
  return server;
}

/** A real provider in Node, as the app will use it; `token` is the credentials object it sends. */
function connect(server: CollabServer, code: string, credentials: CollabCredentials) {
  const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ name: code, websocketProvider: socket, token: JSON.stringify(credentials) });
  provider.attach();
  clients.push({ provider, socket });
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  const refused = new Promise<string>((resolve) => provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)));
  return { provider, doc: provider.document, synced, refused };
}

function closeClient(provider: HocuspocusProvider) {
  const client = clients.find((c) => c.provider === provider)!;
  client.provider.destroy();
  client.socket.destroy();
}

/** Resolves once `map` holds `key`: waits for the change itself instead of a guessed time. */
function valueArrives(map: Y.Map<string>, key: string): Promise<string> {
  return new Promise((resolve) => {
    const check = () => {
      const value = map.get(key);
      if (value !== undefined) {
        map.unobserve(check);
        resolve(value);
      }
    };
    map.observe(check);
    check();
  });
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-collab-'));
  lines = [];
});

afterEach(async () => {
  for (const { provider, socket } of clients.splice(0)) {
    provider.destroy();
    socket.destroy();
  }
  for (const server of servers.splice(0)) await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('collaboration server', () => {
  it('lets a colleague join a shared training and see what the sharer set', async () => {
    const server = await start();
    const code = newShareCode();
    const a = connect(server, code, { token: server.token, intent: 'share', name: 'Anna' });
    await a.synced;
    a.doc.getMap<string>('curriculum').set('title', 'Motiverende gespreksvoering');
    const b = connect(server, code, { token: server.token, intent: 'join', name: 'Bram' });
    await b.synced;
    expect(await valueArrives(b.doc.getMap('curriculum'), 'title')).toBe('Motiverende gespreksvoering');
    // And back: what the colleague adds reaches the sharer.
    b.doc.getMap<string>('curriculum').set('block', 'Check-in');
    expect(await valueArrives(a.doc.getMap('curriculum'), 'block')).toBe('Check-in');
    expect(lines.some((line) => line.includes(`connect ${code} "Anna"`))).toBe(true);
  }, 30_000);

  it('refuses a wrong token, an unknown code, a taken code and bad credentials, with the refusal word', async () => {
    const server = await start();
    const code = newShareCode();
    const wrong = connect(server, code, { token: 'not-the-token', intent: 'share', name: 'Eve' });
    expect(await wrong.refused).toBe('wrong-token');
    const unknown = connect(server, newShareCode(), { token: server.token, intent: 'join', name: 'Bram' });
    expect(await unknown.refused).toBe('unknown-code');
    const sharer = connect(server, code, { token: server.token, intent: 'share', name: 'Anna' });
    await sharer.synced;
    const again = connect(server, code, { token: server.token, intent: 'share', name: 'Bram' });
    expect(await again.refused).toBe('code-taken');
    const notACode = connect(server, 'not-a-code', { token: server.token, intent: 'share', name: 'Bram' });
    expect(await notACode.refused).toBe('bad-request');
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
    const garbled = new HocuspocusProvider({ name: code, websocketProvider: socket, token: '{"token": 42' });
    garbled.attach();
    clients.push({ provider: garbled, socket });
    expect(await new Promise((resolve) => garbled.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)))).toBe('bad-request');
    // Nothing refused reached the disk or the server's memory.
    expect(await stat(join(dataDir, 'docs', 'not-a-code.yjs')).catch(() => null)).toBeNull();
    expect(lines.filter((line) => line.includes('refused')).length).toBe(5);
  }, 30_000);

  it('keeps the training and the token over a restart on the same data folder', async () => {
    const first = await start();
    const code = newShareCode();
    const a = connect(first, code, { token: first.token, intent: 'share', name: 'Anna' });
    await a.synced;
    a.doc.getMap<string>('curriculum').set('title', 'Bewaard');
    // Stop stores what is open: the edit above reached the server (the provider counts it as unsynced until acknowledged).
    await new Promise<void>((resolve) => (a.provider.hasUnsyncedChanges ? a.provider.on('unsyncedChanges', ({ number }: { number: number }) => number === 0 && resolve()) : resolve()));
    closeClient(a.provider);
    await first.stop();
    expect((await stat(join(dataDir, 'team-token'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'docs', `${code}.yjs`))).size).toBeGreaterThan(0);

    const second = await start();
    expect(second.token).toBe(first.token);
    const b = connect(second, code, { token: second.token, intent: 'join', name: 'Bram' });
    await b.synced;
    expect(await valueArrives(b.doc.getMap('curriculum'), 'title')).toBe('Bewaard');
  }, 30_000);

  it('never writes the token into its log', async () => {
    const server = await start('team-secret-1234567890');
    const code = newShareCode();
    const a = connect(server, code, { token: server.token, intent: 'share', name: 'Anna' });
    await a.synced;
    const wrong = connect(server, code, { token: 'team-secret-wrong', intent: 'join', name: 'Eve' });
    await wrong.refused;
    closeClient(a.provider);
    await server.stop();
    expect(lines.length).toBeGreaterThanOrEqual(4); // listening, connect, refusal, disconnect, stopped
    expect(lines.join('\n')).not.toContain('team-secret');
  }, 30_000);

  it('closes a connection that sends one message over the bound', async () => {
    const server = await start();
    const Socket = WebSocket as new (url: string) => { on(event: string, listener: (...args: never[]) => void): void; send(data: Uint8Array): void };
    const socket = new Socket(server.url);
    await new Promise((resolve) => socket.on('open', resolve));
    const closed = new Promise<number>((resolve) => socket.on('close', (code: number) => resolve(code)));
    socket.send(new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(await closed).toBe(1009); // "message too big"
  }, 30_000);

  it('does not store a training that grew over the bound in small steps', async () => {
    const server = await start();
    const code = newShareCode();
    const a = connect(server, code, { token: server.token, intent: 'share', name: 'Anna' });
    await a.synced;
    const megabyte = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 9; i++) a.doc.getMap<string>('curriculum').set(`part${i}`, megabyte);
    await new Promise<void>((resolve) => (a.provider.hasUnsyncedChanges ? a.provider.on('unsyncedChanges', ({ number }: { number: number }) => number === 0 && resolve()) : resolve()));
    closeClient(a.provider);
    await server.stop();
    expect(await stat(join(dataDir, 'docs', `${code}.yjs`)).catch(() => null)).toBeNull();
    expect(lines.some((line) => line.includes(`refused too-large: ${code}`))).toBe(true);
  }, 30_000);

  it('refuses a token that cannot be one', async () => {
    await expect(startCollabServer({ port: 0, dataDir, token: 'has spaces', log: null })).rejects.toThrow(/visible characters/);
  });
});
