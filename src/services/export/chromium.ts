import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The Chromium (or Chrome, Edge) that prints PDFs outside the desktop app: the setting, else the first one found. */
export function findChromium(setting: string, env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | null {
  if (setting.trim()) return existsSync(setting) ? setting : null;
  for (const candidate of CANDIDATES[platform] ?? CANDIDATES.linux!) {
    if (candidate.includes('/') || candidate.includes('\\')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      const path = join(dir, candidate);
      if (dir && existsSync(path)) return path;
    }
  }
  return null;
}
