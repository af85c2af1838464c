// Set-up shared by `npm start`, `npm run web`, the CLI and `npm test`: install packages when the lockfile
// is newer than node_modules, and rebuild when any source file is newer than the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : mtime(path));
  }
  return newest;
}

export function ensurePackages() {
  const installed = mtime(join(root, 'node_modules', '.package-lock.json'));
  if (installed === 0 || installed < mtime(join(root, 'package-lock.json'))) {
    console.error('Installing packages (npm ci)…');
    execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  }
}

export function ensureBuilt() {
  const built = Math.min(
    mtime(join(root, 'out', 'main', 'cli.js')),
    mtime(join(root, 'out', 'main', 'collab.js')),
    mtime(join(root, 'out', 'renderer', 'index.html')),
  );
  const sources = Math.max(
    newestIn(join(root, 'src')),
    newestIn(join(root, 'electron')),
    mtime(join(root, 'electron.vite.config.ts')),
    mtime(join(root, 'package-lock.json')),
  );
  if (built === 0 || built < sources) {
    console.error('Building Draaiboek…');
    execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: root,
      stdio: ['ignore', process.stderr, 'inherit'],
    });
  }
}

/** A git checkout with the sources, where the build may be stale; an installed package has only its build. */
export const isSourceCheckout = () => existsSync(join(root, 'electron')) && existsSync(join(root, 'src'));

/** Installs and builds what is missing or stale; an installed package is used as it is, without a look at any source. */
export function prepare() {
  if (!isSourceCheckout()) return;
  ensurePackages();
  ensureBuilt();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) prepare();
