import type { TeamSnapshot } from '../../src/core';

/** A team library as the host describes it; override any part. */
export function teamSnapshot(name: string, folder: string, overrides: Partial<TeamSnapshot> = {}): TeamSnapshot {
  return { name, folder, state: 'ok', cards: [], modules: [], revisions: {}, problems: [], conflicts: [], git: null, ...overrides };
}
