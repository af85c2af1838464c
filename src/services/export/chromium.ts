import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { AppError } from '../../contract';

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

/** What `--version` prints for a Chromium-family browser, e.g. "Chromium 120.0.6099.224 built on Debian". */
const CHROMIUM_FAMILY = /^(Chromium|Google Chrome|Microsoft Edge)\b/m;
/** Programs that passed, so each is asked once per session; a failure is not kept, so a fixed setting works at once. */
const verified = new Set<string>();

/**
 * Checks, before the first PDF, that the program really is a Chromium, Chrome or Edge: it is started once
 * with `--version` only (no shell, no other arguments) and must name itself so. A mistyped or planted path
 * in settings.json gives a clear error instead of a PDF export that runs something else.
 */
export async function assertChromiumFamily(executable: string, timeoutMs = 15_000): Promise<void> {
  if (verified.has(executable)) return;
  const refuse = (detail: string) =>
    new AppError('chromium-not-chromium', { file: executable, detail }, `${executable} is not Chromium, Chrome or Edge: ${detail}`);
  if (!isAbsolute(executable)) throw refuse('not an absolute path');
  const output = await new Promise<string>((done, fail) => {
    execFile(executable, ['--version'], { timeout: timeoutMs, windowsHide: true, shell: false }, (error, stdout) =>
      error ? fail(refuse(error.message.split('\n')[0] ?? 'it did not run')) : done(String(stdout).trim()),
    );
  });
  if (!CHROMIUM_FAMILY.test(output)) throw refuse(`"--version" answered ${JSON.stringify(output.slice(0, 120))}`);
  verified.add(executable);
}
