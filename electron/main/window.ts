import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { safeExternalUrl } from '../../src/core';

/** Checklist items 2-4, 6, 8-12: the renderer gets no Node, its own JS world, a sandbox and web security. */
export function hardenedWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Draaiboek',
    backgroundColor: '#1f1f1f',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * Checklist items 13-15: the app never navigates away from itself, never opens windows, and hands
 * only parsed http/https/mailto links to the system browser.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const block = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) openExternal(safe);
    return { action: 'deny' };
  });
}

/** Checklist item 5: camera, microphone, notifications, geolocation ... are all refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
