import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { safeExternalUrl } from '../../src/core';

/**
 * Checklist items 2-4, 6, 8-12: the renderer gets no Node, its own JS world, a sandbox and web security.
 * DevTools exist only in development: in a packaged app they would let anyone at the keyboard run code in
 * the page that holds the host API.
 */
export function hardenedWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
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
      devTools: !packaged,
    },
  };
}

/** The export preview is an iframe filled from the page's own `srcdoc`: the one frame load the app makes. */
function isOwnPreview(details: { url: string; isMainFrame: boolean }): boolean {
  return !details.isMainFrame && details.url === 'about:srcdoc';
}

/**
 * Checklist items 13-15: the app never navigates away from itself, in no frame, never opens windows, and
 * hands only parsed http/https/mailto links to the system browser. `will-navigate` covers only the main
 * frame; `will-frame-navigate` also catches an iframe sent elsewhere (a link in hostile content, a script).
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const block = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnPreview(event)) event.preventDefault();
  });
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) openExternal(safe);
    return { action: 'deny' };
  });
}

/** Checklist item 5: camera, microphone, notifications, geolocation, USB, HID, serial ... are all refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
