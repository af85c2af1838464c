import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createNodeServices } from '../../src/services';
import { APP_ORIGIN, APP_SCHEME, serveRenderer } from './app-protocol';
import { registerContract } from './ipc';
import { electronShell } from './shell';
import { denyPermissions, hardenWebContents, hardenedWindowOptions } from './window';

// The thin desktop shell: everything below is glue; the behaviour lives in the shared services.
let mainWindow: BrowserWindow | null = null;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function openWindow(): void {
  mainWindow = new BrowserWindow(hardenedWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
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
    shell: electronShell(dialog, shell, () => mainWindow, (options) => new BrowserWindow(options)),
  });
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, join(import.meta.dirname, '../renderer'));
  registerContract(ipcMain, services, devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN);
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Draaiboek', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
