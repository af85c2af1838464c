import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../src/contract/methods';

// Kept in step with HOST_EVENT_CHANNEL in src/contract/contract.ts (the preload stays free of the schemas).
const HOST_EVENT_CHANNEL = 'draaiboek:event';

/**
 * Checklist item 20: the page gets one function per contract method and nothing else; never
 * ipcRenderer itself. Each call resolves to the main process's envelope ({ ok, value | error }).
 */
const host = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input)]));

/** Events from the main process (a menu command, a file handed over); the page validates each one. */
const events = {
  subscribe(listener: (event: unknown) => void): () => void {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(HOST_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(HOST_EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('draaiboekHost', Object.freeze(host));
contextBridge.exposeInMainWorld('draaiboekEvents', Object.freeze(events));
