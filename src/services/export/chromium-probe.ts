import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/*
 * Finding and checking the Chromium that prints, with nothing but Node built-ins: the command line starts
 * Chromium from here before it has loaded the rest of the app (see src/cli/index.ts).
 */

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
/** Programs that passed, so each is asked once per process; a failure is not kept, so a fixed setting works at once. */
const verified = new Set<string>();

/**
 * Why `executable` is not a Chromium, Chrome or Edge, or null when it is. It is started with `--version`
 * only (no shell, no other arguments) and must name itself so.
 */
export async function chromiumFamilyProblem(executable: string, timeoutMs: number): Promise<string | null> {
  if (verified.has(executable)) return null;
  if (!isAbsolute(executable)) return 'not an absolute path';
  const answer = await new Promise<{ output: string } | { problem: string }>((done) => {
    execFile(executable, ['--version'], { timeout: timeoutMs, windowsHide: true, shell: false }, (error, stdout) =>
      done(error ? { problem: error.message.split('\n')[0] ?? 'it did not run' } : { output: String(stdout).trim() }),
    );
  });
  if ('problem' in answer) return answer.problem;
  if (!CHROMIUM_FAMILY.test(answer.output)) return `"--version" answered ${JSON.stringify(answer.output.slice(0, 120))}`;
  verified.add(executable);
  return null;
}
