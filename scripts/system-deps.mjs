// Browser tests need Debian's Chromium (Playwright cannot download its own here), poppler and fonts;
// the Word handouts are checked by opening them in LibreOffice, as a trainer's colleague might; the team
// library's tests run a real git.
// Installs them with apt-get when missing and we are root on Debian; otherwise says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'xvfb', 'xauth', 'poppler-utils', 'fonts-liberation', 'libreoffice-writer-nogui', 'git'];
const COMMANDS = { chromium: 'chromium', 'poppler-utils': 'pdfinfo', 'libreoffice-writer-nogui': 'soffice', git: 'git' };

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function ensureSystemPackages() {
  const missing = Object.entries(COMMANDS).filter(([, command]) => !has(command));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    throw new Error(`missing ${missing.map(([name]) => name).join(', ')}; install: sudo apt-get install -y ${PACKAGES.join(' ')}`);
  }
  console.error(`Installing ${PACKAGES.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
}
