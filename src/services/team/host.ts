import type { Settings } from '../../core';
import type { HostApi } from '../../contract';
import { gitPull, gitShare } from './git';
import { TeamLibraries } from './libraries';

type TeamMethods = Pick<HostApi, 'team.snapshot' | 'team.saveCard' | 'team.deleteCard' | 'team.saveModule' | 'team.deleteModule' | 'team.settleConflict' | 'team.git'>;

/** The team libraries' part of the host contract, over the folders named in the settings. */
export function teamHost(settings: () => Settings, options?: { watch: boolean }) {
  const libraries = new TeamLibraries(options);
  libraries.configure(settings().teamLibraries);
  // A write is seen at the next question at once, not only when the watcher reports it.
  const written = async <T>(folder: string, write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      libraries.touched(folder);
    }
  };
  const methods: TeamMethods = {
    'team.snapshot': ({ since }) => libraries.snapshot(since),
    'team.saveCard': ({ folder, card, expected }) => written(folder, libraries.store(folder).write('card', card, expected)),
    'team.deleteCard': ({ folder, id, expected }) => written(folder, libraries.store(folder).remove('card', id, expected)),
    'team.saveModule': ({ folder, module }) => written(folder, libraries.store(folder).write('module', module, undefined)),
    'team.deleteModule': ({ folder, id }) => written(folder, libraries.store(folder).remove('module', id, undefined)),
    'team.settleConflict': async ({ folder, file, keep }) => (await libraries.settleConflict(folder, file, keep), {}),
    'team.git': async (request) => {
      const { folder } = libraries.store(request.folder);
      await written(folder, request.action === 'pull' ? gitPull(folder) : gitShare(folder, request.message, settings().authorName));
      return {};
    },
  };
  return {
    methods,
    /** Follows a change of the settings' team libraries. */
    follow: (current: Settings) => libraries.configure(current.teamLibraries),
    close: () => libraries.close(),
  };
}
