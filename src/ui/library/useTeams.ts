import type { TeamSnapshot } from '../../core';
import { useApplication, useStore } from '../app/context';

/** Every team library as the host last described it. */
export function useTeams(): TeamSnapshot[] {
  return useStore(useApplication().team.store, (state) => state.teams);
}

/** The team libraries a card or module can be published to now: a missing or read-only folder takes nothing. */
export const writableTeams = (teams: readonly TeamSnapshot[]) => teams.filter((team) => team.state === 'ok');
