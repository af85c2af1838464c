import { spawn } from 'node:child_process';
import { safeExternalUrl } from '../core';

/** Hands a checked http(s)/mailto URL to the operating system's default handler. */
export function openInSystemBrowser(candidate: string, platform = process.platform): boolean {
  const url = safeExternalUrl(candidate);
  return url ? openWithSystem(url, platform) : false;
}

/** Shows a folder in the system's file manager (the browser edition's "reveal in folder"). */
export function openFolder(folder: string, platform = process.platform): boolean {
  return openWithSystem(folder, platform);
}

function openWithSystem(target: string, platform: string): boolean {
  const command = platform === 'win32' ? 'explorer.exe' : platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(command, [target], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined); // no desktop to open it on
  child.unref();
  return true;
}
