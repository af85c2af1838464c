import { spawn } from 'node:child_process';
import { safeExternalUrl } from '../core';

/** Hands a checked http(s)/mailto URL to the operating system's default handler. */
export function openInSystemBrowser(candidate: string, platform = process.platform): boolean {
  const url = safeExternalUrl(candidate);
  if (!url) return false;
  const [command, args] =
    platform === 'win32' ? ['explorer.exe', [url]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined); // no desktop to open it on: the URL is printed anyway
  child.unref();
  return true;
}
