import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createNodeServices } from '../../src/services';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../../src/contract';
import { APP_ORIGIN, APP_SCHEME, serveRenderer } from './app-protocol';
import { menuTemplate, withoutDefaultMenu } from './menu';
import { loadWindowState, saveWindowState } from './window-state';
import { registerContract } from './ipc';
import { electronShell } from './shell';
import { denyPermissions, hardenWebContents, hardenedWindowOptions } from './window';

// The thin desktop shell: everything below is glue; the behaviour lives in the shared services.
let mainWindow: BrowserWindow | null = null;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

withoutDefaultMenu(Menu, app.isPackaged);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function sendToPage(event: HostEvent): void {
  mainWindow?.webContents.send(HOST_EVENT_CHANNEL, event);
}

/** A .draaiboek path among command-line arguments (a file opened from the file manager). */
function fileArgument(argv: string[]): string | null {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.draaiboek') && !arg.startsWith('-')) ?? null;
}

async function openWindow(): Promise<void> {
  const dataDir = app.getPath('userData');
  const remembered = await loadWindowState(dataDir);
  const options = hardenedWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), app.isPackaged);
  mainWindow = new BrowserWindow({ ...options, ...(remembered ? { x: remembered.x, y: remembered.y, width: remembered.width, height: remembered.height } : {}) });
  const window = mainWindow;
  window.once('ready-to-show', () => {
    if (remembered?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => void saveWindowState(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  window.on('closed', () => (mainWindow = null));
  // A file given at start is handed to the page once it has loaded.
  const file = fileArgument(process.argv);
  if (file) window.webContents.once('did-finish-load', () => sendToPage({ type: 'open-file', path: file }));
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  await app.whenReady();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  const services = await createNodeServices({
    dataDir: app.getPath('userData'),
    resourcesDir,
    appVersion: app.getVersion(),
    edition: 'desktop',
    systemLocale: app.getLocale(),
    shell: electronShell(
      dialog,
      shell,
      () => mainWindow,
      (options) => new BrowserWindow(options),
      (model) => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(model, (command) => sendToPage({ type: 'command', command })))),
    ),
  });
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, join(import.meta.dirname, '../renderer'));
  registerContract(ipcMain, services, devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN);
  await openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second start hands its file to the running instance instead of opening another window.
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const file = fileArgument(argv);
    if (file) sendToPage({ type: 'open-file', path: file });
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Draaiboek', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
