import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CollabService, type CollabServer } from '../../src/app';
import { SHARE_CODE, customBlock, insertBlock, updateBlock, type Curriculum } from '../../src/core';
import { startCollabServer } from '../../src/collab/server';
import { FakeHost, makeApplicationLayer } from './app-host';
import { EMBEDDED_CARD_ID, makeCurriculumDocument } from './fixtures';

// Node 20 has no WebSocket of its own: the provider gets the ws one, as the bench and the server test do.
const WebSocket: unknown = createRequire(import.meta.url)('ws');
const FILE = '/home/anna/training.draaiboek';
/** Waiting for the other side (network, the engine's reconnect): generous, as the machine is shared. */
const ARRIVES = { timeout: 15_000, interval: 20 };

let dataDir: string;
let server: Awaited<ReturnType<typeof startCollabServer>>;
let port: number;
const services: CollabService[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-collab-app-'));
  server = await startCollabServer({ port: 0, dataDir, log: null });
  port = server.port;
});
afterEach(async () => {
  for (const service of services.splice(0)) service.leave();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** One trainer's app: the application layer over a fake host, and the live co-editing service. */
async function trainer(name: string, options: { timeoutMs?: number } = {}) {
  const host = new FakeHost();
  host.put(FILE, makeCurriculumDocument(1, 3));
  const app = makeApplicationLayer(host, { autosaveDelayMs: 0, shippedDir: '/opt/draaiboek/resources' });
  const collab = new CollabService({
    documents: app.documents,
    notifications: app.notifications,
    name: () => name,
    connect: (configuration) => new HocuspocusProvider(Object.assign(configuration, { WebSocketPolyfill: WebSocket })),
    ...options,
  });
  services.push(collab);
  return { ...app, host, collab };
}

/** The training's own fields changed, as the details form does. */
const updateCurriculum = (curriculum: Curriculum, changes: Partial<Curriculum>): Curriculum => ({ ...curriculum, ...changes });
const teamServer = (): CollabServer => ({ address: server.url, token: server.token });
const present = (app: { documents: { get(key: string): { history: { present: ReturnType<typeof makeCurriculumDocument>['curriculum'] } } | undefined } }, key: string) => app.documents.get(key)!.history.present!;

/** Anna shares her training, Bram joins it with the code. */
async function shared() {
  const anna = await trainer('Anna');
  const annaKey = (await anna.documents.open(FILE))!;
  const sharing = await anna.collab.share(annaKey, teamServer());
  if (!sharing.ok) throw new Error(`sharing failed: ${sharing.reason}`);
  const bram = await trainer('Bram');
  const joining = await bram.collab.join(teamServer(), sharing.code.toLowerCase());
  if (!joining.ok) throw new Error(`joining failed: ${joining.reason}`);
  return { anna, bram, annaKey, bramKey: joining.key, code: sharing.code };
}

describe('live co-editing through a real collaboration server', () => {
  it('shares a training under a code; a colleague who joins gets it, and each sees the other\'s edits', async () => {
    const { anna, bram, annaKey, bramKey, code } = await shared();
    expect(code).toMatch(SHARE_CODE);
    expect(present(bram, bramKey)).toEqual(present(anna, annaKey));

    anna.documents.edit(annaKey, (curriculum) => updateCurriculum(curriculum, { title: 'Samen ontworpen' }));
    await vi.waitFor(() => expect(present(bram, bramKey).title).toBe('Samen ontworpen'), ARRIVES);

    bram.documents.edit(bramKey, (curriculum) => insertBlock(curriculum, customBlock('energiser', 'Energizer van Bram', 10), { container: 'day', dayId: curriculum.days[0]!.id, index: 1 }));
    await vi.waitFor(() => expect(present(anna, annaKey).days[0]!.blocks.map((block) => (block.kind === 'custom' ? block.title : ''))).toContain('Energizer van Bram'), ARRIVES);
    expect(present(anna, annaKey)).toEqual(present(bram, bramKey));
  });

  it('brings the cards the training uses along as the file\'s own cards, not into the colleague\'s library', async () => {
    const { bram, bramKey } = await shared();
    const copy = bram.documents.get(bramKey)!;
    // Bram's library is empty; the card comes with the training and is saved into his file with it.
    expect(copy.cards.get(EMBEDDED_CARD_ID)?.id).toBe(EMBEDDED_CARD_ID);
    expect(copy.embedded.cards.map((card) => card.id)).toEqual([EMBEDDED_CARD_ID]);
    expect(bram.documents.fileOf(bramKey)!.cards.map((card) => card.id)).toEqual([EMBEDDED_CARD_ID]);
  });

  it('undo takes back only my own edit, not the colleague\'s that came after it', async () => {
    const { anna, bram, annaKey, bramKey } = await shared();
    const [first, second] = present(bram, bramKey).days[0]!.blocks;
    bram.documents.edit(bramKey, (curriculum) => updateBlock(curriculum, first!.id, { durationMinutes: 55 }));
    await vi.waitFor(() => expect(present(anna, annaKey).days[0]!.blocks[0]!.durationMinutes).toBe(55), ARRIVES);
    anna.documents.edit(annaKey, (curriculum) => updateBlock(curriculum, second!.id, { goal: 'Door Anna aangescherpt' }));
    await vi.waitFor(() => expect(present(bram, bramKey).days[0]!.blocks[1]!.goal).toBe('Door Anna aangescherpt'), ARRIVES);

    bram.documents.undo(bramKey);
    expect(present(bram, bramKey).days[0]!.blocks[0]!.durationMinutes).toBe(first!.durationMinutes);
    expect(present(bram, bramKey).days[0]!.blocks[1]!.goal).toBe('Door Anna aangescherpt');
    await vi.waitFor(() => expect(present(anna, annaKey).days[0]!.blocks[0]!.durationMinutes).toBe(first!.durationMinutes), ARRIVES);
    bram.documents.redo(bramKey);
    expect(present(bram, bramKey).days[0]!.blocks[0]!.durationMinutes).toBe(55);
  });

  it('shows who is connected and the block and field a colleague is in', async () => {
    const { anna, bram, bramKey } = await shared();
    await vi.waitFor(() => expect(anna.collab.store.get().session?.colleagues.map((colleague) => colleague.name)).toEqual(['Bram']), ARRIVES);
    const block = present(bram, bramKey).days[0]!.blocks[2]!;
    bram.collab.setFocus({ blockId: block.id, field: 'Doel' });
    await vi.waitFor(() => expect(anna.collab.store.get().session?.colleagues[0]?.focus).toEqual({ blockId: block.id, field: 'Doel' }), ARRIVES);
    bram.collab.leave();
    await vi.waitFor(() => expect(anna.collab.store.get().session?.colleagues).toEqual([]), ARRIVES);
  });

  it('merges what both did while the server was away, once it is back', async () => {
    const { anna, bram, annaKey, bramKey } = await shared();
    await server.stop();
    await vi.waitFor(() => expect(bram.collab.store.get().session?.status).toBe('offline'), ARRIVES);
    const [first, , third] = present(anna, annaKey).days[0]!.blocks;
    anna.documents.edit(annaKey, (curriculum) => updateBlock(curriculum, first!.id, { goal: 'Offline door Anna' }));
    bram.documents.edit(bramKey, (curriculum) => updateBlock(curriculum, third!.id, { goal: 'Offline door Bram' }));
    expect(bram.collab.store.get().session?.unsynced).toBe(true);

    server = await startCollabServer({ port, dataDir, log: null });
    for (const app of [anna, bram]) {
      const key = app === anna ? annaKey : bramKey;
      await vi.waitFor(() => {
        const blocks = present(app, key).days[0]!.blocks;
        expect([blocks[0]!.goal, blocks[2]!.goal]).toEqual(['Offline door Anna', 'Offline door Bram']);
      }, ARRIVES);
    }
    await vi.waitFor(() => expect(bram.collab.store.get().session).toMatchObject({ status: 'live', unsynced: false }), ARRIVES);
  });

  it('after leaving, the training is an ordinary local one: saved to my own file with the colleague\'s work in it', async () => {
    const { anna, bram, annaKey, bramKey } = await shared();
    bram.documents.edit(bramKey, (curriculum) => updateCurriculum(curriculum, { place: 'Utrecht' }));
    await vi.waitFor(() => expect(present(anna, annaKey).place).toBe('Utrecht'), ARRIVES);
    anna.collab.leave();
    expect(anna.collab.store.get().session).toBeNull();
    anna.documents.edit(annaKey, (curriculum) => updateCurriculum(curriculum, { title: 'Alleen bij Anna' }));
    expect(await anna.documents.save(annaKey)).toBe(true);
    expect(anna.host.read(FILE).curriculum).toMatchObject({ place: 'Utrecht', title: 'Alleen bij Anna' });
    // Undo is the document's own again: it takes back my last edit.
    anna.documents.undo(annaKey);
    expect(present(anna, annaKey).title).not.toBe('Alleen bij Anna');
    // Bram does not get edits made after Anna left.
    expect(present(bram, bramKey).title).not.toBe('Alleen bij Anna');
  });

  it('says why it cannot share or join: a wrong token, an unknown or mistyped code, a bad address, no server', async () => {
    const anna = await trainer('Anna', { timeoutMs: 1500 });
    const key = (await anna.documents.open(FILE))!;
    expect(await anna.collab.share(key, { ...teamServer(), token: 'not-the-token' })).toEqual({ ok: false, reason: 'wrong-token' });
    expect(await anna.collab.join(teamServer(), '7K2M-QX9P-D4TB')).toEqual({ ok: false, reason: 'unknown-code' });
    expect(await anna.collab.join(teamServer(), '7K2M-QX9')).toEqual({ ok: false, reason: 'bad-code' });
    expect(await anna.collab.share(key, { address: 'http://example.org', token: 'x' })).toEqual({ ok: false, reason: 'bad-address' });
    await server.stop();
    expect(await anna.collab.share(key, teamServer())).toEqual({ ok: false, reason: 'unreachable' });
    server = await startCollabServer({ port, dataDir, log: null });
    // Nothing of the failures touched the training.
    expect(anna.collab.store.get()).toEqual({ session: null, busy: null });
    expect(present(anna, key)).toEqual(anna.host.read(FILE).curriculum);
  });
});
