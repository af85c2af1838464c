import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { AppError, dispatch, METHOD_NAMES, type Envelope, type HostApi } from '../../src/contract';

/**
 * Checklist item 17: only the app's own top-level frame may call the host. Sub-frames and frames
 * showing another origin are refused before the payload is even looked at.
 */
export function isTrustedFrame(frame: WebFrameMain | null, appOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    // Not url.origin: Node's URL says "null" for a non-special scheme such as app:, which would refuse our own page.
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** One loop over the contract: each method becomes one IPC channel with the same checks. */
export function registerContract(ipcMain: Pick<IpcMain, 'handle'>, services: HostApi, appOrigin: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, payload: unknown): Promise<Envelope> | Envelope => {
      if (!isTrustedFrame(event.senderFrame, appOrigin)) {
        return { ok: false, error: new AppError('bad-input', { method }, `${method}: refused a call from an untrusted frame`).toHostError() };
      }
      return dispatch(services, method, payload);
    });
  }
}
