import type { Translate } from '../core';
import type { CliIo } from './main';
import { cliServices } from './services';

/** `draaiboek cards --json`: every card of the library as JSON; notices about the data folder go to stderr. */
export async function listCards(flags: Map<string, string | true>, io: CliIo, t: Translate): Promise<number> {
  const services = await cliServices(flags, io);
  try {
    const info = await services['app.info']({});
    for (const notice of info.startupNotices) io.err(t(`notice.${notice.code}`, notice) + '\n');
    io.out(JSON.stringify(await services['library.listCards']({}), null, 2) + '\n');
    return 0;
  } finally {
    await services.dispose();
  }
}
