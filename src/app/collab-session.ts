import { HocuspocusProvider, WebSocketStatus, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { isRefusal, newShareCode, normalizeShareCode, type CollabCredentials, type Curriculum } from '../core';
import { readTraining, sharedTraining, writeTraining } from '../core/collab/training-doc';
import { CONNECT_TIMEOUT_MS, RECONNECT_MAX_DELAY_MS, type CollabOptions } from './collab';
import type { CollabFailure, CollabFocus, CollabResult, CollabServer, CollabSession, CollabState, Colleague } from './collab-types';
import { colleaguesOf, colourFor } from './collab-presence';
import type { Store } from './store';

/** Transaction origins: my edits (undoable), and the training as it was when shared (not undoable). */
const MINE = 'mine';
const FIRST = 'first';

const validAddress = (address: string): boolean => {
  try {
    const url = new URL(address.trim());
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && !!url.hostname;
  } catch {
    return false;
  }
};

/**
 * Live co-editing of one training at a time, on Yjs and a Hocuspocus server the team runs. The working
 * copy stays the document service's: my edits go from it into the shared document (only what changed),
 * colleagues' edits come back through `documents.receive`, read and checked against the file format
 * first (readTraining). Undo in a session is the engine's and undoes my edits only. Offline, edits
 * keep going into the shared document and merge when the server is back. Leaving keeps the training
 * open as a normal local one; saving writes my own file as always.
 */
export class CollabEngine {
  private live: {
    key: string;
    doc: Y.Doc;
    provider: HocuspocusProvider;
    undo: Y.UndoManager;
    /** The training as last written to or read from the shared document. */
    synced: Curriculum;
    stop: () => void;
  } | null = null;

  constructor(
    private readonly options: CollabOptions,
    private readonly store: Store<CollabState>,
  ) {}

  isLive(key: string): boolean {
    return this.live?.key === key;
  }

  /** Shares the training open under `key`: a new share code, the training uploaded, my edits shared from now on. */
  async share(key: string, server: CollabServer): Promise<CollabResult> {
    const copy = this.options.documents.get(key);
    if (this.live || this.store.get().busy) return { ok: false, reason: 'already-live' };
    if (!copy) return { ok: false, reason: 'unreadable' };
    if (copy.readOnly) return { ok: false, reason: 'read-only' };
    if (!validAddress(server.address)) return { ok: false, reason: 'bad-address' };
    const code = newShareCode();
    const doc = new Y.Doc();
    const curriculum = copy.history.present;
    doc.transact(() => writeTraining(sharedTraining(doc), curriculum, this.options.documents.usedCards(copy)), FIRST);
    const connected = await this.connect(doc, server, code, 'share', 'sharing');
    if (!connected.ok) return connected;
    this.bind(key, doc, connected.provider, curriculum, server, code);
    return { ok: true, key, code };
  }

  /** Joins a colleague's live training by its code: it opens as a new tab, shared from the start. */
  async join(server: CollabServer, typedCode: string): Promise<CollabResult> {
    if (this.live || this.store.get().busy) return { ok: false, reason: 'already-live' };
    if (!validAddress(server.address)) return { ok: false, reason: 'bad-address' };
    const code = normalizeShareCode(typedCode);
    if (!code) return { ok: false, reason: 'bad-code' };
    const doc = new Y.Doc();
    const connected = await this.connect(doc, server, code, 'join', 'joining');
    if (!connected.ok) return connected;
    const read = readTraining(sharedTraining(doc));
    if (!read) {
      connected.provider.destroy();
      doc.destroy();
      return { ok: false, reason: 'unreadable' };
    }
    if (read.skipped > 0) this.options.notifications.notify({ key: 'collab.badUpdate', params: { count: read.skipped }, severity: 'error' });
    const key = this.options.documents.createFrom(read.curriculum, read.cards);
    this.bind(key, doc, connected.provider, read.curriculum, server, code);
    return { ok: true, key, code };
  }

  /** Ends the session; the training stays open here as a normal local document. */
  leave(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.stop();
    this.store.set({ session: null, busy: null });
    const title = this.options.documents.get(live.key)?.history.present.title ?? '';
    this.options.notifications.notify({ key: 'collab.left', params: { title } });
  }

  /** Where I am working, for my colleagues to see. */
  setFocus(focus: CollabFocus | null): void {
    this.live?.provider.awareness?.setLocalStateField('focus', focus);
  }

  /** Connects and waits until the shared document is in step with the server, or says why not. */
  private connect(doc: Y.Doc, server: CollabServer, code: string, intent: CollabCredentials['intent'], busy: CollabState['busy']) {
    type Outcome = { ok: true; provider: HocuspocusProvider } | { ok: false; reason: CollabFailure };
    this.store.set((state) => ({ ...state, busy }));
    const credentials: CollabCredentials = { token: server.token, intent, name: this.options.name() };
    // Once in, every reconnect joins: the training exists on the server from then on.
    const token = () => JSON.stringify(credentials);
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const settle = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.store.set((state) => ({ ...state, busy: null }));
        if (!outcome.ok) {
          provider.destroy();
          doc.destroy();
        }
        resolve(outcome);
      };
      const configuration: HocuspocusProviderConfiguration = {
        url: server.address.trim(),
        name: code,
        document: doc,
        token,
        onSynced: ({ state }) => {
          if (!state) return;
          credentials.intent = 'join';
          settle({ ok: true, provider });
        },
        onAuthenticationFailed: ({ reason }) => settle({ ok: false, reason: isRefusal(reason) ? reason : 'bad-request' }),
      };
      Object.assign(configuration, { maxDelay: RECONNECT_MAX_DELAY_MS });
      const provider = (this.options.connect ?? ((config) => new HocuspocusProvider(config)))(configuration);
      const timer = setTimeout(() => settle({ ok: false, reason: 'unreachable' }), this.options.timeoutMs ?? CONNECT_TIMEOUT_MS);
    });
  }

  /** From now on: my edits into the shared document, colleagues' edits into the working copy. */
  private bind(key: string, doc: Y.Doc, provider: HocuspocusProvider, synced: Curriculum, server: CollabServer, code: string): void {
    const { documents, notifications } = this.options;
    const shared = sharedTraining(doc);
    const undo = new Y.UndoManager([shared.training, shared.days, shared.blocks], { trackedOrigins: new Set([MINE]), captureTimeout: 600 });
    const session: CollabSession = { key, code, address: server.address.trim(), status: 'live', unsynced: false, colleagues: [] };
    this.store.set({ session, busy: null });
    const setSession = (change: Partial<CollabSession>) => this.store.set((state) => (state.session ? { ...state, session: { ...state.session, ...change } } : state));

    // My edits: whatever the working copy became that the shared document does not know yet.
    const stopDocuments = documents.store.subscribe(() => {
      const live = this.live;
      const copy = documents.get(key);
      if (!live) return;
      if (!copy) return this.leave();
      const present = copy.history.present;
      if (present === live.synced) return;
      const before = live.synced;
      live.synced = present;
      doc.transact(() => writeTraining(shared, present, documents.usedCards(copy), before), MINE);
    });

    // Colleagues' edits (and my undo, which the engine does): read, checked, into the working copy.
    const onTransaction = (transaction: Y.Transaction) => {
      const live = this.live;
      if (!live || transaction.origin === MINE || transaction.origin === FIRST || transaction.changed.size === 0) return;
      const read = readTraining(shared, live.synced);
      if (!read) {
        notifications.notify({ key: 'collab.badUpdate', params: { count: 1 }, severity: 'error' });
        return;
      }
      if (read.skipped > 0) notifications.notify({ key: 'collab.badUpdate', params: { count: read.skipped }, severity: 'error' });
      live.synced = read.curriculum;
      documents.receive(key, read.curriculum, read.cards);
    };
    doc.on('afterTransaction', onTransaction);

    const awareness = provider.awareness;
    awareness?.setLocalStateField('user', { name: this.options.name(), color: colourFor(awareness.clientID) });
    let known = new Map<number, string>();
    const onPresence = () => {
      if (!awareness) return;
      const colleagues: Colleague[] = colleaguesOf(awareness.getStates(), awareness.clientID);
      for (const colleague of colleagues) if (!known.has(colleague.id)) notifications.log({ key: 'collab.joined', params: { name: colleague.name } });
      for (const [id, name] of known) if (!colleagues.some((colleague) => colleague.id === id)) notifications.log({ key: 'collab.gone', params: { name } });
      known = new Map(colleagues.map((colleague) => [colleague.id, colleague.name]));
      setSession({ colleagues });
    };
    awareness?.on('change', onPresence);
    onPresence();

    // After the first sync, anything but a connection is offline (the engine keeps trying); connected
    // again, the session is live once the server and I are in step.
    const onStatus = ({ status }: { status: WebSocketStatus }) => {
      const next = status === WebSocketStatus.Connected ? 'connecting' : 'offline';
      const before = this.store.get().session?.status;
      if (next === before) return;
      if (next === 'offline') notifications.notify({ key: 'collab.offline' });
      setSession({ status: next });
    };
    const onSynced = ({ state }: { state: boolean }) => {
      if (!state || this.store.get().session?.status === 'live') return;
      if (this.store.get().session?.status === 'connecting') notifications.notify({ key: 'collab.back' });
      setSession({ status: 'live' });
    };
    const onUnsynced = ({ number }: { number: number }) => setSession({ unsynced: number > 0 });
    // Refused on a reconnect (the team's token changed, the training was removed from the server).
    const onRefused = ({ reason }: { reason: string }) => {
      notifications.notify({ key: `collab.failure.${isRefusal(reason) ? reason : 'bad-request'}`, params: { address: server.address }, severity: 'error' });
      setSession({ status: 'offline' });
    };
    provider.on('status', onStatus);
    provider.on('synced', onSynced);
    provider.on('unsyncedChanges', onUnsynced);
    provider.on('authenticationFailed', onRefused);

    documents.shareHistory(key, { undo: () => void undo.undo(), redo: () => void undo.redo() });
    this.live = {
      key,
      doc,
      provider,
      undo,
      synced,
      stop: () => {
        stopDocuments();
        doc.off('afterTransaction', onTransaction);
        awareness?.off('change', onPresence);
        provider.off('status', onStatus);
        provider.off('synced', onSynced);
        provider.off('unsyncedChanges', onUnsynced);
        provider.off('authenticationFailed', onRefused);
        documents.shareHistory(key, null);
        undo.destroy();
        provider.destroy();
        doc.destroy();
      },
    };
  }
}
