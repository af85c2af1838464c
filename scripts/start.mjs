// `npm start`: set-up, then the desktop app. Where Electron cannot run, say so and point to the browser edition.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { prepare, root } from './prepare.mjs';

prepare();
const electron = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron.cmd' : 'electron');
const result = spawnSync(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error(
    '\nThe desktop app could not be started (Electron or its binary is missing on this machine).\n' +
      'The browser edition runs the same app: npm run web',
  );
  process.exit(result.status ?? 1);
}
