/** The collaboration server a team runs (`npm run collab`): its address and the team's token. */
export interface CollabServer {
  /** ws://host:port or wss://host/path. */
  address: string;
  token: string;
}

/** Where a colleague is working: a block, and the field of it they are in (its label), if any. */
export interface CollabFocus {
  blockId: string;
  field?: string;
}

/** A colleague in the session, as the engine's presence says. */
export interface Colleague {
  /** The engine's id of their connection: stable while they stay, for React keys only. */
  id: number;
  name: string;
  /** A colour to mark their place, as CSS. */
  color: string;
  focus: CollabFocus | null;
}

/** connecting: first contact; live: in touch with the server; offline: the server is away, edits wait. */
export type CollabStatus = 'connecting' | 'live' | 'offline';

export interface CollabSession {
  /** The working copy (DocumentService key) the session edits. */
  key: string;
  /** The share code colleagues type to join. */
  code: string;
  address: string;
  status: CollabStatus;
  /** Own edits the server has not confirmed yet (offline, or on their way). */
  unsynced: boolean;
  colleagues: Colleague[];
}

export interface CollabState {
  session: CollabSession | null;
  /** A share or join under way: the dialog shows it and waits. */
  busy: 'sharing' | 'joining' | null;
}

/**
 * Why sharing or joining did not work, each said in the user's language (collab.failure.<reason>):
 * the server's refusals, and what the app finds itself.
 */
export type CollabFailure =
  | 'wrong-token'
  | 'unknown-code'
  | 'code-taken'
  | 'bad-request'
  | 'unreachable'
  | 'bad-address'
  | 'bad-code'
  | 'already-live'
  | 'unreadable'
  | 'read-only';

export type CollabResult = { ok: true; key: string; code: string } | { ok: false; reason: CollabFailure };
