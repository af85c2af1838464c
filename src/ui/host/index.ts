import type { HostApi } from '../../contract';
import { createHostClient, desktopTransport, webTransport } from './client';
import { inPageDialogs } from './path-prompt';
import { claimWebSession } from './web-session';

/** The desktop app when its preload is present, otherwise the browser edition's HTTP API. */
export function connectHost(): HostApi {
  const desktop = desktopTransport();
  if (desktop) return createHostClient(desktop);
  claimWebSession();
  const web = createHostClient(webTransport);
  return { ...web, ...inPageDialogs(web['files.listFolder']) };
}
