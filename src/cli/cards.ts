import type { Translate } from '../core';
import type { CliIo } from './main';
import { cliServices } from './services';
import { teamCards } from './team-cards';

/**
 * `draaiboek cards --json [--team DIR]`: every card of the library as JSON, with the team folder's cards after them;
 * notices about the data folder and the team folder's skipped files go to stderr.
 */
export async function listCards(flags: Map<string, string | true>, io: CliIo, t: Translate): Promise<number> {
  const services = await cliServices(flags, io);
  try {
    const info = await services['app.info']({});
    for (const notice of info.startupNotices) io.err(t(`notice.${notice.code}`, notice) + '\n');
    const team = flags.get('team');
    const cards = await services['library.listCards']({});
    if (typeof team === 'string') cards.push(...(await teamCards(team, io, t)));
    io.out(JSON.stringify(cards, null, 2) + '\n');
    return 0;
  } finally {
    await services.dispose();
  }
}
