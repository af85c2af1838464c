import type { HocuspocusProvider, HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import type { CollabFocus, CollabResult, CollabServer, CollabState } from './collab-types';
import type { CollabEngine } from './collab-session';
import type { DocumentService } from './documents';
import type { NotificationService } from './notifications';
import { Store } from './store';

export * from './collab-types';

/** How long sharing or joining waits for the server before saying it cannot be reached. */
export const CONNECT_TIMEOUT_MS = 8000;
/** The longest wait between attempts to reach a server that went away (the engine doubles from 1 s). */
export const RECONNECT_MAX_DELAY_MS = 4000;

export interface CollabOptions {
  documents: DocumentService;
  notifications: NotificationService;
  /** The name colleagues see: the settings' author name, or "Collega". */
  name: () => string;
  /** Makes the engine's connection; tests in Node pass one with a WebSocket implementation. */
  connect?: (configuration: HocuspocusProviderConfiguration) => HocuspocusProvider;
  /** How long sharing or joining waits for the server (CONNECT_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * Live co-editing of one training at a time (see CollabEngine in collab-session.ts). The engine (Yjs,
 * the Hocuspocus client) is loaded on the first share or join, so the first screen does not carry it.
 */
export class CollabService {
  readonly store = new Store<CollabState>({ session: null, busy: null });
  private engine: Promise<CollabEngine> | null = null;
  private loaded: CollabEngine | null = null;

  constructor(private readonly options: CollabOptions) {}

  private load(): Promise<CollabEngine> {
    this.engine ??= import('./collab-session').then(({ CollabEngine }) => (this.loaded = new CollabEngine(this.options, this.store)));
    return this.engine;
  }

  isLive(key: string): boolean {
    return this.loaded?.isLive(key) ?? false;
  }

  /** Shares the training open under `key`: a new share code, the training uploaded, my edits shared from now on. */
  async share(key: string, server: CollabServer): Promise<CollabResult> {
    return (await this.load()).share(key, server);
  }

  /** Joins a colleague's live training by its code: it opens as a new tab, shared from the start. */
  async join(server: CollabServer, typedCode: string): Promise<CollabResult> {
    return (await this.load()).join(server, typedCode);
  }

  /** Ends the session; the training stays open here as a normal local document. */
  leave(): void {
    this.loaded?.leave();
  }

  /** Where I am working, for my colleagues to see. */
  setFocus(focus: CollabFocus | null): void {
    this.loaded?.setFocus(focus);
  }
}
