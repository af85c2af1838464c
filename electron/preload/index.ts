import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../src/contract/methods';

/**
 * Checklist item 20: the page gets one function per contract method and nothing else; never
 * ipcRenderer itself. Each call resolves to the main process's envelope ({ ok, value | error }).
 */
const host = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input)]));

contextBridge.exposeInMainWorld('draaiboekHost', Object.freeze(host));
