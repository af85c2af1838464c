import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, IpcMain, IpcMainInvokeEvent, Protocol, Session, Shell, WebContents, WebFrameMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, HOST_EVENT_CHANNEL, METHOD_NAMES, type Envelope, type HostApi } from '../../src/contract';
import { APP_ORIGIN, serveRenderer } from '../../electron/main/app-protocol';
import { registerContract } from '../../electron/main/ipc';
import { electronShell } from '../../electron/main/shell';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { MethodInput } from '../../src/contract';
import { menuTemplate, toAccelerator, withoutDefaultMenu } from '../../electron/main/menu';
import { denyPermissions, hardenedWindowOptions, hardenWebContents } from '../../electron/main/window';
import { makeTempDir, removeDir } from './fixtures';

// Only the preload imports 'electron' at runtime; it gets this stand-in.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => void bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => void bridge.listeners.delete(channel),
  },
}));

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Envelope> | Envelope;

function setUpIpc() {
  const handlers = new Map<string, Listener>();
  const handle = vi.fn((channel: string, listener: Listener) => void handlers.set(channel, listener));
  const ipcMain = { handle } as unknown as Pick<IpcMain, 'handle'>;
  const services = Object.fromEntries(METHOD_NAMES.map((method) => [method, vi.fn(async () => [])])) as unknown as HostApi;
  registerContract(ipcMain, services, APP_ORIGIN);
  const call = (method: string, payload: unknown, frame: { url: string; parent: unknown } | null) =>
    handlers.get(method)!({ senderFrame: frame as WebFrameMain | null } as IpcMainInvokeEvent, payload);
  return { handle, handlers, services, call };
}
const appFrame = { url: `${APP_ORIGIN}/index.html`, parent: null };

describe('registerContract (IPC)', () => {
  it('registers exactly one handler per contract method', () => {
    const { handle, handlers } = setUpIpc();
    expect(handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
    expect([...handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it("passes a good call from the app's own top-level frame to the service", async () => {
    const { services, call } = setUpIpc();
    expect(await call('library.listCards', {}, appFrame)).toEqual({ ok: true, value: [] });
    expect(services['library.listCards']).toHaveBeenCalledWith({});
  });

  it.each([
    ['a sub-frame', { url: `${APP_ORIGIN}/index.html`, parent: appFrame }],
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://draaiboek.evil/index.html', parent: null }],
    ['a file: page', { url: 'file:///index.html', parent: null }],
    ['an unparsable URL', { url: 'not a url', parent: null }],
    ['no frame at all', null],
  ])('refuses a call from %s without calling the service', async (_name, frame) => {
    const { services, call } = setUpIpc();
    const envelope = await call('library.listCards', {}, frame);
    expect(envelope).toEqual({ ok: false, error: { code: 'bad-input', params: { method: 'library.listCards' }, message: expect.stringContaining('untrusted frame') } });
    expect(services['library.listCards']).not.toHaveBeenCalled();
  });

  it('refuses a bad payload from the trusted frame without calling the service', async () => {
    const { services, call } = setUpIpc();
    expect(await call('library.deleteCard', { id: '../../etc' }, appFrame)).toEqual({
      ok: false,
      error: { code: 'bad-input', params: expect.objectContaining({ method: 'library.deleteCard', pointer: '/id' }), message: expect.stringMatching(/^library\.deleteCard: \/id: /) },
    });
    expect(services['library.deleteCard']).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin when that is the app origin', async () => {
    const handlers = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) } as unknown as Pick<IpcMain, 'handle'>;
    registerContract(ipcMain, { 'app.info': vi.fn(async () => 'info') } as unknown as HostApi, 'http://localhost:5173');
    const frame = { url: 'http://localhost:5173/#/x', parent: null } as unknown as WebFrameMain;
    expect(await handlers.get('app.info')!({ senderFrame: frame } as IpcMainInvokeEvent, {})).toEqual({ ok: true, value: 'info' });
  });
});

describe('window hardening', () => {
  it('gives the renderer no Node, an isolated sandbox and web security', () => {
    const options = hardenedWindowOptions('/app/preload/index.cjs', true);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(options.show).toBe(false);
  });

  it('has DevTools only when not packaged', () => {
    expect(hardenedWindowOptions('/p.cjs', true).webPreferences?.devTools).toBe(false);
    expect(hardenedWindowOptions('/p.cjs', false).webPreferences?.devTools).toBe(true);
  });

  it("starts a packaged app without Electron's default menu (Toggle Developer Tools, Reload)", () => {
    const setApplicationMenu = vi.fn();
    withoutDefaultMenu({ setApplicationMenu }, true);
    expect(setApplicationMenu).toHaveBeenCalledWith(null);
    setApplicationMenu.mockClear();
    withoutDefaultMenu({ setApplicationMenu }, false);
    expect(setApplicationMenu).not.toHaveBeenCalled();
  });

  type NavigationEvent = { preventDefault(): void; url?: string; isMainFrame?: boolean };
  function hardened() {
    const listeners = new Map<string, (event: NavigationEvent) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (event: NavigationEvent) => void) => void listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => void (openHandler = handler),
    } as unknown as WebContents;
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    return { listeners, open: (url: string) => openHandler!({ url }), openExternal };
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { listeners } = hardened();
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each([
    ['an iframe sent to a web page', 'https://evil.example/', false],
    ['an iframe sent to a file', 'file:///etc/passwd', false],
    ['an iframe sent to a data: URL', 'data:text/html,<script>alert(1)</script>', false],
    ['an iframe sent to another app page', `${APP_ORIGIN}/index.html`, false],
    ['the main frame sent anywhere', 'https://evil.example/', true],
    ['the main frame sent to about:srcdoc', 'about:srcdoc', true],
  ])('prevents will-frame-navigate of %s', (_name, url, isMainFrame) => {
    const { listeners } = hardened();
    const event = { preventDefault: vi.fn(), url, isMainFrame };
    listeners.get('will-frame-navigate')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it("lets only the export preview's own srcdoc frame load", () => {
    const { listeners } = hardened();
    const event = { preventDefault: vi.fn(), url: 'about:srcdoc', isMainFrame: false };
    listeners.get('will-frame-navigate')!(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and hands only web and mail links to the system', () => {
    const { open, openExternal } = hardened();
    expect(open('https://www.nji.nl/x')).toEqual({ action: 'deny' });
    expect(open('mailto:a@example.org')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.nji.nl/x'], ['mailto:a@example.org']]);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://draaiboek/index.html', 'data:text/html,x']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('refuses every permission request and check, and every device (USB, HID, serial)', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: ((details: { deviceType: string; origin: string }) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => void (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => void (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => void (device = handler),
    } as unknown as Session;
    denyPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
    for (const deviceType of ['usb', 'hid', 'serial']) expect(device!({ deviceType, origin: APP_ORIGIN })).toBe(false);
  });
});

describe('electronShell', () => {
  function makeShell(owner: unknown = null) {
    const openExternal = vi.fn(async () => undefined);
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/t/a.draaiboek'] }));
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7'));
    const menus: MethodInput<'app.setMenu'>[] = [];
    const windows: { options: BrowserWindowConstructorOptions; loaded: string[]; destroyed: boolean }[] = [];
    const createWindow = (options: BrowserWindowConstructorOptions) => {
      const record = { options, loaded: [] as string[], destroyed: false };
      windows.push(record);
      return {
        loadURL: async (url: string) => void record.loaded.push(url),
        webContents: { printToPDF },
        destroy: () => void (record.destroyed = true),
      } as unknown as BrowserWindow;
    };
    const capabilities = electronShell(
      { showOpenDialog, showSaveDialog } as unknown as Dialog,
      { openExternal } as unknown as Shell,
      () => owner as never,
      createWindow,
      (model) => menus.push(model),
    );
    return { capabilities, openExternal, showOpenDialog, showSaveDialog, printToPDF, windows, menus };
  }

  it('prints PDFs in a hidden, hardened window without JavaScript, on the handout\'s own paper, tagged, with an outline', async () => {
    const { capabilities, printToPDF, windows } = makeShell();
    const printer = capabilities.pdfPrinter(DEFAULT_SETTINGS);
    const bytes = await printer.print('<h1>Dag 1</h1>');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    const [window] = windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window!.loaded[0]).toMatch(/^data:text\/html;base64,/);
    expect(window!.destroyed).toBe(true);
    // The handout's @page rules set the paper, its landscape pages and the running header, as in the browser edition.
    expect(printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
  });

  it('opens only safe links in the system browser', async () => {
    const { capabilities, openExternal } = makeShell();
    expect(await capabilities.openLink({ url: 'javascript:alert(1)' })).toEqual({ opened: false });
    expect(await capabilities.openLink({ url: 'file:///etc/passwd' })).toEqual({ opened: false });
    expect(openExternal).not.toHaveBeenCalled();
    expect(await capabilities.openLink({ url: 'https://example.org' })).toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('returns the picked path, or null when the dialog is cancelled', async () => {
    const owner = { id: 1 };
    const { capabilities, showOpenDialog } = makeShell(owner);
    expect(await capabilities.pickOpenPath({ filter: 'draaiboek' })).toEqual({ path: '/home/t/a.draaiboek' });
    expect(showOpenDialog).toHaveBeenCalledWith(owner, expect.objectContaining({ filters: [{ name: 'Draaiboek', extensions: ['draaiboek'] }] }));
    expect(await capabilities.pickSavePath({ filter: 'pdf', suggestedName: 'x.pdf' })).toEqual({ path: null });
  });
});

describe('serveRenderer (app:// protocol)', () => {
  let dir: string;
  let handler: (request: Request) => Response | Promise<Response>;
  beforeAll(async () => {
    dir = await makeTempDir();
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>app');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const protocol = { handle: (scheme: string, h: typeof handler) => void (scheme === 'app' && (handler = h)) } as unknown as Pick<Protocol, 'handle'>;
    serveRenderer(protocol, join(dir, 'renderer'));
  });
  afterAll(() => removeDir(dir));

  it('serves index.html with the content security policy', async () => {
    for (const url of [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`]) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<!doctype html>app');
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    }
  });

  it.each([`${APP_ORIGIN}/../secret.txt`, `${APP_ORIGIN}/%2e%2e%2fsecret.txt`, `${APP_ORIGIN}/missing.js`, 'app://evil/index.html'])(
    'answers 404 for %s',
    async (url) => {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );
});

describe('preload', () => {
  it('exposes one frozen function per contract method that invokes its own channel', async () => {
    await import('../../electron/preload/index');
    const host = bridge.exposed.get('draaiboekHost') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(host).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(host)).toBe(true);
    expect(await host['settings.get']!({})).toBe('answer');
    expect(bridge.invoke).toHaveBeenCalledWith('settings.get', {});
    // Besides the contract, only a subscription to host events: never ipcRenderer itself.
    expect([...bridge.exposed.keys()].sort()).toEqual(['draaiboekEvents', 'draaiboekHost']);
    const events = bridge.exposed.get('draaiboekEvents') as { subscribe(listener: (event: unknown) => void): () => void };
    expect(Object.keys(events)).toEqual(['subscribe']);
    const received: unknown[] = [];
    const unsubscribe = events.subscribe((event) => received.push(event));
    bridge.listeners.get(HOST_EVENT_CHANNEL)!({ sender: 'ignored' }, { type: 'command', command: 'x' });
    expect(received).toEqual([{ type: 'command', command: 'x' }]);
    unsubscribe();
    expect(bridge.listeners.has(HOST_EVENT_CHANNEL)).toBe(false);
  });
});

describe('application menu from the command registry', () => {
  const model: MethodInput<'app.setMenu'> = {
    menus: [
      { id: 'file', label: 'Bestand', items: [{ command: 'workbench.action.files.save', label: 'Opslaan', accelerator: 'ctrl+s' }] },
      { id: 'view', label: 'Beeld', items: [{ command: 'workbench.action.togglePanel', label: 'Paneel tonen of verbergen', accelerator: 'ctrl+shift+j' }, { command: 'x', label: 'Zonder sneltoets' }] },
    ],
  };
  it('turns chords into Electron accelerators', () => {
    expect(toAccelerator('ctrl+shift+p')).toBe('CmdOrCtrl+Shift+P');
    expect(toAccelerator('f1')).toBe('F1');
    expect(toAccelerator('ctrl+,')).toBe('CmdOrCtrl+,');
  });
  it('builds the menus in the UI language, and a click sends the command id back to the page', () => {
    const sent: string[] = [];
    const template = menuTemplate(model, (command) => sent.push(command));
    expect(template.map((menu) => menu.label)).toEqual(['Bestand', 'Beeld']);
    const items = template[1]!.submenu as { label: string; accelerator?: string; click(): void }[];
    expect(items.map((item) => [item.label, item.accelerator])).toEqual([
      ['Paneel tonen of verbergen', 'CmdOrCtrl+Shift+J'],
      ['Zonder sneltoets', undefined],
    ]);
    items[0]!.click();
    expect(sent).toEqual(['workbench.action.togglePanel']);
  });
  it('is refused at the IPC boundary when its shape is wrong', async () => {
    const { dispatch } = await import('../../src/contract');
    const services = { 'app.setMenu': vi.fn(async () => ({ shown: true })) } as unknown as HostApi;
    const refused = await dispatch(services, 'app.setMenu', { menus: [{ id: 'tools', label: 'x', items: [] }] });
    expect(refused.ok).toBe(false);
  });
});
