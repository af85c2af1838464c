import type { Application, CollabSession, Colleague } from '../../src/app';

/** A colleague as the engine's presence gives them; `focus` where they work. */
export function colleague(id: number, name: string, focus: Colleague['focus'] = null): Colleague {
  return { id, name, color: id % 2 ? '#d4380d' : '#1677ff', focus };
}

/**
 * Puts a session in the real service's store, as its connection would: these tests are about what the UI
 * shows of a session, not about reaching a server (test/collab covers that).
 */
export function showSession(app: Application, session: Partial<CollabSession> & { key: string }): void {
  app.collab.store.set({ busy: null, session: { code: '7K2M-QX9P-D4TB', address: 'ws://127.0.0.1:1234', status: 'live', unsynced: false, colleagues: [], ...session } });
}
